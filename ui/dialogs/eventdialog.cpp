// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/eventdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "eventtablemodel.h"
#include "storage/project.h"
#include "widgets/listtext.h"
#include "widgets/fuzzydateedit.h"

namespace attache {
namespace {

enum ParticipantColumn : int { ActorColumn, RoleColumn };

QString roleLabel(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Host:
        return EventDialog::tr("Host");
    case ParticipantRole::Guest:
        return EventDialog::tr("Guest");
    case ParticipantRole::Participant:
        return EventDialog::tr("Participant");
    case ParticipantRole::Mediator:
        return EventDialog::tr("Mediator");
    case ParticipantRole::Mentioned:
        return EventDialog::tr("Mentioned");
    }
    return {};
}

constexpr ParticipantRole roles[] = {ParticipantRole::Host, ParticipantRole::Guest, ParticipantRole::Participant,
    ParticipantRole::Mediator, ParticipantRole::Mentioned};
constexpr EventStatus statuses[]
    = {EventStatus::Occurred, EventStatus::Planned, EventStatus::Cancelled, EventStatus::Unknown};


} // namespace

EventDialog::EventDialog(const Project& project, const Event& event, QWidget* parent)
    : QDialog(parent)
    , m_original(event)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_start(new FuzzyDateEdit(this))
    , m_end(new FuzzyDateEdit(this))
    , m_location(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_cameo(new QLineEdit(this))
    , m_participants(new QTableWidget(0, 2, this))
    , m_addParticipant(new QPushButton(tr("Add"), this))
    , m_removeParticipant(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(event.id.isValid() ? tr("Edit Event") : tr("New Event"));
    for (const Actor& actor : project.actors().all())
        m_actors.append({actor.id, actor.name});

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_cameo->setObjectName(QStringLiteral("cameoEdit"));
    m_participants->setObjectName(QStringLiteral("participantsTable"));
    m_addParticipant->setObjectName(QStringLiteral("addParticipantButton"));
    m_removeParticipant->setObjectName(QStringLiteral("removeParticipantButton"));
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    for (int k = 0; k < eventKindCount; ++k)
        m_kind->addItem(EventTableModel::kindLabel(static_cast<EventKind>(k)), k);
    for (const EventStatus status : statuses)
        m_status->addItem(EventTableModel::statusLabel(status), int(status));
    m_end->setOptional(true);
    m_tags->setPlaceholderText(tr("comma separated, e.g. ceasefire, Ukraine"));
    m_cameo->setPlaceholderText(tr("e.g. 043"));
    m_summary->setTabChangesFocus(true);

    m_participants->setHorizontalHeaderLabels({tr("Actor"), tr("Role")});
    m_participants->horizontalHeader()->setSectionResizeMode(ActorColumn, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_participants->verticalHeader()->hide();
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addParticipant->setEnabled(!m_actors.isEmpty());
    m_addParticipant->setToolTip(m_actors.isEmpty() ? tr("Add actors to the project first") : QString());

    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(Qt::red).darker(130));
    m_message->setPalette(palette);

    auto* participantButtons = new QHBoxLayout;
    participantButtons->addWidget(m_addParticipant);
    participantButtons->addWidget(m_removeParticipant);
    participantButtons->addStretch();
    auto* participants = new QVBoxLayout;
    participants->addWidget(m_participants);
    participants->addLayout(participantButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("St&art:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&CAMEO code:"), m_cameo);
    form->addRow(tr("&Participants:"), participants);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // Show the value.
    m_title->setText(event.title);
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    m_status->setCurrentIndex(m_status->findData(int(event.status)));
    m_start->setDate(event.start);
    m_end->setDate(event.end);
    m_location->setText(event.location);
    m_summary->setPlainText(event.summary);
    m_tags->setText(event.tags.join(QStringLiteral(", ")));
    m_cameo->setText(event.cameo);
    for (const Participant& participant : event.participants)
        addParticipantRow(participant);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    connect(m_addParticipant, &QPushButton::clicked, this, [this] {
        // Offer the first actor not yet taking part, so adding never starts out as a duplicate.
        QSet<ActorId> taken;
        for (const Participant& p : this->event().participants)
            taken.insert(p.actor);
        ActorId next = m_actors.constFirst().first;
        for (const auto& [id, name] : std::as_const(m_actors)) {
            if (!taken.contains(id)) {
                next = id;
                break;
            }
        }
        addParticipantRow(Participant{next, ParticipantRole::Participant});
        m_participants->setCurrentCell(m_participants->rowCount() - 1, ActorColumn);
        validate();
    });
    connect(m_removeParticipant, &QPushButton::clicked, this, [this] {
        const int row = m_participants->currentRow();
        if (row >= 0) {
            // The table moves its current cell while the row goes; the check waits until it has gone.
            const QSignalBlocker quiet(m_participants);
            m_participants->removeRow(row);
        }
        validate();
    });
    connect(m_participants, &QTableWidget::currentCellChanged, this, &EventDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_start, &FuzzyDateEdit::changed, this, &EventDialog::validate);
    connect(m_end, &FuzzyDateEdit::changed, this, &EventDialog::validate);
    connect(m_cameo, &QLineEdit::textChanged, this, &EventDialog::validate);
    validate();
}

void EventDialog::addParticipantRow(const Participant& participant)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto* actor = new QComboBox(m_participants);
    actor->setObjectName(QStringLiteral("participantActor"));
    for (const auto& [id, name] : std::as_const(m_actors))
        actor->addItem(name, id.value);
    int index = actor->findData(participant.actor.value);
    if (index < 0) {
        // An actor this project does not list (it should not happen): keep it rather than lose it.
        actor->addItem(tr("Actor %1").arg(participant.actor.value), participant.actor.value);
        index = actor->count() - 1;
    }
    actor->setCurrentIndex(index);
    auto* role = new QComboBox(m_participants);
    role->setObjectName(QStringLiteral("participantRole"));
    for (const ParticipantRole r : roles)
        role->addItem(roleLabel(r), int(r));
    role->setCurrentIndex(role->findData(int(participant.role)));
    m_participants->setCellWidget(row, ActorColumn, actor);
    m_participants->setCellWidget(row, RoleColumn, role);
    connect(actor, &QComboBox::currentIndexChanged, this, &EventDialog::validate);
}

Event EventDialog::event() const
{
    Event e = m_original;
    e.title = m_title->text().trimmed();
    e.kind = static_cast<EventKind>(m_kind->currentData().toInt());
    e.status = static_cast<EventStatus>(m_status->currentData().toInt());
    e.start = m_start->date();
    e.end = m_end->date();
    e.location = m_location->text().trimmed();
    e.summary = m_summary->toPlainText().trimmed();
    e.tags = splitCommaList(m_tags->text());
    e.cameo = m_cameo->text().trimmed();
    e.participants.clear();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const auto* actor = qobject_cast<const QComboBox*>(m_participants->cellWidget(row, ActorColumn));
        const auto* role = qobject_cast<const QComboBox*>(m_participants->cellWidget(row, RoleColumn));
        e.participants.append(Participant{
            ActorId(actor->currentData().toLongLong()), static_cast<ParticipantRole>(role->currentData().toInt())});
    }
    return e;
}

QString EventDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("The event needs a title.");
    if (m_start->isEmpty())
        return tr("The event needs a start date.");
    if (!m_start->isValid())
        return tr("Start: %1").arg(m_start->problem());
    if (!m_end->isValid())
        return tr("End: %1").arg(m_end->problem());
    const FuzzyDate start = m_start->date();
    const FuzzyDate end = m_end->date();
    if (!end.isNull() && end.latestMs() < start.earliestMs())
        return tr("The event ends (%1) before it starts (%2).").arg(end.display(), start.display());
    static const QRegularExpression cameo(QStringLiteral("^[0-9]{2,4}$"));
    const QString code = m_cameo->text().trimmed();
    if (!code.isEmpty() && !cameo.match(code).hasMatch())
        return tr("The CAMEO code “%1” should be two to four digits, e.g. 043.").arg(code);
    QSet<ActorId> seen;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const auto* actor = qobject_cast<const QComboBox*>(m_participants->cellWidget(row, ActorColumn));
        if (!actor)
            continue; // a row on its way out
        const ActorId id(actor->currentData().toLongLong());
        if (seen.contains(id))
            return tr("“%1” is listed twice among the participants.").arg(actor->currentText());
        seen.insert(id);
    }
    return {};
}

void EventDialog::validate()
{
    const QString why = problem();
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_removeParticipant->setEnabled(m_participants->currentRow() >= 0);
}

void EventDialog::accept()
{
    if (problem().isEmpty())
        QDialog::accept();
}

} // namespace attache

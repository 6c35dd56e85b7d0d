// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/statementdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "storage/project.h"
#include "widgets/fuzzydateedit.h"

namespace attache {
namespace {

constexpr StatementKind kinds[]
    = {StatementKind::Direct, StatementKind::Partial, StatementKind::Paraphrase, StatementKind::Post};

} // namespace

QString StatementDialog::kindLabel(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Direct:
        return tr("Direct quote");
    case StatementKind::Partial:
        return tr("Partial quote");
    case StatementKind::Paraphrase:
        return tr("Paraphrase");
    case StatementKind::Post:
        return tr("Post");
    }
    return {};
}

StatementDialog::StatementDialog(const Project& project, const Statement& statement, QWidget* parent)
    : QDialog(parent)
    , m_original(statement)
    , m_speaker(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_when(new FuzzyDateEdit(this))
    , m_venue(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(statement.id.isValid() ? tr("Edit Statement") : tr("New Statement"));
    m_speaker->setObjectName(QStringLiteral("speakerCombo"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_venue->setObjectName(QStringLiteral("venueCombo"));
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_speaker->addItem(tr("Choose a speaker…"), qint64(0));
    for (const Actor& actor : project.actors().all())
        m_speaker->addItem(actor.name, actor.id.value);
    for (const StatementKind kind : kinds)
        m_kind->addItem(kindLabel(kind), int(kind));
    m_when->setOptional(true);
    m_venue->addItem(tr("None"), qint64(0));
    const EventCatalog events = project.events().catalog();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto row = qsizetype(i);
        m_venue->addItem(tr("%1 (%2)").arg(events.titles.at(row), events.starts.at(row)), events.ids[i]);
    }
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The words as the source gives them"));
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(Qt::red).darker(130));
    m_message->setPalette(palette);

    auto* form = new QFormLayout;
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Venue:"), m_venue);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const auto select = [this](QComboBox* combo, qint64 id) {
        int index = combo->findData(id);
        if (index < 0) {
            combo->addItem(tr("Row %1").arg(id), id);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    select(m_speaker, statement.speaker.value);
    m_text->setPlainText(statement.text);
    m_kind->setCurrentIndex(m_kind->findData(int(statement.kind)));
    m_when->setDate(statement.when);
    select(m_venue, statement.venue.value);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatementDialog::reject);
    connect(m_speaker, &QComboBox::currentIndexChanged, this, &StatementDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &StatementDialog::validate);
    connect(m_when, &FuzzyDateEdit::changed, this, &StatementDialog::validate);
    validate();
}

Statement StatementDialog::statement() const
{
    Statement s = m_original;
    s.speaker = ActorId(m_speaker->currentData().toLongLong());
    s.text = m_text->toPlainText().trimmed();
    s.kind = static_cast<StatementKind>(m_kind->currentData().toInt());
    s.when = m_when->date();
    s.venue = EventId(m_venue->currentData().toLongLong());
    return s;
}

QString StatementDialog::problem() const
{
    if (m_speaker->currentData().toLongLong() <= 0)
        return tr("Choose who said it.");
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr("The statement needs its words.");
    if (!m_when->isValid())
        return tr("When: %1").arg(m_when->problem());
    return {};
}

void StatementDialog::validate()
{
    const QString why = problem();
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void StatementDialog::accept()
{
    if (problem().isEmpty())
        QDialog::accept();
}

} // namespace attache

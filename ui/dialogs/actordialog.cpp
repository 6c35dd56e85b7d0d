// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/actordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "actorlistmodel.h"
#include "storage/project.h"
#include "widgets/listtext.h"

namespace attache {
namespace {

constexpr ActorKind kinds[] = {ActorKind::Person, ActorKind::State, ActorKind::Organization, ActorKind::Group,
    ActorKind::Media, ActorKind::Other};


} // namespace


ActorDialog::ActorDialog(const Project& project, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_original(actor)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_aliases(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_affiliation(new QComboBox(this))
    , m_country(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(actor.id.isValid() ? tr("Edit Actor") : tr("New Actor"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_aliases->setObjectName(QStringLiteral("aliasesEdit"));
    m_role->setObjectName(QStringLiteral("roleEdit"));
    m_affiliation->setObjectName(QStringLiteral("affiliationCombo"));
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    for (const ActorKind kind : kinds)
        m_kind->addItem(ActorListModel::kindLabel(kind), int(kind));
    m_affiliation->addItem(tr("None"), qint64(0));
    for (const Actor& other : project.actors().all()) {
        if (other.id != actor.id) // no actor belongs to itself
            m_affiliation->addItem(other.name, other.id.value);
    }
    m_aliases->setPlaceholderText(tr("comma separated, e.g. POTUS, the President"));
    m_role->setPlaceholderText(tr("e.g. Foreign Minister"));
    m_country->setPlaceholderText(tr("two letters, e.g. FI"));
    m_country->setMaxLength(2);
    m_notes->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(Qt::red).darker(130));
    m_message->setPalette(palette);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("A&ffiliation:"), m_affiliation);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("N&otes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_name->setText(actor.name);
    m_kind->setCurrentIndex(m_kind->findData(int(actor.kind)));
    m_aliases->setText(actor.aliases.join(QStringLiteral(", ")));
    m_role->setText(actor.role);
    int affiliation = m_affiliation->findData(actor.affiliation.value);
    if (affiliation < 0) {
        m_affiliation->addItem(tr("Actor %1").arg(actor.affiliation.value), actor.affiliation.value);
        affiliation = m_affiliation->count() - 1;
    }
    m_affiliation->setCurrentIndex(affiliation);
    m_country->setText(actor.country);
    m_notes->setPlainText(actor.notes);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActorDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ActorDialog::validate);
    connect(m_country, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Country codes are capitals; typing "fi" means FI.
        const QString upper = text.toUpper();
        if (upper != text) {
            const int cursor = m_country->cursorPosition();
            m_country->setText(upper);
            m_country->setCursorPosition(cursor);
        }
    });
    connect(m_country, &QLineEdit::textChanged, this, &ActorDialog::validate);
    validate();
}

Actor ActorDialog::actor() const
{
    Actor a = m_original;
    a.name = m_name->text().trimmed();
    a.kind = static_cast<ActorKind>(m_kind->currentData().toInt());
    a.aliases = splitCommaList(m_aliases->text());
    a.role = m_role->text().trimmed();
    a.affiliation = ActorId(m_affiliation->currentData().toLongLong());
    a.country = m_country->text().trimmed();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

QString ActorDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The actor needs a name.");
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    const QString code = m_country->text().trimmed();
    if (!code.isEmpty() && !country.match(code).hasMatch())
        return tr("The country “%1” should be a two-letter ISO 3166 code such as FI, or empty.").arg(code);
    return {};
}

void ActorDialog::validate()
{
    const QString why = problem();
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ActorDialog::accept()
{
    if (problem().isEmpty())
        QDialog::accept();
}

} // namespace attache

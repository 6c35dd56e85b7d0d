// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/teamprojectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace attache {
namespace {
constexpr int defaultPort = 5432;
}

TeamProjectDialog::TeamProjectDialog(const QString& url, const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_create(new QCheckBox(tr("&Create a new project in this database (it must be empty)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Team Project"));
    setObjectName(QStringLiteral("teamProjectDialog"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_create->setObjectName(QStringLiteral("create"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_host->setPlaceholderText(tr("localhost, a server name, or a socket folder"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team project lives in a PostgreSQL database that the team shares: what each analyst "
                                "changes shows in the others' windows."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_create);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    const QUrl given(url);
    if (given.isValid() && !url.isEmpty()) {
        const QString socketFolder = QUrlQuery(given).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        m_host->setText(given.host().isEmpty() ? socketFolder : given.host());
        m_port->setValue(given.port(defaultPort));
        m_database->setText(given.path().mid(1));
        m_user->setText(given.userName());
    } else {
        m_host->setText(QStringLiteral("localhost"));
        m_user->setText(qEnvironmentVariable("USER"));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamProjectDialog::validate);
    validate();
    if (!problem.isEmpty()) {
        // The reason of the last failure stays until the address changes.
        m_problem->setText(problem);
        m_password->setFocus();
    } else {
        (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
    }
}

QString TeamProjectDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    const QString host = m_host->text().trimmed();
    if (host.startsWith(u'/')) {
        // A Unix socket folder goes in the query, where libpq takes it.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setHost(QString());
        url.setQuery(query);
    } else {
        url.setHost(host);
    }
    if (m_port->value() != defaultPort)
        url.setPort(m_port->value());
    url.setPath(u'/' + m_database->text().trimmed());
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" when there is no host and no user; libpq wants the two slashes.
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString TeamProjectDialog::password() const
{
    return m_password->text();
}

bool TeamProjectDialog::createProject() const
{
    return m_create->isChecked();
}

QString TeamProjectDialog::problem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Name the server.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Name the database that holds the project.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Give the user to log in as.");
    return {};
}

void TeamProjectDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace attache

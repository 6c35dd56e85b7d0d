// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace attache {

/// File > Open Team Project…: where a team project lives on a PostgreSQL server (host, port, database, user), the
/// password (kept for this connection only, never saved; empty lets libpq read ~/.pgpass), and whether to create the
/// project in an empty database. OK stays disabled, and a line says why, while the address is incomplete.
class TeamProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamProjectDialog)

public:
    /// `url` (postgresql://user@host:port/db, as File > Open Recent keeps it) fills the fields; `problem` says why the
    /// last try failed.
    explicit TeamProjectDialog(const QString& url = {}, const QString& problem = {}, QWidget* parent = nullptr);

    /// The address without the password.
    QString url() const;
    QString password() const;
    bool createProject() const;
    /// Why the address cannot be used; empty when it can.
    QString problem() const;

private:
    void validate();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_create;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>

#include <QString>

namespace attache {

/// A failure reading or writing the project. Thrown inside storage; Project::write() and the layer boundaries
/// (CLI, UI) turn it into a message for the user.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

/// What the database itself refused or failed at (a full disk, a lost connection, a constraint), in its own words,
/// as opposed to a value the repositories refuse before asking it.
class DatabaseError final : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace attache

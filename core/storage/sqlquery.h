// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace attache {

/// One prepared SQL statement of either backend, as the repositories use it: parameters bound by number (`?1`, or
/// `?` counted from 1), then stepped row by row. Binding after a step starts the statement over. Errors of the
/// database come out as DatabaseError. Internal to storage/.
class SqlQuery
{
public:
    virtual ~SqlQuery() = default;

    /// Forgets the bindings and any rows; the next step() runs the statement afresh.
    virtual void reset() = 0;
    virtual void bindNull(int index) = 0;
    virtual void bind(int index, qint64 value) = 0;
    virtual void bindText(int index, QByteArrayView utf8) = 0;
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, const QString& value) { bindText(index, value.toUtf8()); }
    /// A row id, or NULL for none (0): no reference, or "let the database choose".
    void bindId(int index, qint64 id)
    {
        if (id > 0)
            bind(index, id);
        else
            bindNull(index);
    }

    /// Runs the statement (on the first call) and moves to the next row; false when there is none.
    virtual bool step() = 0;
    /// Runs a statement that returns no rows.
    void run()
    {
        while (step()) { }
    }
    /// The rows the last run inserted, updated or deleted.
    virtual qint64 changes() const = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    /// The column's bytes (UTF-8 for text), valid until the next step.
    virtual QByteArrayView bytes(int column) const = 0;
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    qint64 id(int column) const { return isNull(column) ? 0 : int64(column); }
    /// A JSON array of strings, as the project stores lists.
    QStringList stringList(int column) const;
};

} // namespace attache

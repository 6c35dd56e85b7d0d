// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace attache::interop::csv {

/// Writes RFC 4180 comma-separated values: a field is quoted when it holds a comma, a quotation mark, a line break
/// or leading or trailing spaces, quotation marks inside are doubled, and records end with CRLF. UTF-8, with a byte
/// order mark when asked (spreadsheets that guess the encoding then read UTF-8).
class Writer final
{
public:
    explicit Writer(bool byteOrderMark = false);
    void addRecord(const QStringList& fields);
    QByteArray data() const;

private:
    QString m_text;
    bool m_byteOrderMark;
};

/// One record as read, with the line each field starts on (a quoted field may hold line breaks).
struct Record
{
    QStringList fields;
    QList<qsizetype> lines; // 1-based, one per field
    qsizetype line() const { return lines.isEmpty() ? 0 : lines.first(); }
    bool isBlank() const { return fields.size() == 1 && fields.first().isEmpty(); }
};

/// Reads RFC 4180 text (UTF-8 with or without byte order mark, CRLF or LF; a CRLF inside a quoted field is read as
/// LF). Fields are separated by commas, or by
/// semicolons when the first line has semicolons and no comma (as spreadsheets in many locales save). Throws
/// InputError with the line and column of a quotation mark that is never closed or of text after a closing one.
QList<Record> parse(const QByteArray& data);

} // namespace attache::interop::csv

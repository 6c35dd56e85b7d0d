// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/csv.h"

#include "interop/inputerror.h"
#include "interop/textinput.h"

namespace attache::interop::csv {

Writer::Writer(bool byteOrderMark)
    : m_byteOrderMark(byteOrderMark)
{ }

void Writer::addRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += u',';
        const QString& field = fields.at(i);
        const bool quoted = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
        if (quoted) {
            QString doubled = field;
            doubled.replace(u'"', QStringLiteral("\"\""));
            m_text += u'"' + doubled + u'"';
        } else {
            m_text += field;
        }
    }
    m_text += QStringLiteral("\r\n");
}

QByteArray Writer::data() const
{
    QByteArray bytes = m_byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + m_text.toUtf8();
}

QList<Record> parse(const QByteArray& data)
{
    const QString text = decodeUtf8(data);
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QStringView header = QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = !header.contains(u',') && header.contains(u';') ? u';' : u',';

    QList<Record> records;
    Record record;
    QString field;
    qsizetype line = 1;
    qsizetype lineStart = 0; // index of the current line's first character
    qsizetype fieldLine = 1;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted and its closing mark has been read
    qsizetype quoteLine = 0;
    qsizetype quoteColumn = 0;
    const auto endField = [&] {
        record.fields.append(field);
        record.lines.append(fieldLine);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!record.isBlank())
            records.append(record);
        record = Record();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
                wasQuoted = true;
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                continue; // a line break inside a field is kept as LF, as spreadsheets hold it in a cell
            } else {
                if (c == u'\n') {
                    ++line;
                    lineStart = i + 1;
                }
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
            fieldLine = line;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            lineStart = i + 1;
            fieldLine = line;
        } else if (wasQuoted) {
            throw InputError {line, i - lineStart + 1,
                QStringLiteral("text after the closing quotation mark of a field (a quotation mark inside a quoted "
                               "field is written twice: \"\")")};
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
            quoteColumn = i - lineStart + 1;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        throw InputError {
            quoteLine, quoteColumn, QStringLiteral("the quotation mark that opens this field is never closed")};
    if (!field.isEmpty() || wasQuoted || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace attache::interop::csv

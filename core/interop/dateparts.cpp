// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/dateparts.h"

#include <QRegularExpression>

#include "model/event.h"

namespace attache::interop {
namespace {

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<DateParts> DateParts::of(const FuzzyDate& date)
{
    if (date.isNull() || date.isInterval())
        return std::nullopt;
    // The canonical EDTF text is the one public spelling of every part of a FuzzyDate.
    static const QRegularExpression edtf(QStringLiteral(
        "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?)?)?[?~%]?$"));
    const QRegularExpressionMatch m = edtf.match(date.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const auto number
        = [&m](int group, int fallback) { return m.capturedLength(group) > 0 ? m.captured(group).toInt() : fallback; };
    DateParts parts;
    parts.year = number(1, 0);
    parts.month = number(2, 0);
    parts.day = number(3, 0);
    parts.hour = number(4, -1);
    parts.minute = number(5, -1);
    parts.second = number(6, -1);
    const QString offset = m.captured(7);
    parts.hasOffset = !offset.isEmpty();
    if (parts.hasOffset && offset != QStringLiteral("Z")) {
        const int minutes = offset.mid(1, 2).toInt() * 60 + offset.mid(4, 2).toInt();
        parts.offsetMinutes = offset.startsWith(u'-') ? -minutes : minutes;
    }
    return parts;
}

Result<FuzzyDate> DateParts::toDate() const
{
    QString text = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month > 0)
        text += u'-' + twoDigits(month);
    if (month > 0 && day > 0)
        text += u'-' + twoDigits(day);
    if (month > 0 && day > 0 && hasTime()) {
        text += u'T' + timeText();
        if (hasOffset && offsetMinutes == 0) {
            text += u'Z';
        } else if (hasOffset) {
            const int magnitude = std::abs(offsetMinutes);
            text += (offsetMinutes < 0 ? u'-' : u'+') + twoDigits(magnitude / 60) + u':' + twoDigits(magnitude % 60);
        }
    }
    return FuzzyDate::parse(text);
}

QString DateParts::timeText() const
{
    if (!hasTime())
        return {};
    QString text = twoDigits(hour) + u':' + twoDigits(std::max(minute, 0));
    if (second >= 0)
        text += u':' + twoDigits(second);
    return text;
}

FuzzyDate spanOf(const FuzzyDate& start, const FuzzyDate& end)
{
    Event event;
    event.start = start;
    event.end = end;
    return event.when();
}

QDate lastDay(const FuzzyDate& single)
{
    if (single.isNull())
        return {};
    if (single.precision() >= DatePrecision::Minute)
        return single.firstDay();
    return QDateTime::fromMSecsSinceEpoch(single.latestMs(), Qt::UTC).date();
}

} // namespace attache::interop

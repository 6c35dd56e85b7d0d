// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/brief.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include "model/annotation.h"

using namespace Qt::Literals::StringLiterals;

namespace attache::briefing {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::briefing", text);
}

QDate utcDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

QString monthName(int month)
{
    return QLocale::c().monthName(month, QLocale::ShortFormat);
}

} // namespace

QString Citation::grade() const
{
    const QString letter = toText(reliability);
    if (bestCredibility == 0)
        return letter;
    const QString reliabilityText = letter.isEmpty() ? u"–"_s : letter;
    if (worstCredibility == bestCredibility)
        return reliabilityText + QString::number(bestCredibility);
    return reliabilityText + QString::number(bestCredibility) + u'–' + QString::number(worstCredibility);
}

QString Citation::gradeDescription() const
{
    QStringList parts;
    if (reliability != Reliability::Unrated)
        parts.append(reliabilityDescription(reliability));
    if (bestCredibility != 0) {
        parts.append(worstCredibility == bestCredibility
                ? credibilityDescription(bestCredibility)
                : tr("%1 to %2").arg(credibilityDescription(bestCredibility),
                      credibilityDescription(worstCredibility)));
    }
    return parts.join(u"; "_s);
}

QString dayText(const QDate& day)
{
    if (!day.isValid())
        return {};
    return QString::number(day.day()) + u' ' + monthName(day.month()) + u' ' + QString::number(day.year());
}

QString dayRangeText(qint64 fromMs, qint64 toMs)
{
    const QDate from = utcDay(fromMs);
    const QDate to = utcDay(toMs);
    if (!from.isValid() || !to.isValid())
        return {};
    if (from >= to)
        return dayText(from);
    if (from.year() == to.year() && from.month() == to.month()) {
        return QString::number(from.day()) + u'–' + QString::number(to.day()) + u' ' + monthName(from.month()) + u' '
            + QString::number(from.year());
    }
    if (from.year() == to.year()) {
        return QString::number(from.day()) + u' ' + monthName(from.month()) + u" – "_s + dayText(to);
    }
    return dayText(from) + u" – "_s + dayText(to);
}

QString shortDate(const FuzzyDate& date)
{
    const QString text = date.display();
    // display() names the weekday of a certain single day: "Fri 15 Aug 2025".
    const bool weekday = !date.isInterval() && date.precision() >= DatePrecision::Day && !date.isUncertain()
        && !date.isApproximate() && text.size() > 4 && text.at(3) == u' ' && text.at(0).isLetter();
    return weekday ? text.mid(4) : text;
}

QString precisionText(const FuzzyDate& date)
{
    QString text;
    switch (date.precision()) {
    case DatePrecision::None:
        return tr("date unknown");
    case DatePrecision::Year:
        text = tr("known to the year");
        break;
    case DatePrecision::Month:
        text = tr("known to the month");
        break;
    case DatePrecision::Day:
        text = tr("known to the day");
        break;
    case DatePrecision::Minute:
    case DatePrecision::Second:
        text = tr("known to the minute");
        break;
    }
    if (date.isUncertain())
        text += tr(", uncertain");
    if (date.isApproximate())
        text += tr(", approximate");
    return text;
}

QString kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Summit:
        return tr("summit");
    case EventKind::Meeting:
        return tr("meeting");
    case EventKind::Talks:
        return tr("talks");
    case EventKind::Call:
        return tr("call");
    case EventKind::Visit:
        return tr("visit");
    case EventKind::PressConference:
        return tr("press conference");
    case EventKind::Interview:
        return tr("interview");
    case EventKind::Post:
        return tr("post");
    case EventKind::Statement:
        return tr("statement");
    case EventKind::Agreement:
        return tr("agreement");
    case EventKind::Sanction:
        return tr("sanction");
    case EventKind::Exchange:
        return tr("exchange");
    case EventKind::Other:
        return tr("other");
    }
    return {};
}

QString statusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Occurred:
        return tr("occurred");
    case EventStatus::Planned:
        return tr("planned");
    case EventStatus::Cancelled:
        return tr("cancelled");
    case EventStatus::Unknown:
        return tr("status unknown");
    }
    return {};
}

QString roleName(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Host:
        return tr("host");
    case ParticipantRole::Guest:
        return tr("guest");
    case ParticipantRole::Participant:
        return tr("participant");
    case ParticipantRole::Mediator:
        return tr("mediator");
    case ParticipantRole::Mentioned:
        return tr("mentioned");
    }
    return {};
}

} // namespace attache::briefing

// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/icalendar.h"

#include <map>
#include <set>

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include "interop/dateparts.h"
#include "interop/eventdrafts.h"
#include "interop/exportsupport.h"
#include "interop/inputerror.h"
#include "interop/textinput.h"
#include "storage/project.h"

namespace attache::icalendar {
namespace {

using interop::DateParts;
using interop::InputError;

// ---------------------------------------------------------------- writing

/// A name for our UUIDs (version 5), so that an event's UID and an actor's address stay the same between exports.
const QUuid uuidNamespace = QUuid::createUuidV5(QUuid(), QStringLiteral(ATTACHE_APP_ID));

constexpr std::array roles {
    std::pair {ParticipantRole::Host, u"CHAIR"},
    std::pair {ParticipantRole::Guest, u"REQ-PARTICIPANT"},
    std::pair {ParticipantRole::Participant, u"REQ-PARTICIPANT"},
    std::pair {ParticipantRole::Mediator, u"OPT-PARTICIPANT"},
    std::pair {ParticipantRole::Mentioned, u"NON-PARTICIPANT"},
};

/// A parameter value: RFC 6868 caret encoding, quoted when it holds what would end it.
QString paramValue(const QString& value)
{
    QString encoded;
    for (const QChar c : value) {
        if (c == u'^')
            encoded += QStringLiteral("^^");
        else if (c == u'\n')
            encoded += QStringLiteral("^n");
        else if (c == u'"')
            encoded += QStringLiteral("^'");
        else if (c != u'\r')
            encoded += c;
    }
    const bool quote = encoded.contains(u':') || encoded.contains(u';') || encoded.contains(u',');
    return quote ? u'"' + encoded + u'"' : encoded;
}

/// The TZID of a fixed offset: "UTC+0200" (no colon, which would have to be quoted in a parameter).
QString offsetName(int offsetMinutes)
{
    const int magnitude = std::abs(offsetMinutes);
    return QStringLiteral("UTC%1%2%3")
        .arg(QChar(offsetMinutes < 0 ? u'-' : u'+'))
        .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
        .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

QString offsetValue(int offsetMinutes)
{
    return offsetName(offsetMinutes).mid(3);
}

QString dayValue(QDate day)
{
    return day.toString(QStringLiteral("yyyyMMdd"));
}

bool isZoned(const DateParts& p)
{
    return p.hasOffset && p.offsetMinutes != 0;
}

class CalendarWriter final
{
public:
    void property(const QString& nameAndParameters, const QString& value)
    {
        m_data += foldLine(QString(nameAndParameters + u':' + value).toUtf8());
    }
    void text(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            property(QLatin1String(name), escapeText(value));
    }

    /// DTSTART or DTEND of a timed value: UTC as ...Z, a floating time read as UTC, other offsets by TZID.
    void time(const char* name, const DateParts& p)
    {
        const QString local = dayValue(p.date()) + u'T'
            + QStringLiteral("%1%2%3")
                  .arg(p.hour, 2, 10, QLatin1Char('0'))
                  .arg(p.minute, 2, 10, QLatin1Char('0'))
                  .arg(std::max(p.second, 0), 2, 10, QLatin1Char('0'));
        if (isZoned(p))
            property(QLatin1String(name) + QStringLiteral(";TZID=") + offsetName(p.offsetMinutes), local);
        else
            property(QLatin1String(name), local + u'Z');
    }

    void timeZone(int offsetMinutes)
    {
        property(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
        property(QStringLiteral("TZID"), offsetName(offsetMinutes));
        property(QStringLiteral("BEGIN"), QStringLiteral("STANDARD"));
        property(QStringLiteral("DTSTART"), QStringLiteral("19700101T000000"));
        property(QStringLiteral("TZOFFSETFROM"), offsetValue(offsetMinutes));
        property(QStringLiteral("TZOFFSETTO"), offsetValue(offsetMinutes));
        property(QStringLiteral("TZNAME"), offsetName(offsetMinutes));
        property(QStringLiteral("END"), QStringLiteral("STANDARD"));
        property(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));
    }

    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

/// The first and last values of an event's span: start alone, or start and end; an open start takes the end.
std::pair<FuzzyDate, FuzzyDate> span(const Event& e)
{
    const FuzzyDate when = e.when();
    FuzzyDate first = when.start();
    FuzzyDate last = when.isInterval() ? when.end() : FuzzyDate();
    if (first.isNull())
        std::swap(first, last);
    return {first, last};
}

void writeEvent(CalendarWriter& out, const Event& e, const Project& project, const QHash<qint64, QString>& names,
    const QString& stamp)
{
    const auto [first, last] = span(e);
    const auto start = DateParts::of(first);
    if (!start)
        return;
    const auto end = DateParts::of(last);
    out.property(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
    const QString uid = QStringLiteral("event/%1/%2").arg(project.name()).arg(e.id.value);
    out.property(QStringLiteral("UID"), QUuid::createUuidV5(uuidNamespace, uid).toString(QUuid::WithoutBraces));
    out.property(QStringLiteral("DTSTAMP"), stamp);
    if (!start->hasTime() || (end && !end->hasTime())) {
        out.property(QStringLiteral("DTSTART;VALUE=DATE"), dayValue(first.firstDay()));
        out.property(QStringLiteral("DTEND;VALUE=DATE"), dayValue(interop::lastDay(end ? last : first).addDays(1)));
    } else {
        out.time("DTSTART", *start);
        if (end)
            out.time("DTEND", *end);
    }
    out.text("SUMMARY", e.title);
    out.text("DESCRIPTION", e.summary);
    out.text("LOCATION", e.location);
    const bool tentative = e.status == EventStatus::Unknown;
    out.property(QStringLiteral("STATUS"),
        e.status == EventStatus::Cancelled ? QStringLiteral("CANCELLED")
            : tentative                    ? QStringLiteral("TENTATIVE")
                                           : QStringLiteral("CONFIRMED"));
    if (!e.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : e.tags)
            tags.append(escapeText(tag));
        out.property(QStringLiteral("CATEGORIES"), tags.join(u','));
    }
    for (const Participant& p : e.participants) {
        const QString name = names.value(p.actor.value);
        QString role;
        for (const auto& [value, text] : roles) {
            if (value == p.role)
                role = QString::fromUtf16(text);
        }
        out.property(
            QStringLiteral("ATTENDEE;CN=%1;ROLE=%2;X-ATTACHE-ROLE=%3").arg(paramValue(name), role, toText(p.role)),
            QStringLiteral("urn:uuid:")
                + QUuid::createUuidV5(uuidNamespace, QStringLiteral("actor/") + name).toString(QUuid::WithoutBraces));
    }
    out.property(QStringLiteral("X-ATTACHE-KIND"), toText(e.kind));
    out.property(QStringLiteral("X-ATTACHE-STATUS"), toText(e.status));
    if (!e.cameo.isEmpty())
        out.text("X-ATTACHE-CAMEO", e.cameo);
    out.property(QStringLiteral("X-ATTACHE-START"), e.start.toString());
    if (!e.end.isNull())
        out.property(QStringLiteral("X-ATTACHE-END"), e.end.toString());
    out.property(QStringLiteral("END"), QStringLiteral("VEVENT"));
}

// ---------------------------------------------------------------- reading

struct Property
{
    QString name; // upper case
    QHash<QString, QString> parameters; // upper-case names, decoded values
    QString value; // as written (TEXT still escaped)
    qsizetype line = 0;
    qsizetype valueColumn = 0;

    InputError error(const QString& reason) const { return InputError {line, valueColumn, name + u' ' + reason}; }
};

struct Component
{
    QString name;
    qsizetype line = 0;
    QList<Property> properties;
    QList<Component> children;

    const Property* find(const QString& key) const
    {
        for (const Property& p : properties) {
            if (p.name == key)
                return &p;
        }
        return nullptr;
    }
};

QString unescapeText(QStringView text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            plain += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            plain += c;
        }
    }
    return plain;
}

/// The values of a comma-separated TEXT list, unescaped.
QStringList textList(const QString& value)
{
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && value.at(i) == u'\\') {
            ++i;
        } else if (i == value.size() || value.at(i) == u',') {
            const QString item = unescapeText(QStringView(value).mid(start, i - start)).trimmed();
            if (!item.isEmpty())
                items.append(item);
            start = i + 1;
        }
    }
    return items;
}

QString decodeParameter(QStringView value)
{
    QString decoded;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'^' && i + 1 < value.size()) {
            const QChar next = value.at(i + 1);
            if (next == u'^' || next == u'n' || next == u'\'') {
                decoded += next == u'n' ? QChar(u'\n') : next == u'\'' ? QChar(u'"') : QChar(u'^');
                ++i;
                continue;
            }
        }
        decoded += value.at(i);
    }
    return decoded;
}

bool isNameCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

/// name *(";" param "=" value *("," value)) ":" value
Property parseContentLine(const QString& text, qsizetype line)
{
    Property p;
    p.line = line;
    qsizetype i = 0;
    while (i < text.size() && isNameCharacter(text.at(i)))
        ++i;
    if (i == 0)
        throw InputError {line, 1, QStringLiteral("expected a property name (letters, digits and '-')")};
    p.name = text.left(i).toUpper();
    while (i < text.size() && text.at(i) == u';') {
        const qsizetype nameStart = ++i;
        while (i < text.size() && isNameCharacter(text.at(i)))
            ++i;
        if (i == nameStart || i >= text.size() || text.at(i) != u'=')
            throw InputError {line, i + 1, QStringLiteral("expected a parameter NAME=value after ';'")};
        const QString name = text.mid(nameStart, i - nameStart).toUpper();
        QString value;
        do {
            ++i; // past '=' or ','
            if (i < text.size() && text.at(i) == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0)
                    throw InputError {line, i + 1, QStringLiteral("the quoted parameter value is never closed")};
                value += (value.isEmpty() ? QString() : QStringLiteral(",")) + text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (i < text.size() && text.at(i) != u';' && text.at(i) != u':' && text.at(i) != u',')
                    ++i;
                value += (value.isEmpty() ? QString() : QStringLiteral(",")) + text.mid(start, i - start);
            }
        } while (i < text.size() && text.at(i) == u',');
        p.parameters.insert(name, decodeParameter(value));
    }
    if (i >= text.size() || text.at(i) != u':')
        throw InputError {line, i + 1, QStringLiteral("expected ':' between the property's name and its value")};
    p.valueColumn = i + 2;
    p.value = text.mid(i + 1);
    return p;
}

/// The calendar's components; unfolds lines (at the byte level, so that a fold inside a UTF-8 character is mended).
QList<Component> parseComponents(const QByteArray& data)
{
    struct Logical
    {
        QByteArray bytes;
        qsizetype line;
    };
    QList<Logical> lines;
    const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    qsizetype number = 0;
    for (QByteArray physical : body.split('\n')) {
        ++number;
        if (physical.endsWith('\r'))
            physical.chop(1);
        if ((physical.startsWith(' ') || physical.startsWith('\t')) && !lines.isEmpty())
            lines.last().bytes += physical.mid(1);
        else if (!physical.isEmpty())
            lines.append(Logical {physical, number});
    }
    if (lines.isEmpty())
        throw InputError {1, 0, QStringLiteral("the file is empty (expected BEGIN:VCALENDAR)")};

    QList<Component> roots;
    QList<Component> open;
    for (const Logical& logical : std::as_const(lines)) {
        const Property p = parseContentLine(interop::decodeUtf8(logical.bytes, logical.line), logical.line);
        const QString value = p.value.trimmed().toUpper();
        if (open.isEmpty()
            && !(p.name == QStringLiteral("BEGIN") && (value == QStringLiteral("VCALENDAR") || !roots.isEmpty()))) {
            throw InputError {p.line, 1,
                roots.isEmpty() ? QStringLiteral("not an iCalendar file: it does not begin with BEGIN:VCALENDAR")
                                : QStringLiteral("%1 after the calendar's END:VCALENDAR").arg(p.name)};
        }
        if (p.name == QStringLiteral("BEGIN")) {
            open.append(Component {value, p.line, {}, {}});
        } else if (p.name == QStringLiteral("END")) {
            if (open.last().name != value) {
                throw InputError {p.line, p.valueColumn,
                    QStringLiteral("END:%1 does not close BEGIN:%2 of line %3")
                        .arg(value, open.last().name)
                        .arg(open.last().line)};
            }
            Component done = open.takeLast();
            if (open.isEmpty())
                roots.append(done);
            else
                open.last().children.append(done);
        } else {
            open.last().properties.append(p);
        }
    }
    if (!open.isEmpty()) {
        throw InputError {lines.last().line, 0,
            QStringLiteral("BEGIN:%1 of line %2 is never closed by END:%1")
                .arg(open.last().name)
                .arg(open.last().line)};
    }
    return roots;
}

/// TZID -> the fixed offset of a VTIMEZONE that has a single observance (as Attaché writes them).
using FixedZones = QHash<QString, int>;

int parseOffset(const Property& p)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{2})(\\d{2})(\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(p.value.trimmed());
    if (!m.hasMatch())
        throw p.error(QStringLiteral("\"%1\" is not a UTC offset (expected +hhmm or -hhmm)").arg(p.value));
    const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    return m.captured(1) == QStringLiteral("-") ? -minutes : minutes;
}

FixedZones fixedZones(const Component& calendar)
{
    FixedZones zones;
    for (const Component& c : calendar.children) {
        const Property* id = c.find(QStringLiteral("TZID"));
        if (c.name != QStringLiteral("VTIMEZONE") || !id || c.children.size() != 1)
            continue;
        if (const Property* to = c.children.first().find(QStringLiteral("TZOFFSETTO")))
            zones.insert(id->value.trimmed(), parseOffset(*to));
    }
    return zones;
}

/// A DTSTART/DTEND value: the day for a DATE, or the parts of a DATE-TIME with its offset (none when floating).
DateParts parseDateValue(const Property& p, const FixedZones& zones)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z)?)?$"));
    const QString text = p.value.trimmed();
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        throw p.error(QStringLiteral("\"%1\" is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS, with Z for "
                                     "UTC)")
                          .arg(text));
    }
    DateParts parts;
    parts.year = m.captured(1).toInt();
    parts.month = m.captured(2).toInt();
    parts.day = m.captured(3).toInt();
    if (!parts.date().isValid() || parts.year < 1)
        throw p.error(QStringLiteral("\"%1\" is not a date of the calendar").arg(text));
    if (m.capturedLength(4) == 0) {
        if (p.parameters.value(QStringLiteral("VALUE")).compare(QStringLiteral("DATE-TIME"), Qt::CaseInsensitive) == 0)
            throw p.error(QStringLiteral("\"%1\" has no time, but VALUE=DATE-TIME").arg(text));
        return parts;
    }
    parts.hour = m.captured(4).toInt();
    parts.minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    parts.second = second > 0 ? second : -1;
    if (parts.hour > 23 || parts.minute > 59 || second > 60)
        throw p.error(QStringLiteral("\"%1\" is not a time of day").arg(text));
    const QString zone = p.parameters.value(QStringLiteral("TZID"));
    if (m.capturedLength(7) > 0) {
        parts.hasOffset = true;
    } else if (!zone.isEmpty()) {
        parts.hasOffset = true;
        if (zones.contains(zone)) {
            parts.offsetMinutes = zones.value(zone);
        } else {
            QTimeZone tz(zone.toUtf8());
            const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(zone.toUtf8());
            if (!tz.isValid() && !windows.isEmpty())
                tz = QTimeZone(windows);
            if (!tz.isValid())
                throw p.error(
                    QStringLiteral("time zone \"%1\" is neither defined in the file nor a known zone").arg(zone));
            parts.offsetMinutes = tz.offsetFromUtc(QDateTime(parts.date(), QTime(parts.hour, parts.minute), tz)) / 60;
        }
    }
    return parts;
}

FuzzyDate toDate(const DateParts& parts, const Property& p)
{
    auto date = parts.toDate();
    if (!date)
        throw p.error(date.error());
    return date.value();
}

/// A DURATION (RFC 5545 3.3.6) in seconds.
qint64 parseDuration(const Property& p)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\+?P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?)$"));
    const QRegularExpressionMatch m = pattern.match(p.value.trimmed());
    if (!m.hasMatch() || p.value.trimmed() == QStringLiteral("P") || p.value.trimmed().endsWith(u'T'))
        throw p.error(QStringLiteral("\"%1\" is not a duration (e.g. P1D, PT1H30M)").arg(p.value));
    return m.captured(1).toLongLong() * 7 * 86400 + m.captured(2).toLongLong() * 86400
        + m.captured(3).toLongLong() * 3600 + m.captured(4).toLongLong() * 60 + m.captured(5).toLongLong();
}

template <typename Enum, typename Parse>
std::optional<Enum> extension(const Component& event, const char* name, Parse parse, const QStringList& allowed)
{
    const Property* p = event.find(QLatin1String(name));
    if (!p)
        return std::nullopt;
    const auto value = parse(unescapeText(p->value).trimmed());
    if (!value)
        throw p->error(QStringLiteral("\"%1\" is not one of %2").arg(p->value, allowed.join(QStringLiteral(", "))));
    return value;
}

FuzzyDate exactDate(const Component& event, const char* name)
{
    const Property* p = event.find(QLatin1String(name));
    if (!p)
        return {};
    auto parsed = FuzzyDate::parse(p->value.trimmed());
    if (!parsed)
        throw p->error(parsed.error());
    return parsed.value();
}

/// The span the calendar gives: DTSTART with DTEND or DURATION.
FuzzyDate calendarSpan(const Component& event, const FixedZones& zones)
{
    const Property* dtstart = event.find(QStringLiteral("DTSTART"));
    if (!dtstart)
        throw InputError {event.line, 0, QStringLiteral("the VEVENT has no DTSTART")};
    const DateParts start = parseDateValue(*dtstart, zones);
    const FuzzyDate first = toDate(start, *dtstart);
    FuzzyDate last;
    const Property* dtend = event.find(QStringLiteral("DTEND"));
    const Property* duration = event.find(QStringLiteral("DURATION"));
    if (dtend) {
        const DateParts end = parseDateValue(*dtend, zones);
        const FuzzyDate endDate = toDate(end, *dtend);
        if (endDate.earliestMs() < first.earliestMs())
            throw dtend->error(QStringLiteral("is before DTSTART"));
        if (!start.hasTime()) {
            // An all-day DTEND is the day after the last one.
            const QDate lastDay = end.hasTime() ? end.date() : end.date().addDays(-1);
            if (lastDay > start.date())
                last = FuzzyDate::fromDate(lastDay);
        } else if (endDate.earliestMs() > first.earliestMs()) {
            last = endDate;
        }
    } else if (duration) {
        const qint64 seconds = parseDuration(*duration);
        if (!start.hasTime() && seconds >= 2 * 86400) {
            last = FuzzyDate::fromDate(start.date().addDays(seconds / 86400 - 1));
        } else if (start.hasTime() && seconds > 0) {
            const QDateTime moved
                = QDateTime(start.date(), QTime(start.hour, start.minute, std::max(start.second, 0)), Qt::UTC)
                      .addSecs(seconds);
            DateParts end = start;
            end.year = moved.date().year();
            end.month = moved.date().month();
            end.day = moved.date().day();
            end.hour = moved.time().hour();
            end.minute = moved.time().minute();
            end.second = moved.time().second() > 0 ? moved.time().second() : -1;
            last = toDate(end, *duration);
        }
    }
    return last.isNull() ? first : FuzzyDate::interval(first, last);
}

interop::EventDraft draftFrom(const Component& component, const FixedZones& zones)
{
    interop::EventDraft draft;
    Event& e = draft.event;
    const FuzzyDate span = calendarSpan(component, zones);
    // Attaché's own dates, where they still describe the same span, keep precision and qualifiers.
    const FuzzyDate exactStart = exactDate(component, "X-ATTACHE-START");
    const FuzzyDate exactEnd = exactDate(component, "X-ATTACHE-END");
    const FuzzyDate exact = interop::spanOf(exactStart, exactEnd);
    if (!exactStart.isNull() && exact.earliestMs() == span.earliestMs() && exact.latestMs() == span.latestMs()) {
        e.start = exactStart;
        e.end = exactEnd;
    } else {
        e.start = span.start();
        e.end = span.isInterval() ? span.end() : FuzzyDate();
    }
    const auto text = [&component](const char* name) {
        const Property* p = component.find(QLatin1String(name));
        return p ? unescapeText(p->value).trimmed() : QString();
    };
    e.title = text("SUMMARY");
    if (e.title.isEmpty())
        e.title = QStringLiteral("Untitled event");
    e.summary = text("DESCRIPTION");
    e.location = text("LOCATION");
    e.cameo = text("X-ATTACHE-CAMEO");
    e.kind = extension<EventKind>(component, "X-ATTACHE-KIND", eventKindFromText, eventKindTexts())
                 .value_or(EventKind::Other);
    const QString status = text("STATUS").toUpper();
    e.status = status == QStringLiteral("CANCELLED")                  ? EventStatus::Cancelled
        : status == QStringLiteral("TENTATIVE")                       ? EventStatus::Planned
        : e.when().earliestMs() > QDateTime::currentMSecsSinceEpoch() ? EventStatus::Planned
                                                                      : EventStatus::Occurred;
    if (const auto exactStatus
        = extension<EventStatus>(component, "X-ATTACHE-STATUS", eventStatusFromText, eventStatusTexts()))
        e.status = *exactStatus;
    for (const Property& p : component.properties) {
        if (p.name == QStringLiteral("CATEGORIES"))
            e.tags += textList(p.value);
        if (p.name != QStringLiteral("ATTENDEE") && p.name != QStringLiteral("ORGANIZER"))
            continue;
        QString name = p.parameters.value(QStringLiteral("CN")).trimmed();
        if (name.isEmpty()) {
            name = p.value.trimmed();
            if (name.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
                name = name.mid(7);
        }
        if (name.isEmpty())
            continue;
        ParticipantRole role
            = p.name == QStringLiteral("ORGANIZER") ? ParticipantRole::Host : ParticipantRole::Participant;
        const QString standard = p.parameters.value(QStringLiteral("ROLE")).toUpper();
        if (standard == QStringLiteral("CHAIR"))
            role = ParticipantRole::Host;
        else if (standard == QStringLiteral("NON-PARTICIPANT"))
            role = ParticipantRole::Mentioned;
        if (const auto own = participantRoleFromText(p.parameters.value(QStringLiteral("X-ATTACHE-ROLE"))))
            role = *own;
        draft.participants.append({name, role});
    }
    return draft;
}

} // namespace

QByteArray foldLine(QByteArrayView line)
{
    QByteArray folded;
    qsizetype at = 0;
    qsizetype room = 75;
    while (line.size() - at > room) {
        qsizetype cut = at + room;
        // Never split a UTF-8 character: step back over continuation bytes (10xxxxxx) to a character's first byte.
        while (cut > at && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += line.sliced(at, cut - at);
        folded += "\r\n ";
        at = cut;
        room = 74; // the leading space counts
    }
    folded += line.sliced(at);
    folded += "\r\n";
    return folded;
}

QString escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',')
            escaped += u'\\' + QString(c);
        else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        else if (c == u'\n' || c == u'\r')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray write(const Project& project, const QDateTime& now)
{
    const QDateTime stampTime = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    const QString stamp = stampTime.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QList<Event> events = project.events().list();
    const QHash<qint64, QString> names = interop::actorNames(project);

    CalendarWriter out;
    out.property(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out.property(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out.property(
        QStringLiteral("PRODID"), QStringLiteral("-//Attaché//Attaché %1//EN").arg(QStringLiteral(ATTACHE_VERSION)));
    out.property(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out.text("X-WR-CALNAME", project.name());
    std::set<int> offsets;
    for (const Event& e : events) {
        const auto [first, last] = span(e);
        for (const FuzzyDate& d : {first, last}) {
            const auto parts = DateParts::of(d);
            if (parts && parts->hasTime() && isZoned(*parts))
                offsets.insert(parts->offsetMinutes);
        }
    }
    for (const int offset : offsets)
        out.timeZone(offset);
    for (const Event& e : events)
        writeEvent(out, e, project, names, stamp);
    out.property(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out.data();
}

Result<QList<interop::EventDraft>> readDrafts(const QByteArray& data, const QString& origin)
{
    QList<interop::EventDraft> drafts;
    try {
        for (const Component& calendar : parseComponents(data)) {
            const FixedZones zones = fixedZones(calendar);
            for (const Component& c : calendar.children) {
                if (c.name == QStringLiteral("VEVENT"))
                    drafts.append(draftFrom(c, zones));
            }
        }
    } catch (const InputError& error) {
        return interop::located(origin, error);
    }
    return drafts;
}

Result<interop::ImportSummary> read(const QByteArray& data, const QString& origin, Project& project)
{
    const auto drafts = readDrafts(data, origin);
    if (!drafts)
        return Error{drafts.error()};
    return interop::storeEvents(*drafts, origin, project);
}

} // namespace attache::icalendar

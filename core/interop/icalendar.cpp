// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/icalendar.h"

#include <cstring>
#include <memory>
#include <set>
#include <vector>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <libical/ical.h>

#include "interop/dateparts.h"
#include "interop/eventdrafts.h"
#include "interop/exportsupport.h"
#include "interop/inputerror.h"
#include "interop/textinput.h"
#include "storage/project.h"

// libical (Debian's libical3) parses and writes the calendar: content lines, parameters (RFC 6868), TEXT escapes,
// multi-valued properties, DATE, DATE-TIME and DURATION values, and VTIMEZONEs with their daylight-saving rules. It
// is lenient: a bad line becomes an X-LIC-ERROR property, a line without ':' a property whose value is its
// parameters, "20240230" a date, "TZOFFSETTO:x" +0000, and nothing says which line anything came from. So a short
// hand-written scan of the lines comes first: it checks what libical lets through (UTF-8, the content line's shape,
// BEGIN/END nesting) and keeps each property's line and column for the messages.
//
// libical's state: components and the strings of its *_r functions belong to the caller (freed here by the unique_ptrs
// below); icalerrno and the ring of temporary strings are per thread in Debian's build (pthread keys), its cache of
// built-in zones (not used here: named zones go through Qt) is behind a mutex, and whether errors abort is one setting
// for the process. Nothing here reads icalerrno, which earlier calls may have left set: a value libical could not read
// shows as a missing property instead. Reading and writing run on the thread that asked, one file at a time.
namespace attache::icalendar {
namespace {

using interop::DateParts;
using interop::InputError;

// ---------------------------------------------------------------- libical ownership

struct FreeComponent
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
struct FreeProperty
{
    void operator()(icalproperty* p) const { icalproperty_free(p); }
};
struct FreeString
{
    void operator()(char* s) const { icalmemory_free_buffer(s); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, FreeComponent>;
using PropertyPtr = std::unique_ptr<icalproperty, FreeProperty>;
using StringPtr = std::unique_ptr<char, FreeString>; // the strings of libical's *_r functions

/// libical aborts on its own errors when built or set so; Attaché reports them instead.
void useLibical()
{
    static const bool once = [] {
        icalerror_set_errors_are_fatal(0);
        return true;
    }();
    (void)once;
}

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// ---------------------------------------------------------------- writing

/// A name for our UUIDs (version 5), so that an event's UID and an actor's address stay the same between exports.
const QUuid uuidNamespace = QUuid::createUuidV5(QUuid(), QStringLiteral(ATTACHE_APP_ID));

constexpr std::array roles {
    std::pair {ParticipantRole::Host, ICAL_ROLE_CHAIR},
    std::pair {ParticipantRole::Guest, ICAL_ROLE_REQPARTICIPANT},
    std::pair {ParticipantRole::Participant, ICAL_ROLE_REQPARTICIPANT},
    std::pair {ParticipantRole::Mediator, ICAL_ROLE_OPTPARTICIPANT},
    std::pair {ParticipantRole::Mentioned, ICAL_ROLE_NONPARTICIPANT},
};

// libical 3.0 writes the commas and semicolons inside a CATEGORIES value unescaped (it takes them for the list's
// separators), so that a tag "round, two" would come back as two. A tag's commas and semicolons go to libical as
// these two noncharacters, which never occur in text, and become \, and \; in its output.
constexpr char16_t categoryComma = u'\uFDD0';
constexpr char16_t categorySemicolon = u'\uFDD1';

/// libical 3.0 writes RFC 6868's ^n and ^' in parameter values but leaves a caret as it is, so that a name with "^n"
/// in it would come back with a line break. Where it does (asked once), carets are doubled before libical sees them.
bool libicalLeavesCarets()
{
    static const bool leaves = [] {
        const PropertyPtr p(icalproperty_new_attendee("x"));
        icalproperty_add_parameter(p.get(), icalparameter_new_cn("^"));
        const StringPtr text(icalproperty_as_ical_string_r(p.get()));
        return std::strstr(text.get(), "^^") == nullptr;
    }();
    return leaves;
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

bool isZoned(const DateParts& p)
{
    return p.hasOffset && p.offsetMinutes != 0;
}

void add(icalcomponent* component, icalproperty* property)
{
    icalcomponent_add_property(component, property);
}

void addText(icalcomponent* component, icalproperty* (*make)(const char*), const QString& value)
{
    if (!value.isEmpty())
        add(component, make(value.toUtf8().constData()));
}

void addX(icalcomponent* component, const char* name, const QString& value)
{
    icalproperty* p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    add(component, p);
}

icaltimetype dayTime(QDate day)
{
    icaltimetype t = icaltime_null_date();
    t.year = day.year();
    t.month = day.month();
    t.day = day.day();
    return t;
}

/// The date and time of day of timed parts, without a zone.
icaltimetype localTime(const DateParts& p)
{
    icaltimetype t = icaltime_null_time();
    t.year = p.year;
    t.month = p.month;
    t.day = p.day;
    t.hour = p.hour;
    t.minute = p.minute;
    t.second = std::max(p.second, 0);
    return t;
}

/// DTSTART or DTEND of a timed value: UTC as ...Z, a floating time read as UTC, other offsets by TZID.
icalproperty* timeProperty(icalproperty* (*make)(icaltimetype), const DateParts& p)
{
    icaltimetype t = localTime(p);
    if (!isZoned(p))
        t.zone = icaltimezone_get_utc_timezone();
    icalproperty* property = make(t);
    if (isZoned(p))
        icalproperty_add_parameter(property, icalparameter_new_tzid(offsetName(p.offsetMinutes).toUtf8().constData()));
    return property;
}

icalcomponent* timeZone(int offsetMinutes)
{
    icalcomponent* zone = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    const QByteArray name = offsetName(offsetMinutes).toUtf8();
    add(zone, icalproperty_new_tzid(name.constData()));
    icalcomponent* standard = icalcomponent_new(ICAL_XSTANDARD_COMPONENT);
    icaltimetype epoch = icaltime_null_time();
    epoch.year = 1970;
    epoch.month = 1;
    epoch.day = 1;
    add(standard, icalproperty_new_dtstart(epoch));
    add(standard, icalproperty_new_tzoffsetfrom(offsetMinutes * 60));
    add(standard, icalproperty_new_tzoffsetto(offsetMinutes * 60));
    add(standard, icalproperty_new_tzname(name.constData()));
    icalcomponent_add_component(zone, standard);
    return zone;
}

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

void writeEvent(icalcomponent* calendar, const Event& e, const Project& project, const QHash<qint64, QString>& names,
    icaltimetype stamp)
{
    const auto [first, last] = span(e);
    const auto start = DateParts::of(first);
    if (!start)
        return;
    const auto end = DateParts::of(last);
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_component(calendar, event);
    const QString uid = QStringLiteral("event/%1/%2").arg(project.name()).arg(e.id.value);
    addText(event, icalproperty_new_uid, QUuid::createUuidV5(uuidNamespace, uid).toString(QUuid::WithoutBraces));
    add(event, icalproperty_new_dtstamp(stamp));
    if (!start->hasTime() || (end && !end->hasTime())) {
        add(event, icalproperty_new_dtstart(dayTime(first.firstDay())));
        add(event, icalproperty_new_dtend(dayTime(interop::lastDay(end ? last : first).addDays(1))));
    } else {
        add(event, timeProperty(icalproperty_new_dtstart, *start));
        if (end)
            add(event, timeProperty(icalproperty_new_dtend, *end));
    }
    addText(event, icalproperty_new_summary, e.title);
    addText(event, icalproperty_new_description, e.summary);
    addText(event, icalproperty_new_location, e.location);
    add(event,
        icalproperty_new_status(e.status == EventStatus::Cancelled ? ICAL_STATUS_CANCELLED
                : e.status == EventStatus::Unknown                 ? ICAL_STATUS_TENTATIVE
                                                                   : ICAL_STATUS_CONFIRMED));
    if (!e.tags.isEmpty()) {
        QStringList tags;
        for (QString tag : e.tags)
            tags.append(tag.replace(u',', QChar(categoryComma)).replace(u';', QChar(categorySemicolon)));
        addText(event, icalproperty_new_categories, tags.join(u','));
    }
    for (const Participant& p : e.participants) {
        const QString name = names.value(p.actor.value);
        const QString address = QStringLiteral("urn:uuid:")
            + QUuid::createUuidV5(uuidNamespace, QStringLiteral("actor/") + name).toString(QUuid::WithoutBraces);
        icalproperty* attendee = icalproperty_new_attendee(address.toUtf8().constData());
        QString cn = name;
        if (libicalLeavesCarets())
            cn.replace(u'^', QStringLiteral("^^"));
        icalproperty_add_parameter(attendee, icalparameter_new_cn(cn.remove(u'\r').toUtf8().constData()));
        for (const auto& [value, role] : roles) {
            if (value == p.role)
                icalproperty_add_parameter(attendee, icalparameter_new_role(role));
        }
        icalparameter* own = icalparameter_new_x(toText(p.role).toUtf8().constData());
        icalparameter_set_xname(own, "X-ATTACHE-ROLE");
        icalproperty_add_parameter(attendee, own);
        add(event, attendee);
    }
    addX(event, "X-ATTACHE-KIND", toText(e.kind));
    addX(event, "X-ATTACHE-STATUS", toText(e.status));
    if (!e.cameo.isEmpty())
        addX(event, "X-ATTACHE-CAMEO", e.cameo);
    addX(event, "X-ATTACHE-START", e.start.toString());
    if (!e.end.isNull())
        addX(event, "X-ATTACHE-END", e.end.toString());
}

// ---------------------------------------------------------------- reading: the scan of the lines

/// A content line as the file has it, where it is: for the messages, and for what libical reads without a word.
struct Line
{
    QString name; // upper case
    QString value; // as written
    qsizetype line = 0;
    qsizetype valueColumn = 0;

    InputError error(const QString& reason) const { return InputError {line, valueColumn, name + u' ' + reason}; }
};

struct Component
{
    QString name;
    qsizetype line = 0;
    QList<Line> properties;
    QList<Component> children;

    const Line* find(const QString& key) const
    {
        for (const Line& p : properties) {
            if (p.name == key)
                return &p;
        }
        return nullptr;
    }
};

bool isNameCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

/// name *(";" param "=" value *("," value)) ":" value. libical reads a line that breaks this as something else (a
/// line without ':' as a property whose value is its parameters), so the shape is checked here.
Line scanContentLine(const QString& text, qsizetype line)
{
    Line p;
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
        do {
            ++i; // past '=' or ','
            if (i < text.size() && text.at(i) == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0)
                    throw InputError {line, i + 1, QStringLiteral("the quoted parameter value is never closed")};
                i = close + 1;
            } else {
                while (i < text.size() && text.at(i) != u';' && text.at(i) != u':' && text.at(i) != u',')
                    ++i;
            }
        } while (i < text.size() && text.at(i) == u',');
    }
    if (i >= text.size() || text.at(i) != u':')
        throw InputError {line, i + 1, QStringLiteral("expected ':' between the property's name and its value")};
    p.valueColumn = i + 2;
    p.value = text.mid(i + 1);
    return p;
}

/// The file's components as its lines have them; unfolds lines (at the byte level, as libical does, so that a fold
/// inside a UTF-8 character is mended).
QList<Component> scanComponents(const QByteArray& body)
{
    struct Logical
    {
        QByteArray bytes;
        qsizetype line;
    };
    QList<Logical> lines;
    qsizetype number = 0;
    for (QByteArray physical : body.split('\n')) {
        ++number;
        if (physical.contains('\0'))
            throw InputError {number, 0, QStringLiteral("the line holds a NUL character, which is not text")};
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
        const Line p = scanContentLine(interop::decodeUtf8(logical.bytes, logical.line), logical.line);
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

/// The next of `list` from `cursor` named `name`: libical keeps the components it knows in the file's order and drops
/// the others (their lines are skipped here).
const Component* twin(const QList<Component>& list, qsizetype& cursor, const char* name)
{
    while (cursor < list.size()) {
        const Component& c = list.at(cursor++);
        if (c.name == QLatin1String(name))
            return &c;
    }
    return nullptr;
}

// ---------------------------------------------------------------- reading: what libical made of it

/// One libical component's properties, taken out once (libical's iterators are per component, not per caller).
class Properties
{
public:
    explicit Properties(icalcomponent* c)
    {
        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY))
            m_all.push_back(p);
    }
    const std::vector<icalproperty*>& all() const { return m_all; }
    icalproperty* first(icalproperty_kind kind) const
    {
        for (icalproperty* p : m_all) {
            if (icalproperty_isa(p) == kind)
                return p;
        }
        return nullptr;
    }
    icalproperty* x(const char* name) const
    {
        for (icalproperty* p : m_all) {
            if (icalproperty_isa(p) == ICAL_X_PROPERTY && qstricmp(icalproperty_get_x_name(p), name) == 0)
                return p;
        }
        return nullptr;
    }

private:
    std::vector<icalproperty*> m_all;
};

/// Where a property of a component is in the file: its line when the scan has it, else the component's.
InputError errorAt(const Component& lines, const QString& name, const QString& reason)
{
    if (const Line* p = lines.find(name))
        return p->error(reason);
    return InputError {lines.line, 0, name + u' ' + reason};
}

QString written(const Component& lines, const QString& name)
{
    const Line* p = lines.find(name);
    return p ? p->value.trimmed() : QString();
}

QString textOf(icalproperty* p)
{
    if (!p)
        return {};
    const icalvalue* v = icalproperty_get_value(p);
    if (!v)
        return {};
    return fromUtf8(icalvalue_isa(v) == ICAL_X_VALUE ? icalvalue_get_x(v) : icalvalue_get_text(v)).trimmed();
}

int parseOffset(const Line& p)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{2})(\\d{2})(\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(p.value.trimmed());
    if (!m.hasMatch())
        throw p.error(QStringLiteral("\"%1\" is not a UTC offset (expected +hhmm or -hhmm)").arg(p.value));
    const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    return m.captured(1) == QStringLiteral("-") ? -minutes : minutes;
}

/// The time zones of one calendar: those it defines (libical reads their observances and daylight-saving rules) and
/// those it names (IANA or Windows names, through Qt's time zone database, which knows the IANA links and Windows
/// names that libical's own list of zones lacks).
class Zones
{
public:
    Zones(icalcomponent* calendar, const Component* lines)
        : m_calendar(calendar)
        , m_lines(lines)
    {
    }

    /// The offset from UTC, in minutes, of a local time in the zone `tzid`.
    int offsetMinutes(const QString& tzid, const DateParts& local, const Line& where)
    {
        if (icaltimezone* zone = defined(tzid, where)) {
            icaltimetype t = localTime(local);
            int daylight = 0;
            return icaltimezone_get_utc_offset(zone, &t, &daylight) / 60;
        }
        QTimeZone tz(tzid.toUtf8());
        const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
        if (!tz.isValid() && !windows.isEmpty())
            tz = QTimeZone(windows);
        if (!tz.isValid())
            throw where.error(QStringLiteral("time zone \"%1\" is neither defined in the file nor a known zone").arg(tzid));
        return tz.offsetFromUtc(QDateTime(local.date(), QTime(local.hour, local.minute), tz)) / 60;
    }

private:
    /// The file's VTIMEZONE of that TZID, checked once: libical reads an offset it cannot parse as +0000 and
    /// expands any recurrence rule of an observance, so the offsets are checked here and only yearly rules (which
    /// daylight saving time has) are let through.
    icaltimezone* defined(const QString& tzid, const Line& where)
    {
        if (!m_calendar)
            return nullptr;
        icaltimezone* zone = icalcomponent_get_timezone(m_calendar, tzid.toUtf8().constData());
        if (!zone || m_checked.contains(tzid))
            return zone;
        icalcomponent* definition = icaltimezone_get_component(zone);
        const Component* lines = nullptr;
        if (m_lines) {
            for (const Component& c : m_lines->children) {
                if (c.name == QStringLiteral("VTIMEZONE") && written(c, QStringLiteral("TZID")) == tzid) {
                    lines = &c;
                    break;
                }
            }
        }
        int observances = 0;
        for (icalcomponent* o = icalcomponent_get_first_component(definition, ICAL_ANY_COMPONENT); o;
             o = icalcomponent_get_next_component(definition, ICAL_ANY_COMPONENT)) {
            const icalcomponent_kind kind = icalcomponent_isa(o);
            if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT)
                continue;
            ++observances;
            for (icalproperty* rule = icalcomponent_get_first_property(o, ICAL_RRULE_PROPERTY); rule;
                 rule = icalcomponent_get_next_property(o, ICAL_RRULE_PROPERTY)) {
                struct icalrecurrencetype recurrence = icalproperty_get_rrule(rule);
                if (recurrence.freq != ICAL_YEARLY_RECURRENCE) {
                    const StringPtr text(icalrecurrencetype_as_string_r(&recurrence));
                    throw where.error(QStringLiteral("time zone \"%1\" changes by a rule that is not yearly (%2)")
                                          .arg(tzid, fromUtf8(text.get())));
                }
            }
        }
        if (observances == 0)
            return nullptr; // no offset at all: the name alone is all there is
        if (lines) {
            for (const Component& o : lines->children) {
                for (const Line& p : o.properties) {
                    if (p.name == QStringLiteral("TZOFFSETTO") || p.name == QStringLiteral("TZOFFSETFROM"))
                        (void)parseOffset(p);
                }
            }
        }
        m_checked.insert(tzid);
        return zone;
    }

    icalcomponent* m_calendar;
    const Component* m_lines;
    QSet<QString> m_checked;
};

constexpr const char* dateExpected = "a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS, with Z for UTC)";

/// A DTSTART/DTEND value: the day for a DATE, or the parts of a DATE-TIME with its offset (none when floating).
/// libical reads the digits without asking whether they make a date ("20240230", "T250000"), so that is asked here.
DateParts dateValue(icalproperty* p, const Line& where, Zones& zones)
{
    const QString text = where.value.trimmed();
    const icalvalue* value = icalproperty_get_value(p);
    const icalvalue_kind kind = value ? icalvalue_isa(value) : ICAL_NO_VALUE;
    if (kind != ICAL_DATE_VALUE && kind != ICAL_DATETIME_VALUE)
        throw where.error(QStringLiteral("\"%1\" is not %2").arg(text, QLatin1String(dateExpected)));
    const icaltimetype t = icalvalue_get_datetime(value);
    DateParts parts;
    parts.year = t.year;
    parts.month = t.month;
    parts.day = t.day;
    if (!parts.date().isValid() || parts.year < 1)
        throw where.error(QStringLiteral("\"%1\" is not a date of the calendar").arg(text));
    if (t.is_date)
        return parts;
    parts.hour = t.hour;
    parts.minute = t.minute;
    parts.second = t.second > 0 ? t.second : -1;
    if (t.hour > 23 || t.minute > 59 || t.second > 60)
        throw where.error(QStringLiteral("\"%1\" is not a time of day").arg(text));
    if (icaltime_is_utc(t)) {
        parts.hasOffset = true;
    } else if (icalparameter* tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const QString zone = fromUtf8(icalparameter_get_tzid(tzid));
        if (!zone.isEmpty()) {
            parts.hasOffset = true;
            parts.offsetMinutes = zones.offsetMinutes(zone, parts, where);
        }
    }
    return parts;
}

FuzzyDate toDate(const DateParts& parts, const Line& where)
{
    auto date = parts.toDate();
    if (!date)
        throw where.error(date.error());
    return date.value();
}

/// The scan's line of a property libical read, or a stand-in at the component's line.
Line lineOf(const Component& lines, const char* name)
{
    if (const Line* p = lines.find(QLatin1String(name)))
        return *p;
    return Line {QLatin1String(name), QString(), lines.line, 0};
}

/// A property of a type libical could not read is dropped (an X-LIC-ERROR stands in its place); where the scan saw
/// it, that is an error of that line.
icalproperty* readable(const Properties& props, icalproperty_kind kind, const Component& lines, const char* name,
    const char* expected)
{
    icalproperty* p = props.first(kind);
    if (!p && lines.find(QLatin1String(name)))
        throw errorAt(lines, QLatin1String(name),
            QStringLiteral("\"%1\" is not %2").arg(written(lines, QLatin1String(name)), QLatin1String(expected)));
    return p;
}

/// The span the calendar gives: DTSTART with DTEND or DURATION.
FuzzyDate calendarSpan(const Properties& props, const Component& lines, Zones& zones)
{
    icalproperty* dtstart = readable(props, ICAL_DTSTART_PROPERTY, lines, "DTSTART", dateExpected);
    if (!dtstart)
        throw InputError {lines.line, 0, QStringLiteral("the VEVENT has no DTSTART")};
    const Line startLine = lineOf(lines, "DTSTART");
    const DateParts start = dateValue(dtstart, startLine, zones);
    const FuzzyDate first = toDate(start, startLine);
    FuzzyDate last;
    icalproperty* dtend = readable(props, ICAL_DTEND_PROPERTY, lines, "DTEND", dateExpected);
    icalproperty* duration = readable(props, ICAL_DURATION_PROPERTY, lines, "DURATION", "a duration (e.g. P1D, PT1H30M)");
    if (dtend) {
        const Line endLine = lineOf(lines, "DTEND");
        const DateParts end = dateValue(dtend, endLine, zones);
        const FuzzyDate endDate = toDate(end, endLine);
        if (endDate.earliestMs() < first.earliestMs())
            throw endLine.error(QStringLiteral("is before DTSTART"));
        if (!start.hasTime()) {
            // An all-day DTEND is the day after the last one.
            const QDate lastDay = end.hasTime() ? end.date() : end.date().addDays(-1);
            if (lastDay > start.date())
                last = FuzzyDate::fromDate(lastDay);
        } else if (endDate.earliestMs() > first.earliestMs()) {
            last = endDate;
        }
    } else if (duration) {
        const Line durationLine = lineOf(lines, "DURATION");
        const icaldurationtype d = icalproperty_get_duration(duration);
        if (d.is_neg)
            throw durationLine.error(QStringLiteral("\"%1\" is negative").arg(durationLine.value.trimmed()));
        const qint64 seconds = qint64(d.weeks) * 7 * 86400 + qint64(d.days) * 86400 + qint64(d.hours) * 3600
            + qint64(d.minutes) * 60 + qint64(d.seconds);
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
            last = toDate(end, durationLine);
        }
    }
    return last.isNull() ? first : FuzzyDate::interval(first, last);
}

template <typename Enum, typename Parse>
std::optional<Enum> extension(
    const Properties& props, const Component& lines, const char* name, Parse parse, const QStringList& allowed)
{
    icalproperty* p = props.x(name);
    if (!p)
        return std::nullopt;
    const QString text = textOf(p);
    const auto value = parse(text);
    if (!value) {
        throw errorAt(lines, QLatin1String(name),
            QStringLiteral("\"%1\" is not one of %2").arg(text, allowed.join(QStringLiteral(", "))));
    }
    return value;
}

FuzzyDate exactDate(const Properties& props, const Component& lines, const char* name)
{
    icalproperty* p = props.x(name);
    if (!p)
        return {};
    auto parsed = FuzzyDate::parse(textOf(p));
    if (!parsed)
        throw errorAt(lines, QLatin1String(name), parsed.error());
    return parsed.value();
}

interop::EventDraft draftFrom(icalcomponent* component, const Component& lines, Zones& zones)
{
    const Properties props(component);
    interop::EventDraft draft;
    Event& e = draft.event;
    const FuzzyDate span = calendarSpan(props, lines, zones);
    // Attaché's own dates, where they still describe the same span, keep precision and qualifiers.
    const FuzzyDate exactStart = exactDate(props, lines, "X-ATTACHE-START");
    const FuzzyDate exactEnd = exactDate(props, lines, "X-ATTACHE-END");
    const FuzzyDate exact = interop::spanOf(exactStart, exactEnd);
    if (!exactStart.isNull() && exact.earliestMs() == span.earliestMs() && exact.latestMs() == span.latestMs()) {
        e.start = exactStart;
        e.end = exactEnd;
    } else {
        e.start = span.start();
        e.end = span.isInterval() ? span.end() : FuzzyDate();
    }
    e.title = textOf(props.first(ICAL_SUMMARY_PROPERTY));
    if (e.title.isEmpty())
        e.title = QStringLiteral("Untitled event");
    e.summary = textOf(props.first(ICAL_DESCRIPTION_PROPERTY));
    e.location = textOf(props.first(ICAL_LOCATION_PROPERTY));
    e.cameo = textOf(props.x("X-ATTACHE-CAMEO"));
    e.kind = extension<EventKind>(props, lines, "X-ATTACHE-KIND", eventKindFromText, eventKindTexts())
                 .value_or(EventKind::Other);
    icalproperty* status = props.first(ICAL_STATUS_PROPERTY);
    const icalproperty_status standard = status ? icalproperty_get_status(status) : ICAL_STATUS_NONE;
    e.status = standard == ICAL_STATUS_CANCELLED                      ? EventStatus::Cancelled
        : standard == ICAL_STATUS_TENTATIVE                           ? EventStatus::Planned
        : e.when().earliestMs() > QDateTime::currentMSecsSinceEpoch() ? EventStatus::Planned
                                                                      : EventStatus::Occurred;
    if (const auto exactStatus
        = extension<EventStatus>(props, lines, "X-ATTACHE-STATUS", eventStatusFromText, eventStatusTexts()))
        e.status = *exactStatus;
    for (icalproperty* p : props.all()) {
        const icalproperty_kind kind = icalproperty_isa(p);
        if (kind == ICAL_CATEGORIES_PROPERTY) {
            // libical gives each of a list's values a property of its own.
            if (const QString tag = textOf(p); !tag.isEmpty())
                e.tags.append(tag);
        }
        if (kind != ICAL_ATTENDEE_PROPERTY && kind != ICAL_ORGANIZER_PROPERTY)
            continue;
        icalparameter* cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
        QString name = cn ? fromUtf8(icalparameter_get_cn(cn)).trimmed() : QString();
        if (name.isEmpty()) {
            name = fromUtf8(kind == ICAL_ORGANIZER_PROPERTY ? icalproperty_get_organizer(p)
                                                            : icalproperty_get_attendee(p))
                       .trimmed();
            if (name.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
                name = name.mid(7);
        }
        if (name.isEmpty())
            continue;
        ParticipantRole role = kind == ICAL_ORGANIZER_PROPERTY ? ParticipantRole::Host : ParticipantRole::Participant;
        if (icalparameter* standardRole = icalproperty_get_first_parameter(p, ICAL_ROLE_PARAMETER)) {
            const icalparameter_role r = icalparameter_get_role(standardRole);
            if (r == ICAL_ROLE_CHAIR)
                role = ParticipantRole::Host;
            else if (r == ICAL_ROLE_NONPARTICIPANT)
                role = ParticipantRole::Mentioned;
        }
        for (icalparameter* x = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER); x;
             x = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER)) {
            if (qstricmp(icalparameter_get_xname(x), "X-ATTACHE-ROLE") != 0)
                continue;
            if (const auto own = participantRoleFromText(fromUtf8(icalparameter_get_xvalue(x))))
                role = *own;
        }
        draft.participants.append({name, role});
    }
    return draft;
}

struct Calendars
{
    QList<interop::EventDraft> drafts;
    qsizetype recurring = 0;
};

Calendars readCalendars(const QByteArray& data)
{
    useLibical();
    const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    const QList<Component> roots = scanComponents(body); // no NUL in body from here on
    // The scan, like Attaché's other readers, lets a line start with a byte order mark (two files put together);
    // libical would take it for part of the name, so it goes.
    QByteArray text = body;
    text.replace("\n\xEF\xBB\xBF", "\n");
    const ComponentPtr root(icalparser_parse_string(text.constData()));
    if (!root)
        throw InputError {1, 0, QStringLiteral("not an iCalendar file that could be read")};
    // libical puts two or more top-level components in an XROOT.
    std::vector<icalcomponent*> tops;
    if (icalcomponent_isa(root.get()) == ICAL_XROOT_COMPONENT) {
        for (icalcomponent* c = icalcomponent_get_first_component(root.get(), ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_ANY_COMPONENT))
            tops.push_back(c);
    } else {
        tops.push_back(root.get());
    }
    Calendars calendars;
    qsizetype rootCursor = 0;
    for (icalcomponent* top : tops) {
        const icalcomponent_kind topKind = icalcomponent_isa(top);
        const Component* topLines = twin(roots, rootCursor, icalcomponent_kind_to_string(topKind));
        std::vector<icalcomponent*> events;
        for (icalcomponent* c = icalcomponent_get_first_component(top, ICAL_VEVENT_COMPONENT); c;
             c = icalcomponent_get_next_component(top, ICAL_VEVENT_COMPONENT))
            events.push_back(c);
        Zones zones(topKind == ICAL_VCALENDAR_COMPONENT ? top : nullptr, topLines);
        qsizetype cursor = 0;
        const Component unknown {QStringLiteral("VEVENT"), 0, {}, {}};
        for (icalcomponent* event : events) {
            const Component* lines = topLines ? twin(topLines->children, cursor, "VEVENT") : nullptr;
            const Component& at = lines ? *lines : unknown;
            calendars.drafts.append(draftFrom(event, at, zones));
            // Only the first occurrence of a recurring event is read; the summary says how many there were.
            if (at.find(QStringLiteral("RRULE")) || at.find(QStringLiteral("RDATE")) || icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)
                || icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY))
                ++calendars.recurring;
        }
    }
    return calendars;
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
    useLibical();
    const QDateTime stampTime = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    icaltimetype stamp = icaltime_null_time();
    stamp.year = stampTime.date().year();
    stamp.month = stampTime.date().month();
    stamp.day = stampTime.date().day();
    stamp.hour = stampTime.time().hour();
    stamp.minute = stampTime.time().minute();
    stamp.second = stampTime.time().second();
    stamp.zone = icaltimezone_get_utc_timezone();
    const QList<Event> events = project.events().list();
    const QHash<qint64, QString> names = interop::actorNames(project);

    const ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    add(calendar.get(), icalproperty_new_version("2.0"));
    addText(calendar.get(), icalproperty_new_prodid,
        QStringLiteral("-//Attaché//Attaché %1//EN").arg(QStringLiteral(ATTACHE_VERSION)));
    add(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    if (!project.name().isEmpty())
        addX(calendar.get(), "X-WR-CALNAME", project.name());
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
        icalcomponent_add_component(calendar.get(), timeZone(offset));
    for (const Event& e : events)
        writeEvent(calendar.get(), e, project, names, stamp);
    const StringPtr text(icalcomponent_as_ical_string_r(calendar.get()));
    QByteArray out(text.get());
    out.replace(QString(QChar(categoryComma)).toUtf8(), "\\,");
    out.replace(QString(QChar(categorySemicolon)).toUtf8(), "\\;");
    return out;
}

Result<QList<interop::EventDraft>> readDrafts(const QByteArray& data, const QString& origin, qsizetype* recurring)
{
    try {
        Calendars calendars = readCalendars(data);
        if (recurring)
            *recurring = calendars.recurring;
        return std::move(calendars.drafts);
    } catch (const InputError& error) {
        return interop::located(origin, error);
    }
}

Result<interop::ImportSummary> read(const QByteArray& data, const QString& origin, Project& project)
{
    qsizetype recurring = 0;
    const auto drafts = readDrafts(data, origin, &recurring);
    if (!drafts)
        return Error{drafts.error()};
    auto summary = interop::storeEvents(*drafts, origin, project);
    if (summary)
        summary->recurring = recurring;
    return summary;
}

} // namespace attache::icalendar

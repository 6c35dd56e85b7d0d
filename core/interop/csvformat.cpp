// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/csvformat.h"

#include <QHash>
#include <QRegularExpression>

#include "interop/csv.h"
#include "interop/dateparts.h"
#include "interop/eventdrafts.h"
#include "interop/exportsupport.h"
#include "interop/inputerror.h"
#include "storage/project.h"

namespace attache::csvformat {
namespace {

namespace csv = interop::csv;
using interop::DateParts;
using interop::InputError;

enum Column : int
{
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    Type,
    Group,
    Background,
    Id,
    Kind,
    Status,
    Location,
    Participants,
    Tags,
    Cameo,
    StartEdtf,
    EndEdtf,
    ColumnCount
};

const QString listSeparator = QStringLiteral("; ");

QString number(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

/// Year, Month, Day, Time of one date value; empty for a null date.
QStringList dateColumns(const FuzzyDate& single)
{
    const auto parts = DateParts::of(single);
    if (!parts)
        return {QString(), QString(), QString(), QString()};
    return {number(parts->year), number(parts->month), number(parts->day), parts->timeText()};
}

QString participantsText(const Event& event, const QHash<qint64, QString>& names)
{
    QStringList people;
    for (const Participant& p : event.participants)
        people.append(QStringLiteral("%1 (%2)").arg(names.value(p.actor.value), toText(p.role)));
    return people.join(listSeparator);
}

/// The fields of one record by column, with where each came from, for messages.
class Row final
{
public:
    Row(const csv::Record& record, const QList<int>& positions, const QStringList& header)
        : m_record(record)
        , m_positions(positions)
        , m_header(header)
    { }

    QString text(Column column) const
    {
        const int at = m_positions.at(column);
        return at >= 0 && at < m_record.fields.size() ? m_record.fields.at(at).trimmed() : QString();
    }

    [[noreturn]] void fail(Column column, const QString& reason) const
    {
        const int at = m_positions.at(column);
        const qsizetype line = at >= 0 && at < m_record.lines.size() ? m_record.lines.at(at) : m_record.line();
        const QString name = at >= 0 ? m_header.value(at) : eventColumns().at(column);
        throw InputError {line, at + 1, name + QStringLiteral(" ") + reason};
    }

    int number(Column column, int low, int high, const char* what) const
    {
        const QString value = text(column);
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < low || n > high)
            fail(column,
                QStringLiteral("\"%1\" is not %2 (%3 to %4)").arg(value, QLatin1String(what)).arg(low).arg(high));
        return n;
    }

    /// The date spelt by Year, Month, Day, Time (or their End columns); nullopt when Year is empty.
    std::optional<DateParts> parts(Column year, Column month, Column day, Column time) const
    {
        DateParts p;
        p.year = number(year, 1, 9999, "a year");
        p.month = number(month, 1, 12, "a month");
        p.day = number(day, 1, 31, "a day");
        if (p.year == 0) {
            if (!text(month).isEmpty() || !text(day).isEmpty() || !text(time).isEmpty())
                fail(year, QStringLiteral("is empty, but the month, day or time beside it is not"));
            return std::nullopt;
        }
        if (p.day > 0 && p.month == 0)
            fail(month, QStringLiteral("is empty, but the day is given"));
        const QString clock = text(time);
        if (!clock.isEmpty()) {
            static const QRegularExpression pattern(
                QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?$"));
            const QRegularExpressionMatch m = pattern.match(clock);
            int hour = m.captured(1).toInt();
            const QString meridiem = m.captured(4).toLower();
            if (!meridiem.isEmpty() && (hour < 1 || hour > 12))
                hour = 99;
            if (meridiem == QStringLiteral("pm") && hour < 12)
                hour += 12;
            else if (meridiem == QStringLiteral("am") && hour == 12)
                hour = 0;
            const int minute = m.captured(2).toInt();
            const int second = m.captured(3).toInt();
            if (!m.hasMatch() || hour > 23 || minute > 59 || second > 59)
                fail(time,
                    QStringLiteral("\"%1\" is not a time of day (expected 14:30, 14:30:15 or 2:30 PM)").arg(clock));
            if (p.day == 0)
                fail(day, QStringLiteral("is empty, but the time is given"));
            p.hour = hour;
            p.minute = minute;
            p.second = second > 0 ? second : -1;
        }
        return p;
    }

    FuzzyDate edtf(Column column) const
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        auto parsed = FuzzyDate::parse(value);
        if (!parsed)
            fail(column, QStringLiteral("\"%1\": %2").arg(value, parsed.error()));
        return parsed.value();
    }

    FuzzyDate date(const std::optional<DateParts>& parts, Column year) const
    {
        if (!parts)
            return {};
        auto date = parts->toDate();
        if (!date)
            fail(year, date.error());
        return date.value();
    }

    template <typename Enum, typename Parse>
    Enum choice(Column column, Parse parse, const QStringList& allowed, Enum fallback) const
    {
        const QString value = text(column);
        if (value.isEmpty())
            return fallback;
        const auto parsed = parse(value);
        if (!parsed)
            fail(column, QStringLiteral("\"%1\" is not one of %2").arg(value, allowed.join(QStringLiteral(", "))));
        return *parsed;
    }

private:
    const csv::Record& m_record;
    const QList<int>& m_positions;
    const QStringList& m_header;
};

/// Whether `exact` is the date `parts` spell, but for qualifiers and UTC offset that the date columns cannot hold.
bool agrees(const FuzzyDate& exact, const std::optional<DateParts>& parts)
{
    const auto mine = DateParts::of(exact);
    if (!mine || !parts)
        return !mine && !parts;
    return mine->year == parts->year && mine->month == parts->month && mine->day == parts->day
        && mine->hour == parts->hour && mine->minute == parts->minute
        && std::max(mine->second, 0) == std::max(parts->second, 0);
}

QList<std::pair<QString, ParticipantRole>> participantsFrom(const Row& row)
{
    QList<std::pair<QString, ParticipantRole>> people;
    static const QRegularExpression withRole(QStringLiteral("^(.*\\S)\\s*\\(([a-z_]+)\\)$"));
    for (const QString& item : row.text(Participants).split(u';', Qt::SkipEmptyParts)) {
        const QString entry = item.trimmed();
        const QRegularExpressionMatch m = withRole.match(entry);
        const auto role = m.hasMatch() ? participantRoleFromText(m.captured(2)) : std::nullopt;
        if (role)
            people.append({m.captured(1), *role});
        else if (!entry.isEmpty())
            people.append({entry, ParticipantRole::Participant});
    }
    if (people.isEmpty() && !row.text(Group).isEmpty())
        people.append({row.text(Group), ParticipantRole::Participant});
    return people;
}

QList<interop::EventDraft> draftsFrom(const QList<csv::Record>& records, qsizetype* skipped)
{
    if (records.isEmpty())
        throw InputError {1, 0,
            QStringLiteral("the file is empty (expected a header row: %1)")
                .arg(eventColumns().join(QStringLiteral(", ")))};
    const QStringList names = eventColumns();
    QStringList header;
    for (const QString& h : records.first().fields)
        header.append(h.trimmed());
    QList<int> positions(ColumnCount, -1);
    for (int c = 0; c < ColumnCount; ++c) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).compare(names.at(c), Qt::CaseInsensitive) == 0) {
                positions[c] = int(i);
                break;
            }
        }
    }
    for (const Column required : {Year, Headline}) {
        if (positions.at(required) < 0) {
            throw InputError {1, 0,
                QStringLiteral("the header has no \"%1\" column (expected the TimelineJS layout: "
                               "Year, Month, Day, Time, End Year, End Month, End Day, End Time, "
                               "Display Date, Headline, Text, ..., Group)")
                    .arg(names.at(required))};
        }
    }

    QList<interop::EventDraft> drafts;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Row row(records.at(r), positions, header);
        const QString type = row.text(Type).toLower();
        if (type == QStringLiteral("title") || type == QStringLiteral("era")) {
            ++*skipped;
            continue;
        }
        interop::EventDraft draft;
        Event& e = draft.event;
        e.title = row.text(Headline);
        if (e.title.isEmpty())
            row.fail(Headline, QStringLiteral("is empty (every event needs a headline)"));
        const auto startParts = row.parts(Year, Month, Day, Time);
        const auto endParts = row.parts(EndYear, EndMonth, EndDay, EndTime);
        const FuzzyDate exactStart = row.edtf(StartEdtf);
        const FuzzyDate exactEnd = row.edtf(EndEdtf);
        const FuzzyDate exactWhen = interop::spanOf(exactStart, exactEnd);
        if (!exactStart.isNull()
            && (!startParts
                || (agrees(exactWhen.start(), startParts)
                    && agrees(exactWhen.isInterval() ? exactWhen.end() : FuzzyDate(), endParts)))) {
            e.start = exactStart;
            e.end = exactEnd;
        } else {
            if (!startParts)
                row.fail(Year, QStringLiteral("is empty (every event needs a date)"));
            e.start = row.date(startParts, Year);
            e.end = row.date(endParts, EndYear);
        }
        if (!e.end.isNull() && e.end.latestMs() < e.when().earliestMs())
            row.fail(EndYear, QStringLiteral("is before the start"));
        e.summary = row.text(Text);
        e.location = row.text(Location);
        e.kind = row.choice(Kind, eventKindFromText, eventKindTexts(), EventKind::Other);
        e.status = row.choice(Status, eventStatusFromText, eventStatusTexts(), EventStatus::Occurred);
        for (const QString& tag : row.text(Tags).split(u';', Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                e.tags.append(tag.trimmed());
        }
        e.cameo = row.text(Cameo);
        draft.participants = participantsFrom(row);
        drafts.append(draft);
    }
    return drafts;
}

} // namespace

QStringList eventColumns()
{
    return {QStringLiteral("Year"), QStringLiteral("Month"), QStringLiteral("Day"), QStringLiteral("Time"),
        QStringLiteral("End Year"), QStringLiteral("End Month"), QStringLiteral("End Day"), QStringLiteral("End Time"),
        QStringLiteral("Display Date"), QStringLiteral("Headline"), QStringLiteral("Text"), QStringLiteral("Media"),
        QStringLiteral("Media Credit"), QStringLiteral("Media Caption"), QStringLiteral("Media Thumbnail"),
        QStringLiteral("Type"), QStringLiteral("Group"), QStringLiteral("Background"), QStringLiteral("ID"),
        QStringLiteral("Kind"), QStringLiteral("Status"), QStringLiteral("Location"), QStringLiteral("Participants"),
        QStringLiteral("Tags"), QStringLiteral("CAMEO"), QStringLiteral("Start (EDTF)"), QStringLiteral("End (EDTF)")};
}

QStringList statementColumns()
{
    return {QStringLiteral("ID"), QStringLiteral("Date"), QStringLiteral("Speaker"), QStringLiteral("Kind"),
        QStringLiteral("Text"), QStringLiteral("Venue"), QStringLiteral("About"), QStringLiteral("Source"),
        QStringLiteral("Source URL")};
}

QByteArray writeEvents(const Project& project, bool byteOrderMark)
{
    const QHash<qint64, QString> names = interop::actorNames(project);
    csv::Writer writer(byteOrderMark);
    writer.addRecord(eventColumns());
    for (const Event& e : project.events().list()) {
        const FuzzyDate when = e.when();
        const QStringList lane = interop::actingNames(e, names);
        QStringList fields = dateColumns(when.start()) + dateColumns(when.isInterval() ? when.end() : FuzzyDate());
        fields << when.display() << e.title << e.summary << QString() << QString() << QString() << QString()
               << QString() << lane.value(0) << QString() << QString::number(e.id.value) << toText(e.kind)
               << toText(e.status) << e.location << participantsText(e, names) << e.tags.join(listSeparator) << e.cameo
               << e.start.toString() << e.end.toString();
        writer.addRecord(fields);
    }
    return writer.data();
}

QByteArray writeStatements(const Project& project, bool byteOrderMark)
{
    const QHash<qint64, QString> names = interop::actorNames(project);
    QHash<qint64, QString> sources;
    QHash<qint64, QString> urls;
    for (const Source& s : project.sources().all()) {
        sources.insert(s.id.value, s.title);
        urls.insert(s.id.value, s.url);
    }
    csv::Writer writer(byteOrderMark);
    writer.addRecord(statementColumns());
    for (const Statement& st : project.statements().all()) {
        QStringList about;
        for (const EventId e : st.about)
            about.append(project.events().title(e));
        writer.addRecord({QString::number(st.id.value), st.when.toString(), names.value(st.speaker.value),
            toText(st.kind), st.text, st.venue.isValid() ? project.events().title(st.venue) : QString(),
            about.join(listSeparator), sources.value(st.source.value), urls.value(st.source.value)});
    }
    return writer.data();
}

Result<QList<interop::EventDraft>> readEventDrafts(const QByteArray& data, const QString& origin, qsizetype* skipped)
{
    qsizetype titlesAndEras = 0;
    try {
        auto drafts = draftsFrom(csv::parse(data), &titlesAndEras);
        if (skipped)
            *skipped = titlesAndEras;
        return drafts;
    } catch (const InputError& error) {
        return interop::located(origin, error);
    }
}

Result<interop::ImportSummary> readEvents(const QByteArray& data, const QString& origin, Project& project)
{
    qsizetype skipped = 0;
    const auto drafts = readEventDrafts(data, origin, &skipped);
    if (!drafts)
        return Error{drafts.error()};
    auto stored = interop::storeEvents(*drafts, origin, project);
    if (stored)
        stored->skipped = skipped;
    return stored;
}

} // namespace attache::csvformat

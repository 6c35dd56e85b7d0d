// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/projectjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "interop/actormatcher.h"
#include "storage/project.h"
#include "storage/storageerror.h"

namespace attache::projectjson {
namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue dateOrNull(const FuzzyDate& date)
{
    return date.isNull() ? QJsonValue() : QJsonValue(date.toString());
}

QJsonObject toJson(const Actor& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id.value},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("kind"), toText(a.kind)},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(a.aliases)},
        {QStringLiteral("role"), a.role},
        {QStringLiteral("affiliation"), idOrNull(a.affiliation.value)},
        {QStringLiteral("country"), a.country},
        {QStringLiteral("notes"), a.notes},
    };
}

QJsonObject toJson(const Event& e)
{
    QJsonArray participants;
    for (const Participant& p : e.participants)
        participants.append(QJsonObject{{QStringLiteral("actor"), p.actor.value}, {QStringLiteral("role"), toText(p.role)}});
    return QJsonObject{
        {QStringLiteral("id"), e.id.value},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("kind"), toText(e.kind)},
        {QStringLiteral("status"), toText(e.status)},
        {QStringLiteral("start"), dateOrNull(e.start)},
        {QStringLiteral("end"), dateOrNull(e.end)},
        {QStringLiteral("location"), e.location},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("parent"), idOrNull(e.parent.value)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
        {QStringLiteral("cameo"), e.cameo},
    };
}

QJsonObject toJson(const Source& s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id.value},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("outlet"), s.outlet},
        {QStringLiteral("authors"), QJsonArray::fromStringList(s.authors)},
        {QStringLiteral("url"), s.url},
        {QStringLiteral("published"), dateOrNull(s.published)},
        {QStringLiteral("retrieved"),
            s.retrieved.isValid() ? QJsonValue(s.retrieved.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("text"), s.text},
        {QStringLiteral("original"), s.original},
        {QStringLiteral("content_hash"), s.contentHash},
        {QStringLiteral("reliability"), s.reliability == Reliability::Unrated ? QJsonValue() : QJsonValue(toText(s.reliability))},
    };
}

QJsonObject toJson(const Statement& st)
{
    QJsonArray about;
    for (const EventId e : st.about)
        about.append(e.value);
    return QJsonObject{
        {QStringLiteral("id"), st.id.value},
        {QStringLiteral("speaker"), st.speaker.value},
        {QStringLiteral("text"), st.text},
        {QStringLiteral("kind"), toText(st.kind)},
        {QStringLiteral("when"), dateOrNull(st.when)},
        {QStringLiteral("venue"), idOrNull(st.venue.value)},
        {QStringLiteral("about"), about},
        {QStringLiteral("source"), idOrNull(st.source.value)},
        {QStringLiteral("span"), st.spanStart < 0 ? QJsonValue() : QJsonValue(QJsonArray{st.spanStart, st.spanEnd})},
    };
}

QJsonObject toJson(const Annotation& a)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id.value},
        {QStringLiteral("source"), a.source.value},
        {QStringLiteral("start"), a.start},
        {QStringLiteral("end"), a.end},
        {QStringLiteral("exact"), a.exact},
        {QStringLiteral("prefix"), a.prefix},
        {QStringLiteral("suffix"), a.suffix},
        {QStringLiteral("kind"), toText(a.kind)},
        {QStringLiteral("target"),
            a.targetType == TargetType::None
                ? QJsonValue()
                : QJsonValue(QJsonObject{{QStringLiteral("type"), toText(a.targetType)}, {QStringLiteral("id"), a.targetId}})},
        {QStringLiteral("credibility"), a.credibility == 0 ? QJsonValue() : QJsonValue(a.credibility)},
        {QStringLiteral("comment"), a.comment},
        {QStringLiteral("created"), a.created.isValid() ? QJsonValue(a.created.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
    };
    if (!a.anchored)
        o.insert(QStringLiteral("anchored"), false); // written only when it says something
    return o;
}

template<typename T>
QJsonArray arrayOf(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}

/// Reads one object's fields, throwing StorageError with the field's path (`events[2].start`) on bad input.
class Fields final
{
public:
    Fields(const QJsonObject& object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    [[noreturn]] void fail(const QString& key, const QString& reason) const
    {
        throw StorageError(m_path + u'.' + key + QStringLiteral(": ") + reason);
    }

    QString string(const QString& key, bool required = false) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString())
            fail(key, QStringLiteral("expected text"));
        return v.toString();
    }

    qint64 id(const QString& key, bool required = false) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return 0;
        }
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInteger()))
            fail(key, QStringLiteral("expected a positive whole number"));
        return v.toInteger();
    }

    bool boolean(const QString& key, bool fallback) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(key, QStringLiteral("expected true or false"));
        return v.toBool();
    }

    qint64 integer(const QString& key, qint64 fallback) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            fail(key, QStringLiteral("expected a whole number"));
        return v.toInteger();
    }

    QStringList strings(const QString& key) const
    {
        QStringList values;
        for (const QJsonValue& v : array(key)) {
            if (!v.isString())
                fail(key, QStringLiteral("expected a list of texts"));
            values.append(v.toString());
        }
        return values;
    }

    QJsonArray array(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key, QStringLiteral("expected a list"));
        return v.toArray();
    }

    FuzzyDate date(const QString& key, bool required = false) const
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        auto parsed = FuzzyDate::parse(text);
        if (!parsed)
            fail(key, parsed.error());
        return parsed.value();
    }

    QDateTime timestamp(const QString& key) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!value.isValid())
            fail(key, QStringLiteral("\"%1\" is not a date and time (expected ISO 8601, e.g. 2025-08-17T10:00:00Z)").arg(text));
        return value.toUTC();
    }

    template<typename Enum, typename Parse>
    Enum choice(const QString& key, Parse parse, const QStringList& allowed, std::optional<Enum> fallback = std::nullopt) const
    {
        const QString text = string(key, !fallback.has_value());
        if (text.isEmpty() && fallback)
            return *fallback;
        const auto value = parse(text);
        if (!value)
            fail(key, QStringLiteral("\"%1\" is not one of %2").arg(text, allowed.join(QStringLiteral(", "))));
        return *value;
    }

    const QString& path() const { return m_path; }

private:
    const QJsonObject& m_object;
    QString m_path;
};

QJsonObject objectAt(const QJsonArray& array, qsizetype index, const QString& path)
{
    if (!array.at(index).isObject())
        throw StorageError(path + QStringLiteral(": expected an object"));
    return array.at(index).toObject();
}

QString itemPath(const QString& list, qsizetype index)
{
    return list + u'[' + QString::number(index) + u']';
}

void requireKnown(const QSet<qint64>& known, qint64 id, const Fields& f, const QString& key, const char* what)
{
    if (id > 0 && !known.contains(id))
        f.fail(key, QStringLiteral("%1 %2 is not in the file").arg(QLatin1String(what)).arg(id));
}

/// Everything a project JSON file holds, checked, with the file's ids.
struct Bundle
{
    QList<Actor> actors;
    QList<Event> events;
    QList<Source> sources;
    QList<Statement> statements;
    QList<Annotation> annotations;
};

/// Reads and checks every row; throws StorageError with the place (`events[2].start`) of the first problem.
Bundle parseAll(const QJsonObject& root)
{
    Bundle bundle;
    QSet<qint64> actorIds, eventIds, sourceIds, statementIds;
    const auto list = [&root](const char* key) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            throw StorageError(QLatin1String(key) + QStringLiteral(": expected a list"));
        return v.toArray();
    };
    const QJsonArray actors = list("actors");
    const QJsonArray events = list("events");
    const QJsonArray sources = list("sources");
    const QJsonArray statements = list("statements");
    const QJsonArray annotations = list("annotations");

    // First pass: the ids every reference may point at.
    const auto collect = [](const QJsonArray& array, const QString& name, QSet<qint64>& ids) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = objectAt(array, i, itemPath(name, i));
            const qint64 id = Fields(o, itemPath(name, i)).id(QStringLiteral("id"), true);
            if (ids.contains(id))
                throw StorageError(itemPath(name, i) + QStringLiteral(".id: %1 is used twice").arg(id));
            ids.insert(id);
        }
    };
    collect(actors, QStringLiteral("actors"), actorIds);
    collect(events, QStringLiteral("events"), eventIds);
    collect(sources, QStringLiteral("sources"), sourceIds);
    collect(statements, QStringLiteral("statements"), statementIds);

    for (qsizetype i = 0; i < actors.size(); ++i) {
        const QJsonObject o = actors.at(i).toObject();
        const Fields f(o, itemPath(QStringLiteral("actors"), i));
        Actor a;
        a.id = ActorId(f.id(QStringLiteral("id"), true));
        a.name = f.string(QStringLiteral("name"), true);
        a.kind = f.choice<ActorKind>(QStringLiteral("kind"), actorKindFromText, actorKindTexts());
        a.aliases = f.strings(QStringLiteral("aliases"));
        a.role = f.string(QStringLiteral("role"));
        a.affiliation = ActorId(f.id(QStringLiteral("affiliation")));
        requireKnown(actorIds, a.affiliation.value, f, QStringLiteral("affiliation"), "actor");
        a.country = f.string(QStringLiteral("country"));
        a.notes = f.string(QStringLiteral("notes"));
        bundle.actors.append(a);
    }

    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events.at(i).toObject();
        const Fields f(o, itemPath(QStringLiteral("events"), i));
        Event e;
        e.id = EventId(f.id(QStringLiteral("id"), true));
        e.title = f.string(QStringLiteral("title"), true);
        e.kind = f.choice<EventKind>(QStringLiteral("kind"), eventKindFromText, eventKindTexts());
        e.status = f.choice<EventStatus>(QStringLiteral("status"), eventStatusFromText, eventStatusTexts(), EventStatus::Occurred);
        e.start = f.date(QStringLiteral("start"), true);
        e.end = f.date(QStringLiteral("end"));
        e.location = f.string(QStringLiteral("location"));
        e.summary = f.string(QStringLiteral("summary"));
        const QJsonArray participants = f.array(QStringLiteral("participants"));
        for (qsizetype p = 0; p < participants.size(); ++p) {
            const QString path = f.path() + QStringLiteral(".participants[%1]").arg(p);
            const QJsonObject po = objectAt(participants, p, path);
            const Fields pf(po, path);
            Participant participant;
            participant.actor = ActorId(pf.id(QStringLiteral("actor"), true));
            requireKnown(actorIds, participant.actor.value, pf, QStringLiteral("actor"), "actor");
            participant.role = pf.choice<ParticipantRole>(
                QStringLiteral("role"), participantRoleFromText, participantRoleTexts(), ParticipantRole::Participant);
            e.participants.append(participant);
        }
        e.parent = EventId(f.id(QStringLiteral("parent")));
        requireKnown(eventIds, e.parent.value, f, QStringLiteral("parent"), "event");
        e.tags = f.strings(QStringLiteral("tags"));
        e.cameo = f.string(QStringLiteral("cameo"));
        bundle.events.append(e);
    }

    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject o = sources.at(i).toObject();
        const Fields f(o, itemPath(QStringLiteral("sources"), i));
        Source s;
        s.id = SourceId(f.id(QStringLiteral("id"), true));
        s.title = f.string(QStringLiteral("title"));
        s.outlet = f.string(QStringLiteral("outlet"));
        s.authors = f.strings(QStringLiteral("authors"));
        s.url = f.string(QStringLiteral("url"));
        s.published = f.date(QStringLiteral("published"));
        s.retrieved = f.timestamp(QStringLiteral("retrieved"));
        s.text = f.string(QStringLiteral("text"));
        s.original = f.string(QStringLiteral("original"));
        s.contentHash = Source::hashText(s.text);
        s.reliability = f.choice<Reliability>(QStringLiteral("reliability"), reliabilityFromText,
            QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                QStringLiteral("E"), QStringLiteral("F")},
            Reliability::Unrated);
        bundle.sources.append(s);
    }

    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QJsonObject o = statements.at(i).toObject();
        const Fields f(o, itemPath(QStringLiteral("statements"), i));
        Statement st;
        st.id = StatementId(f.id(QStringLiteral("id"), true));
        st.speaker = ActorId(f.id(QStringLiteral("speaker"), true));
        requireKnown(actorIds, st.speaker.value, f, QStringLiteral("speaker"), "actor");
        st.text = f.string(QStringLiteral("text"), true);
        st.kind = f.choice<StatementKind>(QStringLiteral("kind"), statementKindFromText, statementKindTexts(), StatementKind::Direct);
        st.when = f.date(QStringLiteral("when"));
        st.venue = EventId(f.id(QStringLiteral("venue")));
        requireKnown(eventIds, st.venue.value, f, QStringLiteral("venue"), "event");
        const QJsonArray about = f.array(QStringLiteral("about"));
        for (const QJsonValue& v : about) {
            const qint64 id = v.toInteger();
            requireKnown(eventIds, id, f, QStringLiteral("about"), "event");
            if (id < 1)
                f.fail(QStringLiteral("about"), QStringLiteral("expected a list of event ids"));
            st.about.append(EventId(id));
        }
        st.source = SourceId(f.id(QStringLiteral("source")));
        requireKnown(sourceIds, st.source.value, f, QStringLiteral("source"), "source");
        const QJsonArray span = f.array(QStringLiteral("span"));
        if (!span.isEmpty()) {
            if (span.size() != 2 || !span.at(0).isDouble() || !span.at(1).isDouble()
                || span.at(0).toInteger() < 0 || span.at(1).toInteger() < span.at(0).toInteger())
                f.fail(QStringLiteral("span"), QStringLiteral("expected [start, end] with 0 <= start <= end"));
            st.spanStart = span.at(0).toInteger();
            st.spanEnd = span.at(1).toInteger();
        }
        bundle.statements.append(st);
    }

    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QString path = itemPath(QStringLiteral("annotations"), i);
        const QJsonObject o = objectAt(annotations, i, path);
        const Fields f(o, path);
        Annotation a;
        a.id = AnnotationId(f.id(QStringLiteral("id"), true));
        a.source = SourceId(f.id(QStringLiteral("source"), true));
        requireKnown(sourceIds, a.source.value, f, QStringLiteral("source"), "source");
        a.start = f.integer(QStringLiteral("start"), -1);
        a.end = f.integer(QStringLiteral("end"), -1);
        if (a.start < 0 || a.end < a.start)
            f.fail(QStringLiteral("start"), QStringLiteral("expected 0 <= start <= end"));
        a.exact = f.string(QStringLiteral("exact"));
        a.prefix = f.string(QStringLiteral("prefix"));
        a.suffix = f.string(QStringLiteral("suffix"));
        a.kind = f.choice<AnnotationKind>(QStringLiteral("kind"), annotationKindFromText, annotationKindTexts());
        const QJsonValue target = o.value(QStringLiteral("target"));
        if (target.isObject()) {
            const QJsonObject to = target.toObject();
            const Fields tf(to, path + QStringLiteral(".target"));
            a.targetType = tf.choice<TargetType>(QStringLiteral("type"), targetTypeFromText,
                QStringList{QStringLiteral("actor"), QStringLiteral("event"), QStringLiteral("statement")});
            a.targetId = tf.id(QStringLiteral("id"), true);
            const QSet<qint64>& known = a.targetType == TargetType::Actor ? actorIds
                : a.targetType == TargetType::Event                        ? eventIds
                                                                           : statementIds;
            requireKnown(known, a.targetId, tf, QStringLiteral("id"), "target");
        } else if (!target.isUndefined() && !target.isNull()) {
            f.fail(QStringLiteral("target"), QStringLiteral("expected {\"type\": ..., \"id\": ...} or null"));
        }
        a.credibility = int(f.integer(QStringLiteral("credibility"), 0));
        if (a.credibility < 0 || a.credibility > 6)
            f.fail(QStringLiteral("credibility"), QStringLiteral("expected 1-6"));
        a.comment = f.string(QStringLiteral("comment"));
        a.created = f.timestamp(QStringLiteral("created"));
        a.anchored = f.boolean(QStringLiteral("anchored"), true);
        bundle.annotations.append(a);
    }
    return bundle;
}

/// Inserts an event, naming it in the message if storage refuses it.
EventId insertEvent(Project& project, const Event& e, qsizetype index)
{
    try {
        return project.events().insert(e);
    } catch (const StorageError& error) {
        throw StorageError(itemPath(QStringLiteral("events"), index) + QStringLiteral(": ") + error.message());
    }
}

/// Stores a bundle in an empty project with the file's ids. References that may point forward (affiliations,
/// parents) are set once everything they point at is there.
void storeKeepingIds(const Bundle& bundle, Project& project)
{
    for (Actor a : bundle.actors) {
        a.affiliation = {};
        project.actors().insert(a);
    }
    for (const Actor& a : bundle.actors) {
        if (a.affiliation.isValid())
            project.actors().update(a);
    }
    for (qsizetype i = 0; i < bundle.events.size(); ++i) {
        Event e = bundle.events.at(i);
        e.parent = {};
        insertEvent(project, e, i);
    }
    for (const Event& e : bundle.events) {
        if (e.parent.isValid())
            project.events().update(e);
    }
    for (const Source& s : bundle.sources)
        project.sources().insert(s);
    for (const Statement& st : bundle.statements)
        project.statements().insert(st);
    for (const Annotation& a : bundle.annotations)
        project.annotations().insert(a);
}

/// Stores a bundle beside what the project holds: actors matched by name or alias, sources by their text, the rest
/// added with new ids and every reference mapped to them.
interop::ImportSummary storeMerged(const Bundle& bundle, Project& project)
{
    interop::ImportSummary summary;
    interop::ActorMatcher matcher(project);
    QHash<qint64, ActorId> actors;
    for (const Actor& a : bundle.actors)
        actors.insert(a.id.value, matcher.resolve(a));
    for (const Actor& a : bundle.actors) {
        std::optional<Actor> stored = project.actors().find(actors.value(a.id.value));
        const ActorId affiliation = actors.value(a.affiliation.value);
        if (stored && a.affiliation.isValid() && !stored->affiliation.isValid() && affiliation != stored->id) {
            stored->affiliation = affiliation;
            project.actors().update(*stored);
        }
    }
    summary.actorsAdded = matcher.added();
    summary.actorsMatched = matcher.matched();

    QHash<qint64, EventId> events;
    for (qsizetype i = 0; i < bundle.events.size(); ++i) {
        Event e = bundle.events.at(i);
        e.id = {};
        e.parent = {};
        e.participants.clear();
        for (const Participant& p : bundle.events.at(i).participants) {
            const Participant mapped{actors.value(p.actor.value), p.role};
            const bool listed = std::any_of(e.participants.cbegin(), e.participants.cend(),
                [&mapped](const Participant& q) { return q.actor == mapped.actor; });
            if (!listed)
                e.participants.append(mapped);
        }
        events.insert(bundle.events.at(i).id.value, insertEvent(project, e, i));
        ++summary.events;
    }
    for (const Event& e : bundle.events) {
        if (!e.parent.isValid())
            continue;
        std::optional<Event> stored = project.events().find(events.value(e.id.value));
        stored->parent = events.value(e.parent.value);
        project.events().update(*stored);
    }

    QHash<qint64, SourceId> sources;
    for (Source s : bundle.sources) {
        const qint64 fileId = s.id.value;
        if (const auto known = project.sources().findByHash(s.contentHash); known && !s.text.isEmpty()) {
            sources.insert(fileId, known->id);
            continue;
        }
        s.id = {};
        sources.insert(fileId, project.sources().insert(s));
        ++summary.sources;
    }

    QHash<qint64, StatementId> statements;
    for (Statement st : bundle.statements) {
        const qint64 fileId = st.id.value;
        st.id = {};
        st.speaker = actors.value(st.speaker.value);
        st.venue = events.value(st.venue.value);
        for (EventId& about : st.about)
            about = events.value(about.value);
        st.source = sources.value(st.source.value);
        statements.insert(fileId, project.statements().insert(st));
        ++summary.statements;
    }

    for (Annotation a : bundle.annotations) {
        a.id = {};
        a.source = sources.value(a.source.value);
        if (a.targetType == TargetType::Actor)
            a.targetId = actors.value(a.targetId).value;
        else if (a.targetType == TargetType::Event)
            a.targetId = events.value(a.targetId).value;
        else if (a.targetType == TargetType::Statement)
            a.targetId = statements.value(a.targetId).value;
        project.annotations().insert(a);
        ++summary.annotations;
    }
    return summary;
}

/// The document's root object, once its format and version are known to be ours.
Result<QJsonObject> rootOf(const QByteArray& json, const QString& origin)
{
    const auto document = parse(json, origin);
    if (!document)
        return Error{document.error()};
    if (!document->isObject())
        return Error{origin + QStringLiteral(": expected a JSON object with \"format\": \"attache-project\"")};
    const QJsonObject root = document->object();
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("attache-project"))
        return Error{origin + QStringLiteral(": not an Attaché project JSON file (\"format\" is not \"attache-project\")")};
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > formatVersion) {
        return Error{origin + QStringLiteral(": project JSON version %1 is not supported (this version reads 1 to %2)")
                                  .arg(version)
                                  .arg(formatVersion)};
    }
    return root;
}

/// Checks the whole file, then stores it in one transaction with `store`.
template<typename Store>
Status readWith(const QByteArray& json, const QString& origin, Project& project, Store store)
{
    const auto root = rootOf(json, origin);
    if (!root)
        return Error{root.error()};
    Bundle bundle;
    try {
        bundle = parseAll(*root);
    } catch (const StorageError& error) {
        return Error{origin + QStringLiteral(": ") + error.message()};
    }
    const Status written = project.write([&] {
        project.markBulkChange();
        store(bundle);
    });
    if (!written)
        return Error{origin + QStringLiteral(": ") + written.error()};
    return Done{};
}

} // namespace

QByteArray write(const Project& project)
{
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("attache-project")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("actors"), arrayOf(project.actors().all())},
        {QStringLiteral("events"), arrayOf(project.events().list())},
        {QStringLiteral("sources"), arrayOf(project.sources().all())},
        {QStringLiteral("statements"), arrayOf(project.statements().all())},
        {QStringLiteral("annotations"), arrayOf(project.annotations().all())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QJsonDocument> parse(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError{};
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column, which people can find, rather than a byte offset.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error{QStringLiteral("%1: not valid JSON at line %2, column %3 (%4)")
                         .arg(origin)
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString())};
    }
    return document;
}

Status check(const QByteArray& json, const QString& origin)
{
    const auto root = rootOf(json, origin);
    if (!root)
        return Error{root.error()};
    try {
        (void)parseAll(*root);
    } catch (const StorageError& error) {
        return Error{origin + QStringLiteral(": ") + error.message()};
    }
    return Done{};
}

Status read(const QByteArray& json, const QString& origin, Project& project)
{
    return readWith(json, origin, project, [&project](const Bundle& bundle) { storeKeepingIds(bundle, project); });
}

Status copy(const Project& from, Project& to)
{
    if (to.actors().count() + to.events().count() + to.sources().count() + to.statements().count() != 0)
        return Error{QStringLiteral("%1 is not empty: a project is copied only into an empty one").arg(to.path())};
    const QByteArray json = write(from);
    if (const Status read = projectjson::read(json, from.path(), to); !read)
        return read;
    if (write(to) != json)
        return Error{QStringLiteral("the copy in %1 differs from %2").arg(to.path(), from.path())};
    return Done{};
}

Result<interop::ImportSummary> merge(const QByteArray& json, const QString& origin, Project& project)
{
    interop::ImportSummary summary;
    const Status done
        = readWith(json, origin, project, [&](const Bundle& bundle) { summary = storeMerged(bundle, project); });
    if (!done)
        return Error{done.error()};
    return summary;
}

} // namespace attache::projectjson

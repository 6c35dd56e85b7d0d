// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/webannotation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "interop/projectjson.h"
#include "provenance/anchoring.h"
#include "storage/project.h"
#include "storage/storageerror.h"

using namespace Qt::Literals::StringLiterals;

namespace attache::webannotation {
namespace {

// Attaché's own terms, for what the W3C vocabulary has no word for, live under this prefix.
const QString ns = u"urn:x-attache:"_s;
const QString hashScheme = u"urn:sha256:"_s;

QString motivationOf(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::ActorMention:
        return u"identifying"_s;
    case AnnotationKind::Statement:
        return u"describing"_s;
    case AnnotationKind::EventEvidence:
        return u"linking"_s;
    case AnnotationKind::Date:
        return u"classifying"_s;
    case AnnotationKind::Note:
        return u"commenting"_s;
    }
    return u"commenting"_s;
}

QString iri(const QString& type, qint64 id)
{
    return ns + type + u':' + QString::number(id);
}

/// How a fact reads, so that another project can find its own row for it: an actor's name, an event's title, a
/// statement's words.
QString labelOf(const Project& project, TargetType type, qint64 id)
{
    switch (type) {
    case TargetType::Actor:
        if (const auto actor = project.actors().find(ActorId(id)))
            return actor->name;
        break;
    case TargetType::Event:
        return project.events().title(EventId(id));
    case TargetType::Statement:
        if (const auto st = project.statements().find(StatementId(id)))
            return st->text;
        break;
    case TargetType::None:
        break;
    }
    return {};
}

QJsonObject toJson(const Project& project, const Annotation& a, const Source& source)
{
    QJsonArray body{QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"classifying"_s}, {u"value"_s, toText(a.kind)}}};
    if (a.targetType != TargetType::None) {
        body.append(QJsonObject{{u"type"_s, u"SpecificResource"_s}, {u"purpose"_s, u"linking"_s},
            {u"source"_s, iri(toText(a.targetType), a.targetId)}, {u"label"_s, labelOf(project, a.targetType, a.targetId)}});
    }
    if (a.credibility != 0) {
        body.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"assessing"_s},
            {u"value"_s, QString::number(a.credibility)}, {u"label"_s, credibilityDescription(a.credibility)}});
    }
    if (!a.comment.isEmpty())
        body.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"commenting"_s}, {u"value"_s, a.comment}});

    QJsonArray selectors;
    if (a.anchored)
        selectors.append(QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, a.start}, {u"end"_s, a.end}});
    selectors.append(QJsonObject{
        {u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, a.exact}, {u"prefix"_s, a.prefix}, {u"suffix"_s, a.suffix}});
    QJsonObject target{{u"source"_s, source.url.isEmpty() ? QString(hashScheme + source.contentHash) : source.url},
        {u"selector"_s, selectors}, {ns + u"sha256"_s, source.contentHash}};
    if (!source.title.isEmpty())
        target.insert(ns + u"title"_s, source.title);

    QJsonObject o{{u"id"_s, iri(u"annotation"_s, a.id.value)}, {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, motivationOf(a.kind)}, {u"body"_s, body}, {u"target"_s, target}};
    if (a.created.isValid())
        o.insert(u"created"_s, a.created.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

/// Reads one annotation, throwing StorageError with the path of a bad field.
class Reader final
{
public:
    Reader(Project& project, ReadReport& report)
        : m_project(project)
        , m_report(report)
    {
        for (const Source& s : m_project.sources().all())
            m_sources.append(s);
    }

    /// Adds one annotation that items() has checked.
    void read(const QJsonObject& o, const QString& path)
    {
        const QJsonObject target = o.value(u"target"_s).toObject();
        const Source* source = sourceOf(target);
        if (!source) {
            m_report.warnings.append(u"%1: left out, the project has no source %2"_s.arg(path,
                target.value(ns + u"title"_s).toString(target.value(u"source"_s).toString())));
            return;
        }
        Annotation a = place(o, source->text);
        a.source = source->id;
        readBody(o.value(u"body"_s), path, a);
        if (const QString created = o.value(u"created"_s).toString(); !created.isEmpty())
            a.created = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
        if (!a.anchored)
            m_report.warnings.append(u"%1: “%2” is no longer in the source text; kept as unplaced"_s.arg(path, a.exact));
        for (const Annotation& existing : m_project.annotations().forSource(a.source)) {
            // Unplaced marks have no span to compare: their words stand in for it.
            const bool samePlace = existing.anchored && a.anchored ? existing.start == a.start && existing.end == a.end
                                                                   : existing.exact == a.exact;
            if (samePlace && existing.kind == a.kind && existing.targetType == a.targetType && existing.targetId == a.targetId) {
                ++m_report.alreadyThere;
                return;
            }
        }
        m_project.annotations().insert(a);
        ++m_report.added;
    }

private:
    const Source* sourceOf(const QJsonObject& target) const
    {
        const QString hash = target.value(ns + u"sha256"_s).toString();
        QString name = target.value(u"source"_s).toString();
        if (name.startsWith(hashScheme))
            name = name.mid(hashScheme.size());
        for (const Source& s : m_sources) {
            if ((!hash.isEmpty() && s.contentHash == hash) || s.contentHash == name)
                return &s;
        }
        for (const Source& s : m_sources) { // a source whose text changed since: by its address
            if (!s.url.isEmpty() && s.url == name)
                return &s;
        }
        return nullptr;
    }

    void readBody(const QJsonValue& value, const QString& path, Annotation& a)
    {
        const QJsonArray bodies = value.isArray() ? value.toArray() : QJsonArray{value};
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QJsonObject body = bodies.at(i).toObject();
            const QString purpose = body.value(u"purpose"_s).toString();
            const QString where = u"%1.body[%2]"_s.arg(path).arg(i);
            if (purpose == u"classifying"_s) {
                const auto kind = annotationKindFromText(body.value(u"value"_s).toString());
                if (!kind)
                    throw StorageError(where + u": unknown annotation kind “%1”"_s.arg(body.value(u"value"_s).toString()));
                a.kind = *kind;
            } else if (purpose == u"linking"_s) {
                readTarget(body.value(u"source"_s).toString(), body.value(u"label"_s).toString(), where, a);
            } else if (purpose == u"assessing"_s) {
                bool ok = false;
                const int grade = body.value(u"value"_s).toString().toInt(&ok);
                if (!ok || grade < 1 || grade > 6)
                    throw StorageError(where + u": credibility must be 1 to 6"_s);
                a.credibility = grade;
            } else if (purpose == u"commenting"_s) {
                a.comment = body.value(u"value"_s).toString();
            }
        }
    }

    /// The fact an annotation supports: the row with the written id when its name (label) agrees or none is given,
    /// else the project's row of that name (the file may come from another project, whose ids mean other rows).
    void readTarget(const QString& name, const QString& label, const QString& where, Annotation& a)
    {
        const QStringList parts = name.startsWith(ns) ? name.mid(ns.size()).split(u':') : QStringList{};
        const auto type = parts.size() == 2 ? targetTypeFromText(parts.at(0)) : std::nullopt;
        bool ok = false;
        const qint64 id = parts.size() == 2 ? parts.at(1).toLongLong(&ok) : 0;
        if (!type || *type == TargetType::None || !ok || id <= 0)
            throw StorageError(where + u": “%1” does not name an actor, event or statement"_s.arg(name));
        qint64 found = 0;
        const QString byId = labelOf(m_project, *type, id);
        if (!byId.isEmpty() && (label.isEmpty() || byId == label))
            found = id;
        else if (!label.isEmpty())
            found = findByLabel(*type, label);
        if (found == 0) {
            m_report.warnings.append(u"%1: the project has no %2 “%3”; the annotation is kept without it"_s.arg(
                where, parts.at(0), label.isEmpty() ? QString::number(id) : label));
            return;
        }
        a.targetType = *type;
        a.targetId = found;
    }

    qint64 findByLabel(TargetType type, const QString& label) const
    {
        switch (type) {
        case TargetType::Actor:
            if (const auto actor = m_project.actors().findByName(label))
                return actor->id.value;
            break;
        case TargetType::Event: {
            const EventCatalog catalog = m_project.events().catalog();
            for (std::size_t i = 0; i < catalog.size(); ++i) {
                if (catalog.titles.at(qsizetype(i)) == label)
                    return catalog.ids[i];
            }
            break;
        }
        case TargetType::Statement:
            for (const Statement& st : m_project.statements().all()) {
                if (st.text == label)
                    return st.id.value;
            }
            break;
        case TargetType::None:
            break;
        }
        return 0;
    }

    Project& m_project;
    ReadReport& m_report;
    QList<Source> m_sources;
};

} // namespace

QStringList problems(const QJsonObject& o, bool inCollection)
{
    QStringList wrong;
    const QJsonValue ctx = o.value(u"@context"_s);
    const bool hasContext = ctx == QJsonValue(QString::fromLatin1(context))
        || (ctx.isArray() && ctx.toArray().contains(QJsonValue(QString::fromLatin1(context))));
    if (!inCollection && !hasContext)
        wrong.append(u"@context must be %1"_s.arg(QString::fromLatin1(context)));
    if (o.value(u"id"_s).toString().isEmpty())
        wrong.append(u"id is missing"_s);
    if (o.value(u"type"_s) != u"Annotation"_s)
        wrong.append(u"type must be \"Annotation\""_s);
    const QJsonObject target = o.value(u"target"_s).toObject();
    if (target.isEmpty()) {
        wrong.append(u"target is missing"_s);
        return wrong;
    }
    if (target.value(u"source"_s).toString().isEmpty())
        wrong.append(u"target.source is missing"_s);
    const QJsonArray selectors = target.value(u"selector"_s).toArray();
    bool quote = false;
    for (const QJsonValue& v : selectors) {
        const QJsonObject sel = v.toObject();
        const QString type = sel.value(u"type"_s).toString();
        if (type == u"TextPositionSelector"_s) {
            const QJsonValue start = sel.value(u"start"_s);
            const QJsonValue end = sel.value(u"end"_s);
            if (!start.isDouble() || !end.isDouble() || start.toInteger() < 0 || end.toInteger() < start.toInteger())
                wrong.append(u"TextPositionSelector needs whole numbers 0 <= start <= end"_s);
        } else if (type == u"TextQuoteSelector"_s) {
            quote = true;
            if (!sel.value(u"exact"_s).isString())
                wrong.append(u"TextQuoteSelector needs exact"_s);
        }
    }
    if (!quote)
        wrong.append(u"target.selector needs a TextQuoteSelector"_s);
    return wrong;
}

QByteArray write(const Project& project)
{
    QHash<qint64, Source> sources;
    for (const Source& s : project.sources().all())
        sources.insert(s.id.value, s);
    QJsonArray items;
    for (const Annotation& a : project.annotations().all())
        items.append(toJson(project, a, sources.value(a.source.value)));
    const QString collection = ns + u"project:"_s + project.name();
    const QJsonObject root{
        {u"@context"_s, QJsonArray{QString::fromLatin1(context), QJsonObject{{u"attache"_s, ns}}}},
        {u"id"_s, collection},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, u"Annotations of %1"_s.arg(project.name())},
        {u"total"_s, qint64(items.size())},
        {u"first"_s,
            QJsonObject{{u"id"_s, QString(collection + u":page:0"_s)}, {u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0},
                {u"items"_s, items}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Annotation place(const QJsonObject& annotation, const QString& text)
{
    Annotation a;
    bool positioned = false;
    for (const QJsonValue& v : annotation.value(u"target"_s).toObject().value(u"selector"_s).toArray()) {
        const QJsonObject sel = v.toObject();
        if (sel.value(u"type"_s) == u"TextPositionSelector"_s) {
            a.start = sel.value(u"start"_s).toInteger();
            a.end = sel.value(u"end"_s).toInteger();
            positioned = true;
        } else if (sel.value(u"type"_s) == u"TextQuoteSelector"_s) {
            a.exact = sel.value(u"exact"_s).toString();
            a.prefix = sel.value(u"prefix"_s).toString();
            a.suffix = sel.value(u"suffix"_s).toString();
        }
    }
    a.anchored = positioned;
    const anchoring::Anchor anchor = anchoring::locate(a, text);
    if (anchor.placement == anchoring::Placement::Lost) {
        a.anchored = false;
    } else {
        anchoring::select(a, text, anchor.start, anchor.end);
        a.anchored = true;
    }
    return a;
}

Result<QList<Item>> items(const QByteArray& json, const QString& origin)
{
    const auto parsed = projectjson::parse(json, origin);
    if (!parsed)
        return Error{parsed.error()};
    const QJsonObject root = parsed->object();
    // A collection (as written), a single page, one annotation, or a list of annotations.
    QJsonArray values;
    QString path;
    if (root.value(u"type"_s) == u"AnnotationCollection"_s) {
        values = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
        path = u"first.items"_s;
    } else if (root.value(u"type"_s) == u"AnnotationPage"_s) {
        values = root.value(u"items"_s).toArray();
        path = u"items"_s;
    } else if (root.value(u"type"_s) == u"Annotation"_s) {
        values = QJsonArray{root};
    } else if (parsed->isArray()) {
        values = parsed->array();
    } else {
        return Error{origin + u": not W3C Web Annotation JSON (expected an AnnotationCollection, AnnotationPage or Annotation)"_s};
    }
    QList<Item> found;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString where = path.isEmpty() && values.size() == 1 && !parsed->isArray() ? u"annotation"_s
                                                                                          : u"%1[%2]"_s.arg(path).arg(i);
        if (!values.at(i).isObject())
            return Error{origin + u": "_s + where + u": expected an annotation object"_s};
        const QJsonObject annotation = values.at(i).toObject();
        const QStringList wrong = problems(annotation, true);
        if (!wrong.isEmpty())
            return Error{origin + u": "_s + where + u": "_s + wrong.join(u"; "_s)};
        found.append(Item{where, annotation});
    }
    return found;
}

Result<ReadReport> read(const QByteArray& json, const QString& origin, Project& project)
{
    const auto checked = items(json, origin);
    if (!checked)
        return Error{checked.error()};
    ReadReport report;
    const Status written = project.write([&] {
        Reader reader(project, report);
        for (const Item& item : *checked)
            reader.read(item.annotation, item.path);
    });
    if (!written)
        return Error{origin + u": "_s + written.error()};
    return report;
}

} // namespace attache::webannotation

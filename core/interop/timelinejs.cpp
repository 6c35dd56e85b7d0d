// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/timelinejs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "interop/dateparts.h"
#include "interop/exportsupport.h"
#include "storage/project.h"

namespace attache::timelinejs {
namespace {

/// A TimelineJS date object: the parts the date has, as numbers (year is required).
QJsonObject dateObject(const interop::DateParts& p)
{
    QJsonObject date {{QStringLiteral("year"), p.year}};
    if (p.month > 0)
        date.insert(QStringLiteral("month"), p.month);
    if (p.day > 0)
        date.insert(QStringLiteral("day"), p.day);
    if (p.hasTime()) {
        date.insert(QStringLiteral("hour"), p.hour);
        date.insert(QStringLiteral("minute"), p.minute);
        if (p.second > 0)
            date.insert(QStringLiteral("second"), p.second);
    }
    return date;
}

QString paragraph(const QString& label, const QString& text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<p>") + (label.isEmpty() ? QString() : QStringLiteral("<b>%1:</b> ").arg(label)) + escaped
        + QStringLiteral("</p>");
}

} // namespace

QByteArray write(const Project& project)
{
    const QHash<qint64, QString> names = interop::actorNames(project);
    QJsonArray slides;
    for (const Event& e : project.events().list()) {
        const FuzzyDate when = e.when();
        auto start = interop::DateParts::of(when.start());
        auto end = interop::DateParts::of(when.isInterval() ? when.end() : FuzzyDate());
        if (!start)
            std::swap(start, end);
        if (!start)
            continue;
        QStringList people;
        for (const Participant& p : e.participants)
            people.append(names.value(p.actor.value));
        QJsonObject slide {
            {QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(e.id.value)},
            {QStringLiteral("start_date"), dateObject(*start)},
            {QStringLiteral("display_date"), when.display()},
            {QStringLiteral("text"),
                QJsonObject {{QStringLiteral("headline"), e.title.toHtmlEscaped()},
                    {QStringLiteral("text"),
                        QString(paragraph({}, e.summary) + paragraph(QStringLiteral("Where"), e.location)
                            + paragraph(QStringLiteral("Who"), people.join(QStringLiteral(", "))))}}},
        };
        if (end)
            slide.insert(QStringLiteral("end_date"), dateObject(*end));
        const QStringList lane = interop::actingNames(e, names);
        if (!lane.isEmpty())
            slide.insert(QStringLiteral("group"), lane.first());
        slides.append(slide);
    }
    const QJsonObject root {
        {QStringLiteral("title"),
            QJsonObject {{QStringLiteral("text"),
                QJsonObject {{QStringLiteral("headline"), project.name().toHtmlEscaped()},
                    {QStringLiteral("text"), QStringLiteral("<p>%1 events</p>").arg(slides.size())}}}}},
        {QStringLiteral("events"), slides},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace attache::timelinejs

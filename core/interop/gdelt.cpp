// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/gdelt.h"

#include <QRegularExpression>

#include "interop/cameo.h"
#include "interop/exportsupport.h"
#include "storage/project.h"

namespace attache::gdelt {
namespace {

QString field(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    return QString(text).replace(breaks, QStringLiteral(" ")).trimmed();
}

} // namespace

QStringList columns()
{
    return {QStringLiteral("GLOBALEVENTID"), QStringLiteral("SQLDATE"), QStringLiteral("MonthYear"),
        QStringLiteral("Year"), QStringLiteral("Actor1Name"), QStringLiteral("Actor2Name"), QStringLiteral("EventCode"),
        QStringLiteral("EventBaseCode"), QStringLiteral("EventRootCode"), QStringLiteral("QuadClass"),
        QStringLiteral("GoldsteinScale"), QStringLiteral("ActionGeo_FullName")};
}

QByteArray write(const Project& project)
{
    const QHash<qint64, QString> names = interop::actorNames(project);
    QString out = columns().join(u'\t') + u'\n';
    for (const Event& e : project.events().list()) {
        const QDate day = e.when().firstDay();
        const QStringList actors = interop::actingNames(e, names);
        const QString code = cameo::codeOf(e);
        const auto quad = cameo::quadClass(code);
        const auto goldstein = cameo::goldstein(code);
        const QStringList row {
            QString::number(e.id.value),
            day.isValid() ? day.toString(QStringLiteral("yyyyMMdd")) : QString(),
            day.isValid() ? day.toString(QStringLiteral("yyyyMM")) : QString(),
            day.isValid() ? QString::number(day.year()) : QString(),
            field(actors.value(0)),
            field(actors.value(1)),
            code,
            code.left(3),
            cameo::rootOf(code),
            quad ? QString::number(*quad) : QString(),
            goldstein ? QString::number(*goldstein, 'f', 1) : QString(),
            field(e.location),
        };
        out += row.join(u'\t') + u'\n';
    }
    return out.toUtf8();
}

} // namespace attache::gdelt

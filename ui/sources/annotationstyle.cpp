// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/annotationstyle.h"

#include <QCoreApplication>

namespace attache::annotationstyle {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::annotationstyle", text);
}

} // namespace

QString label(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::ActorMention:
        return tr("Actor");
    case AnnotationKind::Statement:
        return tr("Statement");
    case AnnotationKind::EventEvidence:
        return tr("Event evidence");
    case AnnotationKind::Date:
        return tr("Date");
    case AnnotationKind::Note:
        return tr("Note");
    }
    return {};
}

QColor colour(AnnotationKind kind)
{
    // Tableau-like hues at high lightness: distinguishable, and black text stays readable on all of them.
    switch (kind) {
    case AnnotationKind::ActorMention:
        return QColor(0xc6, 0xdb, 0xef); // blue
    case AnnotationKind::Statement:
        return QColor(0xfd, 0xe0, 0xb2); // orange
    case AnnotationKind::EventEvidence:
        return QColor(0xc7, 0xe9, 0xc0); // green
    case AnnotationKind::Date:
        return QColor(0xda, 0xda, 0xeb); // lavender
    case AnnotationKind::Note:
        return QColor(0xff, 0xf5, 0x9d); // yellow
    }
    return Qt::lightGray;
}

QString reliabilityChoice(Reliability reliability)
{
    if (reliability == Reliability::Unrated)
        return tr("Not graded");
    return toText(reliability) + QStringLiteral(" – ") + reliabilityDescription(reliability);
}

QString credibilityChoice(int credibility)
{
    if (credibility < 1 || credibility > 6)
        return tr("Not graded");
    return QString::number(credibility) + QStringLiteral(" – ") + credibilityDescription(credibility);
}

} // namespace attache::annotationstyle

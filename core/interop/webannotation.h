// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace attache {

class Project;

/// The project's annotations as W3C Web Annotations (JSON-LD): one AnnotationCollection whose page holds every
/// annotation with its TextPositionSelector (code points) and TextQuoteSelector, the fact it supports, its kind,
/// credibility and comment. Sources are named by URL when they have one, and always by the SHA-256 of their text.
namespace webannotation {

inline constexpr auto context = "http://www.w3.org/ns/anno.jsonld";

QByteArray write(const Project& project);

/// What reading a collection back did.
struct ReadReport
{
    int added = 0;
    int alreadyThere = 0; // same source, span, kind and target as an annotation the project has
    QStringList warnings; // e.g. an annotation of a source the project does not have (left out)
};

/// Adds the annotations of `json` to the project in one transaction, placing each by its selectors in the source's
/// current text (position, else quote, else fuzzy; unplaced ones are kept and marked so). Malformed input fails with
/// the line and column, or the path of the bad field, and writes nothing.
Result<ReadReport> read(const QByteArray& json, const QString& origin, Project& project);

/// The W3C model's requirements an annotation object breaks (empty when it meets them): @context, id, type, target
/// with source, selectors with their required fields.
QStringList problems(const QJsonObject& annotation, bool inCollection);

} // namespace webannotation
} // namespace attache

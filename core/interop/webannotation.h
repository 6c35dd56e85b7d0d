// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/annotation.h"
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

/// One annotation of a file and where it is in it ("first.items[2]").
struct Item
{
    QString path;
    QJsonObject annotation;
};

/// The checking half of read(), without a project: the annotations of `json` (a collection, a page, one annotation
/// or a list of them), each an object that meets the W3C model (see problems()). Fails with the line and column, or
/// the path of the bad annotation.
Result<QList<Item>> items(const QByteArray& json, const QString& origin);

/// The span of `text` that a checked annotation's selectors give (by position, else quote, else fuzzy match), with its
/// quote selector as `text` has it; unplaced (anchored false, the file's selectors kept) when it is nowhere in it.
Annotation place(const QJsonObject& annotation, const QString& text);

/// Adds the annotations of `json` to the project in one transaction, placing each by its selectors in the source's
/// current text (position, else quote, else fuzzy; unplaced ones are kept and marked so). Malformed input fails with
/// the line and column, or the path of the bad field, and writes nothing.
Result<ReadReport> read(const QByteArray& json, const QString& origin, Project& project);

/// The W3C model's requirements an annotation object breaks (empty when it meets them): @context, id, type, target
/// with source, selectors with their required fields.
QStringList problems(const QJsonObject& annotation, bool inCollection);

} // namespace webannotation
} // namespace attache

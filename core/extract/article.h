// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "model/fuzzydate.h"

namespace attache::extract {

/// Where the publication date came from.
enum class PublishedOrigin : quint8 { Given, Document, Inferred, Unknown };
QString toText(PublishedOrigin origin); // "given", "document", "inferred", "unknown"

/// What the page or text says about itself, apart from the story.
struct ArticleMetadata
{
    QString title;
    QString outlet;
    QStringList authors;
    QStringList contributors; // "(With assistance from …)"
    QString site; // the site that republished it, when it is not the outlet
    QString url;
    QString dateline; // "WASHINGTON, March 11 -"
    QString datelinePlace; // "WASHINGTON" as "Washington"
    FuzzyDate published;
    PublishedOrigin publishedOrigin = PublishedOrigin::Unknown;
    QStringList boilerplate; // chrome separated from the body, kept so that no text is lost silently
};

/// An article as read: the original text, the normalised body every span indexes into, and its metadata.
struct Article
{
    QString original; // the decoded input, as it was
    QString text; // the body: paragraphs separated by blank lines, chrome and byline removed
    ArticleMetadata meta;
    QStringList warnings;
};

} // namespace attache::extract

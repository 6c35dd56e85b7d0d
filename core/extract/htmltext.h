// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QStringList>

#include "extract/htmldocument.h"

namespace attache::extract {

/// Is an element one that starts a new block of text (a paragraph, heading, list item, table row…)?
bool isBlockElement(const HtmlNode* node);

/// The text of a piece of a page as paragraphs, in document order: headings, paragraphs, list items, block quotes and
/// table rows each become one; a run of two or more <br> breaks a paragraph, a single one breaks a line; white space
/// is collapsed except in <pre>; the cells of a row are separated by tabs. Nodes for which `skip` says so are left
/// out with everything under them.
QStringList paragraphsOf(const QList<const HtmlNode*>& nodes, const std::function<bool(const HtmlNode*)>& skip = {});

/// How much of `b`'s wording is in `a`, 0 to 1, by characters of the words (case and punctuation aside): whether a
/// heading repeats the title, whether two metas name the same headline.
double wordingSimilarity(const QString& a, const QString& b);

} // namespace attache::extract

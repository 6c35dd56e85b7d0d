// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "extract/article.h"
#include "util/result.h"

namespace attache::extract {

/// The largest input read; anything larger is refused with this limit named.
inline constexpr qint64 maxArticleBytes = 20 * 1024 * 1024;

/// Decodes bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252. Invalid UTF-8 that is
/// nearly all valid is kept with replacement characters and a warning.
QString decode(const QByteArray& bytes, QStringList& warnings);

/// True when the text looks like HTML rather than plain text.
bool looksLikeHtml(QStringView text);

/// Reads an article from a file's bytes: plain text or a saved web page. `name` names the input in messages.
Result<Article> readArticle(const QByteArray& bytes, const QString& name);

/// The plain-text reader alone: separates headline, byline, dateline and chrome from the body.
Article readText(const QString& text);
/// The HTML reader alone (libxml2's HTML parser): drops scripts, styles, navigation and comments, finds the body,
/// and reads title, og:title, author metas, article:published_time and JSON-LD NewsArticle.
Article readHtml(const QString& html);

} // namespace attache::extract

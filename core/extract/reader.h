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

/// Reads an article from a file's bytes: plain text, or a saved web page or browser selection (decoded by what it
/// declares, see htmlreader.h). `name` names the input in messages.
Result<Article> readArticle(const QByteArray& bytes, const QString& name);

/// The plain-text reader alone: separates headline, byline, dateline and chrome from the body.
Article readText(const QString& text);
/// The web page reader alone, on a page already decoded: the story and what the page says about it. The stage and
/// its parts (decoding by the page's declarations, metadata, main text) are in htmlreader.h.
Article readHtml(const QString& html);

} // namespace attache::extract

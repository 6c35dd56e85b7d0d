// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "extract/htmldocument.h"

namespace attache::extract {

/// Finds the story in a page the way the established article readers do: text blocks score their ancestors by
/// length and punctuation, class and id names add or take away, link-heavy blocks lose; the best-scoring container
/// wins, with the siblings that score nearly as well. Hidden nodes, navigation, comments, share bars, related links,
/// newsletter boxes and captions are left out; what stays is kept in order. When a strict pass finds too little,
/// looser passes follow, and the longest result is kept.
class MainText final
{
public:
    /// Reads `document` (which it rearranges: <br><br> runs become paragraphs, text beside blocks is wrapped).
    /// `title` is the article's title, to drop a heading that repeats it.
    MainText(HtmlDocument& document, const QString& title);

    /// The story's paragraphs; empty when the page holds no article text.
    QStringList paragraphs() const { return m_paragraphs; }
    /// The byline the page shows with the story, as written ("By Ana Diaz | Reuters"), or empty.
    QString byline() const { return m_byline; }

private:
    QStringList m_paragraphs;
    QString m_byline;
};

} // namespace attache::extract

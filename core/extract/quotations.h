// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace attache::extract {

/// A quotation: the positions of its opening and closing marks, and its words.
struct Quote
{
    qsizetype open; // position of the opening mark
    qsizetype close; // position of the closing mark (or end of the last paragraph)
    QString text;
};

/// Quotations, nested ones inside them skipped, multi-paragraph ones joined (a paragraph left open continues in the
/// next one that opens with a quotation mark).
QList<Quote> findQuotes(const QString& text);

/// A quoted title of a show, document or slogan rather than someone's words: short, Title Case, no sentence
/// punctuation.
bool isQuotedTitle(const QString& quote);

} // namespace attache::extract

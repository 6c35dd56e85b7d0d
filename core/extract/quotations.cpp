// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 4: the quotations of an article: balanced marks, quotations running over paragraphs, titles in quotes set
// apart from speech.
#include "extract/quotations.h"

#include <QRegularExpression>
#include <QSet>

namespace attache::extract {

/// Quotations, nested ones inside them skipped, multi-paragraph ones joined (a paragraph left open continues in the
/// next one that opens with a quotation mark).
QList<Quote> findQuotes(const QString& text)
{
    QList<Quote> quotes;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        QChar closer;
        if (c == u'“')
            closer = u'”';
        else if (c == u'«')
            closer = u'»';
        else if (c == u'"')
            closer = u'"';
        else if (c == u'‘' && (i == 0 || !text[i - 1].isLetterOrNumber()))
            closer = u'’';
        else
            continue;
        qsizetype j = i + 1;
        qsizetype end = -1;
        for (; j < n; ++j) {
            if (closer == u'"' && text[j] == u'"' && j > i + 1 && text[j - 1].isSpace() && j + 1 < n && !text[j + 1].isSpace()) {
                // A straight mark that opens (space before, word after) while one is open: the writer began a new
                // quotation without closing the last; this one ends where the next begins.
                end = j;
                break;
            }
            if (text[j] == closer && (closer != u'’' || j + 1 >= n || !text[j + 1].isLetter())) {
                end = j;
                break;
            }
            if (closer == u'"' && text[j] == u'\n') {
                // A straight quotation left open at the end of a paragraph whose next paragraph opens with a mark
                // goes on there, as news style writes it: the paragraph's end closes this part.
                qsizetype k = j;
                while (k < n && text[k] == u'\n')
                    ++k;
                if (k < n && text[k] == u'"' && j > i + 1)
                    end = j;
                break;
            }
            if (text[j] == u'\n' && j + 1 < n && text[j + 1] == u'\n') {
                // The paragraph ends inside the quotation: it goes on if the next one opens with the same mark.
                qsizetype k = j + 2;
                if (k < n && text[k] == c) {
                    j = k;
                    continue;
                }
                break;
            }
        }
        if (end < 0) {
            if (c == u'“' || c == u'«')
                continue; // unbalanced: not a quotation we can place
            continue;
        }
        Quote q{i, end, text.mid(i + 1, end - i - 1)};
        static const QRegularExpression continued(QStringLiteral("\\n\\n[“\"«]"));
        q.text.replace(continued, QStringLiteral(" "));
        quotes.append(q);
        // An implicit close: the mark at `end` opens the next quotation.
        i = (closer == u'"' && end + 1 < n && text[end - 1].isSpace() && !text[end + 1].isSpace()) ? end - 1 : end;
    }
    return quotes;
}

/// A quoted title of a show, document or slogan rather than someone's words: short, Title Case, no sentence
/// punctuation.
bool isQuotedTitle(const QString& quote)
{
    QString trimmed = quote.trimmed();
    // American style puts a sentence's full stop inside the quotation marks of a title ("Face the Nation.").
    if (trimmed.endsWith(u'.') || trimmed.endsWith(u','))
        trimmed.chop(1);
    if (trimmed.isEmpty())
        return true;
    static const QSet<QString> small{QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("on"),
        QStringLiteral("in"), QStringLiteral("a"), QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("at")};
    const QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 7)
        return false;
    static const QRegularExpression capital(QStringLiteral("[A-Z]"));
    static const QRegularExpression sentencePunctuation(QStringLiteral("[.!?,;:]"));
    if (trimmed.toUpper() == trimmed && trimmed.contains(capital))
        return false; // shouting is speech
    bool titleCase = true;
    for (int k = 0; k < int(words.size()); ++k) {
        const QString& word = words[k];
        if (k > 0 && small.contains(word))
            continue;
        if (!word[0].isUpper() && !word[0].isDigit())
            titleCase = false;
    }
    return titleCase && !trimmed.contains(sentencePunctuation);
}

} // namespace attache::extract

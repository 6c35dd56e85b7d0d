// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmltext.h"

#include <QRegularExpression>

#include <QSet>

namespace attache::extract {
namespace {

class ParagraphWriter
{
public:
    explicit ParagraphWriter(const std::function<bool(const HtmlNode*)>& skip)
        : m_skip(skip)
    {
    }

    void write(const HtmlNode* node, bool pre)
    {
        if (node->isText()) {
            if (pre) {
                m_current += node->text;
            } else {
                for (const QChar c : node->text)
                    m_current += c.isSpace() ? QChar(u' ') : c;
            }
            return;
        }
        if (m_skip && m_skip(node))
            return;
        if (node->is(QLatin1StringView("br"))) {
            m_current += u'\n';
            return;
        }
        const bool cell = node->is(QLatin1StringView("td")) || node->is(QLatin1StringView("th"));
        if (cell && !hasBlock(node)) {
            // A cell of text is part of its row's line.
            if (!m_current.trimmed().isEmpty())
                m_current += u'\t';
            for (const HtmlNode* child : node->children)
                write(child, pre);
            return;
        }
        const bool block = isBlockElement(node);
        if (block)
            flush();
        const bool inPre = pre || node->is(QLatin1StringView("pre"));
        for (const HtmlNode* child : node->children)
            write(child, inPre);
        if (block)
            flush(inPre);
    }

    void flush(bool pre = false)
    {
        if (m_current.isEmpty())
            return;
        // Lines broken by <br> (or in <pre>) stay lines; an empty line, from <br><br>, ends a paragraph.
        QStringList lines;
        const auto close = [&] {
            if (!lines.isEmpty())
                m_paragraphs.append(lines.join(u'\n'));
            lines.clear();
        };
        for (const QString& line : m_current.split(u'\n')) {
            // Cells of a row keep their tabs; white space inside each is collapsed.
            QStringList cells = line.split(u'\t');
            for (QString& cell : cells)
                cell = pre ? cell : cell.simplified();
            cells.removeAll(QString());
            QString text = cells.join(u'\t');
            if (pre) {
                while (!text.isEmpty() && text.back().isSpace())
                    text.chop(1);
            }
            if (text.trimmed().isEmpty())
                close();
            else
                lines.append(text);
        }
        close();
        m_current.clear();
    }

    QStringList paragraphs() const { return m_paragraphs; }

private:
    static bool hasBlock(const HtmlNode* node)
    {
        for (const HtmlNode* child : node->children) {
            if (!child->isText() && (isBlockElement(child) || hasBlock(child)))
                return true;
        }
        return false;
    }

    const std::function<bool(const HtmlNode*)>& m_skip;
    QString m_current;
    QStringList m_paragraphs;
};

} // namespace

bool isBlockElement(const HtmlNode* node)
{
    static const QSet<QString> blocks{QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("main"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("aside"), QStringLiteral("nav"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("table"), QStringLiteral("thead"),
        QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("td"),
        QStringLiteral("th"), QStringLiteral("caption"), QStringLiteral("figure"), QStringLiteral("figcaption"),
        QStringLiteral("address"), QStringLiteral("hr"), QStringLiteral("form"), QStringLiteral("fieldset"),
        QStringLiteral("details"), QStringLiteral("summary"), QStringLiteral("center"), QStringLiteral("body"),
        QStringLiteral("html"), QStringLiteral("hgroup"), QStringLiteral("legend"), QStringLiteral("menu"),
        QStringLiteral("option"), QStringLiteral("li")};
    return !node->isText() && blocks.contains(node->tag);
}

QStringList paragraphsOf(const QList<const HtmlNode*>& nodes, const std::function<bool(const HtmlNode*)>& skip)
{
    ParagraphWriter writer(skip);
    for (const HtmlNode* node : nodes) {
        writer.flush();
        writer.write(node, false);
    }
    writer.flush();
    return writer.paragraphs();
}

double wordingSimilarity(const QString& a, const QString& b)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList ta = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tb = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    const QSet<QString> inA(ta.cbegin(), ta.cend());
    QStringList unique;
    for (const QString& t : tb) {
        if (!inA.contains(t))
            unique.append(t);
    }
    return 1.0 - double(unique.join(u' ').size()) / double(tb.join(u' ').size());
}

} // namespace attache::extract

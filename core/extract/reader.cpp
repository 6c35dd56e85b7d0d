// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/reader.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include "extract/htmlreader.h"

namespace attache::extract {
namespace {

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

/// Paragraphs of a plain text. Hard-wrapped text (wire copy, readouts) has most lines of similar, medium length;
/// there a line continues its paragraph unless a blank line or an indent starts a new one.
QStringList paragraphsOf(const QString& text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QStringList lines = unified.split(u'\n');
    int nonBlank = 0;
    int wrappedLike = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (trimmed.isEmpty())
            continue;
        ++nonBlank;
        const bool nextContinues = i + 1 < lines.size() && !isBlank(lines[i + 1]) && !lines[i + 1].startsWith(QStringLiteral("  "));
        if (trimmed.size() >= 40 && trimmed.size() <= 90 && nextContinues && !trimmed.endsWith(u':'))
            ++wrappedLike;
    }
    const bool wrapped = nonBlank >= 4 && wrappedLike * 10 >= nonBlank * 3;
    QStringList paragraphs;
    QString current;
    bool open = false;
    const auto close = [&] {
        if (open && !current.trimmed().isEmpty())
            paragraphs.append(current.simplified());
        current.clear();
        open = false;
    };
    for (const QString& line : lines) {
        if (isBlank(line)) {
            close();
            continue;
        }
        static const QRegularExpression signOff(QStringLiteral("^\\s*(Reuters?|AP|AFP|Bloomberg)\\s*$"));
        const bool indented = line.startsWith(QStringLiteral("  ")) || line.startsWith(u'\t') || signOff.match(line).hasMatch();
        if (wrapped && open && !indented) {
            current += u' ' + line.trimmed();
        } else {
            close();
            current = line.trimmed();
            open = true;
        }
    }
    close();
    return paragraphs;
}

struct Chrome
{
    QRegularExpression pattern;
    enum What { Boilerplate, Contributors, Outlet } what;
};

const QList<Chrome>& chromePatterns()
{
    static const QList<Chrome> patterns{
        {QRegularExpression(QStringLiteral("^[_\\-=*~#]{3,}$")), Chrome::Boilerplate},
        {QRegularExpression(QStringLiteral("^/$|^\\|$")), Chrome::Boilerplate},
        {QRegularExpression(QStringLiteral("^(©|\\(c\\)|Copyright\\b)"), QRegularExpression::CaseInsensitiveOption), Chrome::Boilerplate},
        {QRegularExpression(QStringLiteral("^(Distributed by|Published in|Posted in|Filed under|Updated:?|Posted:?)\\b"), QRegularExpression::CaseInsensitiveOption), Chrome::Boilerplate},
        {QRegularExpression(QStringLiteral("^(Comments|Share|Share this( article| story)?|Advertisement|Subscribe.*|Sign up.*|Follow us.*|Related( articles| stories)?:?|Read more.*|See also:?|Continue reading.*|Click here.*|Current News|Most read|Trending)$"), QRegularExpression::CaseInsensitiveOption), Chrome::Boilerplate},
        {QRegularExpression(QStringLiteral("comments powered by|^(Photo|Image|Video|Credit)\\b"), QRegularExpression::CaseInsensitiveOption), Chrome::Boilerplate},
        {QRegularExpression(QStringLiteral("^\\((With )?(additional )?(reporting|assistance|writing|editing) (from|by) (.+?)\\)\\.?$"), QRegularExpression::CaseInsensitiveOption), Chrome::Contributors},
        {QRegularExpression(QStringLiteral("^(Reuters?|AP|AFP|Bloomberg)$")), Chrome::Outlet},
    };
    return patterns;
}

/// "Reuter" on its own is Reuters' old sign-off.
QString outletFromSignOff(const QString& line)
{
    if (line.startsWith(QStringLiteral("Reuter")))
        return QStringLiteral("Reuters");
    if (line == QStringLiteral("AP"))
        return QStringLiteral("Associated Press");
    if (line == QStringLiteral("AFP"))
        return QStringLiteral("Agence France-Presse");
    return line;
}

bool endsLikeSentence(QStringView p)
{
    static const QString enders = QStringLiteral(".?!\"”’)");
    return !p.isEmpty() && enders.contains(p.back());
}

/// A paragraph of the story itself rather than of the page around it.
bool isBodyParagraph(const QString& p)
{
    if (p.size() >= 100 && endsLikeSentence(p))
        return true;
    static const QRegularExpression twoSentences(QStringLiteral("[.?!][\"”’]?\\s+[A-Z“\"]"));
    return p.size() >= 60 && endsLikeSentence(p) && p.contains(twoSentences);
}

const QRegularExpression& bylineBy()
{
    static const QRegularExpression re(QStringLiteral("^By\\s+(.+)$"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& bylineNamesOutlet()
{
    // "Eric Martin and Wendy Benjaminson, Bloomberg News on"
    static const QRegularExpression re(QStringLiteral("^((?:[A-Z][\\w.'’-]+\\s){1,3}[A-Z][\\w.'’-]+(?:(?:,\\s*|\\s+and\\s+)(?:[A-Z][\\w.'’-]+\\s){1,3}[A-Z][\\w.'’-]+)*),\\s*(.+?)(?:\\s+on)?$"));
    return re;
}

const QRegularExpression& personName()
{
    static const QRegularExpression re(QStringLiteral("^(?:[A-Z][\\w.'’-]+\\s){1,3}[A-Z][\\w.'’-]+$"));
    return re;
}

QStringList splitNames(const QString& names)
{
    QStringList result;
    for (QString part : names.split(QRegularExpression(QStringLiteral(",\\s*|\\s+and\\s+|\\s*&\\s*")))) {
        part = part.trimmed();
        if (!part.isEmpty())
            result.append(part);
    }
    return result;
}

/// "WASHINGTON, March 11 -", "MOSCOW (AP) —", "LONDON —" at the start of the first paragraph.
const QRegularExpression& datelinePattern()
{
    static const QRegularExpression re(QStringLiteral("^([A-Z][A-Z.'’ -]{2,}[A-Z.])(?:,\\s*([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}))?\\s*(?:\\(([A-Za-z .]+)\\))?\\s*[-–—]+\\s+"));
    return re;
}

QString titleCased(const QString& upper)
{
    QStringList words = upper.toLower().split(u' ', Qt::SkipEmptyParts);
    for (QString& w : words) {
        if (!w.isEmpty())
            w[0] = w[0].toUpper();
    }
    return words.join(u' ');
}

} // namespace

QString toText(PublishedOrigin origin)
{
    switch (origin) {
    case PublishedOrigin::Given:
        return QStringLiteral("given");
    case PublishedOrigin::Document:
        return QStringLiteral("document");
    case PublishedOrigin::Inferred:
        return QStringLiteral("inferred");
    case PublishedOrigin::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString decode(const QByteArray& bytes, QStringList& warnings)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringDecoder::Utf16);
        return utf16(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: count the bytes that would not decode. A few in a long UTF-8 text are damage; many mean an 8-bit
    // encoding, which on the web and in Windows files is nearly always Windows-1252 (a superset of Latin-1).
    const qsizetype bad = text.count(QChar::ReplacementCharacter);
    if (bad * 50 < bytes.size() && bad < 8 && QString::fromUtf8(bytes).count(QChar(u'\u00C3')) == 0
        && bytes.count('\x80') + bytes.count('\x93') + bytes.count('\x94') + bytes.count('\x92') == 0) {
        warnings.append(QStringLiteral("%1 invalid UTF-8 byte sequence(s) were replaced").arg(bad));
        return text;
    }
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252(bytes);
    return QString::fromLatin1(bytes);
}

bool looksLikeHtml(QStringView text)
{
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 4096)).trimmed();
    static const QRegularExpression tags(QStringLiteral("<(!doctype html|html|head|body|article|p|div)[\\s>]"),
        QRegularExpression::CaseInsensitiveOption);
    return head.startsWith(u'<') || tags.match(head).hasMatch();
}

Result<Article> readArticle(const QByteArray& bytes, const QString& name)
{
    if (bytes.size() > maxArticleBytes) {
        return Error{QStringLiteral("%1: too large to read as an article (%2 MB; the limit is %3 MB)")
                         .arg(name)
                         .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(maxArticleBytes / (1024 * 1024))};
    }
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (bytes.trimmed().isEmpty() || (!utf16 && bytes.contains('\0')))
        return Error{QStringLiteral("%1: not a text or HTML article (%2)").arg(name, bytes.trimmed().isEmpty() ? QStringLiteral("it is empty") : QStringLiteral("it holds binary data"))};
    QStringList warnings;
    const QString text = decode(bytes, warnings);
    if (text.contains(QChar(0)))
        return Error{QStringLiteral("%1: not a text or HTML article (it holds binary data)").arg(name)};
    Article article;
    if (looksLikeHtml(text)) {
        // A page is decoded again by what it declares about its encoding.
        article = readHtmlPage(bytes);
    } else {
        article = readText(text);
        article.warnings = warnings + article.warnings;
    }
    if (article.text.trimmed().isEmpty())
        return Error{QStringLiteral("%1: no article text was found in it").arg(name)};
    return article;
}

Article readText(const QString& input)
{
    Article article;
    article.original = input;
    QStringList paragraphs = paragraphsOf(input);

    // Chrome before and after the story, and the byline, go to the metadata.
    QStringList body;
    QStringList header;
    bool inBody = false;
    for (const QString& p : std::as_const(paragraphs)) {
        bool chrome = false;
        for (const Chrome& c : chromePatterns()) {
            const auto match = c.pattern.match(p);
            if (!match.hasMatch())
                continue;
            chrome = true;
            if (c.what == Chrome::Contributors)
                article.meta.contributors += splitNames(match.captured(5).remove(QRegularExpression(QStringLiteral("[.\\s]+$"))));
            else if (c.what == Chrome::Outlet && article.meta.outlet.isEmpty())
                article.meta.outlet = outletFromSignOff(p);
            article.meta.boilerplate.append(p);
            break;
        }
        if (chrome)
            continue;
        if (!inBody && !isBodyParagraph(p)) {
            header.append(p);
            continue;
        }
        inBody = true;
        body.append(p);
    }
    // A snippet (a pasted paragraph or two) has no story body by these rules: its sentences are the body then, and
    // a line that is not a sentence stays the headline.
    if (body.isEmpty()) {
        static const QRegularExpression sentenceEnd(QStringLiteral("[.!?\"\u201D\u2019]\\s*$"));
        QStringList rest;
        for (const QString& p : std::as_const(header))
            (sentenceEnd.match(p).hasMatch() ? body : rest).append(p);
        header = body.isEmpty() ? QStringList{} : rest;
        if (body.isEmpty())
            body = rest;
    }

    // The header: a byline, the headline (the longest line left), a site name before it, a dek after it.
    QString headline;
    for (const QString& line : std::as_const(header)) {
        if (const auto by = bylineBy().match(line); by.hasMatch()) {
            QStringList names = splitNames(by.captured(1));
            if (!names.isEmpty() && !personName().match(names.last()).hasMatch()) {
                if (article.meta.outlet.isEmpty())
                    article.meta.outlet = names.last();
                names.removeLast();
            }
            article.meta.authors += names;
            continue;
        }
        if (const auto byline = bylineNamesOutlet().match(line); byline.hasMatch() && line.size() < 120) {
            article.meta.authors += splitNames(byline.captured(1));
            if (article.meta.outlet.isEmpty())
                article.meta.outlet = byline.captured(2).trimmed();
            continue;
        }
        if (article.meta.authors.isEmpty() && personName().match(line).hasMatch() && !headline.isEmpty()
            && line.size() < 40) {
            article.meta.authors.append(line); // a bare name under the headline
            continue;
        }
        if (line.size() > headline.size() && headline.size() < 20)
            headline = line;
        else if (headline.isEmpty())
            headline = line;
        else
            article.meta.boilerplate.append(line); // a dek or caption: kept, not part of the body
    }
    // A one-word line before the headline names the site that republished the story.
    const qsizetype headlineAt = header.indexOf(headline);
    for (qsizetype i = headlineAt - 1; i >= 0; --i) {
        if (!header[i].contains(u' ') && header[i].size() > 2) {
            article.meta.site = header[i];
            break;
        }
    }
    for (const QString& line : std::as_const(header)) {
        if (line != headline && !article.meta.boilerplate.contains(line) && !article.meta.authors.contains(line))
            article.meta.boilerplate.append(line);
    }
    article.meta.title = headline;

    // A wire dateline opens the first paragraph.
    if (!body.isEmpty()) {
        if (const auto dateline = datelinePattern().match(body.first()); dateline.hasMatch()) {
            article.meta.dateline = dateline.captured(0).trimmed();
            article.meta.datelinePlace = titleCased(dateline.captured(1).trimmed());
            const QString agency = dateline.captured(3).trimmed();
            if (article.meta.outlet.isEmpty() && !agency.isEmpty())
                article.meta.outlet = outletFromSignOff(agency);
            body.first() = body.first().mid(dateline.capturedLength(0));
        }
    }
    article.text = body.join(QStringLiteral("\n\n"));
    return article;
}

} // namespace attache::extract

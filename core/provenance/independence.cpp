// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance/independence.h"

#include <algorithm>
#include <numeric>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace attache::independence {
namespace {

struct Agency
{
    QString name;
    QStringList names; // what it is called in credits, case-sensitive ("AP" but not "ap")
};

const QList<Agency>& agencies()
{
    static const QList<Agency> table{
        {QStringLiteral("Reuters"), {QStringLiteral("Reuters"), QStringLiteral("Reuter")}},
        {QStringLiteral("Associated Press"), {QStringLiteral("Associated Press"), QStringLiteral("AP")}},
        {QStringLiteral("Agence France-Presse"),
            {QStringLiteral("Agence France-Presse"), QStringLiteral("Agence France Presse"), QStringLiteral("AFP")}},
        {QStringLiteral("Bloomberg"), {QStringLiteral("Bloomberg")}},
        {QStringLiteral("dpa"),
            {QStringLiteral("dpa"), QStringLiteral("DPA"), QStringLiteral("Deutsche Presse-Agentur")}},
        {QStringLiteral("Xinhua"), {QStringLiteral("Xinhua")}},
        {QStringLiteral("TASS"), {QStringLiteral("TASS"), QStringLiteral("Tass")}},
        {QStringLiteral("Interfax"), {QStringLiteral("Interfax")}},
        {QStringLiteral("Kyodo"), {QStringLiteral("Kyodo"), QStringLiteral("Kyodo News")}},
        {QStringLiteral("Yonhap"), {QStringLiteral("Yonhap")}},
        {QStringLiteral("ANSA"), {QStringLiteral("ANSA")}},
        {QStringLiteral("EFE"), {QStringLiteral("EFE")}},
        {QStringLiteral("Press Trust of India"), {QStringLiteral("Press Trust of India"), QStringLiteral("PTI")}},
        {QStringLiteral("United Press International"),
            {QStringLiteral("United Press International"), QStringLiteral("UPI")}},
        {QStringLiteral("Anadolu"), {QStringLiteral("Anadolu"), QStringLiteral("Anadolu Agency")}},
    };
    return table;
}

/// The canonical name of the agency called `text` exactly (case-insensitively for the long names), or empty.
QString agencyNamed(QStringView text)
{
    const QStringView t = text.trimmed();
    for (const Agency& a : agencies()) {
        for (const QString& n : a.names) {
            const Qt::CaseSensitivity cs = n.size() <= 4 ? Qt::CaseSensitive : Qt::CaseInsensitive;
            if (t.compare(n, cs) == 0)
                return a.name;
        }
    }
    return {};
}

/// The agencies' credit names as one alternation, longest first so that "Kyodo News" wins over "Kyodo".
QString creditAlternation()
{
    QStringList names;
    for (const Agency& a : agencies())
        names += a.names;
    std::sort(names.begin(), names.end(), [](const QString& x, const QString& y) { return x.size() > y.size(); });
    for (QString& n : names)
        n = QRegularExpression::escape(n);
    return names.join(u'|');
}

/// Credits that say a text is an agency's: the dateline's "(Reuters) -", a line of its own ("AFP", "— Reuters"),
/// the copyright notice. Case-sensitive, so that "ap" or "Afp" in running text is not taken for one.
const QList<QRegularExpression>& creditPatterns()
{
    static const QString names = creditAlternation();
    static const QList<QRegularExpression> patterns{
        QRegularExpression(QStringLiteral("\\((%1)\\)\\s*[-–—]").arg(names)),
        QRegularExpression(QStringLiteral("^[ \\t]*(?:[-–—][ \\t]*)?(%1)[ \\t]*$").arg(names),
            QRegularExpression::MultilineOption),
        QRegularExpression(QStringLiteral("(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s+)?(?:The\\s+)?(%1)\\b").arg(names)),
    };
    return patterns;
}

QString creditIn(const QString& text)
{
    if (text.isEmpty())
        return {};
    for (const QRegularExpression& re : creditPatterns()) {
        if (const auto m = re.match(text); m.hasMatch())
            return agencyNamed(m.captured(1));
    }
    return {};
}

/// Hashes of the text's word 5-grams (a text shorter than that: of its words as one shingle).
QSet<size_t> shingles(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = text.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    constexpr qsizetype n = 5;
    QSet<size_t> result;
    if (words.isEmpty())
        return result;
    if (words.size() < n) {
        result.insert(qHash(words.join(u' ')));
        return result;
    }
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        size_t h = 0;
        for (qsizetype j = i; j < i + n; ++j)
            h = qHash(words.at(j), h * 31 + 7);
        result.insert(h);
    }
    return result;
}

double overlap(const QSet<size_t>& a, const QSet<size_t>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const QSet<size_t>& small = a.size() <= b.size() ? a : b;
    const QSet<size_t>& large = a.size() <= b.size() ? b : a;
    qsizetype shared = 0;
    for (const size_t h : small) {
        if (large.contains(h))
            ++shared;
    }
    return double(shared) / double(small.size());
}

QString outletOf(const Source& s)
{
    return (s.outlet.isEmpty() ? s.title : s.outlet).trimmed();
}

} // namespace

QString wireAgency(const Source& source)
{
    if (QString a = agencyNamed(source.outlet); !a.isEmpty())
        return a;
    static const QRegularExpression staff(QStringLiteral("\\s+(?:Staff|staff|Newsroom|reporters?|Reporters?)$"));
    for (QString author : source.authors) {
        author.remove(staff);
        if (QString a = agencyNamed(author); !a.isEmpty())
            return a;
    }
    if (QString a = creditIn(source.text); !a.isEmpty())
        return a;
    return creditIn(source.original);
}

double wordingOverlap(const QString& a, const QString& b)
{
    return overlap(shingles(a), shingles(b));
}

QList<Report> reports(const QList<Source>& sources)
{
    const qsizetype n = sources.size();
    std::vector<qsizetype> parent(std::size_t(n), 0);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](qsizetype i) {
        while (parent[std::size_t(i)] != i)
            i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        return i;
    };
    const auto join = [&](qsizetype i, qsizetype j) {
        const qsizetype ri = root(i), rj = root(j);
        if (ri != rj)
            parent[std::size_t(std::max(ri, rj))] = std::min(ri, rj);
    };

    QStringList outlets, agenciesOf;
    QList<QSet<size_t>> texts;
    for (const Source& s : sources) {
        outlets.append(outletOf(s));
        agenciesOf.append(wireAgency(s));
        texts.append(shingles(s.text));
    }
    // Why each pair was joined, kept per group root once all joins are done.
    QList<std::pair<qsizetype, QString>> byAgency; // (source, agency)
    QList<qsizetype> byWording;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            if (outlets.at(i).compare(outlets.at(j), Qt::CaseInsensitive) == 0) {
                join(i, j);
            } else if (!agenciesOf.at(i).isEmpty() && agenciesOf.at(i) == agenciesOf.at(j)) {
                join(i, j);
                byAgency.append({i, agenciesOf.at(i)});
            } else if (overlap(texts.at(i), texts.at(j)) >= sameStoryOverlap) {
                join(i, j);
                byWording.append(i);
            }
        }
    }

    QList<Report> result;
    QHash<qsizetype, qsizetype> reportOf; // group root -> index in result
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype r = root(i);
        if (!reportOf.contains(r)) {
            reportOf.insert(r, result.size());
            result.append(Report{});
        }
        Report& report = result[reportOf.value(r)];
        report.sources.append(int(i));
        if (!std::any_of(report.outlets.cbegin(), report.outlets.cend(),
                [&](const QString& o) { return o.compare(outlets.at(i), Qt::CaseInsensitive) == 0; }))
            report.outlets.append(outlets.at(i));
    }
    for (const auto& [i, agency] : std::as_const(byAgency)) {
        Report& report = result[reportOf.value(root(i))];
        if (report.agency.isEmpty())
            report.agency = agency;
    }
    for (const qsizetype i : std::as_const(byWording))
        result[reportOf.value(root(i))].sameWording = true;
    return result;
}

} // namespace attache::independence

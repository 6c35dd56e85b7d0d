// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance/anchoring.h"

#include <algorithm>
#include <limits>
#include <vector>

#include "storage/project.h"
#include "storage/storageerror.h"
#include "util/codepoints.h"

namespace attache::anchoring {
namespace {

/// Code points of `a`'s end that `b`'s end shares, up to their length (how much of a prefix matches before a place).
qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

qsizetype distance(qsizetype a, qsizetype b)
{
    return a > b ? a - b : b - a;
}

Anchor anchorAt(const QString& text, qsizetype from, qsizetype to, Placement placement)
{
    return Anchor{placement, codepoints::fromUtf16(text, from), codepoints::fromUtf16(text, to)};
}

/// Where the quote occurs exactly; among several, the one whose surroundings best match the stored context, then the
/// one nearest the old place (UTF-16 units).
std::optional<qsizetype> findQuote(const Annotation& a, const QString& text, qsizetype near)
{
    std::optional<qsizetype> best;
    qsizetype bestScore = -1;
    for (qsizetype at = text.indexOf(a.exact); at >= 0; at = text.indexOf(a.exact, at + 1)) {
        const qsizetype score = commonSuffix(a.prefix, QStringView(text).first(at))
            + commonPrefix(a.suffix, QStringView(text).sliced(at + a.exact.size()));
        if (score > bestScore || (score == bestScore && distance(at, near) < distance(*best, near))) {
            best = at;
            bestScore = score;
        }
    }
    return best;
}

/// The start of the best alignment of all of `pattern` with text that ends at `end` (UTF-16), searching back at most
/// pattern.size() + k units: a global alignment of the reversed pattern with the reversed text, free in its length.
qsizetype alignedStart(QStringView pattern, QStringView text, qsizetype end, int k)
{
    const qsizetype m = pattern.size();
    const qsizetype window = std::min<qsizetype>(end, m + k);
    std::vector<int> previous(window + 1), current(window + 1);
    for (qsizetype j = 0; j <= window; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = int(i);
        const QChar p = pattern[m - i];
        for (qsizetype j = 1; j <= window; ++j) {
            const int cost = p == text[end - j] ? 0 : 1;
            current[j] = std::min({previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1});
        }
        std::swap(previous, current);
    }
    qsizetype bestLength = 0;
    int best = std::numeric_limits<int>::max();
    for (qsizetype j = 0; j <= window; ++j) {
        if (previous[j] < best || (previous[j] == best && distance(j, m) < distance(bestLength, m))) {
            best = previous[j];
            bestLength = j;
        }
    }
    return end - bestLength;
}

/// Levenshtein distance of two short strings (the 32-character contexts).
int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({diagonal + (a[i - 1] == b[j - 1] ? 0 : 1), up + 1, row[j - 1] + 1});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace

QString toText(Placement placement)
{
    switch (placement) {
    case Placement::Position:
        return QStringLiteral("position");
    case Placement::Quote:
        return QStringLiteral("quote");
    case Placement::Fuzzy:
        return QStringLiteral("fuzzy");
    case Placement::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

void select(Annotation& annotation, const QString& text, qint64 start, qint64 end)
{
    const qint64 length = codepoints::length(text);
    start = std::clamp<qint64>(start, 0, length);
    end = std::clamp<qint64>(end, start, length);
    annotation.start = start;
    annotation.end = end;
    annotation.exact = codepoints::slice(text, start, end);
    annotation.prefix = codepoints::slice(text, std::max<qint64>(0, start - Annotation::quoteContext), start);
    annotation.suffix = codepoints::slice(text, end, end + Annotation::quoteContext);
}

Annotation make(const QString& text, SourceId source, qint64 start, qint64 end, AnnotationKind kind,
    TargetType targetType, qint64 targetId, const QDateTime& created)
{
    Annotation a;
    a.source = source;
    select(a, text, start, end);
    a.kind = kind;
    a.targetType = targetType;
    a.targetId = targetType == TargetType::None ? 0 : targetId;
    a.created = created.isValid() ? created : QDateTime::currentDateTimeUtc();
    return a;
}

namespace {

/// Sellers' approximate matching with Ukkonen's cut-off (only rows whose distance can still be within k are
/// computed), so the cost is about k x text length rather than pattern length x text length: the [start, end) in
/// UTF-16 units of the place in `text` with the fewest edits from `pattern` (at most k), nearest `nearUnit` among equals.
std::optional<std::pair<qsizetype, qsizetype>> bestMatch(QStringView pattern, QStringView text, int k, qsizetype nearUnit)
{
    const qsizetype m = pattern.size();
    if (k <= 0 || m == 0 || text.isEmpty())
        return std::nullopt;
    std::vector<int> column(m + 1);
    for (qsizetype i = 0; i <= m; ++i)
        column[i] = int(i);
    qsizetype lastActive = std::min<qsizetype>(k + 1, m); // rows up to k + 1 can be within k after the first column
    int bestErrors = k + 1;
    qsizetype bestEnd = -1;
    for (qsizetype j = 0; j < text.size(); ++j) {
        const QChar c = text[j];
        int diagonal = 0; // the previous column's value one row up
        int value = 0; // this column's value one row up (row 0 is free: a match may start anywhere)
        for (qsizetype i = 1; i <= lastActive; ++i) {
            const int left = column[i];
            if (pattern[i - 1] == c)
                value = diagonal;
            else
                value = std::min({diagonal, left, value}) + 1;
            diagonal = left;
            column[i] = value;
        }
        while (lastActive > 0 && column[lastActive] > k)
            --lastActive;
        if (lastActive == m) {
            const int errors = column[m];
            const qsizetype end = j + 1;
            if (errors < bestErrors || (errors == bestErrors && distance(end - m, nearUnit) < distance(bestEnd - m, nearUnit))) {
                bestErrors = errors;
                bestEnd = end;
            }
        } else {
            ++lastActive;
        }
    }
    if (bestEnd < 0)
        return std::nullopt;
    return std::pair{alignedStart(pattern, text, bestEnd, k), bestEnd};
}

/// Where in [from, to) the piece of `text` that reads most like `context` ends (for the context before a passage)
/// or begins (after it): the split with the fewest edits, nearest `nominal` among equals.
qsizetype bestSplit(QStringView text, QStringView context, qsizetype window, qsizetype nominal, int slack, bool contextBefore)
{
    qsizetype best = nominal;
    int bestErrors = std::numeric_limits<int>::max();
    for (qsizetype at = std::max<qsizetype>(0, nominal - slack); at <= std::min(text.size(), nominal + slack); ++at) {
        const QStringView piece = contextBefore ? text.sliced(window, std::max<qsizetype>(0, at - window))
                                                : text.sliced(at, std::max<qsizetype>(0, window - at));
        if ((contextBefore && at < window) || (!contextBefore && at > window))
            continue;
        const int errors = editDistance(context, piece);
        if (errors < bestErrors || (errors == bestErrors && distance(at, nominal) < distance(best, nominal))) {
            bestErrors = errors;
            best = at;
        }
    }
    return best;
}

} // namespace

int maxErrors(const QString& quote)
{
    constexpr qsizetype shortest = 8; // shorter quotes (names, dates) match too much text when fuzzy
    return quote.size() < shortest ? 0 : int(quote.size() / 4);
}

Anchor fuzzyFind(const QString& quote, const QString& text, qint64 near)
{
    const auto match = bestMatch(quote, text, maxErrors(quote), codepoints::toUtf16(text, near));
    return match ? anchorAt(text, match->first, match->second, Placement::Fuzzy) : Anchor{};
}

namespace {

/// The fuzzy stage for an annotation: the passage is searched for with its stored context around it, so that the
/// context pins its edges (an insertion near an edge is then an insertion, not a trimmed match) and a deleted passage
/// does not land on a similar sentence beside it (whose surroundings differ). The passage's own edges are then where
/// the context read before and after it fits best.
Anchor fuzzyInContext(const Annotation& a, const QString& text)
{
    const int k = maxErrors(a.exact);
    if (k == 0)
        return {};
    // The context may change too (a neighbouring sentence reworded), within the same quarter as the passage.
    const int contextErrors = int((a.prefix.size() + a.suffix.size()) / 4);
    const QString pattern = a.prefix + a.exact + a.suffix;
    const qsizetype nearUnit = std::max<qsizetype>(0, codepoints::toUtf16(text, a.start) - a.prefix.size());
    const auto window = bestMatch(pattern, text, k + contextErrors, nearUnit);
    if (!window)
        return {};
    const auto [from, to] = *window;
    const int edge = k + contextErrors;
    const qsizetype start = bestSplit(text, a.prefix, from, from + a.prefix.size(), edge, true);
    const qsizetype end = bestSplit(text, a.suffix, to, to - a.suffix.size(), edge, false);
    // The passage itself stays within its own quarter, however well its context matched.
    if (end <= start || editDistance(a.exact, QStringView(text).sliced(start, end - start)) > k)
        return {};
    return anchorAt(text, start, end, Placement::Fuzzy);
}

} // namespace

Anchor locate(const Annotation& annotation, const QString& text)
{
    const qint64 length = codepoints::length(text);
    if (annotation.start >= 0 && annotation.end <= length && codepoints::slice(text, annotation.start, annotation.end) == annotation.exact
        && (!annotation.exact.isEmpty() || annotation.anchored)) {
        return Anchor{Placement::Position, annotation.start, annotation.end};
    }
    if (annotation.exact.isEmpty())
        return {};
    const qsizetype near = codepoints::toUtf16(text, annotation.start);
    if (const auto at = findQuote(annotation, text, near))
        return anchorAt(text, *at, *at + annotation.exact.size(), Placement::Quote);
    return fuzzyInContext(annotation, text);
}

Report replaceText(Project& project, SourceId id, const QString& text)
{
    auto source = project.sources().find(id);
    if (!source)
        throw StorageError(QStringLiteral("there is no source %1").arg(id.value));
    const QString oldText = source->text;
    source->text = text;
    project.sources().update(*source);

    Report report;
    QHash<qint64, Annotation> statementAnchors; // statement id -> its re-anchored annotation
    for (Annotation a : project.annotations().forSource(id)) {
        const Anchor anchor = locate(a, text);
        switch (anchor.placement) {
        case Placement::Position:
            ++report.position;
            break;
        case Placement::Quote:
            ++report.quote;
            break;
        case Placement::Fuzzy:
            ++report.fuzzy;
            break;
        case Placement::Lost:
            break;
        }
        const Annotation before = a;
        if (anchor.placement == Placement::Lost) {
            a.anchored = false;
            report.lost.append(a);
        } else {
            select(a, text, anchor.start, anchor.end);
            a.anchored = true;
        }
        if (!(a == before))
            project.annotations().update(a);
        if (a.targetType == TargetType::Statement)
            statementAnchors.insert(a.targetId, a);
    }
    for (Statement st : project.statements().bySource(id)) {
        // A statement with a mark follows it (back into place, too, when an earlier edit had lost it).
        Anchor anchor;
        if (statementAnchors.contains(st.id.value)) {
            const Annotation& a = statementAnchors[st.id.value];
            anchor = a.anchored ? Anchor{Placement::Position, a.start, a.end} : Anchor{};
        } else if (st.spanStart < 0) {
            continue;
        } else {
            Annotation old;
            select(old, oldText, st.spanStart, st.spanEnd);
            anchor = locate(old, text);
        }
        const qint64 start = anchor.placement == Placement::Lost ? -1 : anchor.start;
        const qint64 end = anchor.placement == Placement::Lost ? -1 : anchor.end;
        if (start != st.spanStart || end != st.spanEnd) {
            st.spanStart = start;
            st.spanEnd = end;
            project.statements().update(st);
        }
    }
    return report;
}

} // namespace attache::anchoring

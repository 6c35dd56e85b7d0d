// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/dates.h"

#include <QRegularExpression>
#include <QSet>

namespace attache::extract {
namespace {

int monthNumber(QStringView name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toString().toLower())) + 1;
}

int weekdayNumber(QStringView name)
{
    static const QStringList days{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
        QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")};
    return int(days.indexOf(name.toString().toLower())) + 1;
}

const QString monthPattern = QStringLiteral("(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)");

struct Pattern
{
    QRegularExpression re;
    enum Kind { Iso, MonthDay, DayMonth, MonthYear, Weekday, Relative, MonthAlone, DaysAgo } kind;
};

const QList<Pattern>& patterns()
{
    static const QList<Pattern> list{
        {QRegularExpression(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")), Pattern::Iso},
        {QRegularExpression(monthPattern + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?")), Pattern::MonthDay},
        {QRegularExpression(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+") + monthPattern + QStringLiteral("(?:,?\\s+(\\d{4})\\b)?")), Pattern::DayMonth},
        {QRegularExpression(monthPattern + QStringLiteral("\\s+(\\d{4})\\b")), Pattern::MonthYear},
        {QRegularExpression(QStringLiteral("\\b(?:(last|next|this|on|early|late|since|by|until|from)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[\\x{2019}\x27]s)?\\b")),
            Pattern::Weekday},
        {QRegularExpression(QStringLiteral("\\b(today|tonight|yesterday|tomorrow|last week|next week|this week|earlier this (?:week|month|year)|later this (?:week|month|year)|this month|last month|next month|this year|last year|next year)\\b")),
            Pattern::Relative},
        // A month without a day or year needs a word before it ("last October", "in March", "since early May"):
        // "May" alone is as often the verb.
        {QRegularExpression(QStringLiteral("\\b(last|next|this|in|early|late|mid-|since|by|until|from|through|of)\\s+(?:(?:early|late|mid-)\\s*)?")
                + monthPattern + QStringLiteral("(?![\\w.]*\\s*\\d)")),
            Pattern::MonthAlone},
        {QRegularExpression(QStringLiteral("\\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) days? ago\\b")),
            Pattern::DaysAgo},
    };
    return list;
}

FuzzyDate day(QDate d)
{
    return d.isValid() ? FuzzyDate::fromDate(d) : FuzzyDate();
}

} // namespace

DateFinder::DateFinder(const FuzzyDate& published)
    : m_published(published)
{
}

bool DateFinder::futureBefore(QStringView text, qsizetype position)
{
    // The nearest tense cue in the few words before the date decides; news is past unless the clause says otherwise.
    const qsizetype from = std::max<qsizetype>(0, position - 90);
    const QString original = text.sliced(from, position - from).toString();
    const QString window = original.toLower();
    static const QStringList notVerbs{QStringLiteral("need"), QStringLiteral("indeed"), QStringLiteral("proceed"),
        QStringLiteral("succeed"), QStringLiteral("exceed"), QStringLiteral("speed"), QStringLiteral("seed"),
        QStringLiteral("feed"), QStringLiteral("breed"), QStringLiteral("bed"), QStringLiteral("red"),
        QStringLiteral("shed"), QStringLiteral("hundred"), QStringLiteral("sacred"), QStringLiteral("wicked")};
    // The cues are whole words of the window: the future's auxiliaries and plans, and the past's verbs (any verb in
    // "-ed"). Words are runs of ASCII letters, digits and underscores, as a regular expression's \w matches them.
    static const QSet<QStringView> cueWords{u"will", u"shall", u"due", u"expected", u"expects", u"plan", u"plans",
        u"planned", u"scheduled", u"upcoming", u"meets", u"meet", u"visits", u"travels", u"heads", u"holds", u"hosts",
        u"begins", u"starts", u"resumes", u"opens", u"convenes", u"arrives", u"said", u"says", u"told", u"was", u"were",
        u"had", u"met", u"held", u"visited", u"ended", u"took", u"agreed", u"attended", u"added", u"announced",
        u"signed", u"spoke", u"called", u"insisted", u"emerged", u"gone", u"went", u"came", u"did", u"made", u"left",
        u"returned"};
    // Cues of two words: "set to", "going to", "is to", "are to".
    static const QSet<QStringView> beforeTo{u"set", u"going", u"is", u"are"};
    static const QStringList futureParticiples{QStringLiteral("expected"), QStringLiteral("planned"),
        QStringLiteral("scheduled")};
    const auto wordChar = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    };
    const qsizetype size = window.size();
    const auto endsWord = [&](qsizetype at) { return at >= size || !wordChar(window[at]); };
    QString last;
    QString previous;
    qsizetype previousEnd = 0;
    qsizetype lastStart = 0;
    qsizetype lastEnd = 0;
    for (qsizetype i = 0; i < size;) {
        qsizetype cueEnd = -1;
        if (!wordChar(window[i])) {
            // "we'll", "they’ll"
            if ((window[i] == u'\'' || window[i] == u'’') && i > 0 && wordChar(window[i - 1])
                && QStringView(window).sliced(i + 1).startsWith(u"ll") && endsWord(i + 3))
                cueEnd = i + 3;
            else {
                ++i;
                continue;
            }
        } else {
            qsizetype end = i;
            while (end < size && wordChar(window[end]))
                ++end;
            const QStringView word = QStringView(window).sliced(i, end - i);
            if (beforeTo.contains(word) && QStringView(window).sliced(end).startsWith(u" to") && endsWord(end + 3))
                cueEnd = end + 3;
            else if (cueWords.contains(word) || (word.size() >= 3 && word.endsWith(u"ed")))
                cueEnd = end;
            else {
                i = end;
                continue;
            }
        }
        const QString cue = window.mid(i, cueEnd - i);
        const qsizetype cueStart = i;
        i = cueEnd;
        // A word ending in "-ed" is a past cue only if it is a verb: not a name ("United", "Ahmed") nor one of the
        // common words that merely end so.
        if (cue.endsWith(QStringLiteral("ed")) && !futureParticiples.contains(cue)
            && ((cueStart < original.size() && original.at(cueStart).isUpper()) || notVerbs.contains(cue)))
            continue;
        previous = last;
        previousEnd = lastEnd;
        last = cue;
        lastStart = cueStart;
        lastEnd = cueEnd;
    }
    static const QStringList future{QStringLiteral("will"), QStringLiteral("'ll"), QStringLiteral("’ll"),
        QStringLiteral("shall"), QStringLiteral("due"), QStringLiteral("set to"), QStringLiteral("expected"),
        QStringLiteral("expects"), QStringLiteral("plan"), QStringLiteral("plans"), QStringLiteral("planned"),
        QStringLiteral("scheduled"), QStringLiteral("upcoming"), QStringLiteral("going to"), QStringLiteral("is to"),
        QStringLiteral("are to"), QStringLiteral("meets"), QStringLiteral("meet"), QStringLiteral("visits"),
        QStringLiteral("travels"), QStringLiteral("heads"), QStringLiteral("holds"), QStringLiteral("hosts"),
        QStringLiteral("begins"), QStringLiteral("starts"), QStringLiteral("resumes"), QStringLiteral("opens"),
        QStringLiteral("convenes"), QStringLiteral("arrives")};
    // "will be held", "is expected to be signed": a participle after a future cue and "be" is still the future.
    static const QRegularExpression be(QStringLiteral("\\bbe\\b"));
    if (!future.contains(last) && future.contains(previous)
        && be.match(QStringView(window).mid(previousEnd, lastStart - previousEnd)).hasMatch())
        return true;
    return future.contains(last);
}

FuzzyDate DateFinder::resolveWeekday(int weekday, const QString& modifier, bool future) const
{
    if (m_published.isNull())
        return {};
    const QDate published = m_published.firstDay();
    const int today = published.dayOfWeek();
    int back = (today - weekday + 7) % 7; // days back to the most recent such day, 0 if today
    int ahead = (weekday - today + 7) % 7;
    if (modifier == QStringLiteral("last"))
        return day(published.addDays(-(back == 0 ? 7 : back)));
    if (modifier == QStringLiteral("next"))
        return day(published.addDays(ahead == 0 ? 7 : ahead));
    if (future || (modifier == QStringLiteral("this") && ahead <= 3))
        return day(published.addDays(ahead));
    return day(published.addDays(-back));
}

QList<DateMention> DateFinder::find(QStringView text, qsizetype offset) const
{
    QList<DateMention> found;
    const QDate published = m_published.isNull() ? QDate() : m_published.firstDay();
    const auto taken = [&found](qsizetype start, qsizetype end) {
        for (const DateMention& m : std::as_const(found)) {
            if (start < m.end && end > m.start)
                return true;
        }
        return false;
    };
    const QString subject = text.toString();
    for (const Pattern& pattern : patterns()) {
        for (auto it = pattern.re.globalMatch(subject); it.hasNext();) {
            const auto match = it.next();
            qsizetype start = match.capturedStart(0);
            const qsizetype end = match.capturedEnd(0);
            if (taken(start + offset, end + offset))
                continue;
            DateMention mention;
            FuzzyDate value;
            switch (pattern.kind) {
            case Pattern::Iso:
                value = day(QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()));
                break;
            case Pattern::MonthDay:
            case Pattern::DayMonth: {
                const bool monthFirst = pattern.kind == Pattern::MonthDay;
                const int month = monthNumber(match.captured(monthFirst ? 1 : 2));
                const int dayOfMonth = match.captured(monthFirst ? 2 : 1).toInt();
                int year = match.captured(3).toInt();
                if (year == 0 && published.isValid()) {
                    // Without a year: in a past-tense clause the latest such date not far after publication, in a
                    // future one the next such date not far before it.
                    year = published.year();
                    const bool future = futureBefore(text, start);
                    const QDate candidate(year, month, dayOfMonth);
                    if (candidate.isValid() && !future && published.daysTo(candidate) > 7)
                        year -= 1;
                    else if (candidate.isValid() && future && candidate.daysTo(published) > 7)
                        year += 1;
                    mention.relative = true;
                }
                if (year > 0)
                    value = day(QDate(year, month, dayOfMonth));
                break;
            }
            case Pattern::MonthYear:
                value = FuzzyDate::fromYearMonth(match.captured(2).toInt(), monthNumber(match.captured(1)));
                break;
            case Pattern::Weekday: {
                mention.relative = true;
                const QString modifier = match.captured(1).toLower();
                if (modifier != QStringLiteral("last") && modifier != QStringLiteral("next")
                    && modifier != QStringLiteral("this") && modifier != QStringLiteral("on"))
                    start = match.capturedStart(2);
                value = resolveWeekday(weekdayNumber(match.captured(2)), modifier, futureBefore(text, start));
                break;
            }
            case Pattern::Relative: {
                mention.relative = true;
                const QString phrase = match.captured(1).toLower();
                if (!published.isValid())
                    break;
                if (phrase == QStringLiteral("today") || phrase == QStringLiteral("tonight"))
                    value = day(published);
                else if (phrase == QStringLiteral("yesterday"))
                    value = day(published.addDays(-1));
                else if (phrase == QStringLiteral("tomorrow"))
                    value = day(published.addDays(1));
                else if (phrase.endsWith(QStringLiteral("this month")) || phrase == QStringLiteral("this month"))
                    value = FuzzyDate::fromYearMonth(published.year(), published.month());
                else if (phrase == QStringLiteral("last month"))
                    value = FuzzyDate::fromYearMonth(published.addMonths(-1).year(), published.addMonths(-1).month());
                else if (phrase == QStringLiteral("next month"))
                    value = FuzzyDate::fromYearMonth(published.addMonths(1).year(), published.addMonths(1).month());
                else if (phrase.endsWith(QStringLiteral("this year")))
                    value = FuzzyDate::fromYear(published.year());
                else if (phrase == QStringLiteral("last year"))
                    value = FuzzyDate::fromYear(published.year() - 1);
                else if (phrase == QStringLiteral("next year"))
                    value = FuzzyDate::fromYear(published.year() + 1);
                // "last week", "this week", "next week": no day to name.
                break;
            }
            case Pattern::MonthAlone: {
                mention.relative = true;
                if (!published.isValid())
                    break;
                const QString modifier = match.captured(1).toLower();
                const int month = monthNumber(match.captured(2));
                // "last October" is the latest October before this month; "next October" the first after it; a
                // month in a past-tense clause the latest one not after this month, in a future one the next one.
                int year = published.year();
                if (modifier == QStringLiteral("last"))
                    year -= month >= published.month() ? 1 : 0;
                else if (modifier == QStringLiteral("next"))
                    year += month <= published.month() ? 1 : 0;
                else if (modifier != QStringLiteral("this")) {
                    const bool future = futureBefore(text, start);
                    if (!future && month > published.month())
                        year -= 1;
                    else if (future && month < published.month())
                        year += 1;
                }
                value = FuzzyDate::fromYearMonth(year, month);
                if (modifier != QStringLiteral("last") && modifier != QStringLiteral("next") && modifier != QStringLiteral("this"))
                    start = match.capturedStart(2); // "in" is not part of the date
                break;
            }
            case Pattern::DaysAgo: {
                mention.relative = true;
                static const QStringList numbers{QStringLiteral("a"), QStringLiteral("one"), QStringLiteral("two"),
                    QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
                    QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten")};
                const QString count = match.captured(1).toLower();
                const int days = count[0].isDigit() ? count.toInt() : std::max<int>(1, int(numbers.indexOf(count)));
                if (published.isValid())
                    value = day(published.addDays(-days));
                break;
            }
            }
            mention.start = start + offset;
            mention.end = end + offset;
            mention.text = subject.mid(start, end - start);
            mention.value = value;
            found.append(mention);
        }
    }
    std::sort(found.begin(), found.end(), [](const DateMention& a, const DateMention& b) { return a.start < b.start; });
    return found;
}

} // namespace attache::extract

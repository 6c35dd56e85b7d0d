// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "model/fuzzydate.h"

namespace attache::extract {

/// A date expression found in a text, resolved against the publication date where it is relative.
struct DateMention
{
    qsizetype start = 0; // UTF-16 offsets into the text searched
    qsizetype end = 0;
    QString text;
    FuzzyDate value; // null when it cannot be resolved ("last week", or no publication date)
    bool relative = false;
};

/// Finds and resolves dates by the news convention (as HeidelTime does): a weekday in a past-tense clause is the most
/// recent such day on or before publication, in a present- or future-tense clause the next one on or after it;
/// "last Friday" is before publication, "next Friday" after; "last week" has no day and stays unresolved.
class DateFinder final
{
public:
    explicit DateFinder(const FuzzyDate& published = {});
    void setPublished(const FuzzyDate& published) { m_published = published; }

    /// The dates in `text`, in order. `offset` is added to the spans.
    QList<DateMention> find(QStringView text, qsizetype offset = 0) const;
    /// Whether the clause just before `position` in `text` speaks of the future (will, is due to, meets...).
    static bool futureBefore(QStringView text, qsizetype position);

private:
    FuzzyDate resolveWeekday(int weekday, const QString& modifier, bool future) const;
    FuzzyDate m_published;
};

} // namespace attache::extract

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "timescale.h"

namespace attache {

/// One mark on the time axis.
struct Tick
{
    qint64 ms;
    double x;
    QString label; // empty for minor ticks and for labels dropped because they would overlap
    bool major;
};

/// Calendar steps the axis can use, from minutes to millennia.
enum class TickUnit : quint8 { Minute, Hour, Day, Week, Month, Year };

struct TickStep
{
    TickUnit unit;
    int count; // e.g. 15 minutes, 3 months, 50 years
    qint64 approxMs() const;
    friend bool operator==(const TickStep&, const TickStep&) = default;
};

/// Chooses calendar-aligned ticks (UTC) for the visible range: major ticks far enough apart for their labels,
/// minor ticks between them where they are at least a few pixels apart. Labels never overlap.
class TickGenerator final
{
public:
    /// Measures a label in pixels (a QFontMetrics in the view, a fixed width per character in tests).
    using Measure = std::function<int(const QString&)>;

    explicit TickGenerator(Measure measure, int labelGap = 12);

    QList<Tick> ticks(const TimeScale& scale, int width) const;
    /// The step major ticks use at this scale.
    TickStep majorStep(const TimeScale& scale) const;

    static const QList<TickStep>& steps();
    /// The label of a major tick at `ms` for a step.
    static QString label(qint64 ms, TickStep step);
    /// The first step boundary at or after `ms`.
    static qint64 alignUp(qint64 ms, TickStep step);
    /// The boundary one step after `ms` (which must be on a boundary).
    static qint64 next(qint64 ms, TickStep step);

private:
    Measure m_measure;
    int m_gap;
};

} // namespace attache

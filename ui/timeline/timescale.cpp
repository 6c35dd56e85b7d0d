// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <algorithm>
#include <cmath>

#include "model/fuzzydate.h"

namespace attache {

TimeScale::TimeScale(qint64 startMs, double msPerPixel)
    : m_start(startMs)
    , m_msPerPixel(std::clamp(msPerPixel, minMsPerPixel, maxMsPerPixel))
{
    clampStart();
}

void TimeScale::zoomAt(double anchorX, double factor)
{
    if (!(factor > 0))
        return;
    const qint64 anchor = toTime(anchorX);
    m_msPerPixel = std::clamp(m_msPerPixel / factor, minMsPerPixel, maxMsPerPixel);
    m_start = anchor - qint64(std::llround(anchorX * m_msPerPixel));
    clampStart();
}

void TimeScale::panBy(double dx)
{
    m_start -= qint64(std::llround(dx * m_msPerPixel));
    clampStart();
}

void TimeScale::fit(qint64 from, qint64 to, int width, double margin)
{
    if (width <= 0)
        return;
    if (to < from)
        std::swap(from, to);
    // A single instant gets a week around it; a range is shown as it is (the zoom limit permitting).
    const double span = to == from ? 7 * 86400000.0 : double(to - from);
    const double mid = (double(from) + double(to)) / 2;
    m_msPerPixel = std::clamp(span * (1 + 2 * margin) / width, minMsPerPixel, maxMsPerPixel);
    m_start = qint64(mid - m_msPerPixel * width / 2);
    clampStart();
}

void TimeScale::centerOn(qint64 ms, double x)
{
    m_start = ms - qint64(std::llround(x * m_msPerPixel));
    clampStart();
}

void TimeScale::clampStart()
{
    m_start = std::clamp(m_start, FuzzyDate::minimumMs(), FuzzyDate::maximumMs());
}

} // namespace attache

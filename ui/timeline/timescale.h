// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace attache {

/// Maps time (UTC ms) to a horizontal pixel position and back: x = (t - start) / msPerPixel. Zooming keeps the time
/// under an anchor fixed; the scale stays between a minute across 120 px and ten thousand years across the view.
class TimeScale final
{
public:
    static constexpr double minMsPerPixel = 500.0; // 1 minute = 120 px
    static constexpr double maxMsPerPixel = 3.0e11; // ~9.5 years per pixel: a millennium fits in a hundred pixels

    TimeScale() = default;
    TimeScale(qint64 startMs, double msPerPixel);

    qint64 start() const { return m_start; }
    double msPerPixel() const { return m_msPerPixel; }
    /// The time at the right edge of an area `width` pixels wide.
    qint64 end(int width) const { return toTime(width); }

    double toX(qint64 ms) const { return double(ms - m_start) / m_msPerPixel; }
    qint64 toTime(double x) const { return m_start + qint64(x * m_msPerPixel); }

    /// Zooms by `factor` (> 1 zooms in) keeping the time at `anchorX` where it is.
    void zoomAt(double anchorX, double factor);
    /// Moves the view by `dx` pixels: positive dx moves the content right (earlier times come into view).
    void panBy(double dx);
    /// Shows [from, to] across `width` pixels with a small margin each side; a single instant gets a week around it.
    void fit(qint64 from, qint64 to, int width, double margin = 0.04);
    /// Puts `ms` at `x` without changing the zoom.
    void centerOn(qint64 ms, double x);

    friend bool operator==(const TimeScale&, const TimeScale&) = default;

private:
    void clampStart();

    qint64 m_start = 0;
    double m_msPerPixel = 86400000.0; // a day per pixel
};

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSet>

#include "briefing/brief.h"
#include "briefing/paintedfigure.h"
#include "timeline/lanelayout.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timescale.h"

class QPainter;

namespace attache {

/// The small timeline figure of a briefing sheet: the brief's events in the lanes of its principal actors, drawn by
/// the timeline's own renderer at any scale onto any painter (vectors on a printer or PDF), with a legend of the
/// kinds it shows.
class BriefFigure final : public PaintedFigure
{
public:
    explicit BriefFigure(const briefing::Brief& brief);

    /// The figure is designed at this width in pixels; painting scales it to the target.
    static constexpr int logicalWidth = 720;
    static constexpr int laneHeight = 18;
    static constexpr int legendHeight = 20;

    bool isEmpty() const override { return m_index.isEmpty(); }
    /// The height at logicalWidth.
    int logicalHeight() const;
    /// The size it takes at `width`, keeping its proportions.
    QSizeF sizeAt(qreal width) const override { return {width, width * logicalHeight() / logicalWidth}; }

    void paint(QPainter& painter, const QRectF& target) const override;
    QSizeF logicalSize() const override { return QSizeF(logicalWidth, logicalHeight()); }

private:
    void paintLegend(QPainter& painter, const QRect& rect) const;

    TimelineIndex m_index;
    LaneLayout m_layout;
    TimeScale m_scale;
    TimelineRenderer m_renderer;
    QHash<qint64, QString> m_titles;
    QSet<qint64> m_selection;
    QList<EventKind> m_kinds; // shown, in legend order
    bool m_planned = false;
    bool m_statements = false;
};

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QFontMetrics>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>
#include <QStaticText>

#include "eventtablemodel.h"

namespace attache {
namespace {

constexpr int markerRadius = 5;
constexpr int rowHeight = 16;
constexpr qint64 dayMs = 86400000;

const QColor laneBackground(255, 255, 255);
const QColor laneAlternate(246, 247, 250);
const QColor gridLine(226, 229, 236);
const QColor textColor(40, 44, 52);
const QColor mutedText(120, 126, 138);
const QColor selectionColor(20, 20, 20);
const QColor todayColor(214, 48, 49);
const QColor densityColor(52, 101, 164);

bool isShown(const TimelineScene& scene, std::size_t i)
{
    return !scene.visible || (*scene.visible)[i] != 0;
}

} // namespace

QColor TimelineRenderer::kindColor(EventKind kind)
{
    // Distinct hues for the kinds, darker for the weightier ones (summits, agreements, sanctions).
    static const std::array<QColor, eventKindCount> colors{
        QColor(196, 30, 58), // summit
        QColor(31, 119, 180), // meeting
        QColor(44, 160, 44), // talks
        QColor(23, 190, 207), // call
        QColor(148, 103, 189), // visit
        QColor(140, 86, 75), // press conference
        QColor(227, 119, 194), // interview
        QColor(188, 189, 34), // post
        QColor(127, 127, 127), // statement
        QColor(0, 100, 0), // agreement
        QColor(255, 127, 14), // sanction
        QColor(106, 61, 154), // exchange
        QColor(90, 90, 90), // other
    };
    return colors[std::size_t(kind)];
}

TimelineRenderer::TimelineRenderer(const QFont& font)
    : m_font(font)
    , m_smallFont(font)
    , m_ticks([metrics = QFontMetrics(font)](const QString& text) { return metrics.horizontalAdvance(text); })
{
    // A font sized in pixels (a figure painted at any scale, as on a briefing sheet) keeps its small variant in
    // pixels too: a size in points would be taken at the paint device's resolution.
    if (font.pixelSize() > 0)
        m_smallFont.setPixelSize(std::max(8, int(std::lround(font.pixelSize() * 0.85))));
    else
        m_smallFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
}

TimelineRenderer::Areas TimelineRenderer::areas(const QRect& b) const
{
    Areas a;
    const int bottom = b.bottom() + 1;
    a.legend = QRect(b.left(), bottom - legendHeight, b.width(), legendHeight);
    a.overview = QRect(b.left() + headerWidth, a.legend.top() - overviewHeight, b.width() - headerWidth, overviewHeight);
    a.axis = QRect(b.left() + headerWidth, b.top(), b.width() - headerWidth, axisHeight);
    a.lanes = QRect(b.left() + headerWidth, a.axis.bottom() + 1, b.width() - headerWidth,
        std::max(0, a.overview.top() - a.axis.bottom() - 1));
    a.headers = QRect(b.left(), a.lanes.top(), headerWidth, a.lanes.height());
    return a;
}

std::pair<qint64, qint64> TimelineRenderer::overviewRange(const TimelineIndex& index)
{
    if (index.isEmpty())
        return {0, 365 * dayMs};
    const qint64 span = std::max<qint64>(index.spanEnd() - index.spanStart(), 30 * dayMs);
    return {index.spanStart() - span / 30, index.spanEnd() + span / 30};
}

TimelineRenderer::Candidates TimelineRenderer::candidates(const TimelineIndex::LaneData& lane, qint64 t0, qint64 t1)
{
    const auto range = [t0, t1](const std::vector<qint64>& starts, qint64 reach) {
        // Events that began before the view may reach into it: start the search that much earlier.
        const qint64 from = t0 > std::numeric_limits<qint64>::min() + reach ? t0 - reach : t0;
        const auto lo = std::size_t(std::lower_bound(starts.begin(), starts.end(), from) - starts.begin());
        const auto hi = std::size_t(std::upper_bound(starts.begin(), starts.end(), t1) - starts.begin());
        return std::pair{lo, std::max(lo, hi)};
    };
    const auto [lo, hi] = range(lane.starts, TimelineIndex::shortLimit);
    const auto [longLo, longHi] = range(lane.longStarts, lane.longest);
    return {lo, hi, longLo, longHi};
}

template<typename Visit>
void TimelineRenderer::forEachCandidate(const TimelineIndex::LaneData& lane, const Candidates& c, Visit visit)
{
    std::size_t k = c.lo;
    std::size_t m = c.longLo;
    while (k < c.hi || m < c.longHi) {
        if (m >= c.longHi || (k < c.hi && lane.starts[k] <= lane.longStarts[m]))
            visit(lane.events[k++]);
        else
            visit(lane.longEvents[m++]);
    }
}

bool TimelineRenderer::useDensity(const TimelineIndex& index, const TimelineIndex::LaneData& lane, const Candidates& c,
    qint64 t0, const TimelineScene& scene, int width, bool collapsed)
{
    if (collapsed)
        return true;
    // Count what is really in view and shown, and stop as soon as there is too much for markers.
    const std::size_t limit = std::size_t(std::max(1, width / pixelsPerMarker));
    std::size_t count = 0;
    for (std::size_t k = c.lo; k < c.hi && count <= limit; ++k) {
        if (lane.starts[k] >= t0 && !scene.visible) {
            count += c.hi - k; // the rest all start inside the view
            break;
        }
        const quint32 i = lane.events[k];
        if (index.end(i) >= t0 && isShown(scene, i))
            ++count;
    }
    for (std::size_t m = c.longLo; m < c.longHi && count <= limit; ++m) {
        const quint32 i = lane.longEvents[m];
        if (index.end(i) >= t0 && isShown(scene, i))
            ++count;
    }
    return count > limit;
}

void TimelineRenderer::paintMarker(QPainter& p, const QPointF& c, EventKind kind, quint8 flags, bool hovered)
{
    const QColor color = kindColor(kind);
    QPen pen(color.darker(130), 1.5);
    if (flags & (TimelineIndex::Uncertain | TimelineIndex::Approximate))
        pen.setStyle(Qt::DotLine);
    p.setPen(pen);
    p.setBrush((flags & TimelineIndex::Planned) ? QBrush(Qt::white) : QBrush(color));
    const double r = hovered ? markerRadius + 1.5 : markerRadius;
    if (kind == EventKind::Summit || kind == EventKind::Agreement) {
        const QPolygonF diamond{{c.x(), c.y() - r - 1}, {c.x() + r + 1, c.y()}, {c.x(), c.y() + r + 1}, {c.x() - r - 1, c.y()}};
        p.drawPolygon(diamond);
    } else {
        p.drawEllipse(c, r, r);
    }
    if (flags & TimelineIndex::Cancelled) {
        p.setPen(QPen(QColor(60, 60, 60), 1.5));
        p.drawLine(QPointF(c.x() - r - 2, c.y() + r + 1), QPointF(c.x() + r + 2, c.y() - r - 1));
    }
}

const QStaticText& TimelineRenderer::cachedText(const QString& text, bool small) const
{
    // Laying text out is most of the cost of a label; QStaticText keeps the layout of texts seen before.
    QHash<QString, QStaticText>& cache = small ? m_smallTexts : m_texts;
    if (cache.size() > 20000)
        cache.clear();
    auto it = cache.find(text);
    if (it == cache.end()) {
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.prepare(QTransform(), small ? m_smallFont : m_font);
        it = cache.insert(text, prepared);
    }
    return *it;
}

void TimelineRenderer::drawCachedText(QPainter& p, const QRectF& rect, const QString& text, bool centred, bool small) const
{
    const QStaticText& prepared = cachedText(text, small);
    const QSizeF size = prepared.size();
    const double x = centred ? rect.center().x() - size.width() / 2 : rect.left();
    p.drawStaticText(QPointF(x, rect.center().y() - size.height() / 2), prepared);
}

QString TimelineRenderer::elidedTitle(const TimelineScene& scene, qint64 eventId, int room) const
{
    // Titles are cut to the room they have, in steps of 16 pixels so that panning reuses the cut.
    const int bucket = std::max(1, room / 16);
    const qint64 key = (eventId << 6) | std::min(bucket, 63);
    if (m_elided.size() > 50000)
        m_elided.clear();
    auto it = m_elided.constFind(key);
    if (it == m_elided.cend())
        it = m_elided.insert(key, QFontMetrics(m_font).elidedText(scene.title(eventId), Qt::ElideRight, bucket * 16));
    return *it;
}

const QImage& TimelineRenderer::markerSprite(EventKind kind, quint8 flags, bool hovered) const
{
    constexpr quint8 drawn = TimelineIndex::Planned | TimelineIndex::Cancelled | TimelineIndex::Uncertain
        | TimelineIndex::Approximate;
    const int key = (int(kind) << 9) | (int(flags & drawn) << 1) | (hovered ? 1 : 0);
    auto it = m_sprites.constFind(key);
    if (it == m_sprites.cend()) {
        QImage sprite(spriteSize, spriteSize, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        paintMarker(painter, QPointF(spriteSize / 2.0, spriteSize / 2.0), kind, flags, hovered);
        painter.end();
        it = m_sprites.insert(key, sprite);
    }
    return *it;
}

void TimelineRenderer::paint(QPainter& p, const QRect& bounds, const TimelineScene& scene) const
{
    const Areas a = areas(bounds);
    p.save();
    p.setFont(m_font);
    p.fillRect(bounds, laneBackground);
    if (scene.index && scene.layout) {
        paintLanes(p, a, scene);
        paintHeaders(p, a, scene);
        paintOverview(p, a, scene);
    }
    paintAxis(p, a, scene);
    paintLegend(p, a);
    if (!scene.rubberBand.isNull()) {
        p.setPen(QPen(QColor(52, 101, 164), 1, Qt::DashLine));
        p.setBrush(QColor(52, 101, 164, 40));
        p.drawRect(scene.rubberBand.normalized());
    }
    p.restore();
}

void TimelineRenderer::paintAxis(QPainter& p, const Areas& a, const TimelineScene& scene) const
{
    p.fillRect(a.axis, QColor(250, 250, 252));
    p.fillRect(QRect(a.headers.left(), a.axis.top(), a.headers.width(), a.axis.height()), QColor(250, 250, 252));
    p.setPen(gridLine);
    p.drawLine(a.axis.bottomLeft(), a.axis.bottomRight());
    const QList<Tick> ticks = m_ticks.ticks(scene.scale, a.axis.width());
    const QFontMetrics metrics(m_font);
    p.save();
    p.setClipRect(a.axis.united(a.lanes));
    for (const Tick& tick : ticks) {
        const int x = a.axis.left() + int(std::lround(tick.x));
        if (tick.major) {
            p.setPen(QColor(170, 175, 186));
            p.drawLine(x, a.axis.bottom() - 12, x, a.axis.bottom());
            p.setPen(gridLine);
            p.drawLine(x, a.lanes.top(), x, a.lanes.bottom());
            if (!tick.label.isEmpty()) {
                p.setPen(textColor);
                p.drawText(x + 3, a.axis.bottom() - 14, tick.label);
            }
        } else {
            p.setPen(QColor(200, 204, 212));
            p.drawLine(x, a.axis.bottom() - 5, x, a.axis.bottom());
        }
    }
    // Today.
    const double todayX = scene.scale.toX(scene.now);
    if (scene.now != 0 && todayX >= 0 && todayX <= a.axis.width()) {
        const int x = a.axis.left() + int(std::lround(todayX));
        p.setPen(QPen(todayColor, 1.5));
        p.drawLine(x, a.axis.top() + 2, x, a.lanes.bottom());
        p.setFont(m_smallFont);
        p.drawText(x + 3, a.axis.top() + QFontMetrics(m_smallFont).ascent() + 2, QObject::tr("Today"));
        p.setFont(m_font);
    }
    p.restore();
    // The range shown, top left.
    p.setPen(mutedText);
    p.setFont(m_smallFont);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(scene.scale.start(), Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(scene.scale.end(a.axis.width()), Qt::UTC);
    p.drawText(QRect(a.headers.left() + 6, a.axis.top(), a.headers.width() - 8, a.axis.height() - 4),
        Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1 –\n%2").arg(from.date().toString(QStringLiteral("d MMM yyyy")),
            to.date().toString(QStringLiteral("d MMM yyyy"))));
    p.setFont(m_font);
}

void TimelineRenderer::paintHeaders(QPainter& p, const Areas& a, const TimelineScene& scene) const
{
    p.save();
    p.setClipRect(a.headers);
    p.fillRect(a.headers, QColor(250, 250, 252));
    const QFontMetrics metrics(m_font);
    const QList<int> lanes = scene.layout->visibleLanes(scene.scrollY, scene.scrollY + a.lanes.height());
    const auto& data = scene.index->lanes();
    for (const int lane : lanes) {
        const int y = a.headers.top() + scene.layout->top(lane) - scene.scrollY;
        const int h = scene.layout->height(lane);
        const Lane& info = scene.layout->lanes()[lane];
        const QRect r(a.headers.left(), y, a.headers.width(), h);
        p.setPen(gridLine);
        p.drawLine(r.bottomLeft(), r.bottomRight());
        p.setPen(mutedText);
        const QString arrow = info.collapsed ? QStringLiteral("▸") : QStringLiteral("▾");
        if (scene.printing) {
            // On paper the lane's name is all: no toggle to click, no count to compare.
            p.setPen(textColor);
            p.drawText(QRect(r.left() + 8, r.top(), r.width() - 14, h), Qt::AlignVCenter,
                metrics.elidedText(info.label, Qt::ElideRight, r.width() - 14));
        } else if (h >= metrics.height()) {
            p.drawText(QRect(r.left() + 4, r.top(), 12, std::min(h, rowHeight + 4)), Qt::AlignVCenter, arrow);
            const QString count = QString::number(data[std::size_t(lane)].count());
            const int countWidth = metrics.horizontalAdvance(count);
            p.drawText(QRect(r.right() - countWidth - 6, r.top(), countWidth + 2, std::min(h, rowHeight + 4)),
                Qt::AlignVCenter, count);
            p.setPen(textColor);
            p.drawText(QRect(r.left() + 18, r.top(), r.width() - countWidth - 28, std::min(h, rowHeight + 4)),
                Qt::AlignVCenter, metrics.elidedText(info.label, Qt::ElideRight, r.width() - countWidth - 28));
        } else {
            QFont tiny = m_smallFont;
            tiny.setPixelSize(std::max(6, h - 2));
            p.setFont(tiny);
            p.drawText(r.adjusted(18, 0, -4, 0), Qt::AlignVCenter, QFontMetrics(tiny).elidedText(info.label, Qt::ElideRight, r.width() - 24));
            p.setFont(m_font);
        }
    }
    p.setPen(gridLine);
    p.drawLine(a.headers.topRight(), a.headers.bottomRight());
    p.restore();
}

void TimelineRenderer::paintLanes(QPainter& p, const Areas& a, const TimelineScene& scene) const
{
    p.save();
    p.setClipRect(a.lanes);
    const QList<int> lanes = scene.layout->visibleLanes(scene.scrollY, scene.scrollY + a.lanes.height());
    for (const int lane : lanes) {
        const QRect r(a.lanes.left(), a.lanes.top() + scene.layout->top(lane) - scene.scrollY, a.lanes.width(),
            scene.layout->height(lane));
        p.fillRect(r, scene.layout->positionOf(lane) % 2 ? laneAlternate : laneBackground);
        p.setPen(gridLine);
        p.drawLine(r.bottomLeft(), r.bottomRight());
    }
    // Grid lines and today are drawn with the axis, over the lane backgrounds; events go on top of both.
    p.restore();
    p.save();
    p.setClipRect(a.lanes);
    for (const int lane : lanes) {
        const QRect r(a.lanes.left(), a.lanes.top() + scene.layout->top(lane) - scene.scrollY, a.lanes.width(),
            scene.layout->height(lane));
        paintLane(p, r, lane, scene);
    }
    p.restore();
}

void TimelineRenderer::paintDensity(QPainter& p, const QRect& rect, const TimelineIndex::LaneData& lane,
    const Candidates& c, const TimelineScene& scene) const
{
    // Counts of the events that start in each pixel column.
    const int width = rect.width();
    std::vector<quint32> counts(std::size_t(width), 0);
    const TimeScale& scale = scene.scale;
    const auto countLinear = [&](const std::vector<quint32>& events, const std::vector<qint64>& starts, std::size_t lo,
                                 std::size_t hi) {
        for (std::size_t k = lo; k < hi; ++k) {
            if (!isShown(scene, events[k]))
                continue;
            const double x = scale.toX(starts[k]);
            if (x >= 0 && x < width)
                ++counts[std::size_t(x)];
        }
    };
    if (!scene.visible) {
        // By binary search: the cost follows the width, not the number of events.
        const auto last = lane.starts.begin() + qsizetype(c.hi);
        auto from = std::lower_bound(lane.starts.begin() + qsizetype(c.lo), last, scale.toTime(0));
        for (int x = 0; x < width; ++x) {
            const auto to = std::lower_bound(from, last, scale.toTime(x + 1));
            counts[std::size_t(x)] = quint32(to - from);
            from = to;
        }
    } else {
        countLinear(lane.events, lane.starts, c.lo, c.hi);
    }
    countLinear(lane.longEvents, lane.longStarts, c.longLo, c.longHi);
    const quint32 peak = *std::max_element(counts.begin(), counts.end());
    if (peak == 0)
        return;
    // One row of pixels, stretched to the lane's height: far cheaper than a rectangle per column. Shade grows with
    // the logarithm of the count; counts repeat, so each shade is computed once.
    if (m_densityRow.width() != width)
        m_densityRow = QImage(width, 1, QImage::Format_ARGB32_Premultiplied);
    auto* pixels = reinterpret_cast<QRgb*>(m_densityRow.scanLine(0));
    const double scaleLog = 1.0 / std::log1p(double(peak));
    const auto shade = [&](quint32 n) {
        const int alpha = 70 + int(185 * std::log1p(double(n)) * scaleLog);
        return qPremultiply(qRgba(densityColor.red(), densityColor.green(), densityColor.blue(), alpha));
    };
    std::vector<QRgb> shades(std::min<std::size_t>(peak, 4096) + 1, 0);
    for (std::size_t n = 1; n < shades.size(); ++n)
        shades[n] = shade(quint32(n));
    for (int x = 0; x < width; ++x) {
        const quint32 n = counts[std::size_t(x)];
        pixels[x] = n < shades.size() ? shades[n] : shade(n);
    }
    const int inset = rect.height() > 14 ? 4 : 2;
    p.drawImage(QRect(rect.left(), rect.top() + inset, width, rect.height() - 2 * inset), m_densityRow);

    // Clusters with counts: totals per 100-pixel bucket, shown where the lane is tall enough to read them.
    if (rect.height() < 20)
        return;
    p.setFont(m_smallFont);
    constexpr int bucket = 100;
    for (int x0 = 0; x0 < width; x0 += bucket) {
        quint64 total = 0;
        for (int x = x0; x < std::min(width, x0 + bucket); ++x)
            total += counts[std::size_t(x)];
        if (total < 2)
            continue;
        const QString text = total >= 10000 ? QStringLiteral("%1k").arg(total / 1000) : QString::number(total);
        const QSizeF size = cachedText(text, true).size();
        const QRectF badge(rect.left() + x0 + (bucket - size.width() - 8) / 2, rect.top() + (rect.height() - size.height()) / 2,
            size.width() + 8, size.height());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 200));
        p.drawRect(badge);
        p.setPen(textColor);
        drawCachedText(p, badge, text, true, true);
    }
    p.setFont(m_font);
}

void TimelineRenderer::paintLane(QPainter& p, const QRect& rect, int laneNumber, const TimelineScene& scene) const
{
    const TimelineIndex& index = *scene.index;
    const TimelineIndex::LaneData& lane = index.lanes()[std::size_t(laneNumber)];
    const TimeScale& scale = scene.scale;
    const int width = rect.width();
    const qint64 t0 = scale.toTime(-markerRadius);
    const qint64 t1 = scale.toTime(width + markerRadius);
    const Candidates near = candidates(lane, t0, t1);
    const bool collapsed = scene.layout->lanes()[laneNumber].collapsed;

    // Statement ticks along the top of the speaker's lane.
    if (!lane.statementTimes.empty() && !collapsed) {
        const auto& st = lane.statementTimes;
        const auto from = std::lower_bound(st.begin(), st.end(), t0);
        const auto to = std::upper_bound(st.begin(), st.end(), t1);
        p.setPen(QPen(QColor(90, 96, 110), 1));
        int lastX = std::numeric_limits<int>::min();
        for (auto it = from; it != to; ++it) {
            // Statements are dated to the day: the tick sits in the middle of it.
            const int x = rect.left() + int(scale.toX(*it + dayMs / 2));
            if (x == lastX)
                continue;
            p.drawLine(x, rect.top() + 1, x, rect.top() + 5);
            lastX = x;
        }
    }

    if (useDensity(index, lane, near, t0, scene, width, collapsed)) {
        paintDensity(p, rect, lane, near, scene);
        return;
    }

    // Markers are stamped from cached images on screen (shapes with curves are slow to fill one by one) and drawn
    // as vectors on printers and PDF.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const auto drawMarker = [&](std::size_t i, double x, int cy) {
        const quint8 flags = index.flags(i);
        const bool hovered = scene.hovered == index.id(i);
        const QPointF c(rect.left() + x, cy);
        if (raster) {
            const QImage& sprite = markerSprite(index.kind(i), flags, hovered);
            p.drawImage(QPoint(int(std::lround(c.x())) - spriteSize / 2, cy - spriteSize / 2), sprite);
        } else {
            paintMarker(p, c, index.kind(i), flags, hovered);
        }
        if (scene.selection && scene.selection->contains(index.id(i))) {
            const double r = markerRadius + (hovered ? 1.5 : 0);
            p.setPen(QPen(selectionColor, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r + 3, r + 3);
        }
    };

    const auto drawBar = [&](std::size_t i, double x0, double x1, int cy) {
        const quint8 flags = index.flags(i);
        const QColor color = kindColor(index.kind(i));
        const QRectF bar(rect.left() + x0, cy - 4, std::max(2.0, x1 - x0), 8);
        QBrush brush(color);
        if (flags & (TimelineIndex::Uncertain | TimelineIndex::Approximate)) {
            // Fuzzy bounds fade out at both ends.
            QLinearGradient fade(bar.topLeft(), bar.topRight());
            QColor clear = color;
            clear.setAlpha(40);
            const double edge = std::min(0.3, 12 / std::max(1.0, bar.width()));
            fade.setColorAt(0, clear);
            fade.setColorAt(edge, color);
            fade.setColorAt(1 - edge, color);
            fade.setColorAt(1, clear);
            brush = QBrush(fade);
        }
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush((flags & TimelineIndex::Planned) ? QBrush(Qt::white) : brush);
        p.drawRect(bar);
        if (flags & TimelineIndex::Cancelled) {
            p.setPen(QPen(QColor(60, 60, 60), 1.5));
            p.drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));
        }
        if (scene.selection && scene.selection->contains(index.id(i))) {
            p.setPen(QPen(selectionColor, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(bar.adjusted(-2, -2, 2, 2));
        }
    };

    const LaneArrangement arrangement = arrange(rect, laneNumber, scene);
    for (const LaneArrangement::Shape& shape : arrangement.shapes) {
        const int cy = int(shape.rect.center().y());
        if (shape.overflow) {
            p.fillRect(shape.rect, shape.count > 1 ? densityColor : kindColor(index.kind(shape.event)));
            continue;
        }
        switch (shape.type) {
        case LaneArrangement::Shape::Type::Point:
            drawMarker(shape.event, shape.rect.center().x() - rect.left(), cy);
            break;
        case LaneArrangement::Shape::Type::Bar:
            drawBar(shape.event, shape.rect.left() - rect.left(), shape.rect.right() - rect.left(), cy);
            break;
        case LaneArrangement::Shape::Type::Band: {
            QColor color = kindColor(index.kind(shape.event));
            color.setAlpha((index.flags(shape.event) & TimelineIndex::Planned) ? 70 : 150);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRect(shape.rect);
            if (scene.selection && scene.selection->contains(index.id(shape.event))) {
                p.setPen(QPen(selectionColor, 1.5));
                p.setBrush(Qt::NoBrush);
                p.drawRect(shape.rect.adjusted(0, -1, 0, 1));
            }
            break;
        }
        case LaneArrangement::Shape::Type::Cluster:
            p.setPen(QPen(densityColor.darker(120), 1));
            p.setBrush(QColor(222, 232, 246));
            p.drawRect(shape.rect);
            p.setPen(textColor);
            drawCachedText(p, shape.rect, QString::number(shape.count), true);
            break;
        }
    }
    for (const LaneArrangement::Label& label : arrangement.labels) {
        if (label.onBar) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 215));
            p.drawRect(label.rect.adjusted(-2, 1, 2, -1));
        }
        p.setPen(textColor);
        drawCachedText(p, label.rect, label.text, false);
    }
}

LaneArrangement TimelineRenderer::arrange(const QRect& rect, int laneNumber, const TimelineScene& scene) const
{
    LaneArrangement result;
    const TimelineIndex& index = *scene.index;
    const TimelineIndex::LaneData& lane = index.lanes()[std::size_t(laneNumber)];
    const TimeScale& scale = scene.scale;
    const int width = rect.width();
    const qint64 t0 = scale.toTime(-markerRadius);
    const qint64 t1 = scale.toTime(width + markerRadius);
    const Candidates near = candidates(lane, t0, t1);
    if (useDensity(index, lane, near, t0, scene, width, scene.layout->lanes()[laneNumber].collapsed)) {
        result.density = true;
        return result;
    }
    // Pass 1: what to draw, left to right: bars, bands, and points gathered into crowds where they are closer than
    // the cluster distance to each other.
    struct Item
    {
        double x0; // left edge of the marker, bar or crowd
        double x1; // right edge
        double cx; // centre of a point or crowd
        quint32 event; // the event (first event of a crowd)
        quint32 last; // last event of a crowd
        int count; // 1, or the size of a crowd
        bool bar;
        std::vector<std::pair<quint32, double>> members; // a crowd's points and their x
    };
    std::vector<Item> items;
    forEachCandidate(lane, near, [&](quint32 i) {
        if (!isShown(scene, i) || index.end(i) < t0)
            return;
        const double x0 = scale.toX(index.start(i));
        const double x1 = scale.toX(index.end(i));
        if (!(index.flags(i) & TimelineIndex::Point) && x1 - x0 >= 2 * markerRadius) {
            if (x1 - x0 > width * bandFraction) {
                // Spans most of the view (an event known only to the month or year): a thin band along the bottom of
                // the lane, so that it does not cover the events inside it.
                const double left = std::max(x0, -4.0);
                result.shapes.push_back({LaneArrangement::Shape::Type::Band,
                    QRectF(rect.left() + left, rect.bottom() - bandHeight - 1, std::min(x1, width + 4.0) - left, bandHeight),
                    i, i, 1});
                return;
            }
            items.push_back(Item{x0, x1, (x0 + x1) / 2, i, i, 1, true, {}});
            return;
        }
        // A point sits in the middle of the day (or minute) it is known to.
        const double x = (x0 + x1) / 2;
        if (!items.empty() && !items.back().bar && std::abs(x - items.back().members.back().second) < clusterDistance) {
            Item& crowd = items.back();
            ++crowd.count;
            crowd.last = i;
            crowd.x0 = std::min(crowd.x0, x - markerRadius);
            crowd.x1 = std::max(crowd.x1, x + markerRadius);
            crowd.cx = (crowd.x0 + crowd.x1) / 2;
            crowd.members.emplace_back(i, x);
            return;
        }
        items.push_back(Item{x - markerRadius, x + markerRadius, x, i, i, 1, false, {{i, x}}});
    });

    // A crowd no bigger than the lane has rows is stacked rather than counted. The foot of the lane is kept for bands.
    const int rows = std::max(1, (rect.height() - 4 - bandHeight - 2) / rowHeight);
    std::vector<Item> placed;
    placed.reserve(items.size());
    const QFontMetrics metrics(m_font);
    for (Item& item : items) {
        if (item.count > 1 && item.count <= rows) {
            for (const auto& [event, x] : item.members)
                placed.push_back(Item{x - markerRadius, x + markerRadius, x, event, event, 1, false, {}});
            continue;
        }
        if (item.count > 1) {
            // The badge is as wide as its count needs.
            const double w = std::max<double>(item.x1 - item.x0, metrics.horizontalAdvance(QString::number(item.count)) + 10);
            item.x0 = item.cx - w / 2;
            item.x1 = item.cx + w / 2;
        }
        placed.push_back(std::move(item));
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Item& a, const Item& b) { return a.x0 < b.x0; });

    // Pass 2: rows. Tall lanes stack crowded items: each goes in the first row free where it starts; one that finds
    // none is drawn in the first row and gets no label.
    std::vector<double> rowEnd(std::size_t(rows), -1e9);
    std::vector<int> rowOf(placed.size(), 0);
    std::vector<bool> overflow(placed.size(), false);
    for (std::size_t n = 0; n < placed.size(); ++n) {
        int row = -1;
        for (int r = 0; r < rows; ++r) {
            if (rowEnd[std::size_t(r)] < placed[n].x0 - 2) {
                row = r;
                break;
            }
        }
        overflow[n] = row < 0;
        rowOf[n] = std::max(row, 0);
        if (!overflow[n])
            rowEnd[std::size_t(row)] = placed[n].x1;
    }
    // The rows in use sit in the middle of the lane.
    int usedRows = 1;
    for (std::size_t n = 0; n < placed.size(); ++n) {
        if (!overflow[n])
            usedRows = std::max(usedRows, rowOf[n] + 1);
    }
    const int firstRowY = rect.top() + std::max(2, (rect.height() - bandHeight - 2 - usedRows * rowHeight) / 2);
    using Type = LaneArrangement::Shape::Type;
    const std::size_t firstShape = result.shapes.size(); // bands come first
    for (std::size_t n = 0; n < placed.size(); ++n) {
        const Item& item = placed[n];
        const int cy = firstRowY + rowOf[n] * rowHeight + rowHeight / 2;
        if (overflow[n]) {
            // No row is free where it starts: a small mark along the lane's foot, with the bands, unlabelled.
            const Type type = item.count > 1 ? Type::Cluster : item.bar ? Type::Bar : Type::Point;
            result.shapes.push_back({type, QRectF(rect.left() + item.x0, rect.bottom() - bandHeight - 1,
                                               std::max(double(bandHeight), item.x1 - item.x0), bandHeight),
                item.event, item.last, item.count, true});
            continue;
        }
        if (item.count > 1)
            result.shapes.push_back({Type::Cluster, QRectF(rect.left() + item.x0, cy - 8, item.x1 - item.x0, 16), item.event, item.last, item.count});
        else if (item.bar)
            result.shapes.push_back({Type::Bar, QRectF(rect.left() + item.x0, cy - 4, std::max(2.0, item.x1 - item.x0), 8), item.event, item.event, 1});
        else
            result.shapes.push_back({Type::Point, QRectF(rect.left() + item.cx - markerRadius, cy - markerRadius, 2 * markerRadius, 2 * markerRadius), item.event, item.event, 1});
    }

    // Pass 3: labels, each in its item's row and ending before anything else in that row: beside a point, over a bar
    // (after any marker sitting on its start).
    std::vector<LaneArrangement::Label> labels;
    std::vector<std::size_t> labelShape;
    const double labelHeight = std::min<double>(metrics.height(), rowHeight - 1);
    for (std::size_t n = 0; n < placed.size() && scene.title; ++n) {
        const Item& item = placed[n];
        if (overflow[n] || item.count > 1)
            continue;
        // Earlier items in the same row end before this one starts (that is how rows are chosen), so only later ones,
        // in order of their left edges, can bound the label.
        double textX = item.bar ? std::max(item.x0, 0.0) + 4 : item.x1 + 4;
        double limit = item.bar ? item.x1 : width + 400.0;
        for (std::size_t m = n + 1; m < placed.size() && placed[m].x0 < limit; ++m) {
            if (overflow[m] || rowOf[m] != rowOf[n])
                continue;
            if (item.bar && placed[m].x0 < textX + 28 && placed[m].x1 <= item.x1 + 2) {
                textX = std::max(textX, placed[m].x1 + 4); // a marker on the bar's start: the label goes after it
                continue;
            }
            limit = std::min(limit, std::max(placed[m].x0, textX));
        }
        const double room = limit - textX - 6;
        if (room < 28)
            continue;
        const QString text = elidedTitle(scene, index.id(item.event), int(std::min(room, 260.0)));
        if (text.isEmpty() || text == QStringLiteral("…"))
            continue;
        const int cy = firstRowY + rowOf[n] * rowHeight + rowHeight / 2;
        labels.push_back({QRectF(rect.left() + textX, cy - labelHeight / 2.0, metrics.horizontalAdvance(text), labelHeight), text,
            item.event, item.bar});
        labelShape.push_back(firstShape + n);
    }
    // A label that would cover another item's shape (a crowded lane's overflow) is left out: labels are optional.
    for (std::size_t l = 0; l < labels.size(); ++l) {
        bool clear = true;
        const QRectF& r = labels[l].rect;
        for (std::size_t k = 0; k < result.shapes.size() && clear; ++k) {
            const QRectF& shape = result.shapes[k].rect;
            if (k == labelShape[l] || shape.left() >= r.right() || shape.right() <= r.left())
                continue;
            clear = !r.intersects(shape.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        if (clear)
            result.labels.push_back(std::move(labels[l]));
    }
    return result;
}

void TimelineRenderer::paintOverview(QPainter& p, const Areas& a, const TimelineScene& scene) const
{
    const QRect r = a.overview;
    p.fillRect(QRect(a.headers.left(), r.top(), a.headers.width(), r.height()), QColor(250, 250, 252));
    p.fillRect(r, QColor(244, 245, 248));
    p.setPen(gridLine);
    p.drawLine(QPoint(a.headers.left(), r.top()), r.topRight());
    p.setPen(mutedText);
    p.setFont(m_smallFont);
    p.drawText(QRect(a.headers.left() + 6, r.top(), a.headers.width() - 8, r.height()), Qt::AlignVCenter,
        QObject::tr("Overview"));
    p.setFont(m_font);
    const TimelineIndex& index = *scene.index;
    if (index.isEmpty())
        return;
    const auto [from, to] = overviewRange(index);
    TimeScale whole;
    whole.fit(from, to, r.width(), 0);
    const auto& byTime = index.byTime();
    std::vector<quint32> counts(std::size_t(r.width()), 0);
    auto it = byTime.begin();
    for (int x = 0; x < r.width(); ++x) {
        const auto next = std::lower_bound(it, byTime.end(), whole.toTime(x + 1),
            [&index](quint32 slot, qint64 t) { return index.start(slot) < t; });
        counts[std::size_t(x)] = quint32(next - it);
        it = next;
    }
    const quint32 peak = std::max<quint32>(1, *std::max_element(counts.begin(), counts.end()));
    p.setPen(Qt::NoPen);
    p.setBrush(densityColor.lighter(130));
    const double logPeak = std::log1p(double(peak));
    for (int x = 0; x < r.width(); ++x) {
        if (counts[std::size_t(x)] == 0)
            continue;
        const int h = std::max(1, int((r.height() - 6) * std::log1p(double(counts[std::size_t(x)])) / logPeak));
        p.drawRect(QRect(r.left() + x, r.bottom() - 2 - h, 1, h));
    }
    // The part of the span the view shows, as a frame to drag.
    const double vx0 = whole.toX(scene.scale.start());
    const double vx1 = whole.toX(scene.scale.end(a.lanes.width()));
    QRectF viewport(r.left() + std::max(vx0, -2.0), r.top() + 2, std::max(4.0, std::min(vx1, double(r.width() + 2)) - std::max(vx0, -2.0)), r.height() - 4);
    p.setPen(QPen(densityColor.darker(140), 1.5));
    p.setBrush(QColor(52, 101, 164, 45));
    p.drawRect(viewport);
}

void TimelineRenderer::paintLegend(QPainter& p, const Areas& a) const
{
    const QRect r = a.legend;
    p.fillRect(r, QColor(250, 250, 252));
    p.setPen(gridLine);
    p.drawLine(r.topLeft(), r.topRight());
    p.setFont(m_smallFont);
    const QFontMetrics metrics(m_smallFont);
    int x = r.left() + 8;
    const int cy = r.center().y() + 1;
    for (int k = 0; k < eventKindCount; ++k) {
        const auto kind = EventKind(k);
        const QString label = EventTableModel::kindLabel(kind);
        const int w = metrics.horizontalAdvance(label);
        if (x + w + 16 > r.right())
            break;
        p.setPen(kindColor(kind).darker(130));
        p.setBrush(kindColor(kind));
        p.drawEllipse(QPointF(x + 4, cy), 4, 4);
        p.setPen(textColor);
        p.drawText(QPointF(x + 11, cy + metrics.ascent() / 2.0 - 1), label);
        x += w + 22;
    }
    const QString statusNote = QObject::tr("hollow = planned · struck = cancelled · dotted or faded = uncertain · ╷ = statement");
    if (x + metrics.horizontalAdvance(statusNote) + 8 < r.right()) {
        p.setPen(mutedText);
        p.drawText(QPointF(x + 6, cy + metrics.ascent() / 2.0 - 1), statusNote);
    }
    p.setFont(m_font);
}

TimelineHit TimelineRenderer::hitTest(const QRect& bounds, const TimelineScene& scene, const QPoint& point) const
{
    TimelineHit hit;
    const Areas a = areas(bounds);
    if (!scene.index || !scene.layout)
        return hit;
    if (a.overview.contains(point)) {
        hit.kind = TimelineHit::Kind::Overview;
        return hit;
    }
    if (a.axis.contains(point)) {
        hit.kind = TimelineHit::Kind::Axis;
        return hit;
    }
    const int contentY = point.y() - a.lanes.top() + scene.scrollY;
    if (a.headers.contains(point)) {
        hit.lane = scene.layout->laneAtY(contentY);
        if (hit.lane >= 0)
            hit.kind = TimelineHit::Kind::LaneHeader;
        return hit;
    }
    if (!a.lanes.contains(point))
        return hit;
    const int laneNumber = scene.layout->laneAtY(contentY);
    if (laneNumber < 0)
        return hit;
    hit.lane = laneNumber;
    const TimelineIndex& index = *scene.index;
    const TimelineIndex::LaneData& lane = index.lanes()[std::size_t(laneNumber)];
    const TimeScale& scale = scene.scale;
    const double px = point.x() - a.lanes.left();
    const bool collapsed = scene.layout->lanes()[laneNumber].collapsed;
    {
        const Candidates near = candidates(lane, scale.toTime(-markerRadius), scale.toTime(a.lanes.width() + markerRadius));
        if (useDensity(index, lane, near, scale.toTime(-markerRadius), scene, a.lanes.width(), collapsed)) {
            // In a density strip, the point stands for what starts within a few pixels of it.
            const qint64 from = scale.toTime(px - 3);
            const qint64 to = scale.toTime(px + 3);
            const auto first = std::lower_bound(lane.starts.begin(), lane.starts.end(), from);
            const auto last = std::upper_bound(first, lane.starts.end(), to);
            int count = 0;
            qint64 only = 0;
            for (auto it = first; it != last; ++it) {
                const quint32 i = lane.events[std::size_t(it - lane.starts.begin())];
                if (isShown(scene, i)) {
                    ++count;
                    only = index.id(i);
                }
            }
            const auto longFirst = std::lower_bound(lane.longStarts.begin(), lane.longStarts.end(), from);
            for (auto it = longFirst; it != lane.longStarts.end() && *it <= to; ++it) {
                const quint32 i = lane.longEvents[std::size_t(it - lane.longStarts.begin())];
                if (isShown(scene, i)) {
                    ++count;
                    only = index.id(i);
                }
            }
            if (count == 1) {
                hit.kind = TimelineHit::Kind::Event;
                hit.eventId = only;
            } else if (count > 1) {
                hit.kind = TimelineHit::Kind::Cluster;
                hit.from = from;
                hit.to = to;
                hit.count = count;
            }
            return hit;
        }
    }
    // Markers: what the arrangement drew there (shapes and labels), so that a hit is what the eye sees.
    const QRect laneRect(a.lanes.left(), a.lanes.top() + scene.layout->top(laneNumber) - scene.scrollY, a.lanes.width(),
        scene.layout->height(laneNumber));
    const LaneArrangement arrangement = arrange(laneRect, laneNumber, scene);
    double best = 1e9;
    const LaneArrangement::Shape* found = nullptr;
    for (const LaneArrangement::Shape& shape : arrangement.shapes) {
        const QRectF reach = shape.rect.adjusted(-3, -3, 3, 3);
        if (!reach.contains(point))
            continue;
        const double distance = std::abs(point.x() - shape.rect.center().x()) + std::abs(point.y() - shape.rect.center().y());
        if (distance < best) {
            best = distance;
            found = &shape;
        }
    }
    if (found && found->type == LaneArrangement::Shape::Type::Cluster) {
        hit.kind = TimelineHit::Kind::Cluster;
        hit.from = index.start(found->event);
        hit.to = index.end(found->last);
        hit.count = found->count;
        return hit;
    }
    if (found) {
        hit.kind = TimelineHit::Kind::Event;
        hit.eventId = index.id(found->event);
        return hit;
    }
    for (const LaneArrangement::Label& label : arrangement.labels) {
        if (label.rect.contains(point)) {
            hit.kind = TimelineHit::Kind::Event;
            hit.eventId = index.id(label.event);
            break;
        }
    }
    return hit;
}

} // namespace attache

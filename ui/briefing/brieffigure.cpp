// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/brieffigure.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include "eventtablemodel.h"

using namespace Qt::Literals::StringLiterals;

namespace attache {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::BriefFigure", text);
}

QFont figureFont(int pixels)
{
    // Pixel sizes: the figure is scaled as a whole, so its text must scale with it.
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixels);
    return font;
}

TimelineIndex indexOf(const briefing::Figure& figure)
{
    TimelineSource source;
    source.events = figure.events;
    // Events known only to the day sit in the middle of it, so that a lane with two on one day would draw them as
    // one counted cluster. The figure gives each of a day's events its own part of the day (in the brief's order),
    // which keeps every event on its day and lets each show its own marker.
    constexpr qint64 day = 86400000;
    std::map<qint64, std::vector<std::size_t>> byDay;
    for (std::size_t i = 0; i < source.events.size(); ++i) {
        const EventBounds& e = source.events[i];
        if (e.precision == DatePrecision::Day && e.latest - e.earliest == day - 1 && e.earliest % day == 0)
            byDay[e.earliest].push_back(i);
    }
    for (const auto& [start, events] : byDay) {
        const qint64 slot = day / qint64(events.size());
        for (std::size_t k = 0; k < events.size(); ++k) {
            EventBounds& e = source.events[events[k]];
            e.earliest = start + qint64(k) * slot;
            e.latest = e.earliest + slot - 1;
        }
    }
    source.participations = figure.participations;
    source.statements = figure.statements;
    source.actors = figure.actors;
    return TimelineIndex::build(source, LaneGrouping::Actor);
}

const QColor frameColor(200, 205, 214);
const QColor legendText(70, 76, 88);

} // namespace

BriefFigure::BriefFigure(const briefing::Brief& brief)
    : m_index(indexOf(brief.figure))
    , m_renderer(figureFont(11))
{
    // Lanes in the order the brief chose its actors (the subject first), "Others" last.
    QList<Lane> lanes = m_index.laneList();
    QHash<qint64, int> rank;
    for (qsizetype i = 0; i < brief.figure.actors.size(); ++i)
        rank.insert(brief.figure.actors.at(i).id.value, int(i));
    m_layout.setLanes(lanes);
    QList<qint64> order;
    for (const Lane& lane : lanes)
        order.append(lane.key);
    std::stable_sort(order.begin(), order.end(),
        [&rank](qint64 a, qint64 b) { return rank.value(a, 1000) < rank.value(b, 1000); });
    m_layout.applyOrderKeys(order);
    m_layout.setHeights(laneHeight, laneHeight);

    for (const briefing::ChronologyEntry& entry : brief.chronology)
        m_titles.insert(entry.id.value, entry.title);
    if (brief.figure.focus != 0)
        m_selection.insert(brief.figure.focus);
    for (const EventBounds& e : brief.figure.events) {
        if (!m_kinds.contains(e.kind))
            m_kinds.append(e.kind);
        m_planned = m_planned || e.status == EventStatus::Planned;
    }
    std::sort(m_kinds.begin(), m_kinds.end());
    m_statements = !brief.figure.statements.empty();

    const int lanesWidth = logicalWidth - TimelineRenderer::headerWidth;
    m_scale.fit(brief.figure.fromMs, brief.figure.toMs, lanesWidth, 0.06);
}

int BriefFigure::logicalHeight() const
{
    return TimelineRenderer::axisHeight + m_layout.totalHeight() + legendHeight;
}

void BriefFigure::paint(QPainter& painter, const QRectF& target) const
{
    if (isEmpty() || target.isEmpty())
        return;
    const int height = logicalHeight();
    const int chart = TimelineRenderer::axisHeight + m_layout.totalHeight();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logicalWidth, target.height() / height);
    painter.setRenderHint(QPainter::Antialiasing);

    // The renderer lays out an overview strip and a legend below the lanes; the figure shows the axis and the lanes
    // only, and a legend of its own kinds.
    TimelineScene scene;
    scene.index = &m_index;
    scene.layout = &m_layout;
    scene.scale = m_scale;
    scene.selection = &m_selection;
    scene.title = [this](qint64 id) { return m_titles.value(id); };
    scene.printing = true;
    painter.save();
    painter.setClipRect(QRect(0, 0, logicalWidth, chart), Qt::IntersectClip);
    m_renderer.paint(painter,
        QRect(0, 0, logicalWidth, chart + TimelineRenderer::overviewHeight + TimelineRenderer::legendHeight), scene);
    painter.restore();
    paintLegend(painter, QRect(0, chart, logicalWidth, legendHeight));

    painter.setPen(QPen(frameColor, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(0.5, 0.5, logicalWidth - 1, height - 1));
    painter.restore();
}

void BriefFigure::paintLegend(QPainter& p, const QRect& rect) const
{
    p.save();
    p.fillRect(rect, QColor(250, 250, 252));
    p.setPen(frameColor);
    p.drawLine(rect.topLeft(), rect.topRight());
    const QFont font = figureFont(10);
    const QFontMetrics metrics(font);
    p.setFont(font);
    const double cy = rect.center().y() + 1;
    double x = rect.left() + 10;
    const auto fits = [&](const QString& text) { return x + 16 + metrics.horizontalAdvance(text) < rect.right() - 6; };
    const auto label = [&](const QString& text) {
        p.setPen(legendText);
        p.drawText(QPointF(x, cy + metrics.ascent() / 2.0 - 1), text);
        x += metrics.horizontalAdvance(text) + 16;
    };
    for (const EventKind kind : m_kinds) {
        if (!fits(EventTableModel::kindLabel(kind)))
            break;
        TimelineRenderer::paintMarker(p, QPointF(x + 5, cy), kind, 0, false);
        x += 14;
        label(EventTableModel::kindLabel(kind));
    }
    if (m_planned && fits(tr("planned"))) {
        TimelineRenderer::paintMarker(p, QPointF(x + 5, cy), EventKind::Meeting, TimelineIndex::Planned, false);
        x += 14;
        label(tr("planned"));
    }
    if (!m_selection.isEmpty() && fits(tr("this event"))) {
        // The ring the renderer draws around a selected event marks the brief's own event.
        p.setPen(QPen(QColor(20, 20, 20), 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(x + 5, cy), 6.5, 6.5);
        x += 16;
        label(tr("this event"));
    }
    if (m_statements && fits(tr("statement"))) {
        p.setPen(QPen(QColor(90, 96, 110), 1));
        p.drawLine(QPointF(x + 3, cy - 5), QPointF(x + 3, cy + 1));
        x += 10;
        label(tr("statement"));
    }
    p.restore();
}

} // namespace attache

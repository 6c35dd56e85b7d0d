// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QRectF>

#include "briefing/brief.h"
#include "briefing/paintedfigure.h"

class QGraphicsScene;

namespace attache {

/// An actor brief's contacts: the network of the brief's events (who took part with whom, how often, in what kind of
/// contact), laid out and drawn with the network view's own items, the subject ringed. Painted as vectors.
class ContactsFigure final : public PaintedFigure
{
public:
    explicit ContactsFigure(const briefing::Brief& brief);
    ~ContactsFigure() override;

    /// The figure is designed at this width; its height follows the network's proportions, within bounds.
    static constexpr int logicalWidth = 720;
    static constexpr int minimumHeight = 180;
    static constexpr int maximumHeight = 380;
    /// At most this many actors: the subject and those in the most of its brief's events.
    static constexpr int maxActors = 40;

    bool isEmpty() const override { return m_empty; }
    int logicalHeight() const;
    QSizeF sizeAt(qreal width) const override { return {width, width * logicalHeight() / logicalWidth}; }
    void paint(QPainter& painter, const QRectF& target) const override;
    QSizeF logicalSize() const override { return QSizeF(logicalWidth, logicalHeight()); }
    /// How many actors and links it draws.
    int actors() const { return m_actors; }
    int links() const { return m_links; }

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    QRectF m_source;
    bool m_empty = true;
    int m_actors = 0;
    int m_links = 0;
};

} // namespace attache

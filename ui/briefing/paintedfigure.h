// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace attache {

/// A figure of a briefing sheet that paints itself at any size onto any painter: vectors on a printer or PDF, an
/// image for HTML and ODT.
class PaintedFigure
{
public:
    virtual ~PaintedFigure() = default;
    virtual bool isEmpty() const = 0;
    /// The size it takes at `width`, keeping its proportions.
    virtual QSizeF sizeAt(qreal width) const = 0;
    virtual void paint(QPainter& painter, const QRectF& target) const = 0;
    /// The size it is designed at; painting scales it to the target.
    virtual QSizeF logicalSize() const = 0;
    /// The figure as an image `scale` times its logical size, on white (for HTML and ODT, which cannot hold vectors).
    QImage image(qreal scale = 2.0) const;
};

} // namespace attache

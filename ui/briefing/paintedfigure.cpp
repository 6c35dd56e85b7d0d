// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/paintedfigure.h"

#include <cmath>

#include <QPainter>

namespace attache {

QImage PaintedFigure::image(qreal scale) const
{
    const QSizeF logical = logicalSize();
    const QSize size(int(std::ceil(logical.width() * scale)), int(std::ceil(std::max<qreal>(1, logical.height()) * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace attache

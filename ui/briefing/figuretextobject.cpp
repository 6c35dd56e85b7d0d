// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/figuretextobject.h"

#include <QTextDocument>

#include "briefing/paintedfigure.h"

namespace attache {

FigureTextObject::FigureTextObject(const PaintedFigure* figure, QObject* parent)
    : QObject(parent)
    , m_figure(figure)
{
}

QSizeF FigureTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&)
{
    if (!m_figure || m_figure->isEmpty())
        return {0, 0};
    const qreal width = document->pageSize().width() > 0 ? document->pageSize().width() : document->textWidth();
    // A little less than the full width: the layout needs room for the line's cursor.
    return m_figure->sizeAt(std::max<qreal>(100, width - 1));
}

void FigureTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&)
{
    if (m_figure)
        m_figure->paint(*painter, rect);
}

} // namespace attache

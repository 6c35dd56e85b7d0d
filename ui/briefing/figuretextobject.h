// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

namespace attache {

class PaintedFigure;

/// Puts a figure (the timeline, the contacts) into a QTextDocument as an inline object as wide as the text: the
/// document lays it out like an image, and the figure paints itself wherever the document is drawn.
class FigureTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(FigureTextObject)

public:
    static constexpr int objectType = QTextFormat::UserObject + 61; // the timeline figure
    static constexpr int contactsType = QTextFormat::UserObject + 62;

    /// `figure` is not owned and must outlive the object's use in documents.
    explicit FigureTextObject(const PaintedFigure* figure, QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;

private:
    const PaintedFigure* m_figure;
};

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>

#include <QImage>
#include <QList>
#include <QSet>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include "briefing/brief.h"
#include "util/result.h"

class QPagedPaintDevice;
class QTextBlock;
class QTextDocument;
class QTextTable;

namespace attache {

class BriefFigure;
class ContactsFigure;
class FigureTextObject;

/// Lays a brief out as pages and paints them on any QPagedPaintDevice — a QPdfWriter, a QPrinter, the printer of a
/// print preview — so that preview, PDF and paper come from one code path and break pages in the same places. Every
/// page carries the handling banner at its top and bottom and a footer with the project name and "Page X of Y";
/// the timeline figure is painted by the timeline renderer as vectors. Also writes the brief as HTML and ODT.
///
/// The layout is computed in points, independent of the device, and painted scaled to the device's resolution.
/// Headings are kept with what follows them; tables break between rows and repeat their header row.
class BriefPrinter final
{
public:
    explicit BriefPrinter(briefing::Brief brief);
    ~BriefPrinter();
    Q_DISABLE_COPY_MOVE(BriefPrinter)

    const briefing::Brief& brief() const { return m_brief; }

    /// Lays the brief out for the device's page layout and paints every page (or the page range a QPrinter asks
    /// for). Returns the number of pages of the brief; 0 when the device cannot be painted on.
    int print(QPagedPaintDevice& device);
    /// Lays the brief out for pages of `layout` without painting; returns the number of pages.
    int layout(const QPageLayout& layout);
    int pageCount() const { return m_pages; }
    /// The document as last laid out (in points, pages stacked `pageHeight()` apart), for tests. Only after layout().
    const QTextDocument& document() const { return *m_document; }
    qreal pageHeight() const { return m_contentHeight; }
    /// The page (from 0) on which a block of document() starts.
    int pageOf(const QTextBlock& block) const;

    Status writePdf(const QString& path, const QPageSize& pageSize);
    Status writeHtml(const QString& path) const;
    Status writeOdt(const QString& path) const;
    /// Writes by the file's extension: .pdf, .html or .htm, .odt.
    Status write(const QString& path, const QPageSize& pageSize);
    /// The brief as a standalone HTML page (the figure embedded as a PNG).
    QString html() const;

    /// A4, or Letter where that is the usual paper (the United States, Canada and most of the Americas).
    static QPageSize defaultPageSize(const QLocale& locale = QLocale::system());
    /// Portrait pages of `size` with the sheet's margins.
    static QPageLayout pageLayout(const QPageSize& size);

private:
    /// Builds the document from the brief's HTML with page breaks before the headings and table rows in `breaks`.
    void buildDocument(const QSet<QString>& breaks = {});
    /// The page breaks that mend the first heading left alone at the foot of a page, or table row broken across
    /// pages, in document order (keys as HtmlWriter::Options::pageBreaks names them); empty when there is none. For a
    /// row, the breaks the rest of its table will need are predicted from the rows' heights, so that a long table
    /// takes one more layout rather than one per page; a wrong guess is mended in the next round.
    QStringList nextBreaks() const;
    /// The first and last line of a table row's content, in document coordinates.
    std::pair<qreal, qreal> rowExtent(const QTextTable* table, int row) const;
    /// The height of a row's lines, without any gap the layout put between them at a page break.
    qreal rowLineHeight(const QTextTable* table, int row) const;
    bool rowBreaksAcrossPages(const QTextTable* table, int row) const;
    void paintPage(QPainter& painter, int page, qreal scale) const;
    qreal bannerBand() const;
    qreal footerBand() const;

    briefing::Brief m_brief;
    std::unique_ptr<BriefFigure> m_figure;
    std::unique_ptr<FigureTextObject> m_figureObject;
    std::unique_ptr<ContactsFigure> m_contacts;
    std::unique_ptr<FigureTextObject> m_contactsObject;
    std::unique_ptr<QTextDocument> m_document;
    QImage m_layoutDevice; // 72 dots per inch: document units are points
    QRectF m_paintRect; // of the page, in points
    qreal m_contentTop = 0;
    qreal m_contentHeight = 0;
    int m_pages = 0;
};

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/briefprinter.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include "briefing/brieffigure.h"
#include "briefing/contactsfigure.h"
#include "briefing/figuretextobject.h"
#include "briefing/htmlwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace attache {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::BriefPrinter", text);
}

constexpr qreal pointsPerInch = 72.0;
constexpr qreal bannerHeight = 11; // points
constexpr qreal bannerGap = 10;
constexpr qreal footerHeight = 10;
constexpr qreal footerGap = 10;
const QString figureSource = u"attache-figure:timeline"_s;
const QString contactsSource = u"attache-figure:contacts"_s;

QFont sans(qreal points, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

Status save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1: cannot write (%2)").arg(path, file.errorString())};
    return Done{};
}

/// The first block that holds content after `block`: past the header rows of a table that follows it.
QTextBlock contentAfter(const QTextBlock& block)
{
    QTextBlock next = block.next();
    while (next.isValid() && next.text().trimmed().isEmpty() && !QTextCursor(next).currentTable()
        && next.charFormat().objectType() == QTextFormat::NoObject && next.length() <= 1)
        next = next.next();
    if (!next.isValid())
        return next;
    if (QTextTable* table = QTextCursor(next).currentTable()) {
        const int row = table->format().headerRowCount();
        if (row < table->rows())
            return table->cellAt(row, 0).firstCursorPosition().block();
    }
    return next;
}

/// QTextDocument enlarges headings by a relative step on top of the size the stylesheet gives them; the sheet's
/// headings are sized by the stylesheet alone.
void useStyledHeadingSizes(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        // Setting the adjustment to 0 would not do: any adjustment replaces the size with a step from the default.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

/// QTextDocument keeps an empty line after every table. Where a table is continued on the next page, that line falls
/// at the foot of the page: when it does not fit there it takes a page of its own. It is made a point high.
void shrinkGapsBeforeBreaks(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) || !block.text().isEmpty())
            continue;
        const QTextBlock gap = block.previous();
        if (!gap.isValid() || !gap.text().isEmpty() || QTextCursor(gap).currentTable())
            continue;
        QTextCursor cursor(gap);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        cursor.mergeBlockCharFormat(tiny);
        QTextBlockFormat flat;
        flat.setTopMargin(0);
        flat.setBottomMargin(0);
        cursor.mergeBlockFormat(flat);
    }
}

} // namespace

BriefPrinter::BriefPrinter(briefing::Brief brief)
    : m_brief(std::move(brief))
    , m_figure(std::make_unique<BriefFigure>(m_brief))
    , m_figureObject(std::make_unique<FigureTextObject>(m_figure.get()))
    , m_contacts(std::make_unique<ContactsFigure>(m_brief))
    , m_contactsObject(std::make_unique<FigureTextObject>(m_contacts.get()))
    , m_layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied)
{
    const int dotsPerMeter = int(std::lround(pointsPerInch / 0.0254));
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
}

BriefPrinter::~BriefPrinter() = default;

QPageSize BriefPrinter::defaultPageSize(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::PuertoRico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Venezuela:
    case QLocale::Belize:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QPageLayout BriefPrinter::pageLayout(const QPageSize& size)
{
    // Generous side margins for reading and for hole punches; the banners sit inside the top and bottom margins.
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(20, 10, 20, 9), QPageLayout::Millimeter);
}

void BriefPrinter::buildDocument(const QSet<QString>& breaks)
{
    m_document = std::make_unique<QTextDocument>();
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    QFont body(u"DejaVu Serif"_s);
    body.setStyleHint(QFont::Serif);
    body.setPointSizeF(9.5);
    m_document->setDefaultFont(body);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document->documentLayout()->registerHandler(FigureTextObject::objectType, m_figureObject.get());
    m_document->documentLayout()->registerHandler(FigureTextObject::contactsType, m_contactsObject.get());

    briefing::HtmlWriter::Options options;
    options.pageFurniture = false;
    options.anchors = true;
    options.pageBreaks = breaks;
    if (!m_figure->isEmpty()) {
        options.figureSource = figureSource;
        options.figureWidth = BriefFigure::logicalWidth;
        options.figureHeight = m_figure->logicalHeight();
    }
    if (!m_contacts->isEmpty()) {
        options.contactsSource = contactsSource;
        options.contactsWidth = ContactsFigure::logicalWidth;
        options.contactsHeight = m_contacts->logicalHeight();
    }
    m_document->setHtml(briefing::HtmlWriter::write(m_brief, options));
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_brief.title);
    useStyledHeadingSizes(*m_document);
    shrinkGapsBeforeBreaks(*m_document);

    // The figures' placeholder images become the figures themselves.
    QList<std::pair<int, int>> objects; // (position, object type)
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (name == figureSource)
                objects.append({fragment.position(), FigureTextObject::objectType});
            else if (name == contactsSource)
                objects.append({fragment.position(), FigureTextObject::contactsType});
        }
    }
    for (const auto& [position, type] : std::as_const(objects)) {
        QTextCursor cursor(m_document.get());
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(type);
        cursor.setCharFormat(object);
    }
}

qreal BriefPrinter::bannerBand() const
{
    return m_brief.banner.trimmed().isEmpty() ? 0 : bannerHeight + bannerGap;
}

qreal BriefPrinter::footerBand() const
{
    return footerGap + footerHeight + (m_brief.banner.trimmed().isEmpty() ? 0 : 6 + bannerHeight);
}

int BriefPrinter::layout(const QPageLayout& pageLayout)
{
    m_paintRect = pageLayout.paintRect(QPageLayout::Point);
    m_contentTop = bannerBand();
    m_contentHeight = std::max<qreal>(100, m_paintRect.height() - bannerBand() - footerBand());
    // QTextDocument breaks table rows between their lines and has no "keep with next". The first bad break in
    // document order is mended by a page break there, which moves only what follows; then the layout is checked
    // again. Each round starts from a fresh document: breaks found for one page size are wrong for another.
    QSet<QString> breaks;
    QSet<QString> refused; // breaks taken back: never asked for again
    for (int round = 0; round < 64; ++round) {
        buildDocument(breaks);
        m_document->setPageSize(QSizeF(m_paintRect.width(), m_contentHeight));
        const QStringList mends = nextBreaks();
        bool changed = false;
        for (const QString& mend : mends) {
            if (mend.startsWith(u'-')) {
                breaks.remove(mend.mid(1));
                refused.insert(mend.mid(1));
                changed = true;
                continue;
            }
            if (breaks.contains(mend) || refused.contains(mend))
                continue;
            breaks.insert(mend);
            changed = true;
            if (mend.startsWith(u"heading:"_s)) {
                // The heading takes its section to the next page: the table under it needs no break of its own.
                breaks.remove(u"row:"_s + mend.mid(8) + u":0"_s);
            }
        }
        if (!changed)
            break;
    }
    m_pages = m_document->pageCount();
    return m_pages;
}

int BriefPrinter::pageOf(const QTextBlock& block) const
{
    if (m_contentHeight <= 0)
        return 0;
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    // A line the pagination pushed to the next page (a figure too tall for what was left) starts below the block's top.
    const qreal firstLine = block.layout() && block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).y() : 0;
    return int(std::floor((rect.top() + firstLine + 0.01) / m_contentHeight));
}

std::pair<qreal, qreal> BriefPrinter::rowExtent(const QTextTable* table, int row) const
{
    const QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue; // part of a spanning cell
        const QTextBlock last = cell.lastCursorPosition().block();
        for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid(); block = block.next()) {
            const QRectF rect = layout->blockBoundingRect(block);
            top = std::min(top, rect.top());
            bottom = std::max(bottom, rect.bottom());
            if (block == last)
                break;
        }
    }
    return {top, bottom};
}

qreal BriefPrinter::rowLineHeight(const QTextTable* table, int row) const
{
    qreal tallest = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        qreal height = 0;
        const QTextBlock last = cell.lastCursorPosition().block();
        for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid(); block = block.next()) {
            const QTextLayout* layout = block.layout();
            for (int i = 0; layout && i < layout->lineCount(); ++i)
                height += layout->lineAt(i).height();
            if (block == last)
                break;
        }
        tallest = std::max(tallest, height);
    }
    return tallest;
}

bool BriefPrinter::rowBreaksAcrossPages(const QTextTable* table, int row) const
{
    const auto [top, bottom] = rowExtent(table, row);
    if (bottom <= top)
        return false;
    const int first = int(std::floor((top + 0.01) / m_contentHeight));
    const int end = int(std::floor((bottom - 0.01) / m_contentHeight));
    // A row that starts a page and is still too tall for it stays: moving it would only leave a blank page.
    const bool startsPage = top - first * m_contentHeight < 24;
    return first != end && !startsPage;
}

QStringList BriefPrinter::nextBreaks() const
{
    const auto keyOf = [](const QTextBlock& block, const QString& prefix) -> QString {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& name : it.fragment().charFormat().anchorNames()) {
                if (name.startsWith(prefix))
                    return name;
            }
        }
        return {};
    };
    const auto rowKey = [&keyOf](const QTextTable* table, int row) {
        return keyOf(table->cellAt(row, 0).firstCursorPosition().block(), u"row:"_s);
    };
    // A break that leaves a page empty (the layout sometimes moves on a page more than asked when a table ends at
    // the foot of one) is taken back: "-" and its key. The table then finds the next page by itself.
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) || !block.text().isEmpty()
            || QTextCursor(block).currentTable())
            continue;
        QTextBlock before = block.previous();
        while (before.isValid() && before.text().isEmpty() && !QTextCursor(before).currentTable())
            before = before.previous();
        const QTextBlock after = block.next();
        QTextTable* table = after.isValid() ? QTextCursor(after).currentTable() : nullptr;
        if (!before.isValid() || !table || table->format().headerRowCount() >= table->rows())
            continue;
        const qreal end = m_document->documentLayout()->blockBoundingRect(before).bottom();
        if (pageOf(block) - int(std::floor((end - 0.01) / m_contentHeight)) >= 2) {
            const QString key = rowKey(table, table->format().headerRowCount());
            if (!key.isEmpty())
                return {u"-"_s + key};
        }
    }
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (QTextTable* table = QTextCursor(block).currentTable()) {
            const QTextTableCell cell = table->cellAt(block.position());
            const int headers = table->format().headerRowCount();
            if (cell.column() != 0 || cell.row() < headers || block != cell.firstCursorPosition().block()
                || !rowBreaksAcrossPages(table, cell.row()))
                continue;
            const QString key = rowKey(table, cell.row());
            if (key.isEmpty())
                continue;
            // This row goes to the next page under a repeat of the table's header; the rows after it follow at the
            // distances they keep now, and each that would then cross a page's foot starts the page after.
            // Rows the layout has already moved or split are measured by their lines, not by where they landed.
            QStringList keys{key};
            const int rows = table->rows();
            std::vector<std::pair<qreal, qreal>> extents(static_cast<std::size_t>(rows));
            for (int row = cell.row(); row < rows; ++row)
                extents[std::size_t(row)] = rowExtent(table, row);
            const auto pageAt = [this](qreal y) { return int(std::floor((y + 0.01) / m_contentHeight)); };
            const auto height = [&](int row) {
                const auto [top, bottom] = extents[std::size_t(row)];
                return pageAt(top) == pageAt(bottom - 0.02) ? bottom - top : rowLineHeight(table, row);
            };
            qreal gap = 6;
            for (int row = cell.row() + 1; row + 1 < rows; ++row) {
                const qreal top = extents[std::size_t(row)].first;
                const qreal next = extents[std::size_t(row + 1)].first;
                if (pageAt(top) == pageAt(next)) {
                    gap = next - top - height(row);
                    break;
                }
            }
            const QRectF frame = m_document->documentLayout()->frameBoundingRect(table);
            const qreal header = rowExtent(table, headers).first - frame.top();
            int page = pageAt(extents[std::size_t(cell.row())].first) + 1;
            qreal y = page * m_contentHeight + header;
            for (int row = cell.row(); row < rows; ++row) {
                // A little room to spare: the layout keeps a cell's bottom padding inside the page too, and a row
                // guessed to fit that does not would be moved alone to a page of its own.
                if (row > cell.row() && y + height(row) > (page + 1) * m_contentHeight - 8) {
                    const QString next = rowKey(table, row);
                    if (next.isEmpty())
                        break;
                    keys.append(next);
                    ++page;
                    y = page * m_contentHeight + header;
                }
                if (row + 1 < rows) {
                    const qreal top = extents[std::size_t(row)].first;
                    const qreal next = extents[std::size_t(row + 1)].first;
                    y += pageAt(top) == pageAt(next) && pageAt(top) == pageAt(extents[std::size_t(row)].second - 0.02)
                        ? next - top
                        : height(row) + gap;
                }
            }
            return keys;
        }
        if (block.blockFormat().headingLevel() < 2)
            continue;
        const QTextBlock next = contentAfter(block);
        if (next.isValid() && pageOf(next) > pageOf(block)) {
            const QString key = keyOf(block, u"heading:"_s);
            return key.isEmpty() ? QStringList() : QStringList{key};
        }
    }
    return {};
}

int BriefPrinter::print(QPagedPaintDevice& device)
{
    const int pages = layout(device.pageLayout());
    int first = 1;
    int last = pages;
    if (auto* printer = dynamic_cast<QPrinter*>(&device); printer && printer->fromPage() > 0) {
        first = std::clamp(printer->fromPage(), 1, pages);
        last = printer->toPage() > 0 ? std::clamp(printer->toPage(), first, pages) : pages;
    }
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = device.logicalDpiY() / pointsPerInch;
    for (int page = first - 1; page < last; ++page) {
        if (page > first - 1)
            device.newPage();
        paintPage(painter, page, scale);
    }
    painter.end();
    return pages;
}

void BriefPrinter::paintPage(QPainter& painter, int page, qreal scale) const
{
    const qreal width = m_paintRect.width();
    const qreal height = m_paintRect.height();
    const auto at = [scale](qreal points) { return points * scale; };
    const QString banner = m_brief.banner.trimmed();

    // Painted top to bottom, so that text extracted from the PDF comes in reading order. The banners and the footer
    // are drawn in device units with fonts in points; the document in points, scaled.
    if (!banner.isEmpty()) {
        painter.setFont(sans(8.5, true));
        painter.setPen(QColor(20, 20, 20));
        painter.drawText(QRectF(0, 0, at(width), at(bannerHeight)), Qt::AlignHCenter | Qt::AlignTop, banner);
    }

    // The page's slice of the document. The layout draws whatever meets its clip, so the clip stops short of the
    // next page's first line.
    painter.save();
    painter.scale(scale, scale);
    painter.translate(0, m_contentTop - page * m_contentHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(-2, page * m_contentHeight, width + 4, m_contentHeight - 0.5);
    context.palette.setColor(QPalette::Text, QColor(28, 28, 28));
    painter.setClipRect(context.clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    const qreal footerTop = height - footerBand() + footerGap;
    painter.setPen(QPen(QColor(154, 163, 176), at(0.5)));
    painter.drawLine(QPointF(0, at(footerTop - 4)), QPointF(at(width), at(footerTop - 4)));
    painter.setFont(sans(7));
    painter.setPen(QColor(90, 98, 112));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QRectF footer(0, at(footerTop), at(width), at(footerHeight));
    const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(m_pages);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    const QString left
        = m_brief.projectName.isEmpty() ? m_brief.title : m_brief.projectName + u" — "_s + m_brief.title;
    painter.drawText(footer.adjusted(0, 0, -pageWidth - at(24), 0), Qt::AlignLeft | Qt::AlignTop,
        metrics.elidedText(left, Qt::ElideRight, footer.width() - pageWidth - at(24)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    if (!banner.isEmpty()) {
        painter.setFont(sans(8.5, true));
        painter.setPen(QColor(20, 20, 20));
        painter.drawText(QRectF(0, at(height - bannerHeight), at(width), at(bannerHeight)),
            Qt::AlignHCenter | Qt::AlignBottom, banner);
    }
}

Status BriefPrinter::writePdf(const QString& path, const QPageSize& pageSize)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout(pageSize));
        writer.setTitle(m_brief.title);
        writer.setCreator(u"Attaché "_s + QStringLiteral(ATTACHE_VERSION));
        if (print(writer) == 0)
            return Error{tr("%1: the brief could not be drawn as PDF").arg(path)};
    }
    return save(path, bytes);
}

QString BriefPrinter::html() const
{
    // The figures go in as PNG pictures inside the page.
    const auto dataUrl = [](const PaintedFigure& figure) -> QString {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        figure.image(2.0).save(&buffer, "PNG");
        return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    };
    briefing::HtmlWriter::Options options;
    if (!m_figure->isEmpty()) {
        options.figureSource = dataUrl(*m_figure);
        options.figureWidth = BriefFigure::logicalWidth;
        options.figureHeight = m_figure->logicalHeight();
    }
    if (!m_contacts->isEmpty()) {
        options.contactsSource = dataUrl(*m_contacts);
        options.contactsWidth = ContactsFigure::logicalWidth;
        options.contactsHeight = m_contacts->logicalHeight();
    }
    return briefing::HtmlWriter::write(m_brief, options);
}

Status BriefPrinter::writeHtml(const QString& path) const
{
    return save(path, html().toUtf8());
}

Status BriefPrinter::writeOdt(const QString& path) const
{
    // ODF holds no painted objects: the figure goes in as a picture.
    QTextDocument document;
    QFont body(u"DejaVu Serif"_s);
    body.setPointSizeF(9.5);
    document.setDefaultFont(body);
    briefing::HtmlWriter::Options options;
    // Each figure as a picture 600 wide: its resource name and height.
    const auto picture = [&document](const PaintedFigure& figure, const QString& name) {
        document.addResource(QTextDocument::ImageResource, QUrl(name), figure.image(2.0));
        const QSizeF size = figure.logicalSize();
        return int(std::lround(600.0 * size.height() / size.width()));
    };
    if (!m_figure->isEmpty()) {
        options.figureSource = u"attache-figure.png"_s;
        options.figureWidth = 600;
        options.figureHeight = picture(*m_figure, options.figureSource);
    }
    if (!m_contacts->isEmpty()) {
        options.contactsSource = u"attache-contacts.png"_s;
        options.contactsWidth = 600;
        options.contactsHeight = picture(*m_contacts, options.contactsSource);
    }
    document.setHtml(briefing::HtmlWriter::write(m_brief, options));
    document.setMetaInformation(QTextDocument::DocumentTitle, m_brief.title);
    useStyledHeadingSizes(document);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return Error{tr("%1: the brief could not be written as ODT").arg(path)};
    }
    return save(path, bytes);
}

Status BriefPrinter::write(const QString& path, const QPageSize& pageSize)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return writePdf(path, pageSize);
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return writeHtml(path);
    if (suffix == u"odt"_s)
        return writeOdt(path);
    return Error{tr("%1: unknown format; the file name must end in .pdf, .html or .odt").arg(path)};
}

} // namespace attache

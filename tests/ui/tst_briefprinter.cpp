// SPDX-License-Identifier: GPL-3.0-or-later
// Briefing sheets on paper: the sample's Alaska summit brief as PDF, read back with poppler's pdftotext (title, dates,
// participants, quotes, citations, the banner on every page, "Page X of Y", one page on A4 and Letter), a quote full
// of markup printed literally, clean pagination of a long period brief, HTML and ODT, the paper size of a locale,
// and preview/print sharing the PDF's code path.
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include "briefing/brieffigure.h"
#include "briefing/briefprinter.h"
#include "briefing/contactsfigure.h"
#include "briefing/builder.h"
#include "briefing/htmlwriter.h"
#include "sample/generator.h"
#include "sample/sample.h"
#include "network/networkitems.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

const QString banner = u"UNCLASSIFIED // FOR OFFICIAL USE ONLY"_s;
const QStringList headings{u"Key facts"_s, u"Key statements"_s, u"Chronology"_s, u"Sources"_s};

/// Runs a poppler (or other) tool and returns its standard output; fails the test when it does not run.
QByteArray tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(qPrintable(u"%1 %2 failed: %3"_s.arg(program, arguments.join(u' '),
                         QString::fromUtf8(process.readAllStandardError()))),
            __FILE__, __LINE__);
        return {};
    }
    return process.readAllStandardOutput();
}

/// Text as pdftotext gives it, with ligatures spelled out and all white space as single spaces.
QString normalized(const QString& text)
{
    QString plain = text;
    plain.replace(u"\ufb00"_s, u"ff"_s).replace(u"\ufb01"_s, u"fi"_s).replace(u"\ufb02"_s, u"fl"_s);
    plain.replace(u"\ufb03"_s, u"ffi"_s).replace(u"\ufb04"_s, u"ffl"_s);
    plain = plain.simplified();
    // A line broken after a hyphen ("Article 5-" / "like") reads as one word again.
    plain.replace(QRegularExpression(u"(\\w)- (\\w)"_s), u"\\1-\\2"_s);
    return plain;
}

QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s, u"-raw"_s};
    if (page > 0)
        arguments += {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
    arguments += {pdf, u"-"_s};
    return QString::fromUtf8(tool(u"pdftotext"_s, arguments));
}

int pdfPages(const QString& pdf)
{
    const QString info = QString::fromUtf8(tool(u"pdfinfo"_s, {pdf}));
    const QRegularExpressionMatch match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString& pdf)
{
    const QString info = QString::fromUtf8(tool(u"pdfinfo"_s, {pdf}));
    const QRegularExpressionMatch match = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
    return match.hasMatch() ? u"%1x%2"_s.arg(qRound(match.captured(1).toDouble())).arg(qRound(match.captured(2).toDouble()))
                            : QString();
}

QStringList lines(const QString& text)
{
    QStringList result;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty() && line.trimmed() != u"\f"_s)
            result.append(line.trimmed());
    }
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBriefPrinter final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_sample;
    std::unique_ptr<Project> m_generated;

    briefing::Brief summitBrief() const
    {
        auto built = briefing::Builder(*m_sample).build(briefing::Scope::forEvent(EventId(1), 3));
        if (!built)
            qFatal("no summit brief: %s", qPrintable(built.error()));
        briefing::Brief brief = built.value();
        brief.banner = banner;
        return brief;
    }

    /// A period of the generated project holding about 200 events.
    briefing::Brief longBrief() const
    {
        const QList<Event> events = m_generated->events().list();
        const Event& first = events.at(events.size() - 260);
        const Event& last = events.at(events.size() - 61);
        auto built = briefing::Builder(*m_generated)
                         .build(briefing::Scope::forPeriod(FuzzyDate::fromDate(first.start.firstDay()),
                             FuzzyDate::fromDate(last.start.firstDay())));
        if (!built)
            qFatal("no long brief: %s", qPrintable(built.error()));
        briefing::Brief brief = built.value();
        brief.banner = banner;
        return brief;
    }

    /// Checks that every page of `pdf` starts and ends with the banner and carries "Page i of n".
    void checkFurniture(const QString& pdf, int pages)
    {
        for (int page = 1; page <= pages; ++page) {
            const QStringList text = lines(pdfText(pdf, page));
            QVERIFY2(text.size() >= 3, qPrintable(u"page %1 is empty"_s.arg(page)));
            QCOMPARE(text.first(), banner);
            QCOMPARE(text.last(), banner);
            QVERIFY2(text.at(text.size() - 2).endsWith(u"Page %1 of %2"_s.arg(page).arg(pages)),
                qPrintable(text.at(text.size() - 2)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& program : {u"pdftotext"_s, u"pdfinfo"_s, u"pdfimages"_s, u"unzip"_s}) {
            QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(),
                qPrintable(program + u" is needed (poppler-utils, unzip): packaging/setup.sh installs it"_s));
        }
        auto created = sample::create(m_dir.filePath(u"Alaska.attache"_s));
        QVERIFY(created.ok());
        m_sample = std::move(created.value());
        auto generated = Project::create(m_dir.filePath(u"generated.attache"_s));
        QVERIFY(generated.ok());
        m_generated = std::move(generated.value());
        generator::Options options;
        options.events = 3000;
        options.years = 10;
        options.seed = 7;
        QVERIFY(generator::generate(*m_generated, options).ok());
    }

    void alaskaBriefAsPdf_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::addColumn<QString>("points");
        QTest::newRow("A4") << QPageSize::A4 << u"595x842"_s;
        QTest::newRow("Letter") << QPageSize::Letter << u"612x792"_s;
    }

    void alaskaBriefAsPdf()
    {
        QFETCH(QPageSize::PageSizeId, paper);
        QFETCH(QString, points);
        const briefing::Brief brief = summitBrief();
        const QString pdf = m_dir.filePath(u"alaska-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        BriefPrinter printer(brief);
        const Status written = printer.writePdf(pdf, QPageSize(paper));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        QVERIFY(readAll(pdf).startsWith("%PDF"));

        // One page, to hand to a minister.
        QCOMPARE(printer.pageCount(), 1);
        QCOMPARE(pdfPages(pdf), 1);
        QCOMPARE(pdfPageSize(pdf), points);

        const QString text = normalized(pdfText(pdf));
        QVERIFY2(text.contains(u"Trump\u2013Putin summit in Alaska"_s), qPrintable(text));
        for (const QString& date : {u"15\u201318 Aug 2025"_s, u"Fri 15 Aug 2025"_s, u"Sun 17 Aug 2025"_s, u"Mon 18 Aug 2025"_s})
            QVERIFY2(text.contains(date), qPrintable(date));
        QCOMPARE(brief.people.size(), 4);
        for (const briefing::Person& person : brief.people) {
            QVERIFY2(text.contains(person.name + u" \u2014 "_s + person.part), qPrintable(person.name));
            QVERIFY2(text.contains(person.title), qPrintable(person.title));
        }
        QCOMPARE(brief.statements.size(), 5);
        for (const briefing::KeyStatement& s : brief.statements)
            QVERIFY2(text.contains(u"\u201c"_s + normalized(s.text) + u"\u201d"_s), qPrintable(s.text));
        QCOMPARE(brief.sources.size(), 1);
        for (const briefing::Citation& c : brief.sources) {
            QVERIFY2(text.contains(u"[%1] "_s.arg(c.number) + normalized(briefing::HtmlWriter::citationText(c))),
                qPrintable(briefing::HtmlWriter::citationText(c)));
            QVERIFY(text.contains(c.grade() + u' ' + c.gradeDescription()));
        }
        QVERIFY(text.contains(u"BOTTOM LINE Donald Trump hosted Vladimir Putin"_s));
        for (const QString& heading : headings)
            QVERIFY2(text.contains(heading), qPrintable(heading));
        checkFurniture(pdf, 1);
        QVERIFY(text.contains(u"Alaska \u2014 Trump\u2013Putin summit in Alaska Page 1 of 1"_s)); // project and title

        // The timeline figure is drawn, not pasted: the PDF holds no raster image.
        const QStringList images = lines(QString::fromUtf8(tool(u"pdfimages"_s, {u"-list"_s, pdf})));
        QCOMPARE(images.size(), 2); // the two header lines of the listing
        QVERIFY(text.contains(u"Donald Trump"_s)); // lane labels come from the renderer
    }

    void quotesFullOfMarkupPrintLiterally()
    {
        test::TempProject project;
        const QString quote = u"<b>not bold</b> & <script>alert(1)</script>"_s;
        ATTACHE_WRITE(*project, {
            Actor a;
            a.name = u"Spokesperson"_s;
            const ActorId speaker = project->actors().insert(a);
            Event e;
            e.title = u"Press briefing"_s;
            e.kind = EventKind::PressConference;
            e.start = test::date("2025-05-05");
            e.participants = {{speaker, ParticipantRole::Host}};
            const EventId event = project->events().insert(e);
            Statement s;
            s.speaker = speaker;
            s.text = quote;
            s.venue = event;
            s.when = e.start;
            project->statements().insert(s);
        });
        auto brief = briefing::Builder(*project).build(briefing::Scope::forEvent(EventId(1)));
        QVERIFY(brief.ok());
        BriefPrinter printer(brief.value());
        const QString pdf = m_dir.filePath(u"markup.pdf"_s);
        QVERIFY(printer.writePdf(pdf, QPageSize(QPageSize::A4)).ok());
        QVERIFY2(normalized(pdfText(pdf)).contains(u"\u201c"_s + quote + u"\u201d"_s), qPrintable(pdfText(pdf)));
        const QString html = m_dir.filePath(u"markup.html"_s);
        QVERIFY(printer.writeHtml(html).ok());
        const QString written = QString::fromUtf8(readAll(html));
        QVERIFY(written.contains(u"&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(!written.contains(u"<script"_s));
        QVERIFY(!written.contains(u"<b>not bold"_s));
    }

    void longBriefBreaksPagesCleanly_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::newRow("A4") << QPageSize::A4;
        QTest::newRow("Letter") << QPageSize::Letter;
    }

    void longBriefBreaksPagesCleanly()
    {
        QFETCH(QPageSize::PageSizeId, paper);
        const briefing::Brief brief = longBrief();
        QVERIFY2(brief.chronology.size() >= 200, qPrintable(QString::number(brief.chronology.size())));
        BriefPrinter printer(brief);
        const QString pdf = m_dir.filePath(u"long-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(printer.writePdf(pdf, QPageSize(paper)).ok());
        const int pages = pdfPages(pdf);
        QCOMPARE(pages, printer.pageCount());
        QVERIFY2(pages >= 5 && pages <= 20, qPrintable(QString::number(pages)));
        checkFurniture(pdf, pages);

        // No page is left empty, and none ends with a heading: the last line above the footer is never one.
        for (int page = 1; page <= pages; ++page) {
            const QStringList text = lines(pdfText(pdf, page));
            QVERIFY2(text.size() > 3, qPrintable(u"page %1 is empty: %2"_s.arg(page).arg(text.join(u" | "_s))));
            const QString last = text.at(text.size() - 3);
            QVERIFY2(!headings.contains(last), qPrintable(u"page %1 ends with \"%2\""_s.arg(page).arg(last)));
        }
        // No event is lost between pages, and each page the chronology runs onto repeats its header.
        const QString all = normalized(pdfText(pdf));
        for (const briefing::ChronologyEntry& e : brief.chronology)
            QVERIFY2(all.contains(normalized(e.title)), qPrintable(e.title));
        for (int page = 2; page < pages; ++page)
            QVERIFY2(lines(pdfText(pdf, page)).at(1) == u"DATE EVENT PLACE KIND"_s, qPrintable(QString::number(page)));

        // In the layout: headings sit on the page of what follows them, and no table row is split between pages.
        const QTextDocument& document = printer.document();
        int headingsSeen = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() != 2)
                continue;
            ++headingsSeen;
            QTextBlock next = block.next();
            if (QTextTable* table = QTextCursor(next).currentTable())
                next = table->cellAt(table->format().headerRowCount(), 0).firstCursorPosition().block();
            QCOMPARE(printer.pageOf(next), printer.pageOf(block));
        }
        QCOMPARE(headingsSeen, 4);
        int rows = 0;
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            const auto* table = qobject_cast<QTextTable*>(frame);
            if (!table)
                continue;
            for (int row = 0; row < table->rows(); ++row, ++rows) {
                int top = -1;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                        const QRectF rect = document.documentLayout()->blockBoundingRect(b);
                        const int first = int((rect.top() + 0.01) / printer.pageHeight());
                        const int last = int((rect.bottom() - 0.01) / printer.pageHeight());
                        QVERIFY2(first == last, qPrintable(u"a line of \"%1\" is split"_s.arg(b.text())));
                        if (top < 0)
                            top = first;
                        QVERIFY2(first == top, qPrintable(u"row %1 (\"%2\") is split between pages"_s.arg(row).arg(b.text())));
                        if (b == cell.lastCursorPosition().block())
                            break;
                    }
                }
            }
        }
        QVERIFY(rows > 200);
    }

    void htmlAndOdt()
    {
        BriefPrinter printer(summitBrief());
        const QString html = m_dir.filePath(u"alaska.html"_s);
        QVERIFY(printer.write(html, QPageSize(QPageSize::A4)).ok());
        const QString page = QString::fromUtf8(readAll(html));
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<h1>Trump\u2013Putin summit in Alaska</h1>"_s));
        QVERIFY(page.contains(u"<img src=\"data:image/png;base64,"_s)); // the figure, as a picture
        QCOMPARE(page.count(banner), 2);

        const QString odt = m_dir.filePath(u"alaska.odt"_s);
        QVERIFY(printer.write(odt, QPageSize(QPageSize::A4)).ok());
        const QByteArray zip = readAll(odt);
        QVERIFY(zip.startsWith("PK"));
        QVERIFY(zip.contains("content.xml"));
        const QString content = QString::fromUtf8(tool(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
        QVERIFY(content.contains(u"Trump\u2013Putin summit in Alaska"_s));
        QVERIFY(content.contains(u"Putin says the red flag is NATO admission"_s));
        QVERIFY(QString::fromUtf8(tool(u"unzip"_s, {u"-l"_s, odt})).contains(u"Pictures/"_s));

        const Status unknown = printer.write(m_dir.filePath(u"alaska.docx"_s), QPageSize(QPageSize::A4));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(u".pdf, .html or .odt"_s), qPrintable(unknown.error()));
        const Status unwritable = printer.write(m_dir.filePath(u"missing/folder/alaska.pdf"_s), QPageSize(QPageSize::A4));
        QVERIFY(!unwritable.ok());
        QVERIFY2(unwritable.error().contains(u"alaska.pdf: cannot write"_s), qPrintable(unwritable.error()));
    }

    void paperFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::newRow("United States") << u"en_US"_s << QPageSize::Letter;
        QTest::newRow("Canada (English)") << u"en_CA"_s << QPageSize::Letter;
        QTest::newRow("Canada (French)") << u"fr_CA"_s << QPageSize::Letter;
        QTest::newRow("Mexico") << u"es_MX"_s << QPageSize::Letter;
        QTest::newRow("United Kingdom") << u"en_GB"_s << QPageSize::A4;
        QTest::newRow("Germany") << u"de_DE"_s << QPageSize::A4;
        QTest::newRow("Japan") << u"ja_JP"_s << QPageSize::A4;
        QTest::newRow("C") << u"C"_s << QPageSize::A4;
    }

    void paperFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QPageSize::PageSizeId, paper);
        QCOMPARE(BriefPrinter::defaultPageSize(QLocale(locale)).id(), paper);
    }

    void printersShareThePdfPath()
    {
        // A QPrinter (as print and print preview use) gets the same pages as the PDF writer.
        const briefing::Brief brief = longBrief();
        BriefPrinter direct(brief);
        const QString viaWriter = m_dir.filePath(u"writer.pdf"_s);
        QVERIFY(direct.writePdf(viaWriter, QPageSize(QPageSize::Letter)).ok());

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString viaPrinter = m_dir.filePath(u"printer.pdf"_s);
        printer.setOutputFileName(viaPrinter);
        printer.setPageLayout(BriefPrinter::pageLayout(QPageSize(QPageSize::Letter)));
        BriefPrinter printed(brief);
        QCOMPARE(printed.print(printer), direct.pageCount());
        QCOMPARE(pdfPages(viaPrinter), direct.pageCount());
        QCOMPARE(pdfPageSize(viaPrinter), u"612x792"_s);
        for (const int page : {1, direct.pageCount()})
            QCOMPARE(pdfText(viaPrinter, page), pdfText(viaWriter, page));

        // A page range asked of the printer prints those pages, numbered as in the whole.
        printer.setOutputFileName(m_dir.filePath(u"range.pdf"_s));
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        QCOMPARE(BriefPrinter(brief).print(printer), direct.pageCount());
        QCOMPARE(pdfPages(m_dir.filePath(u"range.pdf"_s)), 2);
        QVERIFY(pdfText(m_dir.filePath(u"range.pdf"_s), 1).contains(u"Page 2 of %1"_s.arg(direct.pageCount())));
    }

    void anActorBriefDrawsItsContacts()
    {
        const ActorId trump = m_sample->actors().findByName(u"Donald Trump"_s)->id;
        auto built = briefing::Builder(*m_sample).build(briefing::Scope::forActor(trump));
        QVERIFY(built.ok());
        const briefing::Brief brief = built.value();
        const ContactsFigure contacts(brief);
        QVERIFY(!contacts.isEmpty());
        QVERIFY2(contacts.actors() >= 4, qPrintable(QString::number(contacts.actors())));
        QVERIFY(contacts.links() >= 3);
        QVERIFY(contacts.logicalHeight() >= ContactsFigure::minimumHeight);
        // People's nodes are in the picture, in the network view's colour for people.
        const QImage image = contacts.image(1.0);
        QCOMPARE(image.width(), ContactsFigure::logicalWidth);
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 1) {
            for (int x = 0; x < image.width() && !found; ++x)
                found = QColor(image.pixel(x, y)) == networkColour(ActorKind::Person);
        }
        QVERIFY(found);

        // In the PDF under its heading, drawn as vectors: no raster image, its names as text.
        const QString pdf = m_dir.filePath(u"trump.pdf"_s);
        BriefPrinter printer(brief);
        const Status written = printer.writePdf(pdf, QPageSize(QPageSize::A4));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        const QString text = normalized(pdfText(pdf));
        QVERIFY2(text.contains(u"Contacts"_s), qPrintable(text));
        QVERIFY(text.contains(u"Vladimir Putin"_s));
        QCOMPARE(lines(QString::fromUtf8(tool(u"pdfimages"_s, {u"-list"_s, pdf}))).size(), 2);
        // HTML carries it as a second picture.
        QCOMPARE(printer.html().count(u"data:image/png;base64,"_s), 2);

        // An event brief has no contacts figure.
        BriefPrinter summit(summitBrief());
        QVERIFY(ContactsFigure(summitBrief()).isEmpty());
        QCOMPARE(summit.html().count(u"data:image/png;base64,"_s), 1);
        QVERIFY(!summit.html().contains(u">Contacts</h2>"_s));
    }

    void figureIsDrawnByTheTimelineRenderer()
    {
        const briefing::Brief brief = summitBrief();
        const BriefFigure figure(brief);
        QVERIFY(!figure.isEmpty());
        QCOMPARE(figure.sizeAt(360).width(), 360.0);
        QCOMPARE(figure.sizeAt(360).height(), 360.0 * figure.logicalHeight() / BriefFigure::logicalWidth);
        const QImage image = figure.image(1.0);
        QCOMPARE(image.width(), BriefFigure::logicalWidth);
        // The summit's marker colour (the renderer's kind colour) is somewhere in the picture.
        const QColor summitColor = TimelineRenderer::kindColor(EventKind::Summit);
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < image.width() && !found; ++x)
                found = QColor(image.pixel(x, y)) == summitColor;
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestBriefPrinter)
#include "tst_briefprinter.moc"

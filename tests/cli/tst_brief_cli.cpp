// SPDX-License-Identifier: GPL-3.0-or-later
// `attache brief` as scripts use it: the real executable, without a display, writing PDF, HTML and ODT for an event,
// an actor or a period, with the exit statuses and one-line messages of the command line contract (design/CLI.md).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace Qt::Literals::StringLiterals;
using attache::test::Run;
using attache::test::errorProblem;
using attache::test::readFile;

namespace {


const QString banner = u"UNCLASSIFIED // FOR OFFICIAL USE ONLY"_s;
const QString summit = u"Trump\u2013Putin summit in Alaska"_s;



QString simplified(const QString& text)
{
    QString plain = text;
    plain.replace(u"\ufb00"_s, u"ff"_s).replace(u"\ufb01"_s, u"fi"_s).replace(u"\ufb02"_s, u"fl"_s);
    plain = plain.simplified();
    plain.replace(QRegularExpression(u"(\\w)- (\\w)"_s), u"\\1-\\2"_s);
    return plain;
}

} // namespace

class TestBriefCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sample;

    /// Runs the executable in the test's folder without any display, as scripts do.
    Run attache(const QStringList& arguments, const QStringList& environment = {}) const
    {
        return attache::test::runHeadless(QStringLiteral(ATTACHE_EXECUTABLE), arguments, m_dir.path(), environment);
    }

    static QString tool(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& program : {u"pdftotext"_s, u"pdfinfo"_s, u"unzip"_s}) {
            QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(),
                qPrintable(program + u" is needed (poppler-utils, unzip): packaging/setup.sh installs it"_s));
        }
        m_sample = path(u"alaska.attache"_s);
        const Run made = attache({u"sample"_s, m_sample});
        QVERIFY2(made.code == 0, qPrintable(made.errText()));
    }

    void eventBriefAsPdf()
    {
        const Run run = attache({u"brief"_s, m_sample, u"--event"_s, u"1"_s, u"-o"_s, u"alaska.pdf"_s, u"--banner"_s, banner});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QCOMPARE(run.outText(), u"wrote alaska.pdf (1 page)\n"_s);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.errText())); // no start-up chatter from Qt
        const QString pdf = path(u"alaska.pdf"_s);
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        QVERIFY(tool(u"pdfinfo"_s, {pdf}).contains(u"Pages:           1"_s));
        const QString text = simplified(tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-raw"_s, pdf, u"-"_s}));
        QVERIFY(text.startsWith(banner));
        QVERIFY(text.endsWith(banner));
        for (const QString& expected : {summit, u"15\u201318 Aug 2025"_s, u"Fri 15 Aug 2025"_s, u"Donald Trump \u2014 host"_s,
                 u"Vladimir Putin \u2014 guest"_s, u"Steve Witkoff \u2014 participant"_s, u"Volodymyr Zelenskyy \u2014 mentioned"_s,
                 u"\u201cPutin says the red flag is NATO admission\u201d"_s, u"\u201cBIG PROGRESS ON RUSSIA\u201d"_s,
                 u"\u201cthe U.S. and other nations could effectively offer Article 5-like language\u201d"_s,
                 u"[1] Eric Martin, Wendy Benjaminson. \u201cUS, Russia agreed on Ukraine security pledges, Witkoff says.\u201d "
                 u"Bloomberg News, Sun 17 Aug 2025."_s,
                 u"Page 1 of 1"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n in: "_s + text));
        }
    }

    void relatedDaysOption()
    {
        const Run run = attache({u"brief"_s, m_sample, u"--event"_s, u"1"_s, u"--days"_s, u"1"_s, u"-o"_s, u"day.html"_s});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QCOMPARE(run.outText(), u"wrote day.html\n"_s);
        const QString html = QString::fromUtf8(readFile(path(u"day.html"_s)));
        QVERIFY(html.contains(summit));
        QVERIFY(html.contains(u"with related events within 1 day "_s));
        QVERIFY(!html.contains(u"White House"_s));
    }

    void actorBriefAsHtml()
    {
        const Run run = attache({u"brief"_s, m_sample, u"--actor"_s, u"Marco Rubio"_s, u"-o"_s, u"rubio.html"_s});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QString html = QString::fromUtf8(readFile(path(u"rubio.html"_s)));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<h1>Marco Rubio</h1>"_s));
        QVERIFY(html.contains(u"Rubio on NBC's Meet the Press"_s));
        QVERIFY(html.contains(u"Face the Nation"_s));
        QVERIFY(!html.contains(summit));
        // The actor's contacts: a second picture under its heading.
        QVERIFY(html.contains(u">Contacts</h2>"_s));
        QCOMPARE(html.count(u"data:image/png;base64,"_s), 2);
    }

    void actorOverAPeriodAsOdt()
    {
        const Run run = attache({u"brief"_s, m_sample, u"--actor"_s, u"Trump"_s, u"--from"_s, u"2025-08-16"_s, u"--to"_s,
            u"2025-08-18"_s, u"-o"_s, u"trump.odt"_s});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QByteArray odt = readFile(path(u"trump.odt"_s));
        QVERIFY(odt.startsWith("PK"));
        QVERIFY(odt.contains("content.xml"));
        const QString content = tool(u"unzip"_s, {u"-p"_s, path(u"trump.odt"_s), u"content.xml"_s});
        QVERIFY(content.contains(u"Donald Trump"_s));
        QVERIFY(content.contains(u"Truth Social post on Russia"_s));
        QVERIFY(content.contains(u"Zelenskyy and European leaders at the White House"_s));
        QVERIFY(!content.contains(summit));
        QVERIFY(content.contains(u"Contacts"_s));
    }

    void periodBrief()
    {
        const Run run = attache({u"brief"_s, m_sample, u"--from"_s, u"2025-08-17"_s, u"--to"_s, u"2025-08-17"_s, u"-o"_s,
            u"period.pdf"_s, u"--paper"_s, u"letter"_s});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QString pdf = path(u"period.pdf"_s);
        QVERIFY(tool(u"pdfinfo"_s, {pdf}).contains(u"612 x 792 pts"_s));
        const QString text = simplified(tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
        QVERIFY2(text.contains(u"Events of 17 Aug 2025"_s), qPrintable(text));
        QVERIFY(text.contains(u"Witkoff on CNN's State of the Union"_s));
        QVERIFY(!text.contains(u"White House"_s));
    }

    void paperFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("size");
        QTest::newRow("en_US") << u"en_US.UTF-8"_s << u"612 x 792 pts"_s;
        QTest::newRow("en_CA") << u"en_CA.UTF-8"_s << u"612 x 792 pts"_s;
        QTest::newRow("de_DE") << u"de_DE.UTF-8"_s << u"595 x 842 pts"_s;
        QTest::newRow("C") << u"C"_s << u"595 x 842 pts"_s;
    }

    void paperFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, size);
        const QString name = u"paper-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
        const Run run = attache(
            {u"brief"_s, m_sample, u"--event"_s, u"1"_s, u"-o"_s, name}, {u"LC_ALL="_s + locale, u"LANG="_s + locale});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QVERIFY(tool(u"pdfinfo"_s, {path(name)}).contains(size));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString p = u"alaska.attache"_s;
        QTest::newRow("no scope") << QStringList{p, u"-o"_s, u"x.pdf"_s} << u"usage: attache brief"_s;
        QTest::newRow("two scopes") << QStringList{p, u"--event"_s, u"1"_s, u"--actor"_s, u"Trump"_s, u"-o"_s, u"x.pdf"_s}
            << u"usage"_s;
        QTest::newRow("event and period") << QStringList{p, u"--event"_s, u"1"_s, u"--from"_s, u"2025-08-01"_s, u"-o"_s, u"x.pdf"_s}
            << u"usage"_s;
        QTest::newRow("half a period") << QStringList{p, u"--from"_s, u"2025-08-01"_s, u"-o"_s, u"x.pdf"_s}
            << u"--from and --to"_s;
        QTest::newRow("no output") << QStringList{p, u"--event"_s, u"1"_s} << u"usage"_s;
        QTest::newRow("unknown format") << QStringList{p, u"--event"_s, u"1"_s, u"-o"_s, u"x.docx"_s}
            << u".pdf, .html or .odt"_s;
        QTest::newRow("bad date") << QStringList{p, u"--from"_s, u"2025-13-45"_s, u"--to"_s, u"2025-12-01"_s, u"-o"_s, u"x.pdf"_s}
            << u"--from"_s;
        QTest::newRow("backwards period")
            << QStringList{p, u"--from"_s, u"2025-09-01"_s, u"--to"_s, u"2025-08-01"_s, u"-o"_s, u"x.pdf"_s}
            << u"before"_s;
        QTest::newRow("bad event id") << QStringList{p, u"--event"_s, u"summit"_s, u"-o"_s, u"x.pdf"_s} << u"--event"_s;
        QTest::newRow("bad days") << QStringList{p, u"--event"_s, u"1"_s, u"--days"_s, u"-2"_s, u"-o"_s, u"x.pdf"_s}
            << u"--days"_s;
        QTest::newRow("bad paper") << QStringList{p, u"--event"_s, u"1"_s, u"--paper"_s, u"a3"_s, u"-o"_s, u"x.pdf"_s}
            << u"--paper"_s;
        QTest::newRow("unknown option") << QStringList{p, u"--event"_s, u"1"_s, u"--colour"_s, u"-o"_s, u"x.pdf"_s}
            << u"colour"_s;
        QTest::newRow("no project") << QStringList{u"--event"_s, u"1"_s, u"-o"_s, u"x.pdf"_s} << u"usage"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = attache(QStringList{u"brief"_s} + arguments);
        const QString problem = errorProblem(run, 2, mentions);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString p = u"alaska.attache"_s;
        QTest::newRow("missing project") << QStringList{u"nowhere.attache"_s, u"--event"_s, u"1"_s, u"-o"_s, u"x.pdf"_s}
            << u"nowhere.attache"_s;
        QTest::newRow("unknown event") << QStringList{p, u"--event"_s, u"99"_s, u"-o"_s, u"x.pdf"_s}
            << u"no event has the id 99"_s;
        QTest::newRow("unknown actor") << QStringList{p, u"--actor"_s, u"Nobody"_s, u"-o"_s, u"x.pdf"_s}
            << u"no actor is named \"Nobody\""_s;
        QTest::newRow("empty period") << QStringList{p, u"--from"_s, u"2030-01-01"_s, u"--to"_s, u"2030-12-31"_s, u"-o"_s, u"x.pdf"_s}
            << u"no events"_s;
        QTest::newRow("unwritable output") << QStringList{p, u"--event"_s, u"1"_s, u"-o"_s, u"missing/x.pdf"_s}
            << u"cannot write"_s;
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = attache(QStringList{u"brief"_s} + arguments);
        const QString problem = errorProblem(run, 1, mentions);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
    }

    void helpListsTheCommand()
    {
        const Run run = attache({u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.outText().contains(u"attache brief P (--event ID"_s));
    }
};

QTEST_GUILESS_MAIN(TestBriefCli)
#include "tst_brief_cli.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the scorer on the evaluation corpus kept beside the project (../shared/corpus) and holds the importer to its
// bars. Skips, saying why, when the corpus or the scorer is absent.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString sharedDir()
{
    return QDir(qEnvironmentVariable("ATTACHE_SOURCE_DIR", QStringLiteral(ATTACHE_SOURCE_DIR))).absoluteFilePath(u"../shared"_s);
}

/// The scorer's figures from its "ALL:" line: quotes R/P, attribution, quote dates, actors R/P, events R/P, metadata.
QHash<QString, double> score(const QStringList& dirs, QString* report)
{
    const QString shared = sharedDir();
    QProcess scorer;
    QStringList args{shared + u"/tools/score-extraction"_s, u"--cmd"_s,
        QStringLiteral(ATTACHE_EXECUTABLE) + u" extract {file} --published {published}"_s};
    for (const QString& d : dirs)
        args.append(shared + u"/corpus/"_s + d);
    scorer.start(u"python3"_s, args);
    scorer.waitForFinished(300000);
    *report = QString::fromUtf8(scorer.readAllStandardOutput());
    QHash<QString, double> figures;
    const QString all = report->section(u"ALL: "_s, 1).section(u'\n', 0, 0);
    static const QRegularExpression number(QStringLiteral("(quotes R|P|attribution|quote dates|actors R|events R|metadata|names)=([0-9.]+)"));
    QString last;
    for (auto it = number.globalMatch(all); it.hasNext();) {
        const auto m = it.next();
        QString key = m.captured(1);
        if (key == u"P"_s)
            key = last + u" P"_s;
        else
            last = key.section(u' ', 0, 0);
        figures.insert(key, m.captured(2).toDouble());
    }
    return figures;
}

/// Clean names over the found actors the gold gives a spelling for (tests/core/judgednames.py), per folder and "ALL".
QHash<QString, double> judgedNames(const QStringList& dirs, QString* report)
{
    const QString shared = sharedDir();
    QProcess judge;
    QStringList args{QDir(QStringLiteral(ATTACHE_SOURCE_DIR)).absoluteFilePath(u"tests/core/judgednames.py"_s),
        shared + u"/tools/score-extraction"_s, QStringLiteral(ATTACHE_EXECUTABLE)};
    for (const QString& d : dirs)
        args.append(shared + u"/corpus/"_s + d);
    judge.start(u"python3"_s, args);
    judge.waitForFinished(300000);
    *report = QString::fromUtf8(judge.readAllStandardOutput()) + QString::fromUtf8(judge.readAllStandardError());
    QHash<QString, double> figures;
    static const QRegularExpression line(QStringLiteral("^(\\S+) names_judged=([0-9.]+)"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(*report); it.hasNext();) {
        const auto m = it.next();
        figures.insert(m.captured(1), m.captured(2).toDouble());
    }
    return figures;
}

} // namespace

class TestCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(sharedDir() + u"/tools/score-extraction"_s) || !QFileInfo::exists(sharedDir() + u"/corpus/seed"_s))
            QSKIP("the evaluation corpus (../shared/corpus) and its scorer are not beside this checkout");
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3, which runs the scorer, is not installed");
    }

    void seedMeetsItsBars()
    {
        QString report;
        const auto f = score({u"seed"_s}, &report);
        qInfo().noquote() << report.section(u"ALL: "_s, 1).trimmed();
        QVERIFY2(f.value(u"quotes R"_s) >= 1.0, qPrintable(report));
        QVERIFY2(f.value(u"quotes P"_s) >= 0.95, qPrintable(report));
        QVERIFY2(f.value(u"attribution"_s) >= 1.0, qPrintable(report));
        QVERIFY2(f.value(u"quote dates"_s) >= 1.0, qPrintable(report));
        QVERIFY2(f.value(u"actors R"_s) >= 1.0, qPrintable(report));
        QVERIFY2(f.value(u"actors P"_s) >= 0.80, qPrintable(report));
        QVERIFY2(f.value(u"events R"_s) >= 0.83, qPrintable(report));
        QVERIFY2(f.value(u"metadata"_s) >= 1.0, qPrintable(report));
    }

    void devHoldsWhatItReached()
    {
        QString report;
        const auto f = score({u"dev"_s}, &report);
        qInfo().noquote() << report;
        // The issue's bars where they are met...
        QVERIFY2(f.value(u"quotes R"_s) >= 0.97, qPrintable(report));
        QVERIFY2(f.value(u"quotes P"_s) >= 0.95, qPrintable(report));
        QVERIFY2(f.value(u"attribution"_s) >= 0.95, qPrintable(report));
        QVERIFY2(f.value(u"quote dates"_s) >= 0.95, qPrintable(report));
        QVERIFY2(f.value(u"actors R"_s) >= 0.90, qPrintable(report));
        QVERIFY2(f.value(u"actors P"_s) >= 0.85, qPrintable(report));
        QVERIFY2(f.value(u"metadata"_s) >= 0.95, qPrintable(report));
        QVERIFY2(f.value(u"events R"_s) >= 0.75, qPrintable(report));
        QVERIFY2(f.value(u"events P"_s) >= 0.70, qPrintable(report));
        // The scorer's names counts every found actor, and can never count clean the ones a gold file lists only as
        // optional (it has no spelling for them): 0.91 here, with four such actors found.
        QVERIFY2(f.value(u"names"_s) >= 0.87, qPrintable(report));
    }

    void namesAreWrittenCleanly()
    {
        // Names judged where the gold gives their spelling. The one unclean name of dev is "South Sudan", another
        // state than Sudan, which the scorer's last-word rule takes for it.
        QString report;
        const auto f = judgedNames({u"seed"_s, u"dev"_s, u"dev2"_s, u"story"_s}, &report);
        qInfo().noquote() << report;
        QVERIFY2(f.contains(u"ALL"_s), qPrintable(report));
        QVERIFY2(f.value(u"dev"_s) >= 0.97, qPrintable(report));
        QVERIFY2(f.value(u"ALL"_s) >= 0.98, qPrintable(report));
    }

    void allFourFoldersHoldWhatTheyReached()
    {
        // seed, dev, dev2 and story together: 24 articles from a dozen outlets and four decades. The report prints
        // each article's figures, so a rule that helps one article and hurts another shows.
        QString report;
        const auto f = score({u"seed"_s, u"dev"_s, u"dev2"_s, u"story"_s}, &report);
        qInfo().noquote() << report;
        QVERIFY2(f.value(u"quotes R"_s) >= 0.97, qPrintable(report));
        QVERIFY2(f.value(u"quotes P"_s) >= 0.95, qPrintable(report));
        QVERIFY2(f.value(u"attribution"_s) >= 0.89, qPrintable(report));
        QVERIFY2(f.value(u"quote dates"_s) >= 0.89, qPrintable(report));
        QVERIFY2(f.value(u"actors R"_s) >= 0.86, qPrintable(report));
        QVERIFY2(f.value(u"actors P"_s) >= 0.94, qPrintable(report));
        // Occasions no longer take in who only tells of them, possessors ("Trump's son-in-law") or a passive "met"
        // (events R fell from 0.69 to 0.65: hits of the wrong kind, which the scorer matches on one participant and
        // a date), and posts on X, Telegram and the like are found (0.69 again, precision from 0.79 to 0.83).
        QVERIFY2(f.value(u"events R"_s) >= 0.69, qPrintable(report));
        // A verb with a capital inside a sentence is a name ("Meet the Press"), and a state qualifying a thing of its
        // own ("NATO membership") no side: precision 0.85; a gathering by another name on its day and place is one
        // (the summit and "the leaders' meeting" in Alaska): 0.86.
        QVERIFY2(f.value(u"events P"_s) >= 0.86, qPrintable(report));
        QVERIFY2(f.value(u"metadata"_s) >= 0.95, qPrintable(report));
        QVERIFY2(f.value(u"names"_s) >= 0.86, qPrintable(report));
    }

    void storyMergesIntoOneProject()
    {
        // The six outlets' articles on one story, imported one after another into one project: how many events and
        // actors come out twice, and how many of an event's reports end up as its sources.
        if (!QFileInfo::exists(sharedDir() + u"/tools/score-story"_s))
            QSKIP("score-story is not beside this checkout");
        QProcess scorer;
        scorer.start(u"python3"_s, {sharedDir() + u"/tools/score-story"_s, u"--attache"_s,
                                       QStringLiteral(ATTACHE_EXECUTABLE), sharedDir() + u"/corpus/story"_s});
        QVERIFY(scorer.waitForFinished(300000));
        const QString report = QString::fromUtf8(scorer.readAllStandardOutput());
        qInfo().noquote() << report;
        static const QRegularExpression all(QStringLiteral("ALL: events found=(\\d+)/\\d+ duplicates=(\\d+) sources merged=([0-9.]+) \\| actors found=\\d+/\\d+ duplicates=(\\d+)"));
        const auto m = all.match(report);
        QVERIFY2(m.hasMatch(), qPrintable(report + QString::fromUtf8(scorer.readAllStandardError())));
        QVERIFY2(m.captured(1).toInt() >= 7, qPrintable(report));
        // Duplicates as the scorer counts them: it files each project event under the first story event of its
        // day with the most participants in common, whatever its kind, so a post by a negotiator counts as a
        // duplicate of the talks (see the README). Jared Kushner, found since "Jared" stopped reading as a past tense,
        // makes one report's prisoner exchange a proposal rather than a match (he is of no side the text names): 10.
        QVERIFY2(m.captured(2).toInt() <= 10, qPrintable(report));
        QVERIFY2(m.captured(3).toDouble() >= 0.75, qPrintable(report));
        QCOMPARE(m.captured(4).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"

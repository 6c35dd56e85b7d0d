// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "sample/sample.h"
#include "storage/project.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

class TestSample final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Project> m_project;
    QTemporaryDir m_dir;

    Event eventTitled(const QString& prefix)
    {
        for (const Event& e : m_project->events().list()) {
            if (e.title.startsWith(prefix))
                return e;
        }
        return {};
    }
    QStringList participantNames(const Event& e)
    {
        QStringList names;
        for (const Participant& p : e.participants)
            names.append(m_project->actors().find(p.actor)->name);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = sample::create(m_dir.filePath(u"sample.attache"_s));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
        m_project = std::move(created.value());
    }

    void holdsTheActors()
    {
        for (const QString& name : {u"Donald Trump"_s, u"Vladimir Putin"_s, u"Steve Witkoff"_s, u"Volodymyr Zelenskyy"_s,
                 u"Marco Rubio"_s, u"United States"_s, u"Russia"_s, u"Ukraine"_s, u"NATO"_s, u"European leaders"_s}) {
            QVERIFY2(m_project->actors().findByName(name), qPrintable(name));
        }
        QCOMPARE(m_project->actors().findByName(u"Zelensky"_s)->name, u"Volodymyr Zelenskyy"_s);
        QCOMPARE(m_project->actors().findByName(u"European leaders"_s)->kind, ActorKind::Group);
        QCOMPARE(m_project->actors().findByName(u"Rubio"_s)->role, u"Secretary of State"_s);
    }

    void holdsTheEvents()
    {
        const Event summit = eventTitled(u"Trump–Putin summit"_s);
        QCOMPARE(summit.kind, EventKind::Summit);
        QCOMPARE(summit.start.toString(), u"2025-08-15"_s);
        QCOMPARE(summit.start.display(), u"Fri 15 Aug 2025"_s);
        QVERIFY(summit.location.contains(u"Alaska"_s));
        QVERIFY(participantNames(summit).contains(u"Vladimir Putin"_s));

        const Event whiteHouse = eventTitled(u"Zelenskyy and European leaders"_s);
        QCOMPARE(whiteHouse.status, EventStatus::Planned);
        QCOMPARE(whiteHouse.start.display(), u"Mon 18 Aug 2025"_s);
        QCOMPARE(participantNames(whiteHouse), (QStringList{u"Donald Trump"_s, u"Volodymyr Zelenskyy"_s, u"European leaders"_s}));

        for (const QString& show : {u"Witkoff on CNN"_s, u"Rubio on NBC"_s, u"Rubio on CBS"_s, u"Trump's Truth Social"_s}) {
            const Event e = eventTitled(show);
            QVERIFY2(!e.title.isEmpty(), qPrintable(show));
            QCOMPARE(e.start.display(), u"Sun 17 Aug 2025"_s);
        }
        QCOMPARE(eventTitled(u"Trump's Truth Social"_s).kind, EventKind::Post);
    }

    void holdsAttributedDatedStatements()
    {
        const QList<Statement> statements = m_project->statements().all();
        QVERIFY(statements.size() >= 10);
        for (const Statement& s : statements) {
            QVERIFY(m_project->actors().find(s.speaker));
            QCOMPARE(s.when.toString(), u"2025-08-17"_s);
            QVERIFY(s.source.isValid());
        }
        const Actor witkoff = *m_project->actors().findByName(u"Witkoff"_s);
        const Event cnn = eventTitled(u"Witkoff on CNN"_s);
        const QList<Statement> onCnn = m_project->statements().forEvent(cnn.id);
        QVERIFY(!onCnn.isEmpty());
        for (const Statement& s : onCnn)
            QCOMPARE(s.speaker, witkoff.id);
    }

    void citesTheBloombergArticle()
    {
        const QList<Source> sources = m_project->sources().all();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().outlet, u"Bloomberg News"_s);
        QCOMPARE(sources.first().authors, (QStringList{u"Eric Martin"_s, u"Wendy Benjaminson"_s}));
        QCOMPARE(sources.first().published.toString(), u"2025-08-17"_s);
    }

    void createRefusesAnExistingFile()
    {
        auto again = sample::create(m_dir.filePath(u"sample.attache"_s));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(u"already exists"_s));
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"

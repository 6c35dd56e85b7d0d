// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

class TestSearch final : public QObject
{
    Q_OBJECT

    test::TempProject* m_p = nullptr;
    ActorId m_actor;
    EventId m_event;
    StatementId m_statement;
    SourceId m_source;

    QList<SearchHit> search(const QString& query)
    {
        auto hits = (*m_p)->search(query);
        if (!hits)
            qWarning("%s", qPrintable(hits.error()));
        return hits ? hits.value() : QList<SearchHit>{};
    }

private Q_SLOTS:
    void init()
    {
        m_p = new test::TempProject;
        Project& p = **m_p;
        ATTACHE_WRITE(p, {
            Actor a;
            a.name = u"Inês Castillo"_s;
            a.aliases = {u"Castillo"_s, u"the mediator"_s};
            a.role = u"Special Envoy"_s;
            m_actor = p.actors().insert(a);
            Event e;
            e.title = u"Grain corridor talks in Zürich"_s;
            e.kind = EventKind::Talks;
            e.start = test::date("2024-07-01");
            e.summary = u"Negotiators discussed safe passage for cargo ships."_s;
            e.location = u"Zürich"_s;
            m_event = p.events().insert(e);
            Statement s;
            s.speaker = m_actor;
            s.text = u"Safe passage for grain is a humanitarian duty"_s;
            m_statement = p.statements().insert(s);
            Source src;
            src.title = u"Mediator upbeat after corridor talks"_s;
            src.outlet = u"Daily Dispatch"_s;
            src.text = u"The mediator said the ships could sail within weeks."_s;
            m_source = p.sources().insert(src);
        });
    }
    void cleanup()
    {
        delete m_p;
        m_p = nullptr;
    }

    void findsEachKindOfRow_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("title");
        QTest::newRow("actor by name") << u"Castillo"_s << int(HitType::Actor) << u"Inês Castillo"_s;
        QTest::newRow("actor by role") << u"envoy"_s << int(HitType::Actor) << u"Inês Castillo"_s;
        QTest::newRow("event by title") << u"corridor talks"_s << int(HitType::Event) << u"Grain corridor talks in Zürich"_s;
        QTest::newRow("event by summary") << u"cargo"_s << int(HitType::Event) << u"Grain corridor talks in Zürich"_s;
        QTest::newRow("statement, titled by speaker") << u"humanitarian"_s << int(HitType::Statement) << u"Inês Castillo"_s;
        QTest::newRow("source text") << u"sail"_s << int(HitType::Source) << u"Mediator upbeat after corridor talks"_s;
        QTest::newRow("source outlet") << u"dispatch"_s << int(HitType::Source) << u"Mediator upbeat after corridor talks"_s;
        QTest::newRow("prefix") << u"humanit"_s << int(HitType::Statement) << u"Inês Castillo"_s;
        QTest::newRow("without diacritics") << u"Ines"_s << int(HitType::Actor) << u"Inês Castillo"_s;
        QTest::newRow("phrase") << u"\"safe passage for grain\""_s << int(HitType::Statement) << u"Inês Castillo"_s;
    }
    void findsEachKindOfRow()
    {
        QFETCH(QString, query);
        QFETCH(int, type);
        QFETCH(QString, title);
        const QList<SearchHit> hits = search(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(int(hits.first().type), type);
        QCOMPARE(hits.first().title, title);
        QVERIFY2(hits.first().snippet.contains(u'['), qPrintable(hits.first().snippet));
    }

    void allWordsMustOccur()
    {
        QCOMPARE(search(u"grain zurich"_s).size(), 1);
        QVERIFY(search(u"grain moscow"_s).isEmpty());
        // A phrase in the wrong order does not match.
        QVERIFY(search(u"\"grain for passage\""_s).isEmpty());
    }

    void titlesRankAboveBodies()
    {
        // "corridor" is in the event's title and the source's title and text: both found, titles first.
        const QList<SearchHit> hits = search(u"corridor"_s);
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits.at(0).rank <= hits.at(1).rank);
    }

    void indexFollowsChanges()
    {
        Project& p = **m_p;
        Event e = *p.events().find(m_event);
        e.title = u"Shipping talks in Geneva"_s;
        ATTACHE_WRITE(p, p.events().update(e));
        QVERIFY(search(u"Zürich corridor"_s).isEmpty());
        QCOMPARE(search(u"Geneva"_s).size(), 1);
        ATTACHE_WRITE(p, p.actors().remove(m_actor)); // takes the statement along
        QVERIFY(search(u"Castillo"_s).isEmpty());
        QVERIFY(search(u"humanitarian"_s).isEmpty());
        ATTACHE_WRITE(p, p.sources().remove(m_source));
        QVERIFY(search(u"sail"_s).isEmpty());
    }

    void queriesNeverBreakTheSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("operators") << u"grain AND OR NOT"_s;
        QTest::newRow("parentheses") << u"(grain"_s;
        QTest::newRow("column filter") << u"title:grain"_s;
        QTest::newRow("star and caret") << u"^grain*"_s;
        QTest::newRow("unbalanced quote") << u"\"grain corridor"_s;
        QTest::newRow("hyphen") << u"grain-corridor"_s;
    }
    void queriesNeverBreakTheSyntax()
    {
        QFETCH(QString, query);
        const auto hits = (*m_p)->search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error()));
    }

    void emptyQueryIsAnError()
    {
        const auto hits = (*m_p)->search(u"  !! "_s);
        QVERIFY(!hits.ok());
        QVERIFY(hits.error().contains(u"no words"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

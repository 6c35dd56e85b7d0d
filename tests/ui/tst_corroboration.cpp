// SPDX-License-Identifier: GPL-3.0-or-later
// How many independent outlets report an event, where the analyst reads it: the details, the timeline's tooltip and
// the briefing sheet. Two sites running one agency story count once and are named as such. Texts written for the test.
#include <QTest>

#include "briefing/builder.h"
#include "briefing/htmlwriter.h"
#include "detailview.h"
#include "provenance/anchoring.h"
#include "storage/project.h"
#include "testproject.h"
#include "timeline/timelineview.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

const QString agencyStory = u"Negotiators from Veloria and the Aurelian Union agreed at Orin on Tuesday to reopen the "
                            u"northern rail crossing, closed for two winters over customs fees, before the harvest."_s;

struct Fixture
{
    test::TempProject p;
    EventId talks;
    QList<SourceId> sources;

    Fixture()
    {
        const Status written = p->write([this] {
            Event e;
            e.title = u"Orin rail talks"_s;
            e.kind = EventKind::Talks;
            e.start = test::date("2031-06-03");
            talks = p->events().insert(e);
            const auto add = [this](const QString& outlet, const QString& text) {
                Source s;
                s.outlet = outlet;
                s.title = u"Crossing to reopen"_s;
                s.text = text;
                sources.append(p->sources().insert(s));
            };
            add(u"Harbour Gazette"_s, u"ORIN, June 3 (Reuters) - "_s + agencyStory);
            add(u"Evening Report"_s, agencyStory + u"\n\nReuters"_s);
            add(u"Northern Ledger"_s, u"Trains will cross into Veloria again by August, its foreign minister said "
                                      u"after a long day of bargaining with the Union's envoys."_s);
        });
        if (!written)
            qFatal("cannot build the fixture: %s", qPrintable(written.error()));
    }

    void markEvidenceIn(qsizetype i)
    {
        const SourceId source = sources.at(i);
        const Status written = p->write([&] {
            p->annotations().insert(anchoring::make(p->sources().find(source)->text, source, 0, 12,
                AnnotationKind::EventEvidence, TargetType::Event, talks.value));
        });
        QVERIFY(written.ok());
    }

    QString tooltip()
    {
        TimelineView view;
        view.setProject(p.project.get());
        TimelineHit hit;
        hit.kind = TimelineHit::Kind::Event;
        hit.eventId = talks.value;
        return view.toolTipFor(hit);
    }

    QString details()
    {
        DetailView view;
        view.setProject(p.project.get());
        view.setEvent(talks);
        return view.plainText();
    }

    briefing::Brief brief()
    {
        auto built = briefing::Builder(*p).build(briefing::Scope::forEvent(talks));
        if (!built)
            qFatal("no brief: %s", qPrintable(built.error()));
        return built.value();
    }

    QString briefFact(const QString& label)
    {
        for (const briefing::Fact& fact : brief().facts) {
            if (fact.label == label)
                return fact.value;
        }
        return {};
    }
};

} // namespace

class TestCorroboration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingIsSaidWithoutEvidence()
    {
        Fixture f;
        QVERIFY(!f.tooltip().contains(u"Reported by"_s));
        QVERIFY(!f.details().contains(u"Reported by"_s));
        QCOMPARE(f.briefFact(u"Reported by"_s), QString());
    }

    void oneWireStoryIsOneOutlet()
    {
        Fixture f;
        f.markEvidenceIn(0);
        f.markEvidenceIn(1);
        const QString folded = u"Harbour Gazette and Evening Report ran one Reuters story"_s;
        QVERIFY2(
            f.tooltip().contains(u"Reported by 1 independent outlet ("_s + folded + u')'), qPrintable(f.tooltip()));
        const QString details = f.details();
        QVERIFY2(details.contains(u"1 independent outlet: Harbour Gazette, Evening Report; counted once: "_s + folded),
            qPrintable(details));
        QVERIFY(!details.contains(u"suggested 1"_s)); // one report does not confirm itself
        QCOMPARE(f.briefFact(u"Reported by"_s), u"1 independent outlet ("_s + folded + u')');
    }

    void anIndependentOutletConfirms()
    {
        Fixture f;
        f.markEvidenceIn(0);
        f.markEvidenceIn(1);
        f.markEvidenceIn(2);
        const QString reported
            = u"2 independent outlets (Harbour Gazette and Evening Report ran one Reuters story)"_s;
        QVERIFY2(f.tooltip().contains(u"Reported by "_s + reported), qPrintable(f.tooltip()));
        QVERIFY2(f.details().contains(u"2 independent outlets: Harbour Gazette, Evening Report, Northern Ledger"_s),
            qPrintable(f.details()));
        QVERIFY(f.details().contains(u"suggested 1 – confirmed"_s));
        QCOMPARE(f.briefFact(u"Reported by"_s), reported);
        // On the sheet as written out.
        const QString html = briefing::HtmlWriter::write(f.brief());
        QVERIFY2(html.contains(u"Reported by"_s), qPrintable(html));
        QVERIFY(html.contains(u"2 independent outlets"_s));
    }
};

QTEST_MAIN(TestCorroboration)
#include "tst_corroboration.moc"

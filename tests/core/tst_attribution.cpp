// SPDX-License-Identifier: GPL-3.0-or-later
// The attribution stage: who said each quotation, across the common shapes of news writing. Sentences written for
// these tests; each row is one shape.
#include <QTest>

#include "extract/extraction.h"
#include "extract/reader.h"
#include "extracttext.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using namespace attache::extract;

namespace {

QString speakerOf(const QString& text, const QString& words)
{
    const Extraction x = test::extractText(text);
    for (const StatementCandidate& s : x.statements) {
        if (s.quote.contains(words))
            return s.speaker.isEmpty() ? u"(nobody)"_s : s.speaker;
    }
    return u"(no such quotation)"_s;
}

} // namespace

class TestAttribution final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("speaker");

        QTest::newRow("quote, name said") << u"“We will meet again in June,” Ana Sousa said."_s << u"meet again"_s
                                          << u"Ana Sousa"_s;
        QTest::newRow("said name, the role of state")
            << u"“We will meet again in June,” said Ana Sousa, the foreign minister of Portugal."_s << u"meet again"_s
            << u"Ana Sousa"_s;
        QTest::newRow("name said colon") << u"Minister Ana Sousa said: “We will meet again in June.”"_s
                                         << u"meet again"_s << u"Ana Sousa"_s;
        QTest::newRow("apposition before the verb")
            << u"Piotr Lasek, head of the trade delegation, told reporters as he left: “We made real progress on tariffs.”"_s
            << u"real progress"_s << u"Piotr Lasek"_s;
        QTest::newRow("long apposition with a relative clause")
            << u"Envoy Mark Ellison, who led the team alongside Peter Varga, the minister's deputy, said on Thursday that while "
               "“much remains to be done” the exchange was a start."_s
            << u"much remains"_s << u"Mark Ellison"_s;
        QTest::newRow("participle shares the clause's subject")
            << u"Minister Sara Lind met Tom Okafor's team on Monday, saying the visit was “a turning point for both nations”."_s
            << u"turning point"_s << u"Sara Lind"_s;
        QTest::newRow("verb joined by and")
            << u"Secretary Hugh Penrose praised the Kenyan delegation and urged every party to “keep the talks going”."_s
            << u"keep the talks"_s << u"Hugh Penrose"_s;
        QTest::newRow("pronoun is the last sentence's subject")
            << u"President Tom Okafor defended the deal on Monday. Defence spokesman Ian Peel said the plan was flawed. "
               "He said Mr Okafor was “reckless beyond any measure” to sign it."_s
            << u"reckless beyond"_s << u"Ian Peel"_s;
        QTest::newRow("pronoun chain back to the name")
            << u"Foreign Minister Ana Sousa met President Tom Okafor on Monday.\n\nShe said she had won no promises.\n\n"
               "“There is a lot more goodwill than before,” she told reporters."_s
            << u"goodwill"_s << u"Ana Sousa"_s;
        QTest::newRow("object of a preposition is not the subject")
            << u"After a day of talks with President Tom Okafor, Minister Ana Sousa told a news conference that "
               "“the gap has narrowed a great deal”."_s
            << u"gap has narrowed"_s << u"Ana Sousa"_s;
        QTest::newRow("according to") << u"The talks were “tense but useful”, according to Ana Sousa."_s
                                      << u"tense but useful"_s << u"Ana Sousa"_s;
        QTest::newRow("role noun with a demonym")
            << u"Kenyan President Tom Okafor and Minister Ana Sousa met in Lisbon.\n\n"
               "“We are ready to sign the accord,” the Kenyan president told reporters."_s
            << u"ready to sign"_s << u"Tom Okafor"_s;
        QTest::newRow("unnamed source is not the state")
            << u"Minister Ana Sousa asked for more money. But a UK Government official responded: “Britain has paid more than "
               "its share for years.”"_s
            << u"paid more"_s << u"UK Government official"_s;
        QTest::newRow("a government speaks for its state")
            << u"“The sanctions are unjust and will not bring peace,” the Kenyan government said in a statement."_s
            << u"sanctions are unjust"_s << u"Kenya"_s;
        QTest::newRow("a ministry as written")
            << u"Kenya’s Foreign Ministry said the measures were “unfounded and unjust in every respect”."_s
            << u"unfounded"_s << u"Kenya’s Foreign Ministry"_s;
        QTest::newRow("apposition set off by dashes")
            << u"Envoy Ivan Petrov arrived on Monday. Petrov -- who has led the talks with Minister Ana Sousa since "
               "March -- told reporters that there “is real progress, and more to come”."_s
            << u"real progress"_s << u"Ivan Petrov"_s;
        QTest::newRow("a state qualifying a title is no subject")
            << u"Minister Ana Sousa spoke first.\n\nUS special envoy Mark Ellison, who led the team, said on Friday "
               "that “the work is far from done” in Lisbon."_s
            << u"far from done"_s << u"Mark Ellison"_s;
        QTest::newRow("after a place phrase and joined by and")
            << u"During a White House press briefing, press secretary Ana Sousa said the talks went well and "
               "repeated that “another round will follow soon”."_s
            << u"another round"_s << u"Ana Sousa"_s;
        QTest::newRow("reported speech, then a quotation standing alone")
            << u"“We will see,” said President Tom Okafor.\n\nForeign spokesman Ian Peel said the deal would hold, "
               "adding that both sides wanted it.\n\n“Nobody wants to start again from nothing.”"_s
            << u"Nobody wants"_s << u"Ian Peel"_s;
        QTest::newRow("a fragment too short to keep names the next speaker")
            << u"“We will see,” said President Tom Okafor. The foreign secretary, Ana Sousa, said the “justice” of "
               "the claim stood.\n\n“That has not changed in twenty years.”"_s
            << u"has not changed"_s << u"Ana Sousa"_s;
        QTest::newRow("straight quotation open at a paragraph's end goes on")
            << u"“We will see,” said President Tom Okafor.\n\nMinister Ana Sousa said: \"We keep the border open and "
               "we keep trade going.\n\n\"Nothing else would make any sense now.\""_s
            << u"Nothing else"_s << u"Ana Sousa"_s;
        QTest::newRow("quotation standing alone continues the speaker")
            << u"“The border stays open,” Minister Ana Sousa said.\n\n“Trade will go on as before, whatever happens.”"_s
            << u"Trade will go on"_s << u"Ana Sousa"_s;
    }

    void speakers()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(QString, speaker);
        QCOMPARE(speakerOf(text, words), speaker);
    }

    void postsOnAPlatform_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("platform"); // empty: no post
        QTest::newRow("wrote on X") << u"Prime Minister Ivo Petrov wrote on X on Thursday: “We are closer than ever.”"_s << u"X"_s;
        QTest::newRow("in a post to Telegram") << u"Envoy Tom Hale said in a post to Telegram that the “work was useful and frank.”"_s
                                              << u"Telegram"_s;
        QTest::newRow("in a post on X") << u"Minister Ana Sousa said in a post on X that “the border will open soon.”"_s << u"X"_s;
        QTest::newRow("a Truth Social post") << u"“The deal is done, and it is a good one,” President Tom Okafor said in a Truth "
                                                "Social post."_s << u"Truth Social"_s;
        QTest::newRow("on his Telegram channel") << u"“Our energy system held up tonight,” Minister Ivo Petrov said on his "
                                                    "Telegram channel."_s << u"Telegram"_s;
        QTest::newRow("writing on the X platform") << u"Envoy Tom Hale, writing on the X social media platform, said: “The talks were "
                                                      "useful.”"_s << u"X"_s;
        QTest::newRow("said on Monday") << u"“We keep the border open and trade going,” Minister Ana Sousa said on Monday."_s << QString();
        QTest::newRow("an X-ray") << u"“We saw it on the X-ray at the clinic,” Minister Ana Sousa said on Monday."_s << QString();
    }

    void postsOnAPlatform()
    {
        QFETCH(QString, text);
        QFETCH(QString, platform);
        const Extraction x = test::extractText(text);
        QCOMPARE(x.statements.size(), 1);
        const StatementCandidate& st = x.statements.first();
        QCOMPARE(st.kind == StatementKind::Post, !platform.isEmpty());
        if (!platform.isEmpty()) {
            QCOMPARE(st.venue, platform);
            // A post is an event of its own, its speaker's.
            QVERIFY(st.event >= 0 && st.event < x.events.size());
            QCOMPARE(x.events.at(st.event).kind, EventKind::Post);
            QCOMPARE(x.events.at(st.event).participants, QStringList{st.speaker});
        }
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"

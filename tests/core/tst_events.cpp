// SPDX-License-Identifier: GPL-3.0-or-later
// The events and titles stages of the importer, and the day of a quotation taken from its occasion. Sentences
// written for these tests; the publication day is Friday 10 May 2024.
#include <QTest>

#include "extract/events.h"
#include "extract/eventtitles.h"
#include "extract/extraction.h"
#include "extract/reader.h"
#include "extracttext.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using namespace attache::extract;
using attache::test::extractText;

namespace {

QList<EventCandidate> eventsOfKind(const Extraction& x, EventKind kind)
{
    QList<EventCandidate> found;
    for (const EventCandidate& e : x.events) {
        if (e.kind == kind)
            found.append(e);
    }
    return found;
}

QString describe(const Extraction& x)
{
    QStringList lines;
    for (const EventCandidate& e : x.events)
        lines.append(e.title + u" | "_s + e.date.toString() + u" | "_s + e.participants.join(u", "_s));
    return lines.join(u"\n"_s);
}

} // namespace

class TestEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("inTitle");
        QTest::newRow("person by surname") << u"Ana Sousa"_s << int(ActorKind::Person) << u"Sousa"_s;
        QTest::newRow("initials") << u"George H.W. Bush"_s << int(ActorKind::Person) << u"Bush"_s;
        QTest::newRow("suffix") << u"Joseph R. Calder, Jr."_s << int(ActorKind::Person) << u"Calder"_s;
        QTest::newRow("state's short form") << u"United States"_s << int(ActorKind::State) << u"US"_s;
        QTest::newRow("another") << u"United Kingdom"_s << int(ActorKind::State) << u"UK"_s;
        QTest::newRow("state without one") << u"Ukraine"_s << int(ActorKind::State) << u"Ukraine"_s;
        QTest::newRow("family name first") << u"Xi Jinping"_s << int(ActorKind::Person) << u"Xi"_s;
        QTest::newRow("Korean name") << u"Moon Jae-in"_s << int(ActorKind::Person) << u"Moon"_s;
        QTest::newRow("Western given name Lee") << u"Lee Anderson"_s << int(ActorKind::Person) << u"Anderson"_s;
        QTest::newRow("unnamed source") << u"State Department official"_s << int(ActorKind::Person)
                                        << u"State Department official"_s;
        QTest::newRow("short one-word name of a body") << u"Comecon"_s << int(ActorKind::Organization) << u"Comecon"_s;
        QTest::newRow("body's acronym") << u"European Union"_s << int(ActorKind::Organization) << u"EU"_s;
    }

    void titleNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, inTitle);
        QCOMPARE(titleName(name, ActorKind(kind)), inTitle);
    }

    void titlesNamePeopleOrStates()
    {
        const QList<ActorCandidate> actors{{u"Tony Lind"_s, ActorKind::Person, {}, {}, {}, {}, 0, {}, {}, true},
            {u"Ariel Mor"_s, ActorKind::Person, {}, {}, {}, {}, 0, {}, {}, true},
            {u"Israel"_s, ActorKind::State, {}, {}, {}, {}, 0, {}, {}, true},
            {u"United States"_s, ActorKind::State, {}, {}, {}, {}, 0, {}, {}, true},
            {u"Ukraine"_s, ActorKind::State, {}, {}, {}, {}, 0, {}, {}, true},
            {u"Russia"_s, ActorKind::State, {}, {}, {}, {}, 0, {}, {}, true}};
        EventCandidate talks;
        talks.kind = EventKind::Talks;
        talks.participants = {u"Tony Lind"_s, u"Israel"_s, u"Ariel Mor"_s};
        talks.location = u"Jerusalem"_s;
        QCOMPARE(titleFor(talks, actors), u"Lind–Mor talks in Jerusalem"_s);
        talks.participants = {u"United States"_s, u"Ukraine"_s, u"Russia"_s, u"Tony Lind"_s};
        talks.location = u"Abu Dhabi"_s;
        QCOMPARE(titleFor(talks, actors), u"US–Ukraine–Russia talks in Abu Dhabi"_s);
        EventCandidate post;
        post.kind = EventKind::Post;
        post.participants = {u"Tony Lind"_s};
        post.location = u"Telegram"_s;
        QVERIFY2(titleFor(post, actors).endsWith(u" on Telegram"_s), qPrintable(titleFor(post, actors)));
        EventCandidate call;
        call.kind = EventKind::Call;
        call.participants = {u"Tony Lind"_s};
        QVERIFY(titleFor(call, actors).startsWith(u"Lind "_s));
    }

    void statesAreTitledByTheirShortForm()
    {
        const Extraction x = extractText(
            u"Delegations of Ukraine, Russia and the United States held talks in Abu Dhabi on Thursday."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QCOMPARE(talks.size(), 1);
        QCOMPARE(talks.first().title, u"Ukraine–Russia–US talks in Abu Dhabi"_s);
        QCOMPARE(talks.first().date.toString(), u"2024-05-09"_s);
    }

    void aPlaceNamingTheOccasionIsWhereItHappens()
    {
        const Extraction x = extractText(u"Leaving a Brussels summit, Prime Minister Ana Sousa said the deal was done."_s);
        const QList<EventCandidate> summits = eventsOfKind(x, EventKind::Summit);
        QVERIFY2(summits.size() == 1, qPrintable(describe(x)));
        QCOMPARE(summits.first().location, u"Brussels"_s);
        QVERIFY2(!summits.first().participants.contains(u"Belgium"_s), qPrintable(describe(x)));
    }

    void twoMeetingsWithDifferentPeopleStayTwo()
    {
        const Extraction x = extractText(u"Foreign Minister Ana Sousa met President Tom Okafor on Monday. "
                                         "Sousa also met Defence Minister Ivo Petrov on Monday."_s);
        QCOMPARE(eventsOfKind(x, EventKind::Meeting).size(), 2);
    }

    void eachActorBelongsToTheNearestOccasion()
    {
        const Extraction x = extractText(u"Foreign Minister Ana Sousa held talks with officials in the capital. "
                                         "The meetings, which ended today, are expected to prepare a summit in Lisbon "
                                         "next month between President Tom Okafor and Prime Minister Ivo Petrov."_s);
        const QList<EventCandidate> summits = eventsOfKind(x, EventKind::Summit);
        QVERIFY2(summits.size() == 1, qPrintable(describe(x)));
        QCOMPARE(summits.first().participants, (QStringList{u"Tom Okafor"_s, u"Ivo Petrov"_s}));
        QCOMPARE(summits.first().status, EventStatus::Planned);
        for (const EventCandidate& e : eventsOfKind(x, EventKind::Meeting))
            QVERIFY2(!e.participants.contains(u"Tom Okafor"_s), qPrintable(describe(x)));
    }

    void anOccasionToldTwiceIsOneEvent()
    {
        const Extraction x = extractText(
            u"President Tom Okafor and Prime Minister Ivo Petrov agreed at their summit in Lisbon last week to open the "
            "border.\n\nAt Friday’s summit, Okafor and Petrov also discussed trade."_s);
        const QList<EventCandidate> summits = eventsOfKind(x, EventKind::Summit);
        QVERIFY2(summits.size() == 1, qPrintable(describe(x)));
        QCOMPARE(summits.first().date.toString(), u"2024-05-10"_s);
        QCOMPARE(summits.first().location, u"Lisbon"_s);
    }

    void theTalksAreTheTalksToldOfBefore()
    {
        const Extraction x = extractText(
            u"Talks between envoys of Kenya and Uganda in recent days in Nairobi were useful, a spokesman said.\n\n"
            "Officials gave few details of the talks held on Tuesday and Wednesday."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().date.toString(), u"2024-05-07"_s);
        QCOMPARE(talks.first().location, u"Nairobi"_s);
    }

    void toldReportersHappened()
    {
        const Extraction x = extractText(u"Another round is planned for next week, Foreign Minister Ana Sousa told "
                                         "reporters."_s);
        const QList<EventCandidate> conferences = eventsOfKind(x, EventKind::PressConference);
        QCOMPARE(conferences.size(), 1);
        QCOMPARE(conferences.first().status, EventStatus::Occurred);
        QCOMPARE(conferences.first().date.toString(), u"2024-05-10"_s);
    }

    void toldReportersIsDatedEvenWhenWhatWasToldIsVague()
    {
        const Extraction x = extractText(u"Talks between Kenya and Uganda in recent days were useful, spokesman Ian Peel "
                                         "told journalists."_s);
        const QList<EventCandidate> conferences = eventsOfKind(x, EventKind::PressConference);
        QCOMPARE(conferences.size(), 1);
        QCOMPARE(conferences.first().date.toString(), u"2024-05-10"_s);
    }

    void aDayOfAnothersDeedIsNotTheOccasion()
    {
        const Extraction x = extractText(u"Welcoming President Tom Okafor's offer Wednesday to reopen the border, Foreign "
                                         "Minister Ana Sousa said it was a start.\n\n“We will answer it in full,” she said."_s);
        QCOMPARE(x.statements.size(), 1);
        QCOMPARE(x.statements.first().speaker, u"Ana Sousa"_s);
        QCOMPARE(x.statements.first().date.toString(), u"2024-05-10"_s);
    }

    void aFormalStatementIsAnEvent()
    {
        const Extraction x = extractText(
            u"“We will not yield to pressure of any kind,” Foreign Minister Ana Sousa said in a statement on Tuesday."_s);
        const QList<EventCandidate> statements = eventsOfKind(x, EventKind::Statement);
        QCOMPARE(statements.size(), 1);
        QCOMPARE(statements.first().participants, QStringList{u"Ana Sousa"_s});
        QCOMPARE(statements.first().date.toString(), u"2024-05-07"_s);
        const int index = x.statements.first().event;
        QVERIFY(index >= 0 && index < x.events.size());
        QCOMPARE(x.events.at(index).kind, EventKind::Statement);
    }

    void anExpertsCommentIsNoEvent()
    {
        const Extraction x = extractText(
            u"“Markets will wait for the next round,” said Tom Hale, an analyst at a bank in London, in a statement."_s);
        QCOMPARE(eventsOfKind(x, EventKind::Statement).size(), 0);
    }

    void aQuotationTakesTheDayOfItsOccasion()
    {
        const Extraction x = extractText(u"Foreign Minister Ana Sousa on Wednesday urged patience when speaking with "
                                         "reporters in Lisbon.\n\n“This will take a long time, and we know it,” Sousa said."_s);
        QCOMPARE(x.statements.size(), 1);
        QCOMPARE(x.statements.first().date.toString(), u"2024-05-08"_s);
    }

    void aDayInARelativeClauseIsNotTheOccasion()
    {
        const Extraction x = extractText(u"But Sousa, who attended the meeting in Lisbon on Wednesday, said the deal fell "
                                         "short.\n\n“We wanted far more than this,” Sousa said."_s);
        QCOMPARE(x.statements.size(), 1);
        QCOMPARE(x.statements.first().date.toString(), u"2024-05-10"_s);
    }

    void anotherSpeakerEndsTheOccasion()
    {
        const Extraction x = extractText(u"Foreign Minister Ana Sousa on Wednesday urged patience.\n\n"
                                         "President Tom Okafor spoke after her.\n\n“This will take a long time, and we "
                                         "know it,” Sousa said."_s);
        QCOMPARE(x.statements.size(), 1);
        QCOMPARE(x.statements.first().date.toString(), u"2024-05-10"_s);
    }

    void envoysFromAStateMakeItAParty()
    {
        const Extraction x = extractText(u"Talks between envoys from Kenya, Uganda and the United States in Nairobi were "
                                         "useful, spokesman Ian Peel told journalists."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().participants, (QStringList{u"Kenya"_s, u"Uganda"_s, u"United States"_s}));
        QCOMPARE(talks.first().location, u"Nairobi"_s);
    }

    void aDemonymBeforeOfficialsNamesTheParty()
    {
        const Extraction x = extractText(u"Kenyan and Ugandan officials held talks in Nairobi on Tuesday."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().participants, (QStringList{u"Kenya"_s, u"Uganda"_s}));
        // A demonym before a title only qualifies the person.
        const Extraction y = extractText(u"Kenyan President Tom Okafor met Ivo Petrov on Tuesday."_s);
        for (const ActorCandidate& a : y.actors)
            QVERIFY2(a.name != u"Kenya"_s, qPrintable(describe(y)));
    }

    void theDayOfTheTellingIsNotTheOccasions()
    {
        // The day follows "said": it dates the words. The talks, told of again with their days, take those.
        const Extraction x = extractText(
            u"Negotiations between Kenya and Uganda are making progress, a senior official said Thursday.\n\n"
            "Officials gave few details of the talks held on Monday and Tuesday."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().date.toString(), u"2024-05-06"_s);
        QCOMPARE(talks.first().endDate.toString(), u"2024-05-07"_s);
    }

    void aDefiniteMentionWithModifiersIsTheSameOccasion()
    {
        const Extraction x = extractText(u"Kenya and Uganda held talks in Nairobi on Thursday. Both sides called them useful.\n\n"
                                         "President Tom Okafor described the Nairobi talks as frank.\n\n"
                                         "The two-day bilateral talks are due to continue on Saturday."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().date.toString(), u"2024-05-09"_s);
        QCOMPARE(talks.first().endDate.toString(), u"2024-05-11"_s);
        QCOMPARE(talks.first().status, EventStatus::Occurred);
        // Who comments on the talks did not take part for saying so.
        QVERIFY2(!talks.first().participants.contains(u"Tom Okafor"_s), qPrintable(describe(x)));
    }

    void anotherRoundIsANewOccasionOfTheSameSides()
    {
        const Extraction x = extractText(u"Kenya and Uganda held talks in Nairobi on Tuesday. Both sides called them useful.\n\n"
                                         "Negotiators will return to Kampala on May 20 for another round of talks, "
                                         "according to a Kenyan official."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 2, qPrintable(describe(x)));
        QCOMPARE(talks.at(1).date.toString(), u"2024-05-20"_s);
        QCOMPARE(talks.at(1).status, EventStatus::Planned);
        QVERIFY2(talks.at(1).participants.contains(u"Uganda"_s), qPrintable(describe(x)));
    }

    void whatIsStillPlannedIsNotWhatHappened()
    {
        const Extraction x = extractText(u"Kenya and Uganda ended a round of talks in Nairobi on Thursday. Both sides called them useful.\n\n"
                                         "Okafor said the next round of talks between Kenya and Uganda would be held "
                                         "soon."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 2, qPrintable(describe(x)));
        QCOMPARE(talks.at(0).status, EventStatus::Occurred);
        QCOMPARE(talks.at(1).status, EventStatus::Planned);
    }

    void theDayOfWhatCameBeforeTheTalksIsNotTheirs()
    {
        const Extraction x = extractText(u"Kenya and Uganda began talks in Nairobi. Both sides called them useful.\n\n"
                                         "Storms hit the coast on Tuesday, ahead of the talks."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().date.toString(), u"2024-05-10"_s);
    }

    void meetingsWithAListAreOneMeetingEach()
    {
        const Extraction x = extractText(
            u"After a day of meetings with President Tom Okafor, Defence Minister Ivo Petrov and Trade Secretary Lena "
            "Marsh, Foreign Minister Ana Sousa told a press conference she was pleased."_s);
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() == 3, qPrintable(describe(x)));
        QCOMPARE(meetings.at(0).participants, (QStringList{u"Ana Sousa"_s, u"Tom Okafor"_s}));
        QCOMPARE(meetings.at(2).participants, (QStringList{u"Ana Sousa"_s, u"Lena Marsh"_s}));
        const QList<EventCandidate> conferences = eventsOfKind(x, EventKind::PressConference);
        QVERIFY2(conferences.size() == 1, qPrintable(describe(x)));
        QVERIFY2(!conferences.first().participants.contains(u"Lena Marsh"_s), qPrintable(describe(x)));
    }

    void aStateNamingAMatterIsItsTopic()
    {
        const Extraction x = extractText(u"Envoy Tom Hale shuttled between talks on the Kenya crisis and the Uganda "
                                         "dispute on Tuesday."_s);
        for (const ActorCandidate& a : x.actors)
            QVERIFY2(a.name != u"Kenya"_s && a.name != u"Uganda"_s, qPrintable(a.name));
    }

    void videoCallsAndSpeechesToParliament()
    {
        const Extraction x = extractText(u"President Tom Okafor held a video call on Wednesday with Prime Minister Ivo "
                                         "Petrov.\n\nSpeaking to Kenya's parliament on Tuesday, Foreign Minister Ana "
                                         "Sousa said the border would open."_s);
        const QList<EventCandidate> calls = eventsOfKind(x, EventKind::Call);
        QVERIFY2(calls.size() == 1, qPrintable(describe(x)));
        QCOMPARE(calls.first().participants, (QStringList{u"Tom Okafor"_s, u"Ivo Petrov"_s}));
        const QList<EventCandidate> speeches = eventsOfKind(x, EventKind::Statement);
        QVERIFY2(speeches.size() == 1, qPrintable(describe(x)));
        QCOMPARE(speeches.first().date.toString(), u"2024-05-07"_s);
        QVERIFY2(speeches.first().participants.contains(u"Ana Sousa"_s), qPrintable(describe(x)));
    }

    void aDaysTalksAreTheTalksToldOfBefore()
    {
        const Extraction x = extractText(
            u"Envoys from Kenya and Uganda met for talks in Nairobi on Wednesday. Both sides called them useful.\n\n"
            "Envoy Ivo Petrov -- who has long dealt with President Tom Okafor -- told reporters after Wednesday's talks "
            "that there “is real progress here,” and left.\n\n"
            "Officials said Wednesday's talks in Nairobi ended late."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().evidence.size(), 3);
        // Who told reporters is the one quoted, not the man named beside him.
        const QList<EventCandidate> conferences = eventsOfKind(x, EventKind::PressConference);
        QVERIFY2(conferences.size() == 1, qPrintable(describe(x)));
        QCOMPARE(conferences.first().participants, QStringList{u"Ivo Petrov"_s});
    }

    void aSummitMeetingIsOneSummit()
    {
        const Extraction x = extractText(u"President Tom Okafor said the plan followed the formula he agreed with Prime "
                                         "Minister Ivo Petrov at their summit meeting last October in Lisbon."_s);
        QVERIFY2(eventsOfKind(x, EventKind::Summit).size() == 1, qPrintable(describe(x)));
        QVERIFY2(eventsOfKind(x, EventKind::Meeting).isEmpty(), qPrintable(describe(x)));
    }

    void aNameEndingInEdIsNoPastTense()
    {
        // "United" ends like a past participle; "will" still rules the clause, so Sunday is the one to come.
        const Extraction x = extractText(u"The envoys will fly to the United Arab Emirates on Sunday for talks with "
                                         "Foreign Minister Ana Sousa."_s);
        QVERIFY2(!x.dates.isEmpty(), qPrintable(describe(x)));
        QCOMPARE(x.dates.first().value.toString(), u"2024-05-12"_s);
    }

    void aMootedMeetingIsPlanned()
    {
        const Extraction x = extractText(u"A potential meeting between President Tom Okafor and Prime "
                                         "Minister Ivo Petrov has been mooted."_s);
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() == 1, qPrintable(describe(x)));
        QCOMPARE(meetings.first().status, EventStatus::Planned);
    }
    void aPassiveMetIsNoMeeting()
    {
        const Extraction x = extractText(u"Officials in Nairobi said on Tuesday that the targets were not met. The plan "
                                         "was met with scepticism in Kampala.\n\nPresident Tom Okafor met Prime Minister "
                                         "Ivo Petrov on Wednesday."_s);
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() == 1, qPrintable(describe(x)));
        QCOMPARE(meetings.first().participants, (QStringList{u"Tom Okafor"_s, u"Ivo Petrov"_s}));
    }

    void aCapitalisedVerbIsAWordOfAName()
    {
        // Programmes and brands whose names are verbs: no meeting, no visit.
        const Extraction x = extractText(u"Foreign Minister Ana Sousa told the broadcaster’s “Meet the Nation” on Sunday "
                                         "that sanctions would stay. She later appeared on Meet the Nation again with "
                                         "Ivo Petrov. The ministry backs the Visit Kenya campaign with Petrov.\n\n"
                                         "Meet the Nation is watched widely. Sousa met Petrov in Nairobi on Monday."_s);
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() == 1, qPrintable(describe(x)));
        QCOMPARE(meetings.first().location, u"Nairobi"_s);
        QVERIFY2(eventsOfKind(x, EventKind::Visit).isEmpty(), qPrintable(describe(x)));
    }

    void aStateQualifyingAThingOfItsIsNoSide()
    {
        // "EU membership", "Ugandan troops": the EU and Uganda are what the talks are about, not who holds them.
        const Extraction x = extractText(u"President Tom Okafor met Prime Minister Ivo Petrov in Lisbon on Tuesday to "
                                         "discuss Kenya’s bid for EU membership and the pull-out of Ugandan troops."_s);
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() == 1, qPrintable(describe(x)));
        QVERIFY2(!meetings.first().participants.contains(u"European Union"_s), qPrintable(describe(x)));
        QVERIFY2(!meetings.first().participants.contains(u"Uganda"_s), qPrintable(describe(x)));
        QVERIFY2(meetings.first().participants.contains(u"Tom Okafor"_s), qPrintable(describe(x)));
    }

    void aGatheringByAnotherNameOnItsDayAndPlaceIsOne()
    {
        // The summit is told of without a day first; the leaders' meeting and "Friday's summit" give it, in Lisbon.
        const Extraction x = extractText(u"President Tom Okafor and Prime Minister Ivo Petrov agreed at their summit in "
                                         "Lisbon last week to reopen the border.\n\nOkafor, who attended the leaders’ "
                                         "meeting at a palace in Lisbon on Friday, said the deal was close.\n\n"
                                         "Petrov had gone into Friday’s summit seeking a ceasefire.\n\n"
                                         "Okafor met Petrov’s deputy in Porto on Friday."_s);
        const QList<EventCandidate> summits = eventsOfKind(x, EventKind::Summit);
        QVERIFY2(summits.size() == 1, qPrintable(describe(x)));
        QCOMPARE(summits.first().date.toString(), u"2024-05-10"_s);
        // The meeting in Lisbon is the summit; the one in Porto on the same day is another.
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() == 1 && meetings.first().location == u"Porto"_s, qPrintable(describe(x)));
    }

    void anOccasionInAClauseOfItsOwnIsOfThoseInIt()
    {
        // "when she meets": she is the last person named before the clause; the envoy and Petrov are not at it.
        const Extraction x = extractText(u"Talks ahead\n\nBy Jane Roe, Harbour Gazette\n\nEnvoy Tom Hale met "
                                         "officials on Tuesday.\n\nHale said Ivo Petrov had offered concessions, and "
                                         "that more would follow with President Ana Sousa when she meets Prime "
                                         "Minister Jan Berg in Lisbon on Monday."_s);
        QList<EventCandidate> meetings;
        for (const EventCandidate& e : eventsOfKind(x, EventKind::Meeting)) {
            if (e.location == u"Lisbon"_s)
                meetings.append(e);
        }
        QVERIFY2(meetings.size() == 1, qPrintable(describe(x)));
        QCOMPARE(meetings.first().participants, (QStringList{u"Ana Sousa"_s, u"Jan Berg"_s}));
        QCOMPARE(meetings.first().status, EventStatus::Planned);
    }

    void whoTellsOfAnOccasionDidNotTakePart()
    {
        // "He said …" tells; "he met" takes part.
        const Extraction x = extractText(u"President Tom Okafor spoke in Nairobi on Thursday. He said the parties "
                                         "discussed a meeting of experts.\n\nOkafor said he met Prime Minister Ivo Petrov on "
                                         "Wednesday."_s);
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() == 1, qPrintable(describe(x)));
        QCOMPARE(meetings.first().participants, (QStringList{u"Tom Okafor"_s, u"Ivo Petrov"_s}));
        QCOMPARE(meetings.first().date.toString(), u"2024-05-08"_s);
    }

    void anOccasionInsideAQuotation()
    {
        // Who quotes words about talks did not take part in them, unless the words say "we".
        const Extraction x = extractText(u"“This outcome came from talks that were detailed and productive,” envoy Tom "
                                         "Hale wrote on Thursday."_s);
        QVERIFY2(eventsOfKind(x, EventKind::Talks).isEmpty(), qPrintable(describe(x)));
        const Extraction y = extractText(u"“We held useful talks with Prime Minister Ivo Petrov,” envoy Tom Hale said on "
                                         "Thursday."_s);
        const QList<EventCandidate> talks = eventsOfKind(y, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(y)));
        QVERIFY2(talks.first().participants.contains(u"Tom Hale"_s), qPrintable(describe(y)));
        QVERIFY2(talks.first().participants.contains(u"Ivo Petrov"_s), qPrintable(describe(y)));
    }

    void aPossessorOrModifierIsNoParticipant()
    {
        const Extraction x = extractText(
            u"President Tom Okafor stayed in Mombasa.\n\nTrade Secretary Lena Marsh, Okafor’s son-in-law, joined talks "
            "with Uganda in "
            "Nairobi on Tuesday.\n\nNegotiations between the Okafor administration and Tanzania resumed on Wednesday.\n\n"
            "Okafor’s summit with Prime Minister Ivo Petrov ended on Thursday."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 2, qPrintable(describe(x)));
        for (const EventCandidate& e : talks)
            QVERIFY2(!e.participants.contains(u"Tom Okafor"_s), qPrintable(describe(x)));
        QVERIFY2(talks.first().participants.contains(u"Lena Marsh"_s), qPrintable(describe(x)));
        // What is theirs is the occasion: they take part.
        const QList<EventCandidate> summits = eventsOfKind(x, EventKind::Summit);
        QVERIFY2(summits.size() == 1, qPrintable(describe(x)));
        QCOMPARE(summits.first().participants, (QStringList{u"Tom Okafor"_s, u"Ivo Petrov"_s}));
    }

    void aStateThatBrokersTakesPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("broker");
        QTest::newRow("U.S.-brokered") << u"Kenya and Uganda concluded U.S.-brokered talks in Nairobi on Thursday."_s
                                       << u"United States"_s;
        QTest::newRow("Qatar-mediated") << u"Kenya and Uganda held Qatar-mediated talks on Thursday."_s << u"Qatar"_s;
        QTest::newRow("EU-hosted") << u"Kenya and Uganda attended an EU-hosted meeting on Thursday."_s
                                   << u"European Union"_s;
    }

    void aCompanyLedByAStatesFirmIsNoParty()
    {
        // A demonym names a company's nationality, and a consortium is no occasion.
        const Extraction x = extractText(u"Kenya and Uganda held talks on Thursday about a Canadian-led consortium drilling "
                                         "off the coast, and a Qatar-backed bank."_s);
        for (const ActorCandidate& a : x.actors)
            QVERIFY2(a.name != u"Canada"_s && a.name != u"Qatar"_s, qPrintable(a.name));
    }

    void aStateThatBrokersTakesPart()
    {
        QFETCH(QString, text);
        QFETCH(QString, broker);
        const Extraction x = extractText(text);
        QVERIFY2(x.events.size() == 1, qPrintable(describe(x)));
        QVERIFY2(x.events.first().participants.contains(broker), qPrintable(describe(x)));
        QVERIFY2(x.events.first().participants.contains(u"Uganda"_s), qPrintable(describe(x)));
    }

    void anEarlierOccasionIsAnother()
    {
        const Extraction x = extractText(u"East African ministers weigh the next steps on trade\n\n"
                                         u"Kenya and Uganda held talks in Nairobi on Thursday. Both sides called them useful.\n\n"
                                         "Lena Marsh, a Kenyan "
                                         "minister who took part in earlier talks with Uganda, said more work was needed."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 2, qPrintable(describe(x)));
        QCOMPARE(talks.at(0).date.toString(), u"2024-05-09"_s);
        QVERIFY2(talks.at(1).date.isNull(), qPrintable(describe(x)));
        QCOMPARE(talks.at(1).dateText, u"earlier"_s);
        // An earlier occasion the report dates before its own day may be the one told of with that day.
        const Extraction y = extractText(u"East African ministers weigh the next steps on trade\n\n"
                                         u"The new deadline follows trilateral talks between Kenya, Uganda and Tanzania. Officials "
                                         "gave no details.\n\n"
                                         "Kenya and Uganda met Tanzania for talks in Arusha on Wednesday."_s);
        QVERIFY2(eventsOfKind(y, EventKind::Talks).size() == 1, qPrintable(describe(y)));
        // Told of alone, it is an occasion of the days before the report, for matching against a project.
        const Extraction z = extractText(u"East African ministers weigh the next steps on trade\n\n"
                                         u"The new deadline follows trilateral talks between Kenya, Uganda and Tanzania. "
                                         "Officials gave no details."_s);
        const QList<EventCandidate> recent = eventsOfKind(z, EventKind::Talks);
        QVERIFY2(recent.size() == 1 && isRecentOccasion(recent.first()), qPrintable(describe(z)));
        QVERIFY(!isRecentOccasion(talks.at(0)));
    }

    void aTrilateralOccasionIsOfTheThreeSides()
    {
        const Extraction x = extractText(u"East African ministers weigh the next steps on trade\n\n"
                                         u"Envoys from Kenya, Uganda and Tanzania held talks in Arusha on Tuesday.\n\n"
                                         "Okafor said the sides discussed the possibility of a trilateral summit of "
                                         "leaders."_s);
        const QList<EventCandidate> summits = eventsOfKind(x, EventKind::Summit);
        QVERIFY2(summits.size() == 1, qPrintable(describe(x)));
        QCOMPARE(summits.first().participants, (QStringList{u"Kenya"_s, u"Uganda"_s, u"Tanzania"_s}));
        QCOMPARE(summits.first().status, EventStatus::Planned);
    }

    void talksOfOnePersonAreAGlimpseOfTheTalks()
    {
        const Extraction x = extractText(u"East African ministers weigh the next steps on trade\n\n"
                                         u"Kenya and Uganda held talks in Nairobi on Thursday. Both sides called them useful.\n\n"
                                         "Kenyan envoy Ivo Petrov "
                                         "said that negotiations were moving forward."_s);
        const QList<EventCandidate> talks = eventsOfKind(x, EventKind::Talks);
        QVERIFY2(talks.size() == 1, qPrintable(describe(x)));
        QCOMPARE(talks.first().evidence.size(), 2);
        // Nothing to fold into: the person's talks stay.
        const Extraction y = extractText(u"East African ministers weigh the next steps on trade\n\n"
                                         u"Kenyan envoy Ivo Petrov said on Thursday that negotiations were moving "
                                         "forward."_s);
        QVERIFY2(eventsOfKind(y, EventKind::Talks).size() == 1, qPrintable(describe(y)));
    }

    void whoToldReportersIsTheOneNamedBeforeIt()
    {
        const Extraction x = extractText(u"Kenya and Uganda gave Tanzania a June deadline, President Tom Okafor told "
                                         "reporters on Thursday."_s);
        const QList<EventCandidate> conferences = eventsOfKind(x, EventKind::PressConference);
        QVERIFY2(conferences.size() == 1, qPrintable(describe(x)));
        QCOMPARE(conferences.first().participants, QStringList{u"Tom Okafor"_s});
    }

    void aPlaceBeforeAVerbIsNoVenue()
    {
        const Extraction x = extractText(u"East African ministers weigh the next steps on trade\n\n"
                                         u"Teams from both Kenya and Uganda meeting in a hall agreed on Tuesday to share "
                                         "data.\n\nThe envoys prepared for a Kampala meeting on Wednesday."_s);
        const QList<EventCandidate> meetings = eventsOfKind(x, EventKind::Meeting);
        QVERIFY2(meetings.size() >= 1, qPrintable(describe(x)));
        QVERIFY2(meetings.first().location.isEmpty(), qPrintable(meetings.first().location));
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"

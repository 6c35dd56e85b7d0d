// SPDX-License-Identifier: GPL-3.0-or-later
// The names stage of the importer: what a personal name is, cut out of the capitalised words around it, and when two
// ways of writing a name are one person. Sentences written for these tests.
#include <algorithm>

#include <QRegularExpression>
#include <QTest>

#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/reader.h"
#include "extracttext.h"
#include "extract/spelling.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using namespace attache::extract;
using attache::test::extractText;

namespace {

QStringList people(const Extraction& x)
{
    QStringList names;
    for (const ActorCandidate& a : x.actors) {
        if (a.kind == ActorKind::Person)
            names.append(a.name);
    }
    names.sort();
    return names;
}

} // namespace

class TestNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexiconKnowsCommonWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("commonNonNoun");
        QTest::newRow("adverb") << u"Earlier"_s << true;
        QTest::newRow("adjective") << u"Bilateral"_s << true;
        QTest::newRow("past tense") << u"Asked"_s << true;
        QTest::newRow("participle") << u"Speaking"_s << false; // also a noun: left to the other rules
        QTest::newRow("given name that is a noun") << u"Jack"_s << false;
        QTest::newRow("given name on a verb stem") << u"James"_s << false;
        QTest::newRow("given name ending in s") << u"Denys"_s << false;
        QTest::newRow("unknown surname") << u"Okonkwo"_s << false;
        QTest::newRow("given name like a past tense") << u"Jared"_s << false; // "jar" makes "jarred"
        QTest::newRow("past tense with a doubled consonant") << u"Stopped"_s << true;
        QTest::newRow("past tense of a longer verb") << u"Opened"_s << true;
    }

    void lexiconKnowsCommonWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, commonNonNoun);
        QVERIFY(Lexicon::instance().size() > 50000);
        QCOMPARE(Lexicon::instance().isCommonNonNoun(word), commonNonNoun);
    }

    void prefixTreeMatchesLongestFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("foldCase");
        QTest::addColumn<QString>("matched");
        QTest::newRow("longest title") << u"Secretary of State Ana Sousa"_s << false << u"Secretary of State"_s;
        QTest::newRow("shorter title") << u"Secretary Ana Sousa"_s << false << u"Secretary"_s;
        QTest::newRow("sibling branch") << u"the Secretary-General Ana Sousa"_s << false << u"Secretary-General"_s;
        QTest::newRow("case kept") << u"secretary of state Ana Sousa"_s << false << QString();
        QTest::newRow("case folded") << u"secretary of state Ana Sousa"_s << true << u"secretary of state"_s;
        QTest::newRow("dot is literal") << u"Sec of State Ana Sousa"_s << false << QString();
        QTest::newRow("dotted") << u"Sec. of State Ana Sousa"_s << false << u"Sec. of State"_s;
    }

    void prefixTreeMatchesLongestFirst()
    {
        QFETCH(QString, text);
        QFETCH(bool, foldCase);
        QFETCH(QString, matched);
        const QStringList words{u"Secretary"_s, u"Secretary of State"_s, u"Secretary-General"_s, u"Sec. of State"_s,
            u"Senator"_s, u"SECRETARY"_s};
        const QString tree = prefixTreePattern(words, foldCase);
        // The same matches as the words sorted longest first, as a plain alternation.
        QStringList sorted = words;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        QStringList escaped;
        for (const QString& w : sorted)
            escaped.append(QRegularExpression::escape(w));
        const QString options = foldCase ? u"(?i)"_s : QString();
        const QRegularExpression byTree(options + u"\\b("_s + tree + u")\\s+\\p{Lu}"_s);
        const QRegularExpression byList(options + u"\\b("_s + escaped.join(u'|') + u")\\s+\\p{Lu}"_s);
        QVERIFY2(byTree.isValid(), qPrintable(tree));
        QCOMPARE(byTree.match(text).captured(1), matched);
        QCOMPARE(byList.match(text).captured(1), matched);
        if (foldCase)
            QVERIFY2(!tree.contains(u"SECRETARY"_s), qPrintable(tree)); // one branch for both spellings
    }

    void advisersAndKinAreNamedPeople()
    {
        // Kin and advisers stand for a person as titles do, and a given name in "-ed" is a name.
        const Extraction x = extractText(u"Talks resume\n\nBy Jane Roe, Harbour Gazette\n\nEnvoy Tom Hale and Jared "
                                         "Okafor, President Ivo Okafor’s son-in-law, travelled to Lisbon on Friday, "
                                         "as did the president’s adviser Ahmed Salim."_s);
        const QStringList names = people(x);
        QVERIFY2(names.contains(u"Jared Okafor"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(names.contains(u"Ahmed Salim"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(names.contains(u"Tom Hale"_s), qPrintable(names.join(u", "_s)));
    }

    void spellingsOfOneName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Slavic endings") << u"Volodymyr Zelenskyy"_s << u"Volodymyr Zelenskiy"_s << true;
        QTest::newRow("y alone") << u"Volodymyr Zelenskyy"_s << u"Volodymyr Zelensky"_s << true;
        QTest::newRow("doubled letter") << u"Kirill Dmitriev"_s << u"Kiril Dmitriev"_s << true;
        QTest::newRow("Arabic romanisations") << u"Muammar Gaddafi"_s << u"Muammar Qaddafi"_s << true;
        QTest::newRow("kh and dh") << u"Muammar Gaddafi"_s << u"Mouammar Kadhafi"_s << false; // given names differ too much
        QTest::newRow("accents") << u"Téte António"_s << u"Tete Antonio"_s << true;
        QTest::newRow("initial") << u"J. Smith"_s << u"John Smith"_s << true;
        QTest::newRow("namesakes") << u"Laura Bush"_s << u"George Bush"_s << false;
        QTest::newRow("surname alone is no second sign") << u"Bush"_s << u"George Bush"_s << false;
        QTest::newRow("different people") << u"Ivan Petrov"_s << u"Ivan Popov"_s << false;
    }

    void spellingsOfOneName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(sameSpelledPerson(a, b), same);
        QCOMPARE(sameSpelledPerson(b, a), same);
    }

    void cleansNames_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("name");
        QTest::newRow("adverb and party before") << u"Earlier Conservative Hugh Penrose"_s << u"Hugh Penrose"_s;
        QTest::newRow("participle before") << u"Welcoming Minister Ana Sousa"_s << u"Ana Sousa"_s;
        QTest::newRow("full stop after") << u"Hugh Penrose."_s << u"Hugh Penrose"_s;
        QTest::newRow("next sentence glued") << u"Hugh Penrose. Bilateral"_s << u"Hugh Penrose"_s;
        QTest::newRow("plural title") << u"Presidents Mbeki"_s << u"Mbeki"_s;
        QTest::newRow("possessive before") << u"Russia's President Ivan Orlov"_s << u"Ivan Orlov"_s;
        QTest::newRow("possessive") << u"Ana Sousa's"_s << u"Ana Sousa"_s;
        QTest::newRow("initials kept") << u"George H.W. Bush"_s << u"George H.W. Bush"_s;
        QTest::newRow("suffix kept") << u"Martin Luther King Jr."_s << u"Martin Luther King Jr."_s;
        QTest::newRow("given name that is a noun") << u"Jack Hollis"_s << u"Jack Hollis"_s;
        QTest::newRow("diacritics") << u"Félix Ngoy"_s << u"Félix Ngoy"_s;
        QTest::newRow("trailing comma") << u"Ana Sousa,"_s << u"Ana Sousa"_s;
    }

    void cleansNames()
    {
        QFETCH(QString, written);
        QFETCH(QString, name);
        QCOMPARE(cleanPersonName(written), name);
    }

    void namesWithDiacriticsAreFound()
    {
        const Extraction x = extractText(u"Foreign Minister Téo Araújo met Chancellor Søren Ekdahl on Tuesday.\n\n"
                                         "“We agreed on the next steps,” Araújo told reporters."_s);
        QVERIFY2(people(x).contains(u"Téo Araújo"_s), qPrintable(people(x).join(u", "_s)));
        QVERIFY2(people(x).contains(u"Søren Ekdahl"_s), qPrintable(people(x).join(u", "_s)));
        QCOMPARE(x.statements.size(), 1);
        QCOMPARE(x.statements.first().speaker, u"Téo Araújo"_s);
    }

    void sentenceInitialWordsAreNotNames()
    {
        const Extraction x = extractText(u"Earlier Conservative Hugh Penrose said the plan had failed.\n\n"
                                         "Welcoming Minister Ana Sousa to the capital, Penrose said the talks would go on."_s);
        QCOMPARE(people(x), (QStringList{u"Ana Sousa"_s, u"Hugh Penrose"_s}));
    }

    void statesNamedInPassingAreNotActors()
    {
        const Extraction x = extractText(u"The embassies in Kenya and Tanzania were attacked in 1998. The leaders covered "
                                         "regional issues including Iran and Syria. Ships crossed the Taiwan Strait. "
                                         "Kenya said it would respond."_s);
        QStringList states;
        for (const ActorCandidate& a : x.actors) {
            if (a.kind == ActorKind::State)
                states.append(a.name);
        }
        QCOMPARE(states, QStringList{u"Kenya"_s});
        const Extraction y = extractText(u"Rebels in neighbouring Uganda and across eastern Kenya were blamed. Tanzania "
                                         "said it would respond."_s);
        for (const ActorCandidate& a : y.actors)
            QVERIFY2(a.name != u"Uganda"_s && a.name != u"Kenya"_s, qPrintable(a.name));
        for (const ActorCandidate& a : x.actors) {
            if (a.name == u"Kenya"_s)
                QCOMPARE(a.mentions.size(), 1); // as the one that speaks, not as the place
        }
    }

    void oneNameWrittenSeveralWaysIsOnePerson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("particle capitalised at the start of a sentence")
            << u"Envoy Yusuf bin Tamim said the offer stood. Bin Tamim said it would not be repeated."_s
            << QStringList{u"Yusuf bin Tamim"_s};
        QTest::newRow("middle initial")
            << u"President George Holm met the envoy. Later George T. Holm said the meeting had gone well."_s
            << QStringList{u"George T. Holm"_s};
        QTest::newRow("suffix")
            << u"President Joseph R. Calder, Jr. spoke for an hour. Calder said the plan was sound."_s
            << QStringList{u"Joseph R. Calder, Jr."_s};
        QTest::newRow("with and without accents")
            << u"Foreign Minister Téo Araújo spoke first. Later Teo Araujo said the talks would go on."_s
            << QStringList{u"Téo Araújo"_s};
        QTest::newRow("title glued to the front")
            << u"Minister of State for Regional Integration Paul Mwangi spoke. Paul Mwangi said the border was open. "
               "Mwangi said trade would resume."_s
            << QStringList{u"Paul Mwangi"_s};
        QTest::newRow("portfolio title written once")
            << u"Minister of State for Regional Integration Paul Mwangi said the border was open. The talks went on."_s
            << QStringList{u"Paul Mwangi"_s};
        QTest::newRow("run-together initials")
            << u"Vice President J.D. Holm met the envoy. Holm said the meeting had gone well."_s
            << QStringList{u"J.D. Holm"_s};
        QTest::newRow("name set off by commas after its title")
            << u"Kenya's chief negotiator, Paul Mwangi, said the talks were hard. The talks went on."_s
            << QStringList{u"Paul Mwangi"_s};
        QTest::newRow("Arabic article joined to the surname")
            << u"The talks were hard, said the president, Omar Hamid al-Rashid, and his envoy agreed. They went on."_s
            << QStringList{u"Omar Hamid al-Rashid"_s};
        QTest::newRow("region is not a person")
            << u"Fighting in North Kivu went on. Governor Paul Mwangi said North Kivu was calm."_s
            << QStringList{u"Paul Mwangi"_s};
        QTest::newRow("namesakes stay two")
            << u"Senator Laura Vance said the bill would pass. Governor Peter Vance said it would not."_s
            << QStringList{u"Laura Vance"_s, u"Peter Vance"_s};
    }

    void oneNameWrittenSeveralWaysIsOnePerson()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QCOMPARE(people(extractText(text)), names);
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"

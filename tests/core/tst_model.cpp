// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "model/actor.h"
#include "model/annotation.h"
#include "model/event.h"
#include "model/source.h"
#include "model/statement.h"
#include "util/codepoints.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

class TestModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumTextsRoundTrip()
    {
        // Every text name converts back to the value it came from, and the names are distinct.
        const auto check = [](const QStringList& names, auto fromText, auto toTextFn) {
            QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
            for (const QString& name : names) {
                const auto value = fromText(name);
                QVERIFY2(value.has_value(), qPrintable(name));
                QCOMPARE(toTextFn(*value), name);
                QCOMPARE(fromText(name.toUpper()), value); // names are matched case-insensitively
            }
        };
        check(actorKindTexts(), actorKindFromText, [](ActorKind k) { return toText(k); });
        check(eventKindTexts(), eventKindFromText, [](EventKind k) { return toText(k); });
        check(eventStatusTexts(), eventStatusFromText, [](EventStatus k) { return toText(k); });
        check(participantRoleTexts(), participantRoleFromText, [](ParticipantRole k) { return toText(k); });
        check(statementKindTexts(), statementKindFromText, [](StatementKind k) { return toText(k); });
        check(annotationKindTexts(), annotationKindFromText, [](AnnotationKind k) { return toText(k); });
        QCOMPARE(eventKindTexts().size(), eventKindCount);
        QCOMPARE(eventKindTexts().first(), u"summit"_s);
        for (int k = 0; k < eventKindCount; ++k)
            QVERIFY(!toPhrase(EventKind(k)).isEmpty());
        QCOMPARE(toPhrase(EventKind::Call), u"phone call"_s);
        QCOMPARE(toPhrase(EventKind::PressConference), u"press conference"_s);
        QVERIFY(eventKindTexts().contains(u"press_conference"_s));
    }

    void unknownEnumTextsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown") << u"robot"_s;
        QTest::newRow("spaced") << u" summit"_s;
    }
    void unknownEnumTextsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!eventKindFromText(text));
        QVERIFY(!actorKindFromText(text));
        QVERIFY(!statementKindFromText(text));
    }

    void reliabilityGrades()
    {
        QCOMPARE(toText(Reliability::Unrated), QString());
        QCOMPARE(toText(Reliability::B), u"B"_s);
        QCOMPARE(reliabilityFromText(u"f"_s), Reliability::F);
        QCOMPARE(reliabilityFromText(QString()), Reliability::Unrated);
        QVERIFY(!reliabilityFromText(u"G"_s));
        QCOMPARE(reliabilityDescription(Reliability::A), u"completely reliable"_s);
        QCOMPARE(reliabilityDescription(Reliability::F), u"reliability cannot be judged"_s);
    }

    void actorIsNamedByNameOrAlias()
    {
        Actor a;
        a.name = u"Amara Okafor"_s;
        a.aliases = {u"Okafor"_s, u"the envoy"_s};
        QVERIFY(a.isNamed(u"amara okafor"_s));
        QVERIFY(a.isNamed(u"  Okafor "_s));
        QVERIFY(a.isNamed(u"The Envoy"_s));
        QVERIFY(!a.isNamed(u"Amara"_s));
        QVERIFY(!a.isNamed(QString()));
    }

    void eventWhenSpansStartToEnd()
    {
        Event e;
        e.start = FuzzyDate::fromDate(QDate(2024, 3, 4));
        QCOMPARE(e.when(), e.start);
        e.end = FuzzyDate::fromDate(QDate(2024, 3, 7));
        QVERIFY(e.when().isInterval());
        QCOMPARE(e.when().toString(), u"2024-03-04/2024-03-07"_s);
        QCOMPARE(e.when().earliestMs(), e.start.earliestMs());
        QCOMPARE(e.when().latestMs(), e.end.latestMs());
    }

    void valueTypesCompareByValue()
    {
        Event a;
        a.title = u"Talks"_s;
        a.participants = {Participant{ActorId(1), ParticipantRole::Host}};
        Event b = a;
        QCOMPARE(a, b);
        b.participants[0].role = ParticipantRole::Guest;
        QVERIFY(a != b);
        Statement s1;
        s1.about = {EventId(2)};
        Statement s2 = s1;
        QCOMPARE(s1, s2);
        s2.about.append(EventId(3));
        QVERIFY(s1 != s2);
    }

    void idsAreTyped()
    {
        QVERIFY(!ActorId().isValid());
        QVERIFY(ActorId(4).isValid());
        QVERIFY(ActorId(3) < ActorId(4));
        static_assert(!std::is_convertible_v<ActorId, EventId>);
        static_assert(!std::is_convertible_v<qint64, ActorId>);
    }

    void sourceHashIsSha256OfUtf8()
    {
        // SHA-256 of "abc" is a published test vector.
        QCOMPARE(Source::hashText(u"abc"_s), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QVERIFY(Source::hashText(u"a"_s) != Source::hashText(u"b"_s));
    }

    void codePointOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("slice");
        QTest::newRow("ascii") << u"summit talks"_s << qint64(12) << qint64(7) << qint64(12) << u"talks"_s;
        QTest::newRow("accented") << u"Zürich café"_s << qint64(11) << qint64(7) << qint64(11) << u"café"_s;
        // U+1F91D HANDSHAKE is two UTF-16 units but one code point.
        QTest::newRow("astral") << (u"deal "_s + QString::fromUcs4(U"\U0001F91D") + u" done"_s) << qint64(11) << qint64(5)
                                << qint64(6) << QString::fromUcs4(U"\U0001F91D");
        QTest::newRow("after astral") << (QString::fromUcs4(U"\U0001F91D") + u"ok"_s) << qint64(3) << qint64(1)
                                      << qint64(3) << u"ok"_s;
        QTest::newRow("clamped") << u"abc"_s << qint64(3) << qint64(1) << qint64(99) << u"bc"_s;
        QTest::newRow("empty range") << u"abc"_s << qint64(3) << qint64(2) << qint64(2) << QString();
    }
    void codePointOffsets()
    {
        QFETCH(QString, text);
        QFETCH(qint64, length);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, slice);
        QCOMPARE(codepoints::length(text), length);
        QCOMPARE(codepoints::slice(text, start, end), slice);
        const qsizetype utf16 = codepoints::toUtf16(text, start);
        QCOMPARE(codepoints::fromUtf16(text, utf16), std::min(start, length));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Finding annotations again after their source text changed: by position, quote in context, or fuzzy match.
#include <random>

#include <QTest>

#include "../support/testproject.h"
#include "provenance/anchoring.h"
#include "storage/storageerror.h"
#include "util/codepoints.h"

using namespace attache;
using anchoring::Placement;

namespace {

const QString original = QStringLiteral(
    "The envoy arrived in the capital on Monday. \"We have come to listen, not to lecture,\" she told reporters at "
    "the airport. Talks with the foreign minister lasted four hours. The minister said the border question was "
    "settled. Both sides will meet again in spring, an official said. The envoy said talks would continue.");

/// The annotation on the first occurrence of `quote` in `text`, or on its `nth` (0-based).
Annotation on(const QString& text, const QString& quote, int nth = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= nth; ++i)
        at = text.indexOf(quote, at + 1);
    if (at < 0)
        qFatal("test quote not in text");
    const qint64 start = codepoints::fromUtf16(text, at);
    return anchoring::make(text, SourceId(1), start, start + codepoints::length(quote), AnnotationKind::Note);
}

} // namespace

class TestAnchoring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectorsFromText();
    void locate_data();
    void locate();
    void repeatedQuoteUsesContext();
    void fuzzyIsBounded();
    void deletedPassageDoesNotJumpToItsTwin();
    void fuzzyAgreesWithPlainDynamicProgramming();
    void codePointsNotUnits();
    void replaceTextReanchorsAndKeepsLost();
    void replaceTextOfMissingSourceFails();
};

void TestAnchoring::selectorsFromText()
{
    const Annotation a = on(original, QStringLiteral("Talks with the foreign minister"));
    QCOMPARE(a.exact, QStringLiteral("Talks with the foreign minister"));
    QCOMPARE(a.prefix.size(), Annotation::quoteContext);
    QVERIFY(original.sliced(0, original.indexOf(a.exact)).endsWith(a.prefix));
    QCOMPARE(a.suffix, original.sliced(original.indexOf(a.exact) + a.exact.size(), Annotation::quoteContext));
    // At the very start there is no prefix, and a span past the end is clamped.
    Annotation start;
    anchoring::select(start, original, 0, 3);
    QCOMPARE(start.prefix, QString());
    QCOMPARE(start.exact, QStringLiteral("The"));
    Annotation past;
    anchoring::select(past, original, codepoints::length(original) - 5, codepoints::length(original) + 50);
    QCOMPARE(past.exact, QStringLiteral("inue."));
    QCOMPARE(past.suffix, QString());
}

void TestAnchoring::locate_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("changed"); // the new text
    QTest::addColumn<int>("placement");
    QTest::addColumn<QString>("found"); // what the anchor covers in the new text

    const QString quote = QStringLiteral("the border question was settled");
    QTest::newRow("unchanged text") << quote << original << int(Placement::Position) << quote;
    QTest::newRow("text shifted by an added paragraph")
        << quote << QStringLiteral("Editor's note: corrected.\n\n") + original << int(Placement::Quote) << quote;
    QTest::newRow("text shifted by a cut before")
        << quote << QString(original).remove(QStringLiteral("Talks with the foreign minister lasted four hours. "))
        << int(Placement::Quote) << quote;
    QTest::newRow("a typo corrected in the quote")
        << QStringLiteral("Talks with the foriegn minister lasted four hours")
        << QString(original) << int(Placement::Fuzzy) << QStringLiteral("Talks with the foreign minister lasted four hours");
    QTest::newRow("a typo corrected and the next sentence reworded")
        << QStringLiteral("Talks with the foriegn minister lasted four hours")
        << QString(original).replace(QStringLiteral("The minister said the border"), QStringLiteral("The minister added that the border"))
        << int(Placement::Fuzzy) << QStringLiteral("Talks with the foreign minister lasted four hours");
    QTest::newRow("a word changed in the quote")
        << quote << QString(original).replace(QStringLiteral("was settled"), QStringLiteral("is settled"))
        << int(Placement::Fuzzy) << QStringLiteral("the border question is settled");
    QTest::newRow("a word inserted near the start of the quote")
        << QStringLiteral("Talks with the foreign minister lasted four hours")
        << QString(original).replace(QStringLiteral("Talks with the"), QStringLiteral("Talks reportedly with the"))
        << int(Placement::Fuzzy) << QStringLiteral("Talks reportedly with the foreign minister lasted four hours");
    QTest::newRow("a word inserted near the end of the quote")
        << QStringLiteral("Talks with the foreign minister lasted four hours")
        << QString(original).replace(QStringLiteral("four hours"), QStringLiteral("four long hours"))
        << int(Placement::Fuzzy) << QStringLiteral("Talks with the foreign minister lasted four long hours");
    QTest::newRow("the passage deleted")
        << quote << QString(original).remove(QStringLiteral("The minister said the border question was settled. "))
        << int(Placement::Lost) << QString();
    QTest::newRow("the passage rewritten beyond the bound")
        << quote << QString(original).replace(quote, QStringLiteral("a deal on the frontier was near"))
        << int(Placement::Lost) << QString();
    QTest::newRow("a short name is never fuzzy")
        << QStringLiteral("envoy") << QString(original).replace(QStringLiteral("envoy"), QStringLiteral("envoi"))
        << int(Placement::Lost) << QString();
}

void TestAnchoring::locate()
{
    QFETCH(QString, quote);
    QFETCH(QString, changed);
    QFETCH(int, placement);
    QFETCH(QString, found);
    // A typo row stores the misspelt quote: the annotation was made on a text that had it.
    QString before = original;
    if (!original.contains(quote))
        before.replace(QStringLiteral("Talks with the foreign minister"), QStringLiteral("Talks with the foriegn minister"));
    const Annotation a = on(before, quote);
    const anchoring::Anchor anchor = anchoring::locate(a, changed);
    QCOMPARE(anchoring::toText(anchor.placement), anchoring::toText(Placement(placement)));
    if (anchor.placement != Placement::Lost)
        QCOMPARE(codepoints::slice(changed, anchor.start, anchor.end), found);
}

void TestAnchoring::repeatedQuoteUsesContext()
{
    // "The envoy said" and "The envoy arrived": the quote "envoy" twice; the second is wanted.
    const Annotation a = on(original, QStringLiteral("envoy"), 1);
    const QString changed = QStringLiteral("Update. ") + original;
    const anchoring::Anchor anchor = anchoring::locate(a, changed);
    QCOMPARE(anchor.placement, Placement::Quote);
    QCOMPARE(anchor.start, a.start + 8);
    // With the context changed on both sides, the nearer occurrence wins.
    Annotation blind = a;
    blind.prefix.clear();
    blind.suffix.clear();
    QCOMPARE(anchoring::locate(blind, changed).start, a.start + 8);
}

void TestAnchoring::fuzzyIsBounded()
{
    const QString quote = QStringLiteral("sixteen letters!"); // 16 characters: at most 4 edits
    QCOMPARE(anchoring::maxErrors(quote), 4);
    QCOMPARE(anchoring::maxErrors(QStringLiteral("seven c")), 0);
    QCOMPARE(anchoring::fuzzyFind(quote, QStringLiteral("xx sixteen lettrs! yy")).placement, Placement::Fuzzy);
    QCOMPARE(anchoring::fuzzyFind(quote, QStringLiteral("xx six teen lett rs yy")).placement, Placement::Fuzzy);
    QCOMPARE(anchoring::fuzzyFind(quote, QStringLiteral("xx sx tn ltrs yy")).placement, Placement::Lost);
    // The best of two near matches is the one with fewer edits, whatever the position hint says.
    const QString text = QStringLiteral("sixten leters! and then sixteen letter!");
    const anchoring::Anchor best = anchoring::fuzzyFind(quote, text, 0);
    QCOMPARE(codepoints::slice(text, best.start, best.end), QStringLiteral("sixteen letter!"));
}

void TestAnchoring::deletedPassageDoesNotJumpToItsTwin()
{
    // Two sentences a word apart; the first is marked, then deleted. The second is within the fuzzy bound of its
    // words, but not of its surroundings, so the mark is reported lost rather than moved onto the wrong sentence.
    const QString text = QStringLiteral("Opening remarks were brief. The ministers met again in the capital on Monday. "
                                        "The ministers met again in the capital on Tuesday. Closing remarks followed.");
    const Annotation a = on(text, QStringLiteral("The ministers met again in the capital on Monday."));
    const QString changed = QString(text).remove(QStringLiteral("The ministers met again in the capital on Monday. "));
    QCOMPARE(anchoring::fuzzyFind(a.exact, changed).placement, Placement::Fuzzy); // the words alone would move it
    QCOMPARE(anchoring::locate(a, changed).placement, Placement::Lost);
}

void TestAnchoring::fuzzyAgreesWithPlainDynamicProgramming()
{
    // The cut-off search must find a match exactly when the full table (every row, every column) has one within the
    // bound: random quotes over a small alphabet, edited at random, including at the very start and end of the text.
    std::mt19937 random(11);
    const auto letters = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'a' + int(random() % 4)));
        return s;
    };
    for (int round = 0; round < 3000; ++round) {
        const QString quote = letters(8 + int(random() % 20));
        QString text = letters(int(random() % 30)) + quote + letters(int(random() % 30));
        for (int edits = int(random() % 6); edits > 0 && !text.isEmpty(); --edits)
            text.remove(qsizetype(random() % text.size()), 1);
        const int k = anchoring::maxErrors(quote);
        // Semi-global edit distance: the fewest edits from the quote to any piece of the text.
        std::vector<int> column(quote.size() + 1);
        for (qsizetype i = 0; i <= quote.size(); ++i)
            column[i] = int(i);
        int best = column.back();
        for (const QChar c : std::as_const(text)) {
            int diagonal = column[0];
            for (qsizetype i = 1; i <= quote.size(); ++i) {
                const int up = column[i];
                column[i] = std::min({diagonal + (quote[i - 1] == c ? 0 : 1), up + 1, column[i - 1] + 1});
                diagonal = up;
            }
            best = std::min(best, column.back());
        }
        const bool found = anchoring::fuzzyFind(quote, text).placement == Placement::Fuzzy;
        QVERIFY2(found == (best <= k), qPrintable(QStringLiteral("quote %1 in %2: best %3, bound %4").arg(quote, text).arg(best).arg(k)));
    }
}

void TestAnchoring::codePointsNotUnits()
{
    // Characters outside the Basic Multilingual Plane are one code point and two UTF-16 units.
    const QString text = QStringLiteral("\U0001F1FA\U0001F1F8 and \U0001F1F7\U0001F1FA leaders met in the north.");
    const Annotation a = on(text, QStringLiteral("leaders met"));
    QCOMPARE(a.start, 10); // two flags of two code points each, " and " and " "
    const QString changed = QStringLiteral("\U0001F30D ") + text;
    const anchoring::Anchor anchor = anchoring::locate(a, changed);
    QCOMPARE(anchor.placement, Placement::Quote);
    QCOMPARE(anchor.start, a.start + 2);
    QCOMPARE(codepoints::slice(changed, anchor.start, anchor.end), QStringLiteral("leaders met"));
}

void TestAnchoring::replaceTextReanchorsAndKeepsLost()
{
    test::TempProject p;
    SourceId source;
    ActorId speaker;
    StatementId statement;
    AnnotationId kept;
    AnnotationId gone;
    const QString said = QStringLiteral("We have come to listen, not to lecture,");
    ATTACHE_WRITE(*p, {
        Source s;
        s.title = QStringLiteral("Envoy arrives");
        s.text = original;
        source = p->sources().insert(s);
        Actor envoy;
        envoy.name = QStringLiteral("The Envoy");
        speaker = p->actors().insert(envoy);
        Statement st;
        st.speaker = speaker;
        st.text = said;
        st.source = source;
        Annotation quote = on(original, said);
        st.spanStart = quote.start;
        st.spanEnd = quote.end;
        statement = p->statements().insert(st);
        quote.source = source;
        quote.kind = AnnotationKind::Statement;
        quote.targetType = TargetType::Statement;
        quote.targetId = statement.value;
        kept = p->annotations().insert(quote);
        Annotation settled = on(original, QStringLiteral("the border question was settled"));
        settled.source = source;
        gone = p->annotations().insert(settled);
    });

    const QString corrected = QStringLiteral("CORRECTION APPENDED.\n\n")
        + QString(original).remove(QStringLiteral("The minister said the border question was settled. "));
    anchoring::Report report;
    ATTACHE_WRITE(*p, report = anchoring::replaceText(*p, source, corrected));
    QCOMPARE(report.quote, 1);
    QCOMPARE(report.lost.size(), 1);
    QCOMPARE(report.lost.first().id, gone);
    QCOMPARE(report.total(), 2);

    const auto stored = p->sources().find(source);
    QCOMPARE(stored->text, corrected);
    QCOMPARE(stored->contentHash, Source::hashText(corrected));
    const auto moved = p->annotations().find(kept);
    QVERIFY(moved->anchored);
    QCOMPARE(codepoints::slice(corrected, moved->start, moved->end), said);
    QCOMPARE(moved->prefix, codepoints::slice(corrected, moved->start - Annotation::quoteContext, moved->start));
    const auto lost = p->annotations().find(gone);
    QVERIFY(!lost->anchored);
    QCOMPARE(lost->exact, QStringLiteral("the border question was settled")); // kept for the analyst to place
    const auto st = p->statements().find(statement);
    QCOMPARE(st->spanStart, moved->start);
    QCOMPARE(st->spanEnd, moved->end);

    // Putting the passage back finds the lost annotation again.
    ATTACHE_WRITE(*p, report = anchoring::replaceText(*p, source, original));
    QVERIFY(report.lost.isEmpty());
    QVERIFY(p->annotations().find(gone)->anchored);

    // A statement whose passage an edit removed gets its span back with its mark when the passage returns.
    const QString withoutQuote = QString(original).remove(said);
    ATTACHE_WRITE(*p, report = anchoring::replaceText(*p, source, withoutQuote));
    QCOMPARE(p->statements().find(statement)->spanStart, -1);
    ATTACHE_WRITE(*p, report = anchoring::replaceText(*p, source, original));
    const auto back = p->annotations().find(kept);
    QVERIFY(back->anchored);
    QCOMPARE(p->statements().find(statement)->spanStart, back->start);
    QCOMPARE(p->statements().find(statement)->spanEnd, back->end);
}

void TestAnchoring::replaceTextOfMissingSourceFails()
{
    test::TempProject p;
    const Status written = p->write([&] { anchoring::replaceText(*p, SourceId(42), original); });
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral("no source 42")), qPrintable(written.error()));
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring after a source's text changed: 1,000 annotations on a 100 KB text that gained a paragraph at the top,
// had one word changed in a tenth of its marked passages and lost a fiftieth of them. Prints medians:
//   bench_anchor [--runs N]
#include <chrono>
#include <cstdio>
#include <random>

#include <QCoreApplication>
#include <QStringList>

#include "benchsupport.h"
#include "provenance/anchoring.h"
#include "util/codepoints.h"

using namespace attache;

namespace {

const QStringList words{QStringLiteral("minister"), QStringLiteral("talks"), QStringLiteral("envoy"), QStringLiteral("border"),
    QStringLiteral("agreement"), QStringLiteral("said"), QStringLiteral("on"), QStringLiteral("Friday"), QStringLiteral("the"),
    QStringLiteral("delegation"), QStringLiteral("ceasefire"), QStringLiteral("capital"), QStringLiteral("summit"),
    QStringLiteral("security"), QStringLiteral("guarantees"), QStringLiteral("would"), QStringLiteral("meet"), QStringLiteral("again")};

QString sentence(std::mt19937& random)
{
    std::uniform_int_distribution<int> length(4, 14);
    std::uniform_int_distribution<qsizetype> word(0, words.size() - 1);
    QStringList out;
    for (int i = length(random); i > 0; --i)
        out.append(words.at(word(random)));
    out.first()[0] = out.first()[0].toUpper();
    return out.join(u' ') + u'.';
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 5;

    std::mt19937 random(7);
    QStringList sentences;
    qsizetype size = 0;
    while (size < 100 * 1024) {
        sentences.append(sentence(random));
        size += sentences.last().size() + 1;
    }
    const QString text = sentences.join(u' ');

    // 1,000 annotations on whole sentences, spread over the text.
    QList<Annotation> annotations;
    QList<qsizetype> starts; // UTF-16 start of each sentence
    qsizetype at = 0;
    for (const QString& s : std::as_const(sentences)) {
        starts.append(at);
        at += s.size() + 1;
    }
    const qsizetype step = sentences.size() / 1000; // at least 2: about 1,700 sentences of 4 to 14 words
    if (step < 1)
        qFatal("too few sentences for 1,000 annotations");
    QString changed = text;
    QList<int> kinds; // 0 moved only, 1 one word changed, 2 deleted
    for (int i = 0; i < 1000; ++i) {
        const qsizetype k = i * step;
        const qint64 start = codepoints::fromUtf16(text, starts[k]);
        annotations.append(anchoring::make(text, SourceId(1), start, start + sentences[k].size(), AnnotationKind::Note));
        kinds.append(i % 50 == 0 ? 2 : i % 10 == 0 ? 1 : 0);
    }
    // Edit from the end so that earlier offsets stay valid while editing.
    for (int i = 999; i >= 0; --i) {
        const qsizetype k = i * step;
        if (kinds[i] == 2) {
            changed.remove(starts[k], sentences[k].size());
        } else if (kinds[i] == 1) {
            const qsizetype space = sentences[k].indexOf(u' ');
            changed.insert(starts[k] + space, QStringLiteral(" reportedly"));
        }
    }
    changed.prepend(QStringLiteral("Editor's note: this story has been updated with a correction.\n\n"));

    std::vector<double> all;
    int counts[4] = {};
    for (int run = 0; run < runs; ++run) {
        std::fill(std::begin(counts), std::end(counts), 0);
        const auto start = std::chrono::steady_clock::now();
        for (const Annotation& a : std::as_const(annotations))
            ++counts[int(anchoring::locate(a, changed).placement)];
        all.push_back(msSince(start));
    }
    // How the edited and deleted passages fared (the moved ones are all found by their quote).
    int editedFound = 0;
    int deletedPlaced = 0;
    int editedShort = 0; // under 44 characters: the 11 inserted are more than the quarter a near match may differ
    for (int i = 0; i < 1000; ++i) {
        const anchoring::Anchor found = anchoring::locate(annotations[i], changed);
        if (kinds[i] == 1) {
            // Found means found exactly: the whole edited sentence, no more, no less.
            QString expected = annotations[i].exact;
            expected.insert(expected.indexOf(u' '), QStringLiteral(" reportedly"));
            editedFound += found.placement != anchoring::Placement::Lost && codepoints::slice(changed, found.start, found.end) == expected;
            editedShort += annotations[i].exact.size() < 44 ? 1 : 0;
        }
        deletedPlaced += kinds[i] == 2 && found.placement != anchoring::Placement::Lost ? 1 : 0;
    }
    // The worst single case: a long passage that is nowhere in the text, so the fuzzy search reads all of it.
    Annotation missing = annotations.first();
    missing.exact = QString(300, u'x');
    std::vector<double> miss;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        anchoring::locate(missing, changed);
        miss.push_back(msSince(start));
    }
    std::printf("text_kb=%lld\nannotations=1000\nposition=%d\nquote=%d\nfuzzy=%d\nlost=%d\n", static_cast<long long>(changed.size() / 1024),
        counts[0], counts[1], counts[2], counts[3]);
    std::printf("edited_found_exactly=%d/80\nedited_under_44_chars=%d\ndeleted_placed=%d/20\n", editedFound, editedShort, deletedPlaced);
    std::printf("reanchor_1000_ms=%.1f\nfuzzy_miss_300_ms=%.1f\n", bench::median(all), bench::median(miss));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Importer speed: 5 KB articles per second on one core, and one 1 MB text. Prints medians:
//   articles_per_s=… mb_text_ms=…     Usage: bench_extract [--runs N]
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include "extract/extraction.h"
#include "extract/reader.h"
#include "benchsupport.h"

using namespace attache;

namespace {


/// A synthetic news story of about `bytes` bytes: paragraphs of reported speech, quotations, dates and titles.
QByteArray story(int bytes, int seed)
{
    static const char* people[] = {"Foreign Minister Ada Lindqvist", "Special Envoy Tomas Berglund", "President Ivan Petrenko",
        "Prime Minister Karin Holm", "Secretary of State Lena Varga"};
    static const char* places[] = {"Geneva", "Vienna", "Oslo", "Doha", "Ankara"};
    QByteArray text = "Envoys agree to meet again after talks in Geneva\n\nBy Maria Olsen, Northern Wire\n\n";
    int k = seed;
    while (text.size() < bytes) {
        const QByteArray who = people[k % 5];
        const QByteArray where = places[(k / 5) % 5];
        text += who + " met officials from Grandland in " + where + " on Friday, and the two sides agreed to hold "
            "another round of talks next week. \xe2\x80\x9cWe have made real progress on the border question,\xe2\x80\x9d "
            + who.split(' ').last() + " told reporters on Saturday. The talks will resume on Monday, an official said.\n\n";
        ++k;
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const FuzzyDate published = *FuzzyDate::parse(QStringLiteral("2030-03-05"));
    std::vector<QByteArray> articles;
    for (int i = 0; i < 200; ++i)
        articles.push_back(story(5 * 1024, i));
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::size_t statements = 0;
        for (const QByteArray& bytes : articles) {
            const auto article = extract::readArticle(bytes, QStringLiteral("bench.txt"));
            statements += std::size_t(extract::extract(*article, published).statements.size());
        }
        rates.push_back(double(articles.size()) / (double(timer.nsecsElapsed()) / 1e9));
        if (statements == 0)
            qFatal("no statements extracted");
    }
    const QByteArray big = story(1024 * 1024, 7);
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto article = extract::readArticle(big, QStringLiteral("big.txt"));
        const auto x = extract::extract(*article, published);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("articles_per_s=%.0f\nmb_text_ms=%.0f\n", bench::median(rates), bench::median(times));
    return 0;
}

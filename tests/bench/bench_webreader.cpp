// SPDX-License-Identifier: GPL-3.0-or-later
// Web page reader speed: typical news pages (about 110 KB: head with metas, JSON-LD, styles and scripts; navigation,
// share bars, a 20-paragraph story with a figure and a quote, related links, comments, footer), read with
// decoding, metadata and main text, on one core. Prints medians:
//   pages_per_s=… kb_per_page=…     Usage: bench_webreader [--runs N]
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include "extract/htmlreader.h"
#include "benchsupport.h"

using namespace attache;

namespace {

QByteArray n(int i)
{
    return QByteArray::number(i);
}

/// A generated news page in the shape publishing systems give them; `seed` varies the text.
QByteArray newsPage(int seed)
{
    static const char* people[] = {"Foreign Minister Ada Lindqvist", "Special Envoy Tomas Berglund",
        "President Ivan Petrenko", "Prime Minister Karin Holm", "Secretary of State Lena Varga"};
    static const char* places[] = {"Geneva", "Vienna", "Oslo", "Doha", "Ankara"};
    QByteArray page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Envoys agree to meet again "
                      "after talks in Geneva | Northern Wire</title>"
                      "<meta property=\"og:title\" content=\"Envoys agree to meet again after talks in Geneva\">"
                      "<meta property=\"og:site_name\" content=\"Northern Wire\">"
                      "<meta property=\"article:published_time\" content=\"2030-03-0"
        + n(1 + seed % 9) + "T09:00:00Z\"><meta name=\"author\" content=\"Maria Olsen\">";
    for (int i = 0; i < 30; ++i)
        page += "<link rel=\"preload\" href=\"/static/chunk-" + n(i) + ".js\" as=\"script\">";
    page += "<style>";
    for (int i = 0; i < 600; ++i)
        page += ".c" + n(i) + "{margin:" + n(i % 7) + "px;color:#" + n(100 + i) + "}";
    page += "</style><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"headline\":\"Envoys agree to meet again after talks in Geneva\",\"datePublished\":\"2030-03-05\","
            "\"author\":[{\"@type\":\"Person\",\"name\":\"Maria Olsen\"}],\"publisher\":{\"@type\":\"Organization\","
            "\"name\":\"Northern Wire\"}}</script><script>window.__STATE__={";
    for (int i = 0; i < 1500; ++i)
        page += "\"k" + n(i) + "\":[" + n(i * 7) + "," + n(i * 13) + ",\"value-" + n(i) + "\"],";
    page += "\"end\":0};</script></head><body><header class=\"site-header\"><a href=\"/\" class=\"logo\">Northern "
            "Wire</a><nav class=\"main-nav\"><ul>";
    for (int i = 0; i < 40; ++i)
        page += "<li class=\"nav-item\"><a href=\"/section/" + n(i) + "\">Section " + n(i) + "</a></li>";
    page += "</ul></nav></header><main><article class=\"story\"><h1>Envoys agree to meet again after talks in "
            "Geneva</h1><div class=\"byline\">By <a href=\"/by/maria\">Maria Olsen</a> <time datetime=\"2030-03-05\">"
            "March 5, 2030</time></div><div class=\"share-tools\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a>"
            "<a href=\"#\">Email</a></div><figure><img src=\"/img/a.jpg\" alt=\"\"><figcaption>Delegations arrive "
            "in Geneva.</figcaption></figure><div class=\"article-body\">";
    for (int k = 0; k < 20; ++k) {
        const QByteArray who = people[(seed + k) % 5];
        const QByteArray where = places[(seed / 5 + k) % 5];
        page += "<p>" + who + " met officials from Grandland in <a href=\"/topic/" + where + "\">" + where
            + "</a> on Friday, and the two sides agreed to hold another round of talks next week. \xe2\x80\x9cWe have "
              "made real progress on the border question,\xe2\x80\x9d " + who.split(' ').last()
            + " told reporters on Saturday, <em>adding</em> that the talks would resume on Monday.</p>";
        if (k == 6)
            page += "<blockquote><p>\xe2\x80\x9cThe door is open,\xe2\x80\x9d the envoy said.</p></blockquote>";
        if (k == 10)
            page += "<div class=\"ad-slot\" id=\"ad-mid\"><span>Advertisement</span></div><div class=\"newsletter-box\">"
                    "<p>Sign up for the morning briefing.</p><form><input type=\"email\"><button>Sign up</button></form></div>";
    }
    page += "</div></article><aside class=\"related\"><h2>Related</h2><ul>";
    for (int i = 0; i < 12; ++i)
        page += "<li><a href=\"/story/" + n(seed * 100 + i) + "\">Another headline about the region, number " + n(i)
            + "</a></li>";
    page += "</ul></aside><section id=\"comments\" class=\"comments\">";
    for (int i = 0; i < 25; ++i)
        page += "<div class=\"comment\"><span class=\"comment-author\">Reader " + n(i)
            + "</span><p>I have been following these talks for a while, and this is welcome news, if it lasts.</p></div>";
    page += "</section></main><footer class=\"site-footer\"><ul>";
    for (int i = 0; i < 30; ++i)
        page += "<li><a href=\"/about/" + n(i) + "\">About link " + n(i) + "</a></li>";
    page += "</ul><p>Copyright 2030 Northern Wire. All rights reserved.</p></footer><script>";
    for (int i = 0; i < 1200; ++i)
        page += "function f" + n(i) + "(a){return a*" + n(i) + ";}";
    page += "</script></body></html>";
    return page;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::vector<QByteArray> pages;
    qsizetype bytes = 0;
    for (int i = 0; i < 100; ++i) {
        pages.push_back(newsPage(i));
        bytes += pages.back().size();
    }
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        qsizetype text = 0;
        for (const QByteArray& page : pages)
            text += extract::readHtmlPage(page).text.size();
        rates.push_back(double(pages.size()) / (double(timer.nsecsElapsed()) / 1e9));
        if (text < qsizetype(pages.size()) * 2000)
            qFatal("the reader lost the story");
    }
    std::printf("pages_per_s=%.0f\nkb_per_page=%.0f\n", bench::median(rates), double(bytes) / double(pages.size()) / 1024);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes through the article reader and the whole extraction pipeline, then the JSON writer.
// Must not crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "extract/extraction.h"
#include "extract/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto article = attache::extract::readArticle(bytes, QStringLiteral("fuzz"));
    if (!article)
        return 0;
    const auto published = attache::FuzzyDate::fromDate(QDate(2030, 3, 5));
    const auto x = attache::extract::extract(*article, published);
    (void)attache::extract::toJson(x);
    return 0;
}

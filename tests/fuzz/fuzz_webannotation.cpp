// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes through the W3C Web Annotation reader's checking half (JSON, collection, page or
// single annotation, the model's requirements of each), then each annotation placed by its selectors in a source
// text as the reader places it (position, quote in context, fuzzy match), without a project. Must not crash, hang
// or trip a sanitizer; what it accepts must meet the model, and a placed annotation must quote its span.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

#include "interop/webannotation.h"
#include "util/codepoints.h"

namespace {

// A source text with repeated words, a line break, and characters beyond the Basic Multilingual Plane, where code
// points and UTF-16 units differ.
const QString sourceText = QStringLiteral(
    "The minister said the talks went well. \U0001F600 The talks resume on Friday;\n"
    "the minister of trade said nothing. Talks, talks and more talks \U00010348 in Geneva.");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto items = attache::webannotation::items(bytes, QStringLiteral("fuzz.jsonld"));
    if (!items) {
        if (items.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    const qint64 length = attache::codepoints::length(sourceText);
    for (const attache::webannotation::Item& item : *items) {
        if (item.path.isEmpty() || !attache::webannotation::problems(item.annotation, true).isEmpty())
            __builtin_trap();
        const attache::Annotation a = attache::webannotation::place(item.annotation, sourceText);
        if (a.anchored
            && (a.start < 0 || a.end < a.start || a.end > length
                || attache::codepoints::slice(sourceText, a.start, a.end) != a.exact))
            __builtin_trap();
    }
    return 0;
}

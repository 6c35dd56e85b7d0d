// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes through the saved-web-page reader alone (decoding by the page's declarations, the
// page tree, metadata, main text), where malformed markup does its worst. Must not crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "extract/htmlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const attache::extract::Article article = attache::extract::readHtmlPage(bytes);
    // Every paragraph boundary the reader makes must be a real one.
    if (article.text.contains(QStringLiteral("\n\n\n")))
        __builtin_trap();
    return 0;
}

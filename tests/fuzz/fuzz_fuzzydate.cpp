// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any text through the EDTF date parser, which every reader uses for dates from files. Must not
// crash, hang or trip a sanitizer; a date it accepts must come back unchanged from its canonical text, and cover
// no instant after its last.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

#include "model/fuzzydate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto date = attache::FuzzyDate::parse(text);
    if (!date)
        return 0;
    const auto again = attache::FuzzyDate::parse(date->toString());
    if (!again || !(*again == *date))
        __builtin_trap();
    if (!date->isNull() && !date->isInterval() && date->earliestMs() > date->latestMs())
        __builtin_trap();
    (void)date->display();
    return 0;
}

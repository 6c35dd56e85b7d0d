// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes through the CSV events reader's checking half (RFC 4180 records, the TimelineJS
// header, dates, participants), which runs before anything is written to a project. Must not crash, hang or trip a
// sanitizer, and every draft it accepts must be an event.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "interop/csvformat.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto drafts = attache::csvformat::readEventDrafts(bytes, QStringLiteral("fuzz.csv"));
    if (!drafts) {
        if (drafts.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const attache::interop::EventDraft& draft : *drafts) {
        if (draft.event.title.isEmpty() || draft.event.start.isNull())
            __builtin_trap();
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes through the iCalendar reader's checking half (unfolding, content lines, parameters,
// components, time zones, dates and durations), which runs before anything is written to a project. Must not crash,
// hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "interop/icalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto drafts = attache::icalendar::readDrafts(bytes, QStringLiteral("fuzz.ics"));
    if (!drafts) {
        if (drafts.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const attache::interop::EventDraft& draft : *drafts) {
        if (draft.event.start.isNull())
            __builtin_trap();
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes through the project JSON reader's checking half (JSON, format and version, every
// record's fields, every reference between records), which runs before anything is written to a project. Must not
// crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "interop/projectjson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const attache::Status checked = attache::projectjson::check(bytes, QStringLiteral("fuzz.json"));
    if (!checked && checked.error().isEmpty())
        __builtin_trap();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/codepoints.h"

namespace attache::codepoints {

qint64 length(QStringView text)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

qsizetype toUtf16(QStringView text, qint64 codePoint)
{
    qsizetype i = 0;
    for (qint64 seen = 0; seen < codePoint && i < text.size(); ++seen) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    return i;
}

qint64 fromUtf16(QStringView text, qsizetype utf16Index)
{
    const qsizetype end = std::min(utf16Index, text.size());
    return length(text.first(std::max<qsizetype>(0, end)));
}

QString slice(QStringView text, qint64 start, qint64 end)
{
    if (end <= start)
        return {};
    const qsizetype from = toUtf16(text, start);
    const qsizetype to = from + toUtf16(text.sliced(from), end - start);
    return text.sliced(from, to - from).toString();
}

} // namespace attache::codepoints

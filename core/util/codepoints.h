// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace attache {

/// Offsets in project files and extraction JSON count Unicode code points, as W3C Web Annotation selectors do;
/// QString counts UTF-16 units. These convert between the two.
namespace codepoints {

qint64 length(QStringView text);
/// UTF-16 index of a code-point offset; offsets past the end clamp to text.size().
qsizetype toUtf16(QStringView text, qint64 codePoint);
qint64 fromUtf16(QStringView text, qsizetype utf16Index);
/// The text between two code-point offsets, clamped to the text.
QString slice(QStringView text, qint64 start, qint64 end);

} // namespace codepoints
} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace attache::extract {

/// The encoding a page declares for itself (<meta charset>, an http-equiv Content-Type, an XML declaration) in its
/// first 64 KB, as the name Qt's decoders know it (labels mapped as browsers map them: "latin1" is Windows-1252,
/// "gb2312" is GB18030); empty when the page declares none.
QByteArray declaredHtmlEncoding(const QByteArray& bytes);

/// Decodes a saved web page as a browser would: a byte-order mark wins, then the page's own declaration, read through
/// Qt's ICU-backed decoders (Windows-1251, Shift-JIS, GB18030, ISO-8859-x…); without either, UTF-8 when the bytes are
/// UTF-8, else Windows-1252. Pages that declare a legacy encoding but are valid UTF-8 (a common mistake, and what a
/// browser's clipboard gives) are read as UTF-8. Problems are added to `warnings`.
QString decodeHtml(const QByteArray& bytes, QStringList& warnings);

} // namespace attache::extract

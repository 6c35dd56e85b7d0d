// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlencoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace attache::extract {
namespace {

/// The WHATWG Encoding Standard's label table, for the labels pages use that ICU would read differently.
QByteArray canonicalEncoding(QByteArray label)
{
    label = label.trimmed().toLower();
    static const QList<std::pair<QByteArrayList, QByteArray>> aliases{
        {{"utf8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"}, "UTF-8"},
        // A page read from bytes cannot be UTF-16 without a byte-order mark: browsers read the label as UTF-8.
        {{"utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "unicodefeff", "unicodefffe"}, "UTF-8"},
        {{"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252",
             "cp819", "ibm819", "iso-ir-100", "windows-1252", "x-cp1252", "x-user-defined"},
            "windows-1252"},
        {{"iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254", "cp1254"}, "windows-1254"},
        {{"iso-8859-11", "tis-620", "windows-874", "dos-874"}, "windows-874"},
        {{"gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312", "iso-ir-58", "cp936", "gb18030"}, "GB18030"},
        {{"shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis"}, "Shift_JIS"},
        {{"euc-kr", "ks_c_5601-1987", "ksc5601", "windows-949", "cseuckr"}, "windows-949"},
        {{"big5", "big5-hkscs", "cn-big5", "x-x-big5"}, "Big5"},
    };
    for (const auto& [labels, name] : aliases) {
        if (labels.contains(label))
            return name;
    }
    return label;
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    // The decoder works when its result is taken, not when it is called.
    const QString decoded = utf8(bytes);
    return !utf8.hasError() && !decoded.isNull();
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QByteArray declaredHtmlEncoding(const QByteArray& bytes)
{
    // Latin-1 maps every byte to one character, so offsets and ASCII markup survive whatever the real encoding.
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024)));
    static const QRegularExpression meta(
        QStringLiteral("<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:()-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(QStringLiteral("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    auto match = meta.match(head);
    if (!match.hasMatch())
        match = xml.match(head);
    if (!match.hasMatch())
        return {};
    return canonicalEncoding(match.captured(1).toLatin1());
}

QString decodeHtml(const QByteArray& bytes, QStringList& warnings)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringDecoder::Utf16);
        return utf16(bytes);
    }
    const QByteArray declared = declaredHtmlEncoding(bytes);
    const bool utf8 = isUtf8(bytes);
    if (utf8 && (declared.isEmpty() || declared == "UTF-8" || !isAscii(bytes)))
        return QString::fromUtf8(bytes);
    if (!declared.isEmpty() && declared != "UTF-8") {
        QStringDecoder decoder(declared.constData());
        if (decoder.isValid())
            return decoder(bytes);
        warnings.append(QStringLiteral("the page's encoding %1 is not known; it was read as Windows-1252")
                            .arg(QString::fromLatin1(declared)));
    }
    if (declared == "UTF-8") {
        // Declared UTF-8 with a few bad bytes is damage; with many, the declaration is wrong.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        const qsizetype bad = text.count(QChar::ReplacementCharacter);
        if (bad * 50 < bytes.size() && bad < 64) {
            warnings.append(QStringLiteral("%1 invalid UTF-8 byte sequence(s) were replaced").arg(bad));
            return text;
        }
    }
    QStringDecoder cp1252("windows-1252");
    return cp1252.isValid() ? cp1252(bytes) : QString::fromLatin1(bytes);
}

} // namespace attache::extract

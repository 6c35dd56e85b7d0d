// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/textinput.h"

#include <QStringDecoder>

#include "interop/inputerror.h"

namespace attache::interop {

QString decodeUtf8(QByteArrayView data, qsizetype firstLine)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (!decoder.hasError())
        return text;
    // Find the line, which people can look at, rather than a byte offset.
    qsizetype line = firstLine;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(lineDecoder(data.sliced(start, end - start)));
        if (lineDecoder.hasError())
            break;
        start = end + 1;
        ++line;
    }
    throw InputError {line, 0, QStringLiteral("the text is not UTF-8 (save the file as UTF-8 and try again)")};
}

} // namespace attache::interop

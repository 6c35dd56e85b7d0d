// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "extract/article.h"

namespace attache::extract {

/// The saved-web-page reader, a stage of its own: decodes the page by its own declarations (htmlencoding.h), reads
/// what it says about itself (PageMetadata) and finds the story in it (MainText). Also reads a browser's selection
/// (text/html without <html> or <body>). An article whose text is empty means the page holds none.
Article readHtmlPage(const QByteArray& bytes);

} // namespace attache::extract

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "extract/extraction.h"
#include "extract/reader.h"

namespace attache::test {

/// What the importer makes of a text written for a test, published on `published` (a Friday by default).
inline extract::Extraction extractText(const QString& text, const QString& published = QStringLiteral("2024-05-10"))
{
    return extract::extract(extract::readText(text), *FuzzyDate::parse(published));
}

} // namespace attache::test

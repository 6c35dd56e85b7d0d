// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "extract/extraction.h"

namespace attache::extract {

/// The title an analyst would give the event: "Blair–Sharon talks in Jerusalem", "Biden–Putin phone call".
QString titleFor(const EventCandidate& event);

} // namespace attache::extract

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "model/event.h"

namespace attache {

/// CAMEO (Conflict and Mediation Event Observations) event codes as GDELT uses them: the root (first two digits),
/// the quad class and the Goldstein value of a code.
///
/// An event that has no code of its own is coded by its kind:
///
/// | kind             | code | CAMEO name                              | quad class           | Goldstein |
/// |------------------|------|-----------------------------------------|----------------------|-----------|
/// | summit           | 044  | Meet at a "third" location              | 1 verbal cooperation | 2.5       |
/// | meeting          | 040  | Consult, not specified below            | 1 verbal cooperation | 1.0       |
/// | talks            | 046  | Engage in negotiation                   | 1 verbal cooperation | 7.0       |
/// | call             | 041  | Discuss by telephone                    | 1 verbal cooperation | 1.0       |
/// | visit            | 042  | Make a visit                            | 1 verbal cooperation | 1.9       |
/// | press_conference | 010  | Make statement, not specified below     | 1 verbal cooperation | 0.0       |
/// | interview        | 010  | Make statement, not specified below     | 1 verbal cooperation | 0.0       |
/// | post             | 010  | Make statement, not specified below     | 1 verbal cooperation | 0.0       |
/// | statement        | 010  | Make statement, not specified below     | 1 verbal cooperation | 0.0       |
/// | agreement        | 057  | Sign formal agreement                   | 1 verbal cooperation | 8.0       |
/// | sanction         | 163  | Impose embargo, boycott, or sanctions   | 4 material conflict  | -8.0      |
/// | exchange         | 084  | Return, release, not specified below    | 2 material cooperation | 7.0     |
/// | other            | —    | (not coded)                             | —                    | —         |
///
/// Quad classes by root: 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3),
/// 14-20 material conflict (4). Goldstein values are those of the CAMEO scale for three-digit codes; a longer code
/// takes its three-digit parent's, an unknown three-digit code its root's (the root followed by 0).
namespace cameo {

/// The code for an event of `kind` without one of its own; empty for EventKind::Other.
QString codeFor(EventKind kind);
/// The event's own code if it is a CAMEO code (two to four digits), else the one for its kind.
QString codeOf(const Event& event);
/// The first two digits; empty when `code` is not a CAMEO code.
QString rootOf(const QString& code);
/// GDELT's QuadClass (1 to 4) of a code; nullopt when the root is not 01 to 20.
std::optional<int> quadClass(const QString& code);
/// The Goldstein scale value (-10 to 10) of a code; nullopt when the root is not 01 to 20.
std::optional<double> goldstein(const QString& code);

} // namespace cameo
} // namespace attache

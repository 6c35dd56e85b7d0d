// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace attache {

class Project;

/// Events as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html).
///
/// A title slide names the project; each event is a slide with start_date (and end_date for a span) in parts
/// (year, month, day, hour, minute, second, as far as the date is known; the time as written, since TimelineJS has no
/// time zones), display_date as Attaché shows the date, text.headline (the title) and text.text (HTML: the summary,
/// the place and the participants, escaped), group (the event's lane: its first participant who takes part, not one
/// only mentioned) and unique_id ("event-" and the event's id).
namespace timelinejs {

QByteArray write(const Project& project);

} // namespace timelinejs
} // namespace attache

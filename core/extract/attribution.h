// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "extract/analysis.h"

namespace attache::extract {

/// Who speaks in a stretch of text, and where the speech verb stands.
struct Attribution
{
    int actor = -1; // candidate index
    qsizetype verbStart = -1;
    qsizetype verbEnd = -1;
    qsizetype windowStart = 0;
    qsizetype windowEnd = 0;
    /// A speaker the article describes without a name ("a State Department official", "Rwanda's foreign ministry"),
    /// to add as a candidate; its name is empty when there is none.
    ActorCandidate proposed;
};

/// The person the story is following at `position`: among those named (not in quotations, not as a modifier) in
/// its paragraph and the two before it, the one named most often so far.
int lastPersonBefore(const Analysis& w, qsizetype position);

/// The actor a role noun ("the minister", "the spokesman") points back to: the last person with that role.
int roleReference(const Analysis& w, const QString& role, qsizetype position);

/// Who speaks in [from, to): the actor next to a speech verb, a pronoun resolved to the last person, or a role noun.
/// `preferLast` takes the last speech verb of the stretch (attribution before a quotation), else the first.
Attribution attributeIn(const Analysis& w, qsizetype from, qsizetype to, bool preferLast, int lastSpeaker);

/// Where something was said: a show on a network, a platform, a news conference. Sets the outlet named and the kind
/// of venue ("interview", "post", "press_conference").
QString venueIn(const QString& window, QString* outlet, QString* kind);

} // namespace attache::extract

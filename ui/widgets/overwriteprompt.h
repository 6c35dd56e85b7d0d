// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "storage/changes.h"

class QWidget;

namespace attache {

class Project;

/// What a dialog found when it came to save: on a team project another analyst may have saved or deleted the same row
/// while the dialog was open.
struct EditedMeanwhile
{
    Entity entity = Entity::Event;
    qint64 id = 0;
    QString name;        // how the analyst knows the row: a title, a name, the start of a quotation
    bool stillThere = true;
    bool changed = false;
    QString fields;      // which of its fields changed ("the date"), or empty
};

/// The one question every dialog asks before it writes over another analyst's save: nothing of theirs is overwritten
/// unasked. Shared by the window's dialogs and the source reader's.
namespace overwriteprompt {

enum class Answer { Write, Gone, KeepTheirs };

/// Write when nothing changed meanwhile or the analyst chose Overwrite; Gone when the row was deleted; KeepTheirs when
/// the analyst kept the other version. Asks (a warning box, `conflictBox`, with `overwriteButton` and
/// `keepTheirsButton`; Keep Theirs is the default) only when the row changed, naming who changed it and what.
Answer ask(QWidget* parent, const Project& project, const EditedMeanwhile& edit);

/// The message for Gone, and the status line for KeepTheirs.
QString goneText(const QString& name);
QString keptText(const QString& name);

} // namespace overwriteprompt
} // namespace attache

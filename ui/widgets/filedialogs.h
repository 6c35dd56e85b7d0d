// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

namespace attache {

/// Options for every file dialog the app opens. Qt's own dialog (used where the desktop offers none) has Delete and
/// Rename in its context menu and on the Delete key, and deletes folders with everything in them: a stray click and
/// Return can remove an analyst's work. Attaché only reads and writes the files chosen, so its dialogs are read-only.
inline constexpr QFileDialog::Options fileDialogOptions = QFileDialog::ReadOnly;

} // namespace attache

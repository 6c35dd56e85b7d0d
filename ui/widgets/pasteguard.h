// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QCoreApplication;
class QEvent;

namespace attache {

/// Keeps a paste with nothing on the clipboard away from the rich and plain text editors. Qt 6.4's text control
/// crashes when asked to paste from an empty clipboard (as every clipboard is after a reboot), so the guard, installed
/// once on the application, swallows Ctrl+V, Shift+Insert and the X11 middle-click paste into any QTextEdit or
/// QPlainTextEdit while the clipboard offers no data. A paste of real data passes untouched.
class PasteGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteGuard)

public:
    /// Installs one guard on the application; calling it again does nothing.
    static void install(QCoreApplication* application);

    /// True when the clipboard (or the X11 selection) offers no data a text editor could paste.
    static bool clipboardIsEmpty(bool selection = false);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit PasteGuard(QObject* parent);
};

} // namespace attache

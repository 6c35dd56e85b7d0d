// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/pasteguard.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace attache {
namespace {

/// The editor a widget belongs to (the editor itself, or the viewport inside it), if it takes pastes.
QWidget* editableTextEditor(QObject* object)
{
    auto* widget = qobject_cast<QWidget*>(object);
    for (int depth = 0; widget && depth < 2; ++depth, widget = widget->parentWidget()) {
        if (auto* edit = qobject_cast<QTextEdit*>(widget))
            return edit->isReadOnly() ? nullptr : edit;
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            return edit->isReadOnly() ? nullptr : edit;
    }
    return nullptr;
}

bool isPasteKey(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Paste)
        || (key->key() == Qt::Key_Insert && key->modifiers() == Qt::ShiftModifier);
}

} // namespace

PasteGuard::PasteGuard(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("pasteGuard"));
}

void PasteGuard::install(QCoreApplication* application)
{
    if (!application || application->findChild<PasteGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new PasteGuard(application));
}

bool PasteGuard::clipboardIsEmpty(bool selection)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return true;
    if (selection && !clipboard->supportsSelection())
        return true;
    const QMimeData* data = clipboard->mimeData(selection ? QClipboard::Selection : QClipboard::Clipboard);
    return !data || data->formats().isEmpty();
}

bool PasteGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (isPasteKey(static_cast<QKeyEvent*>(event)) && editableTextEditor(watched) && clipboardIsEmpty()) {
            event->accept();
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (static_cast<QMouseEvent*>(event)->button() == Qt::MiddleButton && editableTextEditor(watched)
            && clipboardIsEmpty(true))
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace attache

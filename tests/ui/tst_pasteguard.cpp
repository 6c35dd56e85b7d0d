// SPDX-License-Identifier: GPL-3.0-or-later
// The paste guard: a paste with nothing on the clipboard never reaches a text editor (Qt 6.4's text control crashes
// there: without the guard each of these tests dies in QWidgetTextControl::insertFromMimeData), a paste of
// real data does, and the main window puts the guard in place for every dialog it opens (the brief's bottom line
// was where users met the crash: select an event, Ctrl+B, Tab to the bottom line, Ctrl+V).
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include "briefing/briefdialog.h"
#include "mainwindow.h"
#include "sample/sample.h"
#include "storage/project.h"
#include "widgets/pasteguard.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

/// Counts what Qt's text control hands to the editor: the call that crashes on an empty clipboard.
template<typename Editor>
class CountingEditor final : public Editor
{
public:
    int inserts = 0;

protected:
    void insertFromMimeData(const QMimeData* source) override
    {
        ++inserts;
        Editor::insertFromMimeData(source);
    }
};

/// Records the key presses that reach an object; the application's filters run before it.
class KeySpy final : public QObject
{
public:
    int pastes = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste))
            ++pastes;
        return QObject::eventFilter(watched, event);
    }
};

QString textOf(QWidget* editor)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
        return plain->toPlainText();
    return qobject_cast<QTextEdit*>(editor)->toPlainText();
}

void emptyTheClipboard()
{
    // An offered clipboard with no format in it: what an X11 clipboard without an owner looks like to Qt.
    QGuiApplication::clipboard()->setMimeData(new QMimeData);
}

} // namespace

class TestPasteGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"tst_pasteguard"_s);
    }

    void emptyClipboardPasteIsSwallowed_data()
    {
        QTest::addColumn<bool>("rich");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("plain, Ctrl+V") << false << int(Qt::Key_V) << int(Qt::ControlModifier);
        QTest::newRow("plain, Shift+Insert") << false << int(Qt::Key_Insert) << int(Qt::ShiftModifier);
        QTest::newRow("rich, Ctrl+V") << true << int(Qt::Key_V) << int(Qt::ControlModifier);
        QTest::newRow("rich, Shift+Insert") << true << int(Qt::Key_Insert) << int(Qt::ShiftModifier);
    }

    void emptyClipboardPasteIsSwallowed()
    {
        QFETCH(bool, rich);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        PasteGuard::install(QCoreApplication::instance());
        CountingEditor<QPlainTextEdit> plain;
        CountingEditor<QTextEdit> richEditor;
        QWidget* editor = rich ? static_cast<QWidget*>(&richEditor) : &plain;
        editor->show();
        QTest::keyClicks(editor, u"kept"_s);

        emptyTheClipboard();
        QVERIFY(PasteGuard::clipboardIsEmpty());
        QTest::keyClick(editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(plain.inserts + richEditor.inserts, 0);
        QCOMPARE(textOf(editor), u"kept"_s);

        QGuiApplication::clipboard()->clear();
        QVERIFY(PasteGuard::clipboardIsEmpty());
        QTest::keyClick(editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(plain.inserts + richEditor.inserts, 0);

        // Real data on the clipboard is pasted as before.
        QGuiApplication::clipboard()->setText(u" and pasted"_s);
        QVERIFY(!PasteGuard::clipboardIsEmpty());
        QTest::keyClick(editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(plain.inserts + richEditor.inserts, 1);
        QCOMPARE(textOf(editor), u"kept and pasted"_s);
    }

    void otherKeysPassThrough()
    {
        PasteGuard::install(QCoreApplication::instance());
        PasteGuard::install(QCoreApplication::instance());
        QCOMPARE(QCoreApplication::instance()->findChildren<PasteGuard*>().size(), 1);
        QPlainTextEdit editor;
        editor.show();
        emptyTheClipboard();
        QTest::keyClicks(&editor, u"typed"_s);
        QTest::keyClick(&editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&editor, Qt::Key_Backspace);
        QVERIFY(editor.toPlainText().isEmpty());
    }

    void theBriefBottomLineSurvivesCtrlVOnAnEmptyClipboard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sample.attache"_s);
        QVERIFY(sample::create(path).ok());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        window.selectEvent(EventId(1));
        emptyTheClipboard();

        QString before;
        QString after;
        int pastesReachingTheLine = -1;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<BriefDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* line = dialog->findChild<QPlainTextEdit*>(u"bottomLine"_s);
            if (line) {
                KeySpy spy;
                line->installEventFilter(&spy);
                before = line->toPlainText();
                line->setFocus();
                QTest::keyClick(line, Qt::Key_V, Qt::ControlModifier);
                after = line->toPlainText();
                line->removeEventFilter(&spy);
                pastesReachingTheLine = spy.pastes;
            }
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(pastesReachingTheLine, 0);
        QVERIFY(!before.isEmpty());
        QCOMPARE(after, before);
    }
};

QTEST_MAIN(TestPasteGuard)
#include "tst_pasteguard.moc"

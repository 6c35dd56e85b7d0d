// SPDX-License-Identifier: GPL-3.0-or-later
// The app's file dialogs delete nothing: Qt's own dialog (used where the desktop offers none) deletes a selected folder
// with everything in it on the Delete key and a "Yes", unless it is read-only.
#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QListView>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "widgets/filedialogs.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

class TestFileDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDeleteKeyDeletesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"work"_s));
        QFile notes(dir.filePath(u"work/notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("kept");
        notes.close();

        QFileDialog dialog(nullptr, u"Open Project"_s, dir.path());
        dialog.setOptions(fileDialogOptions | QFileDialog::DontUseNativeDialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* model = dialog.findChild<QFileSystemModel*>();
        QVERIFY(model);
        QVERIFY(model->isReadOnly());
        auto* list = dialog.findChild<QListView*>(u"listView"_s);
        QVERIFY(list);
        QTRY_VERIFY(model->index(dir.filePath(u"work"_s)).isValid());
        const QModelIndex work = model->index(dir.filePath(u"work"_s));
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(list->model());
        const QModelIndex shown = proxy ? proxy->mapFromSource(work) : work;
        QVERIFY(shown.isValid());
        list->setCurrentIndex(shown);
        list->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!list->selectionModel()->selectedIndexes().isEmpty());

        // Whatever asks to confirm is answered "Yes", as a stray Return would.
        QTimer answer;
        connect(&answer, &QTimer::timeout, &answer, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                    yes->click();
            }
        });
        answer.start(20);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QTest::qWait(200);
        QVERIFY(QFileInfo::exists(dir.filePath(u"work/notes.txt"_s)));
    }
};

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team project (on the throwaway PostgreSQL cluster): opened through its dialog, following what
// another analyst commits, showing a read-only role and a lost connection. Settings live in Qt's test-mode folders.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QMessageBox>
#include <QUrl>

#include <QPlainTextEdit>
#include <QTreeWidget>

#include "dialogs/eventdialog.h"
#include "dialogs/teamprojectdialog.h"
#include "document.h"
#include "mainwindow.h"
#include "sources/annotationdialog.h"
#include "sources/sourcereader.h"
#include "storage/project.h"
#include "testproject.h"
#include "testserver.h"
#include "timeline/timelineview.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

Event meeting(const QString& title)
{
    Event e;
    e.title = title;
    e.kind = EventKind::Meeting;
    e.start = test::date("2031-05-06");
    return e;
}

int tableRows(const MainWindow& window)
{
    return window.findChild<QTableView*>(u"eventTable"_s)->model()->rowCount();
}

/// A team project with one source and one note on it: a colleague's connection, and this analyst's document with a
/// source reader showing the source, the note selected.
struct ReaderOnServer
{
    std::unique_ptr<Project> theirs;
    std::unique_ptr<Document> mine;
    SourceId source;
    AnnotationId note;
    QString passage = u"The delegations met in Valletta on Tuesday."_s;

    /// Fails the test (QVERIFY) when the project cannot be made.
    void open(const QString& colleague)
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        auto other = Project::open(test::asRole(url, colleague, true));
        auto own = Project::open(url);
        QVERIFY(other && own);
        theirs = std::move(*other);
        mine = std::make_unique<Document>(std::move(*own));
        ATTACHE_WRITE(*theirs, {
            Source s;
            s.title = u"Valletta talks"_s;
            s.text = passage + u" The talks ended without a statement."_s;
            source = theirs->sources().insert(s);
            Annotation a;
            a.source = source;
            a.start = 0;
            a.end = passage.size();
            a.exact = passage;
            a.kind = AnnotationKind::Note;
            a.comment = u"first reading"_s;
            note = theirs->annotations().insert(a);
        });
    }
    void show(SourceReader& reader)
    {
        reader.setDocument(mine.get());
        reader.showSource(source);
        auto* list = reader.findChild<QTreeWidget*>(u"annotationList"_s);
        list->clearSelection();
        list->topLevelItem(0)->setSelected(true);
    }
};

/// Runs `act` on the next modal widget that `accepts`, retrying until one shows.
void onNextModal(QObject* context, std::function<bool(QWidget*)> accepts, std::function<void(QWidget*)> act)
{
    QTimer::singleShot(20, context, [=] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && accepts(modal))
            act(modal);
        else
            onNextModal(context, accepts, act);
    });
}

bool isConflictBox(QWidget* w)
{
    return w->objectName() == u"conflictBox"_s;
}

bool isAnnotationDialog(QWidget* w)
{
    return qobject_cast<AnnotationDialog*>(w) != nullptr;
}

/// Answers the next "Changed Meanwhile" question with Overwrite or Keep Theirs, keeping the question in `question`.
void answerConflict(QObject* context, bool overwrite, QString* question)
{
    onNextModal(context, isConflictBox, [=](QWidget* box) {
        *question = qobject_cast<QMessageBox*>(box)->text();
        box->findChild<QPushButton*>(overwrite ? u"overwriteButton"_s : u"keepTheirsButton"_s)->click();
    });
}

/// The rows of a test that answers a conflict both ways.
void keepTheirsOrOverwrite()
{
    QTest::addColumn<bool>("overwrite");
    QTest::newRow("keep theirs") << false;
    QTest::newRow("overwrite") << true;
}

} // namespace

class TestTeamWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::serverUrl(u"postgres"_s); // skips the suite when there is no cluster
    }

    void dialogComposesTheAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("host") << u"postgresql://maria@db.example.org/crisis_desk"_s;
        QTest::newRow("port") << u"postgresql://maria@db.example.org:6543/crisis_desk"_s;
        QTest::newRow("socket folder") << u"postgresql://maria@/crisis_desk?host=/run/postgresql"_s;
    }
    void dialogComposesTheAddress()
    {
        QFETCH(QString, url);
        TeamProjectDialog dialog(url);
        QCOMPARE(dialog.url(), url);
        QCOMPARE(dialog.findChild<QLineEdit*>(u"user"_s)->text(), u"maria"_s);
        QCOMPARE(dialog.findChild<QLineEdit*>(u"database"_s)->text(), u"crisis_desk"_s);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());

        dialog.findChild<QLineEdit*>(u"database"_s)->clear();
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.findChild<QLabel*>(u"problem"_s)->text(), dialog.problem());
    }

    // Through File > Open Team Project…: a wrong database is said in the dialog, which stays with the address kept;
    // the right one opens with the project's name and "(team)" in the title.
    void openedThroughTheDialog()
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        MainWindow window;
        int shown = 0;
        QString problemSeen;
        std::function<void()> answer = [&] {
            auto* dialog = qobject_cast<TeamProjectDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, &window, answer);
                return;
            }
            ++shown;
            problemSeen = dialog->findChild<QLabel*>(u"problem"_s)->text();
            dialog->findChild<QLineEdit*>(u"database"_s)->setText(shown == 1 ? u"no_such_db"_s : test::databaseOf(url));
            QTimer::singleShot(0, dialog, &QDialog::accept);
            if (shown == 1)
                QTimer::singleShot(20, &window, answer);
        };
        QTimer::singleShot(0, &window, answer);
        window.chooseTeamProject(url);
        QCOMPARE(shown, 2);
        QVERIFY2(problemSeen.contains(u"no_such_db"_s), qPrintable(problemSeen));
        QVERIFY(window.project());
        QVERIFY(window.project()->isTeamProject());
        QCOMPARE(window.windowTitle(), test::databaseOf(url) + u" (team)"_s);
    }

    // What another analyst commits shows in this window's table and timeline within a second.
    void anotherAnalystsEditAppears()
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        MainWindow window;
        QVERIFY(window.openTeamProject(url, {}));
        QCOMPARE(tableRows(window), 0);
        QCOMPARE(window.findChild<QLabel*>(u"readOnlyLabel"_s)->text(), u"Team project %1"_s.arg(test::databaseOf(url)));

        auto colleague = Project::open(url);
        QVERIFY(colleague);
        Project& theirs = **colleague;
        EventId id;
        ATTACHE_WRITE(theirs, id = theirs.events().insert(meeting(u"Ministers meet in Oslo"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(window), 1, 1000);
        QCOMPARE(window.timeline()->index().size(), std::size_t(1));

        Event changed = *theirs.events().find(id);
        changed.title = u"Ministers meet in Bergen"_s;
        ATTACHE_WRITE(theirs, theirs.events().update(changed));
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QTableView*>(u"eventTable"_s)->model()->index(0, 1).data().toString(),
            u"Ministers meet in Bergen"_s, 1000);
        ATTACHE_WRITE(theirs, theirs.events().remove(id));
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(window), 0, 1000);
    }

    // Each analyst's undo is their own; an undo that would write over what another analyst changed later is refused,
    // saying what they changed, and their change stays.
    void undoRefusedOverAnotherAnalystsChange()
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        auto colleague = Project::open(test::asRole(url, u"maria"_s, true));
        QVERIFY(colleague);
        Project& theirs = **colleague;
        EventId id;
        ATTACHE_WRITE(theirs, id = theirs.events().insert(meeting(u"Envoys meet"_s)));

        MainWindow window;
        QVERIFY(window.openTeamProject(url, {}));
        Event mine = *window.project()->events().find(id);
        mine.location = u"Doha"_s;
        QVERIFY(window.document()->editEvent(mine));
        // Undo and redo go on as usual while nobody else touches the event.
        window.document()->undoStack()->undo();
        QCOMPARE(theirs.events().find(id)->location, QString());
        window.document()->undoStack()->redo();
        QCOMPARE(theirs.events().find(id)->location, u"Doha"_s);

        Event later = *theirs.events().find(id);
        later.title = u"Envoys meet again"_s;
        ATTACHE_WRITE(theirs, theirs.events().update(later));
        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.document()->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().at(0).toString();
        QVERIFY2(message.contains(u"maria changed the title since"_s), qPrintable(message));
        QCOMPARE(*theirs.events().find(id), later);
    }

    // Saving an event another analyst changed while the dialog was open asks first: keep theirs, or overwrite.
    void savingOverAnotherAnalystsEditAsks_data() { keepTheirsOrOverwrite(); }
    void savingOverAnotherAnalystsEditAsks()
    {
        QFETCH(bool, overwrite);
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        auto colleague = Project::open(test::asRole(url, u"tomas"_s, true));
        QVERIFY(colleague);
        Project& theirs = **colleague;
        EventId id;
        ATTACHE_WRITE(theirs, id = theirs.events().insert(meeting(u"Trade talks"_s)));
        MainWindow window;
        QVERIFY(window.openTeamProject(url, {}));

        QString question;
        std::function<void()> answerDialog = [&] {
            auto* dialog = qobject_cast<EventDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, &window, answerDialog);
                return;
            }
            // While this analyst types, the other saves a new date.
            Event changed = *theirs.events().find(id);
            changed.start = test::date("2031-05-09");
            ATTACHE_WRITE(theirs, theirs.events().update(changed));
            dialog->findChild<QLineEdit*>(u"titleEdit"_s)->setText(u"Trade talks, second round"_s);
            answerConflict(&window, overwrite, &question);
            dialog->accept();
        };
        QTimer::singleShot(0, &window, answerDialog);
        window.editEvent(id);
        QVERIFY2(question.contains(u"tomas changed the date of “Trade talks”"_s), qPrintable(question));
        const Event stored = *theirs.events().find(id);
        QCOMPARE(stored.title, overwrite ? u"Trade talks, second round"_s : u"Trade talks"_s);
        QCOMPARE(stored.start, overwrite ? test::date("2031-05-06") : test::date("2031-05-09"));
    }

    // The same for an actor: nothing another analyst saved while the dialog was open is overwritten unasked.
    void savingOverAnotherAnalystsActorAsks()
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        auto colleague = Project::open(test::asRole(url, u"maria"_s, true));
        QVERIFY(colleague);
        Project& theirs = **colleague;
        ActorId id;
        ATTACHE_WRITE(theirs, {
            Actor a;
            a.name = u"Ada Lindqvist"_s;
            a.kind = ActorKind::Person;
            id = theirs.actors().insert(a);
        });
        MainWindow window;
        QVERIFY(window.openTeamProject(url, {}));
        QString question;
        std::function<void()> answerDialog = [&] {
            auto* dialog = QApplication::activeModalWidget();
            if (!dialog || !dialog->findChild<QLineEdit*>(u"nameEdit"_s)) {
                QTimer::singleShot(20, &window, answerDialog);
                return;
            }
            Actor changed = *theirs.actors().find(id);
            changed.role = u"Foreign Minister"_s;
            ATTACHE_WRITE(theirs, theirs.actors().update(changed));
            dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"Ada M. Lindqvist"_s);
            answerConflict(&window, false, &question);
            QMetaObject::invokeMethod(dialog, "accept");
        };
        QTimer::singleShot(0, &window, answerDialog);
        window.editActor(id);
        QVERIFY2(question.contains(u"maria changed “Ada Lindqvist”"_s), qPrintable(question));
        QCOMPARE(theirs.actors().find(id)->name, u"Ada Lindqvist"_s);
        QCOMPARE(theirs.actors().find(id)->role, u"Foreign Minister"_s);
    }

    // The source reader's dialogs ask the same before writing over another analyst's save: the annotation dialog.
    void annotationSavedOverAnotherAnalystsAsks_data() { keepTheirsOrOverwrite(); }
    void annotationSavedOverAnotherAnalystsAsks()
    {
        QFETCH(bool, overwrite);
        ReaderOnServer team;
        team.open(u"tomas"_s);
        if (QTest::currentTestFailed())
            return;
        SourceReader reader;
        team.show(reader);
        QSignalSpy messages(&reader, &SourceReader::message);
        QString question;
        onNextModal(&reader, isAnnotationDialog, [&](QWidget* dialog) {
            // While this analyst writes a comment, the other saves a grade and a comment of their own.
            Annotation changed = *team.theirs->annotations().find(team.note);
            changed.credibility = 2;
            changed.comment = u"confirmed by the ministry"_s;
            ATTACHE_WRITE(*team.theirs, team.theirs->annotations().update(changed));
            dialog->findChild<QPlainTextEdit*>(u"commentEdit"_s)->setPlainText(u"my reading"_s);
            answerConflict(&reader, overwrite, &question);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QCOMPARE(reader.editSelectedAnnotation(), overwrite);
        QVERIFY2(question.contains(u"tomas changed the grade and the comment of “%1”"_s.arg(team.passage)), qPrintable(question));
        const Annotation stored = *team.theirs->annotations().find(team.note);
        QCOMPARE(stored.comment, overwrite ? u"my reading"_s : u"confirmed by the ministry"_s);
        QCOMPARE(messages.isEmpty(), overwrite);
        if (!overwrite)
            QVERIFY(messages.last().first().toString().contains(u"Kept the other analyst's version"_s));
    }

    // An annotation another analyst deleted while the dialog was open is reported, and nothing is written.
    void annotationDeletedMeanwhileIsReported()
    {
        ReaderOnServer team;
        team.open(u"maria"_s);
        if (QTest::currentTestFailed())
            return;
        SourceReader reader;
        team.show(reader);
        const qint64 before = team.theirs->annotations().count();
        onNextModal(&reader, isAnnotationDialog, [&](QWidget* dialog) {
            ATTACHE_WRITE(*team.theirs, team.theirs->annotations().remove(team.note));
            dialog->findChild<QPlainTextEdit*>(u"commentEdit"_s)->setPlainText(u"my reading"_s);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QVERIFY(!reader.editSelectedAnnotation());
        auto* error = reader.findChild<QMessageBox*>(u"errorBox"_s);
        QVERIFY(error);
        QVERIFY2(error->text().contains(u"was deleted by another analyst"_s), qPrintable(error->text()));
        QCOMPARE(team.theirs->annotations().count(), before - 1);
        QVERIFY(!team.theirs->annotations().find(team.note));
    }

    // The dialog edits what an annotation says, not where it sits: a passage another analyst moved meanwhile (as
    // their correction of the text would) stays where they put it, is not asked about, and takes this analyst's comment.
    void annotationMovedMeanwhileKeepsItsPlace()
    {
        ReaderOnServer team;
        team.open(u"tomas"_s);
        if (QTest::currentTestFailed())
            return;
        SourceReader reader;
        team.show(reader);
        const QString moved = u"The talks ended without a statement."_s;
        bool asked = false;
        std::function<void()> watch = [&] {
            if (auto* box = QApplication::activeModalWidget(); box && isConflictBox(box)) {
                asked = true;
                box->findChild<QPushButton*>(u"keepTheirsButton"_s)->click();
            }
            QTimer::singleShot(20, &reader, watch);
        };
        onNextModal(&reader, isAnnotationDialog, [&](QWidget* dialog) {
            Annotation changed = *team.theirs->annotations().find(team.note);
            changed.start = team.passage.size() + 1;
            changed.end = changed.start + moved.size();
            changed.exact = moved;
            changed.prefix = team.passage + u' ';
            ATTACHE_WRITE(*team.theirs, team.theirs->annotations().update(changed));
            dialog->findChild<QPlainTextEdit*>(u"commentEdit"_s)->setPlainText(u"my reading"_s);
            watch();
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QVERIFY(reader.editSelectedAnnotation());
        QVERIFY(!asked);
        const Annotation stored = *team.theirs->annotations().find(team.note);
        QCOMPARE(stored.exact, moved);
        QCOMPARE(stored.start, team.passage.size() + 1);
        QCOMPARE(stored.comment, u"my reading"_s);
    }

    // A text corrected by another analyst while this one corrected it too: asked, and theirs kept or overwritten.
    void textCorrectedOverAnotherAnalystsAsks_data() { keepTheirsOrOverwrite(); }
    void textCorrectedOverAnotherAnalystsAsks()
    {
        QFETCH(bool, overwrite);
        ReaderOnServer team;
        team.open(u"tomas"_s);
        if (QTest::currentTestFailed())
            return;
        SourceReader reader;
        team.show(reader);
        const QString theirText = team.passage + u" The talks ended with a joint statement."_s;
        const QString mine = team.passage + u" No statement followed."_s;
        QString question;
        onNextModal(&reader, [](QWidget* w) { return w->findChild<QPlainTextEdit*>(u"correctionEdit"_s) != nullptr; },
            [&](QWidget* dialog) {
                Source changed = *team.theirs->sources().find(team.source);
                changed.text = theirText;
                changed.contentHash.clear();
                ATTACHE_WRITE(*team.theirs, team.theirs->sources().update(changed));
                dialog->findChild<QPlainTextEdit*>(u"correctionEdit"_s)->setPlainText(mine);
                answerConflict(&reader, overwrite, &question);
                QMetaObject::invokeMethod(dialog, "accept");
            });
        reader.editText();
        QVERIFY2(question.contains(u"tomas changed the text of “Valletta talks”"_s), qPrintable(question));
        QCOMPARE(team.theirs->sources().find(team.source)->text, overwrite ? mine : theirText);
    }

    void readOnlyRoleDisablesEditing()
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        const QString asReader = test::asRole(url, u"reader"_s, false);
        MainWindow window;
        QVERIFY(window.openTeamProject(asReader, {}));
        QVERIFY(window.project()->isReadOnly());
        QVERIFY(window.windowTitle().endsWith(u"[read-only]"_s));
        for (const QString& name : {u"actionNewEvent"_s, u"actionNewActor"_s})
            QVERIFY2(!window.findChild<QAction*>(name)->isEnabled(), qPrintable(name));
        QVERIFY(window.findChild<QLabel*>(u"readOnlyLabel"_s)->toolTip().contains(u"reader"_s));
        QCOMPARE(window.findChild<QLabel*>(u"readOnlyLabel"_s)->text(), u"Team project %1, read-only"_s.arg(test::databaseOf(url)));
    }

    // A lost connection is said in the status bar while the view stays; it is made again by itself.
    void lostConnectionIsShownAndMadeAgain()
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        MainWindow window;
        window.show();
        QVERIFY(window.openTeamProject(url, {}));
        auto* label = window.findChild<QLabel*>(u"connectionLabel"_s);
        QVERIFY(label->isHidden());
        QSignalSpy states(&window, &MainWindow::connectionStateChanged);
        test::cutConnections(url);
        // Lost (with the reason, shown in the status bar), then back by itself: at the next read or within seconds.
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, 10000);
        QVERIFY(!states.first().at(0).toString().isEmpty());
        QCOMPARE(label->toolTip(), states.first().at(0).toString());
        QVERIFY(states.last().at(0).toString().isEmpty());
        QVERIFY(label->isHidden());
        QVERIFY(window.project());
        // And the window works on: a change is saved and shown.
        auto again = Project::open(url);
        QVERIFY(again);
        ATTACHE_WRITE(**again, (*again)->events().insert(meeting(u"After the outage"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(window), 1, 2000);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"

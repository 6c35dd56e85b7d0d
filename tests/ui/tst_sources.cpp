// SPDX-License-Identifier: GPL-3.0-or-later
// Sources in the app: the import review (check, edit, merge, re-date, accept, cancel), the source reader (highlights,
// hover card, marking a passage, editing, deleting and grading, all undoable), correcting a text, and provenance both
// ways between facts and their evidence.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include "document.h"
#include "extract/importer.h"
#include "extract/reader.h"
#include "sources/annotationdialog.h"
#include "sources/importreviewdialog.h"
#include "sources/sourcelistmodel.h"
#include "sources/sourcereader.h"
#include "storage/project.h"
#include "storage/projectsnapshot.h"
#include "testproject.h"
#include "util/codepoints.h"
#include "widgets/fuzzydateedit.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using List = ImportReviewDialog::List;

namespace {

extract::Article wireArticle()
{
    QFile file(QStringLiteral(ATTACHE_FIXTURES "/wire.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture wire.txt");
    return extract::readArticle(file.readAll(), u"wire.txt"_s).value();
}

int rowNamed(const QTreeWidget* tree, const QString& text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == text)
            return i;
    }
    return -1;
}

/// Every row of the project, to compare before and after.
struct Counts
{
    qint64 actors, events, statements, sources, annotations;
    explicit Counts(const Project& p)
        : actors(p.actors().count())
        , events(p.events().count())
        , statements(p.statements().count())
        , sources(p.sources().count())
        , annotations(p.annotations().count())
    {
    }
    friend bool operator==(const Counts&, const Counts&) = default;
};

/// Runs `fill` on the next modal dialog as soon as it shows (for code that calls exec()).
template<typename Dialog>
void onNextDialog(std::function<void(Dialog*)> fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, qApp, [fill] { onNextDialog<Dialog>(fill); });
            return;
        }
        fill(dialog);
    });
}

} // namespace

class TestSources final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempProject> m_project;
    std::unique_ptr<Document> m_document;
    ActorId m_spokesman;

    Project& project() { return m_document->project(); }

    /// Imports the wire fixture with everything accepted; returns its source.
    SourceId importWire()
    {
        const ProjectSnapshot snapshot(project());
        const extract::Extraction x = extract::extract(wireArticle(), test::date("2025-03-04"), &snapshot);
        if (!m_document->importArticle(x))
            qFatal("import failed");
        return m_document->lastImportedSource();
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<test::TempProject>();
        const Status written = (**m_project).write([&] {
            Actor a;
            a.name = u"Ministry Spokesman"_s;
            m_spokesman = (**m_project).actors().insert(a);
        });
        QVERIFY(written.ok());
        m_document = std::make_unique<Document>(std::move(m_project->project));
    }
    void cleanup()
    {
        m_document.reset();
        m_project.reset();
    }

    void reviewAcceptStoresExactlyWhatWasChecked()
    {
        const Counts before(project());
        ImportReviewDialog dialog(*m_document, wireArticle(), test::date("2025-03-04"));
        auto* actors = dialog.findChild<QTreeWidget*>(u"actorCandidates"_s);
        auto* events = dialog.findChild<QTreeWidget*>(u"eventCandidates"_s);
        auto* statements = dialog.findChild<QTreeWidget*>(u"statementCandidates"_s);
        QCOMPARE(actors->topLevelItemCount(), 2);
        QVERIFY(statements->topLevelItemCount() >= 3);

        // Uncheck Lindqvist: her statement can no longer be stored, and says so.
        const int lindqvist = rowNamed(actors, u"Ada Lindqvist"_s);
        QVERIFY(lindqvist >= 0);
        dialog.setChecked(List::Actors, lindqvist, false);
        const int hers = rowNamed(statements, u"Ada Lindqvist"_s);
        QVERIFY(hers >= 0);
        QVERIFY2(statements->topLevelItem(hers)->text(3).contains(u"not accepted"_s), qPrintable(statements->topLevelItem(hers)->text(3)));
        // Give her statement to the ministry's spokesman instead, and re-date the first statement.
        dialog.setStatementSpeaker(hers, u"Ministry Spokesman"_s);
        QCOMPARE(statements->topLevelItem(hers)->text(3).contains(u"left out"_s), false);
        dialog.setStatementDate(0, test::date("2025-03-03"));
        dialog.setStatementKind(0, StatementKind::Partial);
        // Leave out every event but the meeting, and rename it.
        const int meeting = rowNamed(events, u"Berglund–Lindqvist meeting"_s);
        QVERIFY(meeting >= 0);
        for (int i = 0; i < events->topLevelItemCount(); ++i)
            dialog.setChecked(List::Events, i, i == meeting);
        dialog.setEventTitle(meeting, u"Oslo border meeting"_s);
        QVERIFY2(dialog.summary().contains(u"1 new actor(s), 1 new event(s) and 3 statement(s)"_s), qPrintable(dialog.summary()));

        QSignalSpy errors(m_document.get(), &Document::errorOccurred);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(errors.size(), 0);

        const Counts after(project());
        QCOMPARE(after.sources, before.sources + 1);
        QCOMPARE(after.actors, before.actors + 1);
        QVERIFY(!project().actors().findByName(u"Ada Lindqvist"_s));
        QCOMPARE(after.events, 1);
        const Event stored = project().events().list().first();
        QCOMPARE(stored.title, u"Oslo border meeting"_s);
        QCOMPARE(stored.start, test::date("2025-03-04"));
        QCOMPARE(stored.participants.size(), 1); // Berglund; Lindqvist was left out
        QCOMPARE(after.statements, 3);
        QCOMPARE(project().statements().bySpeaker(m_spokesman).size(), 1);
        const QList<Statement> all = project().statements().all();
        QVERIFY(std::any_of(all.cbegin(), all.cend(),
            [](const Statement& s) { return s.when == test::date("2025-03-03") && s.kind == StatementKind::Partial; }));
        // Every stored fact has its evidence.
        for (const Statement& st : all)
            QCOMPARE(project().annotations().forTarget(TargetType::Statement, st.id.value).size(), 1);
        QVERIFY(!project().annotations().forTarget(TargetType::Event, stored.id.value).isEmpty());

        // One undo step takes all of it away; redo brings it back with the same ids.
        QCOMPARE(m_document->undoStack()->count(), 1);
        const QList<Statement> statementsBefore = project().statements().all();
        m_document->undoStack()->undo();
        QVERIFY(Counts(project()) == before);
        m_document->undoStack()->redo();
        QVERIFY(Counts(project()) == after);
        QCOMPARE(project().statements().all(), statementsBefore);
    }

    void importAddsNewSpellingsAndUndoRemovesThem()
    {
        // The project knows the envoy under another spelling; the wire story writes "Tomas Berglund".
        ActorId envoy;
        const Status written = project().write([&] {
            Actor a;
            a.name = u"Tomás Berglünd"_s;
            a.aliases = {u"the envoy"_s};
            a.role = u"Special Envoy"_s;
            envoy = project().actors().insert(a);
        });
        QVERIFY(written.ok());
        const Actor before = *project().actors().find(envoy);
        const qint64 actorsBefore = project().actors().count();

        importWire();
        const Actor after = *project().actors().find(envoy);
        QCOMPARE(after.aliases, (QStringList{u"the envoy"_s, u"Tomas Berglund"_s}));
        QCOMPARE(after.name, before.name);
        QVERIFY(!project().statements().bySpeaker(envoy).isEmpty());

        m_document->undoStack()->undo();
        QCOMPARE(*project().actors().find(envoy), before);
        QCOMPARE(project().actors().count(), actorsBefore);
        m_document->undoStack()->redo();
        QCOMPARE(*project().actors().find(envoy), after);
        m_document->undoStack()->undo();
        QCOMPARE(*project().actors().find(envoy), before);
    }

    void aCancellationOfAPlanIsUndoneWithTheImport()
    {
        // The project has the talks as planned; an article reports them cancelled.
        const auto import = [this](const QString& text, const char* published) {
            const ProjectSnapshot snapshot(project());
            const extract::Extraction x = extract::extract(extract::readText(text), test::date(published), &snapshot);
            QVERIFY(m_document->importArticle(x));
        };
        import(u"Neighbours to meet in Geneva\n\nBy Jane Roe, Harbour Gazette\n\nKenya and Uganda will hold talks "
               "in Geneva on Monday on the border dispute, officials said on Friday."_s,
            "2024-05-10");
        QList<Event> events = project().events().list();
        QCOMPARE(events.size(), 1);
        const Event planned = events.first();
        QCOMPARE(planned.status, EventStatus::Planned);
        import(u"Geneva talks called off\n\nBy Sam Lee, Evening Report\n\nTalks between Kenya and Uganda planned "
               "for Monday in Geneva have been cancelled, officials said on Saturday."_s,
            "2024-05-11");
        QCOMPARE(project().events().list().size(), 1);
        QCOMPARE(project().events().find(planned.id)->status, EventStatus::Cancelled);
        m_document->undoStack()->undo();
        QCOMPARE(*project().events().find(planned.id), planned);
        m_document->undoStack()->redo();
        QCOMPARE(project().events().find(planned.id)->status, EventStatus::Cancelled);
    }

    void reviewCancelChangesNothing()
    {
        const Counts before(project());
        ImportReviewDialog dialog(*m_document, wireArticle(), test::date("2025-03-04"));
        dialog.setChecked(List::Actors, 0, false);
        dialog.reject();
        QVERIFY(Counts(project()) == before);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void changingThePublicationDateReresolvesDates()
    {
        ImportReviewDialog dialog(*m_document, wireArticle(), test::date("2025-03-04"));
        auto* events = dialog.findChild<QTreeWidget*>(u"eventCandidates"_s);
        const auto meetingDate = [&] {
            for (const extract::EventCandidate& e : dialog.extraction().events) {
                if (e.title == u"Berglund–Lindqvist meeting"_s || e.title == u"Oslo border meeting"_s)
                    return e.date;
            }
            return FuzzyDate();
        };
        QCOMPARE(meetingDate(), test::date("2025-03-04")); // "on Tuesday", published Tuesday 4 March
        dialog.setStatementDate(0, test::date("2025-03-01")); // the analyst's own date stays
        dialog.setChecked(List::Actors, 1, false); // and so do the checks
        const QString second = dialog.extraction().statements.at(1).date.toString();

        // An event renamed twice keeps its last name (it is known by its evidence, not its title); a name typed and
        // left by switching lists, without leaving the field, counts too.
        const int meetingRow = rowNamed(events, u"Berglund–Lindqvist meeting"_s);
        dialog.setEventTitle(meetingRow, u"Oslo meeting"_s);
        dialog.setEventTitle(meetingRow, u"Oslo border meeting"_s);
        const int pressRow = rowNamed(events, u"Berglund press conference"_s);
        QVERIFY(pressRow >= 0);
        dialog.selectCandidate(List::Events, pressRow);
        dialog.findChild<QLineEdit*>(u"candidateTitleEdit"_s)->setText(u"Berglund speaks to reporters"_s);
        dialog.selectCandidate(List::Statements, 0);
        QCOMPARE(events->topLevelItem(pressRow)->text(0), u"Berglund speaks to reporters"_s);

        dialog.setPublished(test::date("2025-03-12")); // a Wednesday: "on Tuesday" is now the 11th
        QVERIFY(rowNamed(events, u"Oslo border meeting"_s) >= 0);
        QVERIFY(rowNamed(events, u"Berglund speaks to reporters"_s) >= 0);
        QCOMPARE(meetingDate(), test::date("2025-03-11"));
        QCOMPARE(dialog.extraction().statements.at(0).date, test::date("2025-03-01"));
        QVERIFY(dialog.extraction().statements.at(1).date.toString() != second);
        QVERIFY(!dialog.extraction().actors.at(1).accepted);
        QCOMPARE(dialog.extraction().article.meta.published, test::date("2025-03-12"));
        QVERIFY(dialog.findChild<QLabel*>(u"publishedOrigin"_s)->text().contains(u"given by you"_s));
        QVERIFY(events->topLevelItemCount() > 0);
    }

    void clickingACandidateShowsItsEvidence()
    {
        ImportReviewDialog dialog(*m_document, wireArticle(), test::date("2025-03-04"));
        const extract::StatementCandidate s = dialog.extraction().statements.at(1);
        dialog.selectCandidate(List::Statements, 1);
        QCOMPARE(dialog.textSelection(), std::make_pair(int(s.span.start), int(s.span.end)));
        const extract::ActorCandidate a = dialog.extraction().actors.at(0);
        dialog.selectCandidate(List::Actors, 0);
        QCOMPARE(dialog.textSelection().first, int(a.mentions.first().start));
    }

    void mergingAnActorIntoAProjectActor()
    {
        ImportReviewDialog dialog(*m_document, wireArticle(), test::date("2025-03-04"));
        auto* actors = dialog.findChild<QTreeWidget*>(u"actorCandidates"_s);
        const int berglund = rowNamed(actors, u"Tomas Berglund"_s);
        dialog.setMergeTarget(List::Actors, berglund, m_spokesman.value);
        QCOMPARE(actors->topLevelItem(berglund)->text(3), u"merged by you"_s);
        dialog.accept();
        QVERIFY(!project().actors().findByName(u"Tomas Berglund"_s));
        QCOMPARE(project().statements().bySpeaker(m_spokesman).size(), 2);
        QVERIFY(!project().annotations().forTarget(TargetType::Actor, m_spokesman.value).isEmpty());
    }

    void reviewProposesAnEventThatMayBeTheProjects()
    {
        // The project knows a meeting of the envoy that day, with nobody else named: one participant in common is a
        // proposal the review shows with its reasons, not a merge.
        ATTACHE_WRITE(project(), {
            Actor envoy;
            envoy.name = u"Tomas Berglund"_s;
            envoy.kind = ActorKind::Person;
            const ActorId id = project().actors().insert(envoy);
            Event meeting;
            meeting.title = u"Berglund meets the press"_s;
            meeting.kind = EventKind::Meeting;
            meeting.start = test::date("2025-03-04");
            meeting.participants = {{id}};
            project().events().insert(meeting);
        });
        ImportReviewDialog dialog(*m_document, wireArticle(), test::date("2025-03-04"));
        auto* events = dialog.findChild<QTreeWidget*>(u"eventCandidates"_s);
        int proposed = -1;
        for (int i = 0; i < events->topLevelItemCount(); ++i) {
            if (events->topLevelItem(i)->text(4).contains(u"perhaps “Berglund meets the press”"_s))
                proposed = i;
        }
        QVERIFY(proposed >= 0);
        QVERIFY(events->topLevelItem(proposed)->text(4).startsWith(u"new"_s));
        QCOMPARE(dialog.extraction().events.at(proposed).projectId, qint64(0));
    }

    void readerHighlightsAndDescribesAnnotations()
    {
        const SourceId source = importWire();
        SourceReader reader;
        reader.setDocument(m_document.get());
        reader.showSource(source);
        const QList<Annotation> annotations = project().annotations().forSource(source);
        QCOMPARE(reader.highlightCount(), annotations.size());
        QCOMPARE(reader.findChild<QTreeWidget*>(u"annotationList"_s)->topLevelItemCount(), annotations.size());
        // The hover card over a quoted statement says what it is and who said it.
        const Statement st = project().statements().all().first();
        const QString card = reader.hoverCard(st.spanStart + 2);
        QVERIFY2(card.contains(u"Statement"_s) && card.contains(u"Tomas Berglund"_s), qPrintable(card));
        QVERIFY(reader.hoverCard(0).isEmpty() || reader.annotationsAt(0).size() > 0);
    }

    void markingAStatementBySelectingText()
    {
        const SourceId source = importWire();
        SourceReader reader;
        reader.setDocument(m_document.get());
        reader.showSource(source);
        const QString text = project().sources().find(source)->text;
        const QString words = u"The two ministers will meet again in Vienna"_s;
        const qint64 start = codepoints::fromUtf16(text, text.indexOf(words));
        QVERIFY(start > 0);
        reader.selectSpan(start, start + words.size());
        QCOMPARE(reader.selectedSpan(), std::make_pair(start, start + qint64(words.size())));
        QVERIFY(reader.markAction(AnnotationKind::Statement)->isEnabled());
        const qint64 statementsBefore = project().statements().count();

        onNextDialog<AnnotationDialog>([](AnnotationDialog* d) {
            d->findChild<QComboBox*>(u"speakerCombo"_s)->setCurrentText(u"Ministry Spokesman"_s);
            d->findChild<QComboBox*>(u"credibilityCombo"_s)->setCurrentIndex(2);
            d->accept();
        });
        QVERIFY(reader.markSelection(AnnotationKind::Statement));
        QCOMPARE(project().statements().count(), statementsBefore + 1);
        const Statement added = *project().statements().find(m_document->lastAddedStatement());
        QCOMPARE(added.speaker, m_spokesman);
        QCOMPARE(added.text, words);
        QCOMPARE(added.source, source);
        QCOMPARE(added.spanStart, start);
        QCOMPARE(added.when, test::date("2025-03-04")); // said on the publication date unless told otherwise
        const QList<Annotation> evidence = project().annotations().forTarget(TargetType::Statement, added.id.value);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().exact, words);
        QCOMPARE(evidence.first().credibility, 2);

        // One step: undo removes the statement and its mark; redo restores both with their ids.
        m_document->undoStack()->undo();
        QCOMPARE(project().statements().count(), statementsBefore);
        QVERIFY(project().annotations().forTarget(TargetType::Statement, added.id.value).isEmpty());
        m_document->undoStack()->redo();
        QCOMPARE(*project().statements().find(added.id), added);
        QCOMPARE(project().annotations().forTarget(TargetType::Statement, added.id.value), evidence);
    }

    void markingEvidenceForANewEventAndSuggestingCredibility()
    {
        const SourceId source = importWire();
        const Source src = *project().sources().find(source);
        const Event meeting = project().events().list().first();
        // A second outlet reports the same event: evidence from it suggests credibility 1.
        Source other = src;
        other.id = SourceId();
        other.outlet = u"Harbour Gazette"_s;
        other.text = u"Envoy and minister met in Oslo."_s;
        other.original.clear(); // its own article, not the wire story's copy (which would count as the same report)
        SourceId otherId;
        QVERIFY(project().write([&] { otherId = project().sources().insert(other); }).ok());
        other.id = otherId;
        AnnotationDialog dialog(project(), other, anchoring::make(other.text, otherId, 0, 30, AnnotationKind::EventEvidence));
        auto* eventCombo = dialog.findChild<QComboBox*>(u"eventCombo"_s);
        eventCombo->setCurrentIndex(eventCombo->findData(meeting.id.value));
        QVERIFY(!dialog.findChild<QLabel*>(u"suggestionLabel"_s)->text().isEmpty());
        QCOMPARE(dialog.findChild<QComboBox*>(u"credibilityCombo"_s)->currentData().toInt(), 1);
        AnnotationDraft d = dialog.draft();
        QCOMPARE(d.annotation.targetType, TargetType::Event);
        QCOMPARE(d.annotation.targetId, meeting.id.value);

        // "New event…" needs a title and a date, and creates the event with its evidence in one step.
        eventCombo->setCurrentIndex(0);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.findChild<QLineEdit*>(u"eventTitleEdit"_s)->setText(u"Oslo follow-up"_s);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        d = dialog.draft();
        QVERIFY(d.event.has_value());
        const qint64 eventsBefore = project().events().count();
        QVERIFY(m_document->addAnnotation(d.annotation, d.statement, d.event, d.actor));
        QCOMPARE(project().events().count(), eventsBefore + 1);
        const EventId created = m_document->lastAddedEvent();
        QCOMPARE(project().annotations().forTarget(TargetType::Event, created.value).size(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(project().events().count(), eventsBefore);
    }

    void editingDeletingAndGradingAreUndoable()
    {
        const SourceId source = importWire();
        SourceReader reader;
        reader.setDocument(m_document.get());
        reader.showSource(source);
        auto* list = reader.findChild<QTreeWidget*>(u"annotationList"_s);
        const int count = list->topLevelItemCount();
        QVERIFY(count > 2);

        // Grade the source: the combo is one undoable step.
        auto* grade = reader.findChild<QComboBox*>(u"reliabilityCombo"_s);
        grade->setCurrentIndex(grade->findData(int(Reliability::B)));
        QCOMPARE(project().sources().find(source)->reliability, Reliability::B);
        m_document->undoStack()->undo();
        QCOMPARE(project().sources().find(source)->reliability, Reliability::Unrated);
        QCOMPARE(grade->currentData().toInt(), int(Reliability::Unrated));
        m_document->undoStack()->redo();
        QCOMPARE(project().sources().find(source)->reliability, Reliability::B);

        // Edit an annotation's credibility and comment.
        list->clearSelection();
        list->topLevelItem(0)->setSelected(true);
        const AnnotationId id = reader.selectedAnnotations().first();
        const Annotation before = *project().annotations().find(id);
        onNextDialog<AnnotationDialog>([](AnnotationDialog* d) {
            d->findChild<QComboBox*>(u"credibilityCombo"_s)->setCurrentIndex(3);
            d->findChild<QPlainTextEdit*>(u"commentEdit"_s)->setPlainText(u"Checked against the ministry's readout"_s);
            d->accept();
        });
        QVERIFY(reader.editSelectedAnnotation());
        const Annotation edited = *project().annotations().find(id);
        QCOMPARE(edited.credibility, 3);
        QCOMPARE(edited.comment, u"Checked against the ministry's readout"_s);
        QCOMPARE(list->findItems(u"B3"_s, Qt::MatchExactly, 3).size(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(*project().annotations().find(id), before);

        // Point an actor mention at a new actor: one step, the same mark.
        list->clearSelection();
        QTreeWidgetItem* mention = list->findItems(u"Actor"_s, Qt::MatchExactly, 0).first();
        mention->setSelected(true);
        const Annotation mark = *project().annotations().find(reader.selectedAnnotations().first());
        const qint64 actors = project().actors().count();
        const int steps = m_document->undoStack()->index();
        onNextDialog<AnnotationDialog>([](AnnotationDialog* d) {
            d->findChild<QComboBox*>(u"actorCombo"_s)->setCurrentText(u"Grandland Foreign Ministry"_s);
            d->accept();
        });
        QVERIFY(reader.editSelectedAnnotation());
        QCOMPARE(m_document->undoStack()->index(), steps + 1);
        QCOMPARE(project().actors().count(), actors + 1);
        const Annotation moved = *project().annotations().find(mark.id);
        QCOMPARE(moved.targetId, project().actors().findByName(u"Grandland Foreign Ministry"_s)->id.value);
        m_document->undoStack()->undo();
        QCOMPARE(*project().annotations().find(mark.id), mark);
        QCOMPARE(project().actors().count(), actors);
        m_document->undoStack()->redo();
        QCOMPARE(project().annotations().find(mark.id)->targetId, moved.targetId);
        m_document->undoStack()->undo();

        // Delete two; undo puts them back as they were.
        list->clearSelection();
        list->topLevelItem(0)->setSelected(true);
        list->topLevelItem(1)->setSelected(true);
        const QList<AnnotationId> doomed = reader.selectedAnnotations();
        QVERIFY(reader.deleteSelectedAnnotations());
        QCOMPARE(list->topLevelItemCount(), count - 2);
        QVERIFY(!project().annotations().find(doomed.first()));
        m_document->undoStack()->undo();
        QCOMPARE(list->topLevelItemCount(), count);
        QVERIFY(project().annotations().find(doomed.first()));
    }

    void correctingTheTextReanchorsAndListsTheLost()
    {
        const SourceId source = importWire();
        SourceReader reader;
        reader.setDocument(m_document.get());
        reader.showSource(source);
        const Source src = *project().sources().find(source);
        const QString gone = u"\"Nobody expected this much.\""_s;
        QVERIFY(src.text.contains(gone));
        const QString corrected = u"Correction: the meeting was in Oslo.\n\n"_s + QString(src.text).remove(gone);
        const QList<Annotation> before = project().annotations().forSource(source);
        anchoring::Report report;
        QVERIFY(m_document->replaceSourceText(source, corrected, &report));
        QCOMPARE(report.lost.size(), 1);
        QCOMPARE(report.total(), before.size());
        QVERIFY(!reader.findChild<QLabel*>(u"unplacedLabel"_s)->isHidden());
        QCOMPARE(reader.highlightCount(), before.size() - 1);
        for (const Annotation& a : project().annotations().forSource(source)) {
            if (a.anchored)
                QCOMPARE(codepoints::slice(corrected, a.start, a.end), a.exact);
        }
        // The analyst places the lost one by hand on the passage that replaced it.
        const Annotation lost = report.lost.first();
        const qint64 at = codepoints::fromUtf16(corrected, corrected.indexOf(u"the meeting was in Oslo"_s));
        reader.selectSpan(at, at + 23);
        auto* list = reader.findChild<QTreeWidget*>(u"annotationList"_s);
        list->clearSelection();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toLongLong() == lost.id.value)
                list->topLevelItem(i)->setSelected(true);
        }
        reader.selectSpan(at, at + 23); // selecting in the list selected the old passage; choose the new one again
        QVERIFY(reader.placeAction()->isEnabled());
        QVERIFY(reader.placeSelectedAnnotation());
        const Annotation placed = *project().annotations().find(lost.id);
        QVERIFY(placed.anchored);
        QCOMPARE(placed.exact, u"the meeting was in Oslo"_s);
        QVERIFY(reader.findChild<QLabel*>(u"unplacedLabel"_s)->isHidden());
        if (placed.targetType == TargetType::Statement)
            QCOMPARE(project().statements().find(StatementId(placed.targetId))->spanStart, at);
        m_document->undoStack()->undo();
        QVERIFY(!project().annotations().find(lost.id)->anchored);

        m_document->undoStack()->undo();
        QCOMPARE(project().sources().find(source)->text, src.text);
        QCOMPARE(project().annotations().forSource(source), before);
        QVERIFY(reader.findChild<QLabel*>(u"unplacedLabel"_s)->isHidden());
    }

    void provenanceBothWays()
    {
        const SourceId source = importWire();
        SourceReader reader;
        reader.setDocument(m_document.get());
        const Statement st = project().statements().all().last();
        // From a fact to its evidence: the reader opens the source with the passage selected.
        QVERIFY(reader.showEvidence(TargetType::Statement, st.id.value));
        QCOMPARE(reader.source(), source);
        QCOMPARE(reader.selectedSpan(), std::make_pair(st.spanStart, st.spanEnd));
        QCOMPARE(reader.selectedAnnotations().size(), 1);
        QVERIFY(!reader.showEvidence(TargetType::Actor, m_spokesman.value)); // nothing marked for him
        // From the evidence to the fact.
        QSignalSpy activated(&reader, &SourceReader::targetActivated);
        reader.goToTargetAction()->trigger();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).value<TargetType>(), TargetType::Statement);
        QCOMPARE(activated.first().at(1).toLongLong(), st.id.value);
    }

    void dateMarksKeepTheirDateAndNote()
    {
        const SourceId source = importWire();
        const Source src = *project().sources().find(source);
        AnnotationDialog dialog(project(), src, anchoring::make(src.text, source, 0, 12, AnnotationKind::Date));
        dialog.findChild<FuzzyDateEdit*>(u"dateEdit"_s)->setDate(test::date("2025-03-04"));
        dialog.findChild<QPlainTextEdit*>(u"commentEdit"_s)->setPlainText(u"the dateline's day"_s);
        Annotation a = dialog.draft().annotation;
        QCOMPARE(a.comment, u"2025-03-04 — the dateline's day"_s);
        a.id = AnnotationId(1); // as stored: editing shows both again, apart
        AnnotationDialog again(project(), src, a);
        QCOMPARE(again.findChild<FuzzyDateEdit*>(u"dateEdit"_s)->date(), test::date("2025-03-04"));
        QCOMPARE(again.findChild<QPlainTextEdit*>(u"commentEdit"_s)->toPlainText(), u"the dateline's day"_s);
        QCOMPARE(again.draft().annotation.comment, a.comment);
    }

    void deletingASourceIsUndoable()
    {
        const SourceId source = importWire();
        const QList<Annotation> annotations = project().annotations().forSource(source);
        const QList<Statement> statements = project().statements().bySource(source);
        QVERIFY(!statements.isEmpty());
        QVERIFY(m_document->deleteSource(source));
        QVERIFY(!project().sources().find(source));
        QVERIFY(project().annotations().forSource(source).isEmpty());
        // The statements stay, without their source.
        QCOMPARE(project().statements().find(statements.first().id)->source, SourceId());
        m_document->undoStack()->undo();
        QCOMPARE(project().annotations().forSource(source), annotations);
        QCOMPARE(project().statements().bySource(source), statements);
        m_document->undoStack()->redo();
        QVERIFY(!project().sources().find(source));
        QVERIFY(!m_document->deleteSource(SourceId(999)));
    }

    void sourceListCountsAnnotations()
    {
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&project());
        QCOMPARE(model.rowCount(), 0);
        const SourceId source = importWire();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sourceAt(0), source);
        QCOMPARE(model.index(0, SourceListModel::Annotations).data().toInt(), project().annotations().forSource(source).size());
        QCOMPARE(model.index(0, SourceListModel::Title).data().toString(), project().sources().find(source)->title);
    }
};

QTEST_MAIN(TestSources)
#include "tst_sources.moc"

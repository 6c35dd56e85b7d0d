// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerates the README's screenshots of the import review and the source reader, drawn offscreen:
//   build/tests/ui/screenshots OUTDIR ARTICLE [PUBLISHED]
// It imports ARTICLE into a fresh copy of the sample timeline the way an analyst does (review, uncheck what is
// wrong, accept), grades the source, marks by hand a sentence the importer did not take as a statement (a reported
// one: "X said that ..."), and shows the evidence of a statement.
//   build/tests/ui/screenshots OUTDIR --story ARTICLE PUBLISHED [ARTICLE PUBLISHED]...
// imports several outlets' articles on one story into a new project, each accepted as the review proposes; the last
// one's review is drawn with an event it matched in the project selected (story-review.png), then the timeline of
// the story with its best-reported event selected (story-timeline.png), and its network (story-network.png).
//   build/tests/ui/screenshots OUTDIR --network
// draws the sample's network in front of the window (network.png).
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QComboBox>
#include <QTreeWidget>

#include "document.h"
#include "extract/extraction.h"
#include "extract/sentences.h"
#include "extract/reader.h"
#include "sources/annotationdialog.h"
#include "util/codepoints.h"
#include "mainwindow.h"
#include "network/networkview.h"
#include "timeline/timelineview.h"
#include "provenance/anchoring.h"
#include "sample/sample.h"
#include "sources/importreviewdialog.h"
#include "sources/sourcereader.h"
#include "storage/project.h"

using namespace attache;

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "screenshots: " << message << Qt::endl;
    return 1;
}

bool save(QWidget& widget, const QString& path)
{
    QApplication::processEvents();
    return widget.grab().save(path);
}

/// A fresh copy of the sample in `dir`, opened in `window` at the screenshots' size; what went wrong, if anything.
QString openSample(MainWindow& window, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("Alaska.attache"));
    if (auto created = sample::create(path); !created)
        return created.error();
    window.resize(1440, 900);
    window.show(); // laid out first, so that the timeline fits the sample to its width
    QApplication::processEvents();
    return window.openProject(path) ? QString() : QStringLiteral("cannot open the sample");
}

/// The window with the network dock in front and tall enough to read, laid out for the whole timeline.
bool saveNetwork(MainWindow& window, const QString& path)
{
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("networkDock"));
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    window.resizeDocks({dock}, {520}, Qt::Vertical);
    QApplication::processEvents();
    window.timeline()->fitAll();
    window.network()->refresh();
    window.network()->finishAnimation();
    window.network()->fitAll();
    return save(window, path);
}

int story(const QDir& out, const QStringList& args)
{
    QList<std::pair<extract::Article, FuzzyDate>> articles;
    for (qsizetype k = 0; k + 1 < args.size(); k += 2) {
        QFile file(args.at(k));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(args.at(k), file.errorString()));
        auto article = extract::readArticle(file.readAll(), QFileInfo(args.at(k)).fileName());
        auto date = FuzzyDate::parse(args.at(k + 1));
        if (!article)
            return fail(article.error());
        if (!date)
            return fail(date.error());
        articles.append({article.value(), date.value()});
    }
    if (articles.size() < 2)
        return fail(QStringLiteral("a story needs two articles or more, each with its publication date"));
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();
    if (!window.newProject(dir.filePath(QStringLiteral("Story.attache"))))
        return fail(QStringLiteral("cannot create a project"));
    for (qsizetype k = 0; k + 1 < articles.size(); ++k) {
        ImportReviewDialog review(*window.document(), articles[k].first, articles[k].second, &window);
        review.accept();
    }
    // The last outlet's review, on the first event the project already holds (its match and the reason shown).
    ImportReviewDialog review(*window.document(), articles.last().first, articles.last().second, &window);
    review.resize(1440, 860);
    review.show();
    const QList<extract::EventCandidate>& events = review.extraction().events;
    const auto matched = std::find_if(events.cbegin(), events.cend(), [](const auto& e) { return e.projectId != 0; });
    review.selectCandidate(ImportReviewDialog::List::Events, matched == events.cend() ? 0 : int(matched - events.cbegin()));
    if (!save(review, out.filePath(QStringLiteral("story-review.png"))))
        return fail(QStringLiteral("cannot write to %1").arg(out.path()));
    review.accept();
    // The event most outlets report, selected on the story's timeline.
    Project& project = window.document()->project();
    EventId best;
    qsizetype most = 0;
    for (const Event& e : project.events().list()) {
        QSet<qint64> sources;
        for (const Annotation& a : project.annotations().forTarget(TargetType::Event, e.id.value))
            sources.insert(a.source.value);
        if (sources.size() > most) {
            most = sources.size();
            best = e.id;
        }
    }
    if (best.isValid())
        window.selectEvent(best);
    if (!save(window, out.filePath(QStringLiteral("story-timeline.png"))))
        return fail(QStringLiteral("cannot write to %1").arg(out.path()));
    // The story's network, for the whole story: who dealt with whom.
    if (!saveNetwork(window, out.filePath(QStringLiteral("story-network.png"))))
        return fail(QStringLiteral("cannot write to %1").arg(out.path()));
    QTextStream(stdout) << out.filePath(QStringLiteral("story-review.png")) << '\n'
                        << out.filePath(QStringLiteral("story-timeline.png")) << '\n'
                        << out.filePath(QStringLiteral("story-network.png")) << Qt::endl;
    return 0;
}

/// The sample's network beside its timeline: build/tests/ui/screenshots OUTDIR --network
int network(const QDir& out)
{
    QTemporaryDir dir;
    MainWindow window;
    if (const QString problem = openSample(window, dir); !problem.isEmpty())
        return fail(problem);
    if (!saveNetwork(window, out.filePath(QStringLiteral("network.png"))))
        return fail(QStringLiteral("cannot write to %1").arg(out.path()));
    QTextStream(stdout) << out.filePath(QStringLiteral("network.png")) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("AttacheScreenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: screenshots OUTDIR ARTICLE [PUBLISHED]"));
    const QDir out(args.at(1));
    if (args.at(2) == QStringLiteral("--story"))
        return story(out, args.mid(3));
    if (args.at(2) == QStringLiteral("--network"))
        return network(out);
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(args.at(2), file.errorString()));
    auto article = extract::readArticle(file.readAll(), QFileInfo(args.at(2)).fileName());
    if (!article)
        return fail(article.error());
    FuzzyDate published;
    if (args.size() > 3) {
        auto date = FuzzyDate::parse(args.at(3));
        if (!date)
            return fail(date.error());
        published = date.value();
    }

    QTemporaryDir dir;
    MainWindow window;
    if (const QString problem = openSample(window, dir); !problem.isEmpty())
        return fail(problem);

    // The review: the second statement selected, so that its evidence shows in the text.
    ImportReviewDialog review(*window.document(), article.value(), published, &window);
    review.resize(1440, 860);
    review.show();
    review.selectCandidate(ImportReviewDialog::List::Statements, 1);
    if (!save(review, out.filePath(QStringLiteral("import-review.png"))))
        return fail(QStringLiteral("cannot write to %1").arg(out.path()));
    review.accept();
    const SourceId source = window.document()->lastImportedSource();
    if (!source.isValid())
        return fail(QStringLiteral("the import did not store the article"));

    // The analyst grades the source and one claim, then follows a statement to its evidence.
    Project& project = window.document()->project();
    Source graded = *project.sources().find(source);
    graded.reliability = Reliability::B;
    window.document()->editSource(graded);
    const QList<Statement> statements = project.statements().bySource(source);
    if (statements.isEmpty())
        return fail(QStringLiteral("the article gave no statements"));
    const Statement& st = statements.at(std::min<qsizetype>(1, statements.size() - 1));
    for (Annotation a : project.annotations().forTarget(TargetType::Statement, st.id.value)) {
        a.credibility = 2;
        window.document()->editAnnotation(a);
    }
    // A reported statement the importer left alone: the first sentence with "said" that no statement covers, its
    // speaker the first actor named in it.
    const Source text = *project.sources().find(source);
    const QList<Annotation> marks = project.annotations().forSource(source);
    for (const extract::Span& sentence : extract::sentencesOf(text.text)) {
        const qint64 start = codepoints::fromUtf16(text.text, sentence.start);
        const qint64 end = codepoints::fromUtf16(text.text, sentence.end);
        const QString words = text.text.mid(sentence.start, sentence.end - sentence.start);
        if (!words.contains(QStringLiteral(" said ")))
            continue;
        const auto covered = std::any_of(marks.cbegin(), marks.cend(), [&](const Annotation& a) {
            return a.kind == AnnotationKind::Statement && a.start < end && start < a.end;
        });
        const auto speaker = std::find_if(marks.cbegin(), marks.cend(), [&](const Annotation& a) {
            return a.kind == AnnotationKind::ActorMention && a.start >= start && a.end <= end;
        });
        if (covered || speaker == marks.cend())
            continue;
        AnnotationDialog mark(project, text, anchoring::make(text.text, source, start, end, AnnotationKind::Statement), &window);
        mark.findChild<QComboBox*>(QStringLiteral("speakerCombo"))->setCurrentText(project.actors().find(ActorId(speaker->targetId))->name);
        auto* kind = mark.findChild<QComboBox*>(QStringLiteral("statementKindCombo"));
        kind->setCurrentIndex(kind->findData(int(StatementKind::Paraphrase)));
        auto* credibility = mark.findChild<QComboBox*>(QStringLiteral("credibilityCombo"));
        credibility->setCurrentIndex(credibility->findData(3));
        mark.resize(620, mark.sizeHint().height());
        mark.show();
        if (!save(mark, out.filePath(QStringLiteral("mark-statement.png"))))
            return fail(QStringLiteral("cannot write to %1").arg(out.path()));
        const AnnotationDraft draft = mark.draft();
        window.document()->addAnnotation(draft.annotation, draft.statement, draft.event, draft.actor);
        mark.close();
        break;
    }

    if (st.venue.isValid())
        window.selectEvent(st.venue);
    window.showEvidence(TargetType::Statement, st.id.value);
    if (!save(window, out.filePath(QStringLiteral("source-reader.png"))))
        return fail(QStringLiteral("cannot write to %1").arg(out.path()));
    QTextStream(stdout) << out.filePath(QStringLiteral("import-review.png")) << '\n'
                        << out.filePath(QStringLiteral("mark-statement.png")) << '\n'
                        << out.filePath(QStringLiteral("source-reader.png")) << Qt::endl;
    return 0;
}

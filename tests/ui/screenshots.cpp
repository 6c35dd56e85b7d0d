// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerates the README's screenshots of the import review and the source reader, drawn offscreen:
//   build/tests/ui/screenshots OUTDIR ARTICLE [PUBLISHED]
// It imports ARTICLE into a fresh copy of the sample timeline the way an analyst does (review, uncheck what is
// wrong, accept), grades the source, marks a passage by hand, and shows the evidence of a statement.
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeWidget>

#include "document.h"
#include "extract/reader.h"
#include "mainwindow.h"
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
    const QString path = dir.filePath(QStringLiteral("Alaska.attache"));
    if (auto created = sample::create(path); !created)
        return fail(created.error());
    MainWindow window;
    window.resize(1440, 900);
    window.show(); // laid out first, so that the timeline fits the sample to its width
    QApplication::processEvents();
    if (!window.openProject(path))
        return fail(QStringLiteral("cannot open the sample"));

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
    if (st.venue.isValid())
        window.selectEvent(st.venue);
    window.showEvidence(TargetType::Statement, st.id.value);
    if (!save(window, out.filePath(QStringLiteral("source-reader.png"))))
        return fail(QStringLiteral("cannot write to %1").arg(out.path()));
    QTextStream(stdout) << out.filePath(QStringLiteral("import-review.png")) << '\n'
                        << out.filePath(QStringLiteral("source-reader.png")) << Qt::endl;
    return 0;
}

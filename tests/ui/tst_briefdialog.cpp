// SPDX-License-Identifier: GPL-3.0-or-later
// The Brief dialog as an analyst uses it: scope (event with N days, actor, period, the timeline's filter), the
// editable bottom line, the banner and paper remembered in the settings, export, print preview, and the way in from
// the main window (File > Brief…, Ctrl+B, and the timeline's context menu).
#include <memory>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "briefing/briefdialog.h"
#include "eventselection.h"
#include "mainwindow.h"
#include "sample/sample.h"
#include "settings.h"
#include "storage/project.h"
#include "timeline/timelineview.h"
#include "widgets/fuzzydateedit.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

const QString summit = u"Trump\u2013Putin summit in Alaska"_s;

qint64 ms(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void setDateText(FuzzyDateEdit* edit, const QString& text)
{
    auto* line = edit->findChild<QLineEdit*>();
    line->selectAll();
    if (text.isEmpty())
        QTest::keyClick(line, Qt::Key_Delete);
    else
        QTest::keyClicks(line, text);
}

} // namespace

class TestBriefDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

    BriefDialog::Context eventContext(qint64 id = 1) const
    {
        BriefDialog::Context context;
        context.event = EventId(id);
        context.fromMs = ms(2025, 8, 10);
        context.toMs = ms(2025, 8, 20);
        return context;
    }

    template<typename T>
    static T* child(const QObject* parent, const QString& name)
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"tst_briefdialog"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QSettings().fileName().contains(u"/.qttest/"_s), qPrintable(QSettings().fileName()));
        auto created = sample::create(m_dir.filePath(u"Alaska.attache"_s));
        QVERIFY(created.ok());
        m_project = std::move(created.value());
    }

    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void opensOnTheSelectedEvent()
    {
        BriefDialog dialog(*m_project, eventContext());
        QVERIFY(child<QRadioButton>(&dialog, u"eventScope"_s)->isChecked());
        QVERIFY(child<QRadioButton>(&dialog, u"eventScope"_s)->text().contains(summit));
        QVERIFY(!child<QRadioButton>(&dialog, u"filterScope"_s)->isEnabled());
        QCOMPARE(child<QSpinBox>(&dialog, u"relatedDays"_s)->value(), 3);
        QVERIFY(dialog.hasBrief());
        QCOMPARE(dialog.scope(), briefing::Scope::forEvent(EventId(1), 3));
        QCOMPARE(dialog.brief().title, summit);
        QCOMPARE(dialog.brief().chronology.size(), 6);
        QVERIFY(child<QPlainTextEdit>(&dialog, u"bottomLine"_s)->toPlainText().startsWith(u"Donald Trump hosted Vladimir Putin"_s));
        QCOMPARE(dialog.pageCount(), 1);
        auto* status = child<QLabel>(&dialog, u"briefStatus"_s);
        QTRY_VERIFY2(status->text().contains(u"1 page"_s), qPrintable(status->text()));
        QVERIFY2(status->text().startsWith(u"6 events \u00b7 5 statements quoted"_s), qPrintable(status->text()));
        QVERIFY(child<QPushButton>(&dialog, u"exportButton"_s)->isEnabled());
    }

    void relatedDaysChangeTheChronology()
    {
        BriefDialog dialog(*m_project, eventContext());
        auto* days = child<QSpinBox>(&dialog, u"relatedDays"_s);
        days->setValue(1);
        QCOMPARE(dialog.brief().chronology.size(), 1);
        days->setValue(2);
        QCOMPARE(dialog.brief().chronology.size(), 5);
        QCOMPARE(Settings().briefRelatedDays(), 2);
        BriefDialog again(*m_project, eventContext());
        QCOMPARE(child<QSpinBox>(&again, u"relatedDays"_s)->value(), 2);
    }

    void bottomLineIsEditable()
    {
        BriefDialog dialog(*m_project, eventContext());
        auto* line = child<QPlainTextEdit>(&dialog, u"bottomLine"_s);
        line->selectAll();
        QTest::keyClicks(line, u"Talks without Ukraine; no deal."_s);
        QCOMPARE(dialog.brief().bottomLine, u"Talks without Ukraine; no deal."_s);
        // An edited bottom line survives a change of scope; Reset fills it from the data again.
        child<QSpinBox>(&dialog, u"relatedDays"_s)->setValue(1);
        QCOMPARE(dialog.brief().bottomLine, u"Talks without Ukraine; no deal."_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"resetBottomLine"_s), Qt::LeftButton);
        QVERIFY(dialog.brief().bottomLine.startsWith(u"Donald Trump hosted"_s));
    }

    void actorScope()
    {
        BriefDialog dialog(*m_project, eventContext());
        auto* actors = child<QComboBox>(&dialog, u"actorCombo"_s);
        QVERIFY(!actors->isEnabled());
        QTest::mouseClick(child<QRadioButton>(&dialog, u"actorScope"_s), Qt::LeftButton);
        QVERIFY(actors->isEnabled());
        QVERIFY(!child<QSpinBox>(&dialog, u"relatedDays"_s)->isEnabled());
        actors->setCurrentIndex(actors->findText(u"Marco Rubio"_s));
        // The period fields start at the range on screen (10-20 Aug): both of Rubio's interviews are in it.
        QCOMPARE(dialog.scope().kind, briefing::Scope::Kind::Actor);
        QCOMPARE(dialog.brief().title, u"Marco Rubio"_s);
        QCOMPARE(dialog.brief().chronology.size(), 2);
        QVERIFY(child<QPlainTextEdit>(&dialog, u"bottomLine"_s)->toPlainText().startsWith(u"Marco Rubio (Secretary of State)"_s));
        setDateText(child<FuzzyDateEdit>(&dialog, u"toDate"_s), u"2025-08-16"_s);
        QTRY_VERIFY(!dialog.hasBrief());
        QVERIFY2(dialog.problem().contains(u"no events"_s), qPrintable(dialog.problem()));
        QVERIFY(!child<QPushButton>(&dialog, u"previewButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"briefStatus"_s)->text().contains(u"no events"_s));
    }

    void periodScope()
    {
        BriefDialog dialog(*m_project, eventContext());
        QTest::mouseClick(child<QRadioButton>(&dialog, u"periodScope"_s), Qt::LeftButton);
        QCOMPARE(dialog.brief().chronology.size(), 6); // 10-20 Aug
        setDateText(child<FuzzyDateEdit>(&dialog, u"fromDate"_s), u"2025-08-17"_s);
        setDateText(child<FuzzyDateEdit>(&dialog, u"toDate"_s), u"2025-08-17"_s);
        QTRY_COMPARE(dialog.brief().title, u"Events of 17 Aug 2025"_s);
        QCOMPARE(dialog.brief().chronology.size(), 4);
        setDateText(child<FuzzyDateEdit>(&dialog, u"toDate"_s), QString());
        QTRY_VERIFY(!dialog.hasBrief());
        QVERIFY(dialog.problem().contains(u"last day"_s));
    }

    void filterScope()
    {
        BriefDialog::Context context;
        context.filtered = {EventId(2), EventId(6)};
        context.filterDescription = u"kind: meeting, post"_s;
        BriefDialog dialog(*m_project, context);
        QVERIFY(!child<QRadioButton>(&dialog, u"eventScope"_s)->isEnabled());
        auto* filter = child<QRadioButton>(&dialog, u"filterScope"_s);
        QVERIFY(filter->isEnabled());
        QVERIFY(filter->isChecked()); // no event selected: the filter comes first
        QVERIFY2(filter->text().endsWith(u"kind: meeting, post (2 events)"_s), qPrintable(filter->text()));
        QCOMPARE(dialog.brief().kindText, u"Timeline selection"_s);
        QCOMPARE(dialog.brief().chronology.size(), 2);

        // With neither an event nor a filter, the dialog opens on the period on screen.
        BriefDialog::Context nothing;
        nothing.fromMs = ms(2025, 8, 17);
        nothing.toMs = ms(2025, 8, 17) + 3600000;
        BriefDialog period(*m_project, nothing);
        QVERIFY(child<QRadioButton>(&period, u"periodScope"_s)->isChecked());
        QCOMPARE(period.brief().chronology.size(), 4);
    }

    void bannerAndPaperAreRemembered()
    {
        {
            BriefDialog dialog(*m_project, eventContext());
            QCOMPARE(dialog.pageSize().id(), QPageSize::A4); // en_GB
            QTest::keyClicks(child<QLineEdit>(&dialog, u"banner"_s), u"SECRET // NOFORN"_s);
            QCOMPARE(dialog.brief().banner, u"SECRET // NOFORN"_s);
            auto* paper = child<QComboBox>(&dialog, u"paper"_s);
            paper->setCurrentIndex(paper->findData(u"letter"_s));
            QCOMPARE(dialog.pageSize().id(), QPageSize::Letter);
        }
        QCOMPARE(Settings().briefBanner(), u"SECRET // NOFORN"_s);
        QCOMPARE(Settings().briefPaper(), u"letter"_s);
        BriefDialog again(*m_project, eventContext());
        QCOMPARE(child<QLineEdit>(&again, u"banner"_s)->text(), u"SECRET // NOFORN"_s);
        QCOMPARE(again.pageSize().id(), QPageSize::Letter);
    }

    void paperFollowsTheLocaleUntilChosen()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        BriefDialog american(*m_project, eventContext());
        QCOMPARE(american.pageSize().id(), QPageSize::Letter);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        BriefDialog german(*m_project, eventContext());
        QCOMPARE(german.pageSize().id(), QPageSize::A4);
    }

    void exportsEachFormat()
    {
        BriefDialog dialog(*m_project, eventContext());
        auto* line = child<QPlainTextEdit>(&dialog, u"bottomLine"_s);
        line->selectAll();
        QTest::keyClicks(line, u"Edited <bottom> line."_s);
        for (const QString& name : {u"brief.pdf"_s, u"brief.html"_s, u"brief.odt"_s}) {
            const QString path = m_dir.filePath(name);
            QVERIFY2(dialog.exportTo(path), qPrintable(name));
            QVERIFY2(QFile(path).size() > 1000, qPrintable(name));
        }
        QFile html(m_dir.filePath(u"brief.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(html.readAll()).contains(u"Edited &lt;bottom&gt; line."_s));
    }

    void exportFailureIsShown()
    {
        BriefDialog dialog(*m_project, eventContext());
        dialog.show();
        QVERIFY(!dialog.exportTo(m_dir.filePath(u"no/such/folder/brief.pdf"_s)));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox*>(u"briefError"_s)) != nullptr);
        QVERIFY(box->text().contains(u"cannot write"_s));
        box->close();
    }

    void previewShowsThePages()
    {
        BriefDialog dialog(*m_project, eventContext());
        dialog.show();
        int pages = -1;
        bool seen = false;
        QTimer::singleShot(0, &dialog, [&] {
            auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            if (!preview || preview->objectName() != u"briefPreview"_s)
                return;
            seen = true;
            if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
                pages = widget->pageCount();
            preview->reject();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, u"previewButton"_s), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(pages, 1);
    }

    void theMainWindowOpensIt()
    {
        const QString path = m_dir.filePath(u"window.attache"_s);
        QVERIFY(sample::create(path).ok());
        MainWindow window;
        auto* action = window.findChild<QAction*>(u"actionBrief"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(!action->isEnabled()); // no project yet
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        QVERIFY(action->isEnabled());
        window.selectEvent(EventId(1));

        QString opened;
        const auto answer = [&opened] {
            auto* dialog = qobject_cast<BriefDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            opened = dialog->hasBrief() ? dialog->brief().title : dialog->problem();
            dialog->reject();
        };
        QTimer::singleShot(0, &window, answer);
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(opened, summit);

        // The timeline's context menu asks for a brief on the event under the mouse.
        opened.clear();
        QTimer::singleShot(0, &window, answer);
        Q_EMIT window.timeline()->briefRequested(EventId(2));
        QCOMPARE(opened, u"Zelenskyy and European leaders at the White House"_s);
    }
};

QTEST_MAIN(TestBriefDialog)
#include "tst_briefdialog.moc"

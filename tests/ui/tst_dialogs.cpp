// SPDX-License-Identifier: GPL-3.0-or-later
// The date entry and the event, actor and statement dialogs, driven as a user would: widgets found by objectName,
// text typed with QTest::keyClicks, OK clicked. Each dialog refuses bad input with OK disabled and a reason shown,
// gives back a value it was given unchanged, and builds a new value from what was typed.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "dialogs/actordialog.h"
#include "dialogs/eventdialog.h"
#include "dialogs/statementdialog.h"
#include "storage/project.h"
#include "testproject.h"
#include "widgets/fuzzydateedit.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using test::date;

namespace {

// A small invented project to choose from: three actors (listed by name: Aurelian Union, Ilse Varga, Republic of
// Veloria) and two events.
constexpr ActorId veloria{1}, varga{2}, union_{3};
constexpr EventId summit{1}, interview{2};

void buildFixture(Project& p)
{
    const Status written = p.write([&p] {
        Actor state;
        state.id = veloria;
        state.name = u"Republic of Veloria"_s;
        state.kind = ActorKind::State;
        p.actors().insert(state);
        Actor minister;
        minister.id = varga;
        minister.name = u"Ilse Varga"_s;
        minister.affiliation = veloria;
        p.actors().insert(minister);
        Actor bloc;
        bloc.id = union_;
        bloc.name = u"Aurelian Union"_s;
        bloc.kind = ActorKind::Organization;
        p.actors().insert(bloc);
        Event meeting;
        meeting.id = summit;
        meeting.title = u"Lake Orin summit"_s;
        meeting.kind = EventKind::Summit;
        meeting.start = date("2031-04-12");
        p.events().insert(meeting);
        Event talk;
        talk.id = interview;
        talk.title = u"Varga interview"_s;
        talk.kind = EventKind::Interview;
        talk.start = date("2031-04-14T09:30Z");
        p.events().insert(talk);
    });
    if (!written)
        qFatal("cannot build the fixture: %s", qPrintable(written.error()));
}

/// The child called `path` ("startEdit" or "startEdit/dateText"); fails the whole run if there is none, since every
/// test below depends on the names.
template<typename T>
T* child(const QObject* parent, const QString& path)
{
    const QObject* at = parent;
    const QStringList names = path.split(u'/');
    for (qsizetype i = 0; i + 1 < names.size(); ++i) {
        at = at->findChild<QObject*>(names.at(i));
        if (!at)
            qFatal("no child called %s", qPrintable(path));
    }
    T* found = at->findChild<T*>(names.constLast());
    if (!found)
        qFatal("no child called %s of the expected type", qPrintable(path));
    return found;
}

QPushButton* okButton(const QDialog& dialog)
{
    return child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

QString message(const QDialog& dialog)
{
    return child<QLabel>(&dialog, u"validationMessage"_s)->text();
}

/// Replaces the text of a line edit or plain text edit by typing.
void retype(QWidget* input, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(input))
        line->clear();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(input))
        plain->clear();
    else
        qFatal("cannot type into %s", qPrintable(input->objectName()));
    QTest::keyClicks(input, text);
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("%s has no item for %s", qPrintable(combo->objectName()), qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestDialogs final : public QObject
{
    Q_OBJECT

private:
    test::TempProject m_project;

    Event fullEvent() const
    {
        Event e;
        e.id = EventId(7);
        e.title = u"Border crossing talks"_s;
        e.kind = EventKind::Talks;
        e.status = EventStatus::Planned;
        e.start = date("2031-06-02T10:00Z");
        e.end = date("2031-06-03");
        e.location = u"Semel bridge"_s;
        e.summary = u"Customs officers of both sides meet on the bridge."_s;
        e.participants = {{union_, ParticipantRole::Mediator}, {veloria, ParticipantRole::Host}};
        e.parent = summit;
        e.tags = {u"border"_s, u"customs"_s};
        e.cameo = u"046"_s;
        return e;
    }

    /// Shows a dialog and clicks OK; true when it was accepted.
    static bool clickOk(QDialog& dialog)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        return dialog.result() == QDialog::Accepted && !dialog.isVisible();
    }

private Q_SLOTS:
    void initTestCase() { buildFixture(*m_project); }

    // ---- FuzzyDateEdit ----

    void dateInterpretation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("optional");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("shown");

        QTest::newRow("day") << u"2025-08-15"_s << false << true << u"Fri 15 Aug 2025 — known to the day"_s;
        QTest::newRow("month") << u"2025-08"_s << false << true << u"Aug 2025 — known to the month"_s;
        QTest::newRow("year") << u"2025"_s << false << true << u"2025 — known to the year"_s;
        QTest::newRow("approximate year") << u"2025~"_s << false << true
                                          << u"c. 2025 — known to the year, approximate"_s;
        QTest::newRow("uncertain day") << u"2025-08-15?"_s << false << true
                                       << u"15 Aug 2025? — known to the day, uncertain"_s;
        QTest::newRow("minute with offset") << u"2025-08-15T11:00-08:00"_s << false << true
                                            << u"Fri 15 Aug 2025 11:00 UTC-08:00 — known to the minute"_s;
        QTest::newRow("interval") << u"2025-08-15/2025-08-18"_s << false << true
                                  << u"15 Aug 2025 – 18 Aug 2025 — known to the day"_s;
        QTest::newRow("empty, optional") << QString() << true << true << u"No date"_s;
        QTest::newRow("empty, required") << QString() << false << false << u"A date is needed"_s;
        QTest::newRow("no 13th month") << u"2025-13"_s << true << false << u"out of range"_s;
        QTest::newRow("not a date") << u"next Tuesday"_s << true << false << u"is not a date"_s;
        QTest::newRow("day out of range") << u"2025-02-30"_s << false << false << u"out of range for February"_s;
    }

    void dateInterpretation()
    {
        QFETCH(QString, text);
        QFETCH(bool, optional);
        QFETCH(bool, valid);
        QFETCH(QString, shown);

        FuzzyDateEdit edit;
        edit.setOptional(optional);
        QTest::keyClicks(child<QLineEdit>(&edit, u"dateText"_s), text);
        auto* label = child<QLabel>(&edit, u"dateInterpretation"_s);
        QCOMPARE(edit.isValid(), valid);
        QCOMPARE(label->property("invalid").toBool(), !valid);
        if (valid) {
            QCOMPARE(label->text(), shown);
            QVERIFY(edit.problem().isEmpty());
            QCOMPARE(edit.date().isNull(), text.isEmpty());
            if (!text.isEmpty())
                QCOMPARE(edit.date(), date(text.toLatin1().constData()));
        } else {
            QVERIFY2(label->text().contains(shown), qPrintable(label->text()));
            QCOMPARE(edit.problem(), label->text());
            QVERIFY(edit.date().isNull());
            // Errors are red; interpretations are not.
            const QColor colour = label->palette().color(QPalette::WindowText);
            QVERIFY(colour.red() > 2 * colour.green());
        }
    }

    void dateEditSignalsAndSetDate()
    {
        FuzzyDateEdit edit;
        QSignalSpy changed(&edit, &FuzzyDateEdit::changed);
        auto* text = child<QLineEdit>(&edit, u"dateText"_s);
        QTest::keyClicks(text, u"2031-05"_s);
        QCOMPARE(changed.count(), 7); // one per key
        QCOMPARE(toText(edit.date().precision()), u"month"_s);

        edit.setDate(date("2031-04-12/2031-04-13"));
        QCOMPARE(text->text(), u"2031-04-12/2031-04-13"_s);
        QCOMPARE(edit.date(), date("2031-04-12/2031-04-13"));
        QCOMPARE(child<QLabel>(&edit, u"dateInterpretation"_s)->text(),
            u"12 Apr 2031 – 13 Apr 2031 — known to the day"_s);

        edit.setDate(FuzzyDate());
        QVERIFY(!edit.isValid()); // required by default
        edit.setOptional(true);
        QVERIFY(edit.isValid());
    }

    // ---- EventDialog ----

    void eventDialogValidation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");

        QTest::newRow("empty title") << u"titleEdit"_s << QString() << u"needs a title"_s;
        QTest::newRow("blank title") << u"titleEdit"_s << u"   "_s << u"needs a title"_s;
        QTest::newRow("no start") << u"startEdit/dateText"_s << QString() << u"needs a start date"_s;
        QTest::newRow("blank start") << u"startEdit/dateText"_s << u"  "_s << u"needs a start date"_s;
        QTest::newRow("bad start") << u"startEdit/dateText"_s << u"2031-02-30"_s << u"Start: "_s;
        QTest::newRow("bad end") << u"endEdit/dateText"_s << u"soon"_s << u"End:"_s;
        QTest::newRow("end before start") << u"endEdit/dateText"_s << u"2031-06-01"_s << u"before it starts"_s;
        QTest::newRow("CAMEO with a letter") << u"cameoEdit"_s << u"04a"_s << u"CAMEO"_s;
        QTest::newRow("CAMEO too long") << u"cameoEdit"_s << u"04321"_s << u"CAMEO"_s;
    }

    void eventDialogValidation()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QString, problem);

        EventDialog dialog(*m_project, fullEvent());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(message(dialog).isEmpty());

        auto* field = child<QLineEdit>(&dialog, input);
        const QString good = field->text();
        retype(field, text);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(message(dialog).contains(problem), qPrintable(message(dialog)));
        // Enter does not accept it either.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        retype(field, good);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(message(dialog).isEmpty());
    }

    void eventDialogRefusesTwiceListedParticipant()
    {
        EventDialog dialog(*m_project, fullEvent());
        auto* table = child<QTableWidget>(&dialog, u"participantsTable"_s);
        QCOMPARE(table->rowCount(), 2);
        auto* second = qobject_cast<QComboBox*>(table->cellWidget(1, 0));
        QVERIFY(second);
        selectData(second, union_.value);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(message(dialog).contains(u"Aurelian Union"_s), qPrintable(message(dialog)));

        // Removing the duplicate fixes it.
        table->setCurrentCell(1, 0);
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeParticipantButton"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.event().participants, (QList<Participant>{{union_, ParticipantRole::Mediator}}));
    }

    void eventDialogRemovesAnyParticipantRow()
    {
        // Found by the random-input test: removing a row other than the last moved the current cell while the row
        // was going, and the check that followed read the row's vanished actor field.
        EventDialog dialog(*m_project, fullEvent());
        auto* table = child<QTableWidget>(&dialog, u"participantsTable"_s);
        QCOMPARE(table->rowCount(), 2);
        const QString second = qobject_cast<QComboBox*>(table->cellWidget(1, 0))->currentText();
        table->setCurrentCell(0, 0);
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeParticipantButton"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(qobject_cast<QComboBox*>(table->cellWidget(0, 0))->currentText(), second);
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeParticipantButton"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void eventDialogRoundTrip()
    {
        const Event original = fullEvent();
        EventDialog dialog(*m_project, original);
        QCOMPARE(child<QLineEdit>(&dialog, u"titleEdit"_s)->text(), original.title);
        QCOMPARE(child<QComboBox>(&dialog, u"kindCombo"_s)->currentText(), u"Talks"_s);
        QCOMPARE(child<QComboBox>(&dialog, u"statusCombo"_s)->currentText(), u"Planned"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"tagsEdit"_s)->text(), u"border, customs"_s);
        QVERIFY(clickOk(dialog));
        QCOMPARE(dialog.event(), original);
    }

    void eventDialogBuildsNewEvent()
    {
        EventDialog dialog(*m_project, Event{});
        QVERIFY(!okButton(dialog)->isEnabled()); // no title, no date yet
        QTest::keyClicks(child<QLineEdit>(&dialog, u"titleEdit"_s), u"Night ferry call"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, u"startEdit/dateText"_s), u"2031-07-09T22:15Z"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        selectData(child<QComboBox>(&dialog, u"kindCombo"_s), int(EventKind::Call));
        selectData(child<QComboBox>(&dialog, u"statusCombo"_s), int(EventStatus::Unknown));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"locationEdit"_s), u"by telephone"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"summaryEdit"_s), u"A late call about the ferries."_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"tagsEdit"_s), u" ferries,, night ,"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cameoEdit"_s), u"036"_s);

        // Each new row offers an actor not yet taking part, in name order.
        auto* add = child<QPushButton>(&dialog, u"addParticipantButton"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        auto* table = child<QTableWidget>(&dialog, u"participantsTable"_s);
        QCOMPARE(table->rowCount(), 2);
        selectData(qobject_cast<QComboBox*>(table->cellWidget(1, 1)), int(ParticipantRole::Host));

        QVERIFY(clickOk(dialog));
        Event expected;
        expected.title = u"Night ferry call"_s;
        expected.kind = EventKind::Call;
        expected.status = EventStatus::Unknown;
        expected.start = date("2031-07-09T22:15Z");
        expected.location = u"by telephone"_s;
        expected.summary = u"A late call about the ferries."_s;
        expected.tags = {u"ferries"_s, u"night"_s};
        expected.cameo = u"036"_s;
        expected.participants = {{union_, ParticipantRole::Participant}, {varga, ParticipantRole::Host}};
        QCOMPARE(dialog.event(), expected);
    }

    // ---- ActorDialog ----

    void actorDialogValidation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");

        QTest::newRow("empty name") << u"nameEdit"_s << QString() << u"needs a name"_s;
        QTest::newRow("blank name") << u"nameEdit"_s << u"  "_s << u"needs a name"_s;
        QTest::newRow("one-letter country") << u"countryEdit"_s << u"V"_s << u"two-letter"_s;
        QTest::newRow("digit in country") << u"countryEdit"_s << u"V1"_s << u"two-letter"_s;
        QTest::newRow("accented country") << u"countryEdit"_s << u"VÉ"_s << u"two-letter"_s;
    }

    void actorDialogValidation()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QString, problem);

        Actor minister = *m_project->actors().find(varga);
        minister.country = u"VL"_s;
        ActorDialog dialog(*m_project, minister);
        QVERIFY(okButton(dialog)->isEnabled());
        auto* field = child<QLineEdit>(&dialog, input);
        const QString good = field->text();
        retype(field, text);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(message(dialog).contains(problem), qPrintable(message(dialog)));
        retype(field, good);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(message(dialog).isEmpty());
    }

    void actorDialogCapitalisesCountry()
    {
        ActorDialog dialog(*m_project, *m_project->actors().find(union_));
        auto* country = child<QLineEdit>(&dialog, u"countryEdit"_s);
        QTest::keyClicks(country, u"vl"_s);
        QCOMPARE(country->text(), u"VL"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.actor().country, u"VL"_s);
    }

    void actorDialogRoundTrip()
    {
        Actor original = *m_project->actors().find(varga);
        original.aliases = {u"Varga"_s, u"the minister"_s};
        original.role = u"Foreign Minister"_s;
        original.country = u"VL"_s;
        original.notes = u"In office since the spring."_s;
        ActorDialog dialog(*m_project, original);
        // She may belong to anyone but herself.
        auto* affiliation = child<QComboBox>(&dialog, u"affiliationCombo"_s);
        QStringList offered;
        for (int i = 0; i < affiliation->count(); ++i)
            offered.append(affiliation->itemText(i));
        QCOMPARE(offered, (QStringList{u"None"_s, u"Aurelian Union"_s, u"Republic of Veloria"_s}));
        QCOMPARE(affiliation->currentText(), u"Republic of Veloria"_s);
        QVERIFY(clickOk(dialog));
        QCOMPARE(dialog.actor(), original);
    }

    void actorDialogBuildsNewActor()
    {
        ActorDialog dialog(*m_project, Actor{});
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Tomas Reyes"_s);
        selectData(child<QComboBox>(&dialog, u"kindCombo"_s), int(ActorKind::Person));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"aliasesEdit"_s), u"Reyes, the envoy"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"roleEdit"_s), u"Special Envoy"_s);
        selectData(child<QComboBox>(&dialog, u"affiliationCombo"_s), union_.value);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"countryEdit"_s), u"AU"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"notesEdit"_s), u"Speaks for the Union on trade."_s);
        QVERIFY(clickOk(dialog));

        Actor expected;
        expected.name = u"Tomas Reyes"_s;
        expected.kind = ActorKind::Person;
        expected.aliases = {u"Reyes"_s, u"the envoy"_s};
        expected.role = u"Special Envoy"_s;
        expected.affiliation = union_;
        expected.country = u"AU"_s;
        expected.notes = u"Speaks for the Union on trade."_s;
        QCOMPARE(dialog.actor(), expected);
    }

    // ---- StatementDialog ----

    void statementDialogValidation()
    {
        StatementDialog dialog(*m_project, Statement{});
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(message(dialog).contains(u"who said it"_s), qPrintable(message(dialog)));

        selectData(child<QComboBox>(&dialog, u"speakerCombo"_s), varga.value);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(message(dialog).contains(u"needs its words"_s), qPrintable(message(dialog)));

        auto* text = child<QPlainTextEdit>(&dialog, u"textEdit"_s);
        QTest::keyClicks(text, u"   "_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(text, u"We will be back."_s);
        QVERIFY(okButton(dialog)->isEnabled()); // the date is optional

        auto* when = child<QLineEdit>(&dialog, u"whenEdit/dateText"_s);
        QTest::keyClicks(when, u"2031-13"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(message(dialog).contains(u"When:"_s), qPrintable(message(dialog)));
        retype(when, u"2031-12"_s);
        QVERIFY(okButton(dialog)->isEnabled());

        // Back to no speaker.
        child<QComboBox>(&dialog, u"speakerCombo"_s)->setCurrentIndex(0);
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void statementDialogRoundTrip()
    {
        Statement original;
        original.id = StatementId(4);
        original.speaker = varga;
        original.text = u"The summit opened a new chapter."_s;
        original.kind = StatementKind::Paraphrase;
        original.when = date("2031-04-14T09:45Z");
        original.venue = interview;
        original.about = {summit};
        original.source = SourceId(3); // not shown, kept
        original.spanStart = 10;
        original.spanEnd = 42;
        StatementDialog dialog(*m_project, original);
        QCOMPARE(child<QComboBox>(&dialog, u"speakerCombo"_s)->currentText(), u"Ilse Varga"_s);
        QVERIFY(child<QComboBox>(&dialog, u"venueCombo"_s)->currentText().startsWith(u"Varga interview"_s));
        QVERIFY(clickOk(dialog));
        QCOMPARE(dialog.statement(), original);
    }

    void statementDialogBuildsNewStatement()
    {
        StatementDialog dialog(*m_project, Statement{});
        selectData(child<QComboBox>(&dialog, u"speakerCombo"_s), veloria.value);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"textEdit"_s), u"Veloria welcomes the summit."_s);
        selectData(child<QComboBox>(&dialog, u"kindCombo"_s), int(StatementKind::Post));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"whenEdit/dateText"_s), u"2031-04-12"_s);
        selectData(child<QComboBox>(&dialog, u"venueCombo"_s), summit.value);
        QVERIFY(clickOk(dialog));

        Statement expected;
        expected.speaker = veloria;
        expected.text = u"Veloria welcomes the summit."_s;
        expected.kind = StatementKind::Post;
        expected.when = date("2031-04-12");
        expected.venue = summit;
        QCOMPARE(dialog.statement(), expected);
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"

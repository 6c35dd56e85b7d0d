// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/annotationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "dialogs/statementdialog.h"
#include "eventtablemodel.h"
#include "provenance/anchoring.h"
#include "provenance/grading.h"
#include "sources/annotationstyle.h"
#include "storage/project.h"
#include "widgets/fuzzydateedit.h"

namespace attache {
namespace {

constexpr AnnotationKind kinds[]
    = {AnnotationKind::ActorMention, AnnotationKind::Statement, AnnotationKind::EventEvidence, AnnotationKind::Date, AnnotationKind::Note};

QWidget* page(QWidget* parent, QFormLayout*& form)
{
    auto* widget = new QWidget(parent);
    form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    return widget;
}

void fillActors(QComboBox* combo, const Project& project)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const Actor& actor : project.actors().all())
        combo->addItem(actor.name, actor.id.value);
    combo->setCurrentIndex(-1);
}

/// The actor a combo names: an existing one by id, or (typed) a name that is not yet an actor.
std::pair<ActorId, QString> chosenActor(const QComboBox* combo, const Project& project)
{
    const QString name = combo->currentText().simplified();
    if (name.isEmpty())
        return {};
    const int index = combo->findText(name, Qt::MatchFixedString);
    if (index >= 0)
        return {ActorId(combo->itemData(index).toLongLong()), name};
    if (const auto actor = project.actors().findByName(name))
        return {actor->id, actor->name};
    return {ActorId(), name};
}

} // namespace

AnnotationDialog::AnnotationDialog(const Project& project, const Source& source, const Annotation& annotation, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_source(source)
    , m_annotation(annotation)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_actor(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_statementKind(new QComboBox(this))
    , m_said(new FuzzyDateEdit(this))
    , m_quote(new QPlainTextEdit(this))
    , m_event(new QComboBox(this))
    , m_eventTitle(new QLineEdit(this))
    , m_eventKind(new QComboBox(this))
    , m_eventDate(new FuzzyDateEdit(this))
    , m_date(new FuzzyDateEdit(this))
    , m_credibility(new QComboBox(this))
    , m_suggestion(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    const bool editing = annotation.id.isValid();
    setWindowTitle(editing ? tr("Edit Annotation") : tr("Mark Passage"));
    setObjectName(QStringLiteral("annotationDialog"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_speaker->setObjectName(QStringLiteral("speakerCombo"));
    m_statementKind->setObjectName(QStringLiteral("statementKindCombo"));
    m_said->setObjectName(QStringLiteral("saidEdit"));
    m_quote->setObjectName(QStringLiteral("quoteEdit"));
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_eventTitle->setObjectName(QStringLiteral("eventTitleEdit"));
    m_eventKind->setObjectName(QStringLiteral("eventKindCombo"));
    m_eventDate->setObjectName(QStringLiteral("eventDateEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_credibility->setObjectName(QStringLiteral("credibilityCombo"));
    m_suggestion->setObjectName(QStringLiteral("suggestionLabel"));
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_problem->setObjectName(QStringLiteral("validationMessage"));

    auto* passage = new QLabel(this);
    passage->setWordWrap(true);
    passage->setTextFormat(Qt::PlainText);
    passage->setText(QStringLiteral("“%1”").arg(annotation.exact.size() > 300 ? annotation.exact.left(299) + QChar(0x2026) : annotation.exact));
    passage->setStyleSheet(QStringLiteral("QLabel { background: %1; padding: 6px; }").arg(annotationstyle::colour(annotation.kind).name()));

    for (const AnnotationKind kind : kinds)
        m_kind->addItem(annotationstyle::label(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(annotation.kind)));
    // A mark keeps its kind once made (its target depends on it); delete it and mark again to change that.
    m_kind->setEnabled(!editing);

    fillActors(m_actor, project);
    fillActors(m_speaker, project);
    m_actor->lineEdit()->setPlaceholderText(tr("An actor of the project, or a new name"));
    m_speaker->lineEdit()->setPlaceholderText(tr("Who said it"));
    for (const StatementKind kind : {StatementKind::Direct, StatementKind::Partial, StatementKind::Paraphrase, StatementKind::Post})
        m_statementKind->addItem(StatementDialog::kindLabel(kind), int(kind));
    m_said->setOptional(true);
    m_said->setDate(source.published);
    m_quote->setPlainText(annotation.exact);
    m_quote->setTabChangesFocus(true);
    m_quote->setMaximumHeight(90);

    m_event->addItem(tr("New event…"), qint64(0));
    const EventCatalog events = project.events().catalog();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto row = qsizetype(i);
        m_event->addItem(tr("%1 (%2)").arg(events.titles.at(row), events.starts.at(row)), events.ids[i]);
    }
    for (const QString& text : eventKindTexts()) {
        const auto kind = eventKindFromText(text);
        m_eventKind->addItem(EventTableModel::kindLabel(*kind), int(*kind));
    }
    m_eventKind->setCurrentIndex(m_eventKind->findData(int(EventKind::Meeting)));
    m_eventDate->setDate(source.published);
    m_date->setOptional(true);
    if (annotation.kind == AnnotationKind::Date) {
        // A date mark's comment starts with the date it means: "2025-08-15", or "2025-08-15 — a note".
        const QString first = annotation.comment.section(QStringLiteral(" — "), 0, 0);
        if (auto date = FuzzyDate::parse(first))
            m_date->setDate(date.value());
    }

    for (int grade = 0; grade <= 6; ++grade)
        m_credibility->addItem(annotationstyle::credibilityChoice(grade), grade);
    m_credibility->setCurrentIndex(m_credibility->findData(annotation.credibility));
    m_suggestion->setWordWrap(true);
    m_comment->setPlainText(annotation.kind == AnnotationKind::Date && FuzzyDate::parse(annotation.comment.section(QStringLiteral(" — "), 0, 0))
            ? annotation.comment.section(QStringLiteral(" — "), 1)
            : annotation.comment);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(Qt::red).darker(130));
    m_problem->setPalette(palette);

    QFormLayout* form = nullptr;
    // Pages in the order of `kinds`.
    QWidget* actorPage = page(m_pages, form);
    form->addRow(tr("&Actor:"), m_actor);
    QWidget* statementPage = page(m_pages, form);
    if (editing && annotation.targetType == TargetType::Statement) {
        auto* note = new QLabel(tr("Edit the statement itself from the details view."), statementPage);
        note->setWordWrap(true);
        form->addRow(note);
        m_speaker->hide();
        m_statementKind->hide();
        m_said->hide();
        m_quote->hide();
    } else {
        form->addRow(tr("&Speaker:"), m_speaker);
        form->addRow(tr("&Words:"), m_quote);
        form->addRow(tr("&Kind:"), m_statementKind);
        form->addRow(tr("Sa&id on:"), m_said);
    }
    QWidget* eventPage = page(m_pages, form);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Title:"), m_eventTitle);
    form->addRow(tr("K&ind:"), m_eventKind);
    form->addRow(tr("&When:"), m_eventDate);
    QWidget* datePage = page(m_pages, form);
    form->addRow(tr("&Date:"), m_date);
    QWidget* notePage = new QWidget(m_pages);
    for (QWidget* w : {actorPage, statementPage, eventPage, datePage, notePage})
        m_pages->addWidget(w);

    auto* common = new QFormLayout;
    common->addRow(tr("Mark &as:"), m_kind);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* grades = new QFormLayout;
    grades->addRow(tr("&Credibility:"), m_credibility);
    grades->addRow(QString(), m_suggestion);
    grades->addRow(tr("C&omment:"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(passage);
    layout->addLayout(common);
    layout->addWidget(m_pages);
    layout->addLayout(grades);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (annotation.targetType == TargetType::Actor) {
        if (const auto actor = project.actors().find(ActorId(annotation.targetId)))
            m_actor->setCurrentText(actor->name);
    } else if (!editing && annotation.kind == AnnotationKind::ActorMention) {
        m_actor->setCurrentText(annotation.exact.simplified());
    }
    if (annotation.targetType == TargetType::Event)
        m_event->setCurrentIndex(std::max(0, m_event->findData(annotation.targetId)));

    connect(buttons, &QDialogButtonBox::accepted, this, &AnnotationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnnotationDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AnnotationDialog::kindChanged);
    connect(m_event, &QComboBox::currentIndexChanged, this, &AnnotationDialog::eventChanged);
    for (QComboBox* combo : {m_actor, m_speaker})
        connect(combo, &QComboBox::currentTextChanged, this, &AnnotationDialog::validate);
    connect(m_eventTitle, &QLineEdit::textChanged, this, &AnnotationDialog::validate);
    connect(m_quote, &QPlainTextEdit::textChanged, this, &AnnotationDialog::validate);
    for (FuzzyDateEdit* edit : {m_said, m_eventDate, m_date})
        connect(edit, &FuzzyDateEdit::changed, this, &AnnotationDialog::validate);
    kindChanged();
    eventChanged();
}

void AnnotationDialog::kindChanged()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    validate();
}

void AnnotationDialog::eventChanged()
{
    const EventId event(m_event->currentData().toLongLong());
    for (QWidget* w : {static_cast<QWidget*>(m_eventTitle), static_cast<QWidget*>(m_eventKind), static_cast<QWidget*>(m_eventDate)})
        w->setEnabled(!event.isValid());
    m_suggestion->clear();
    if (event.isValid()) {
        const grading::Corroboration c = grading::corroboration(m_project, event, m_source.id);
        if (c.suggestedCredibility() != 0) {
            m_suggestion->setText(tr("Suggested: 1 – confirmed; %1 report it.").arg(c.outlets.join(QStringLiteral(", "))));
            if (!m_annotation.id.isValid() && m_credibility->currentData().toInt() == 0)
                m_credibility->setCurrentIndex(m_credibility->findData(c.suggestedCredibility()));
        }
    }
    m_suggestion->setVisible(!m_suggestion->text().isEmpty());
    validate();
}

QString AnnotationDialog::problem() const
{
    const auto kind = static_cast<AnnotationKind>(m_kind->currentData().toInt());
    const bool editingStatement = m_annotation.id.isValid() && m_annotation.targetType == TargetType::Statement;
    switch (kind) {
    case AnnotationKind::ActorMention:
        if (m_actor->currentText().simplified().isEmpty())
            return tr("Name the actor mentioned.");
        break;
    case AnnotationKind::Statement:
        if (editingStatement)
            break;
        if (m_speaker->currentText().simplified().isEmpty())
            return tr("Choose who said it.");
        if (m_quote->toPlainText().trimmed().isEmpty())
            return tr("The statement needs its words.");
        if (!m_said->isValid())
            return tr("Said on: %1").arg(m_said->problem());
        break;
    case AnnotationKind::EventEvidence:
        if (m_event->currentData().toLongLong() == 0) {
            if (m_eventTitle->text().trimmed().isEmpty())
                return tr("Choose an event, or give the new one a title.");
            if (m_eventDate->date().isNull())
                return tr("When: %1").arg(m_eventDate->problem().isEmpty() ? tr("a new event needs a date") : m_eventDate->problem());
        }
        break;
    case AnnotationKind::Date:
        if (!m_date->isValid())
            return tr("Date: %1").arg(m_date->problem());
        break;
    case AnnotationKind::Note:
        break;
    }
    return {};
}

void AnnotationDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (m_ok)
        m_ok->setEnabled(why.isEmpty());
}

void AnnotationDialog::accept()
{
    if (problem().isEmpty())
        QDialog::accept();
}

AnnotationDraft AnnotationDialog::draft() const
{
    AnnotationDraft d;
    Annotation& a = d.annotation;
    a = m_annotation;
    a.kind = static_cast<AnnotationKind>(m_kind->currentData().toInt());
    a.credibility = m_credibility->currentData().toInt();
    a.comment = m_comment->toPlainText().trimmed();
    switch (a.kind) {
    case AnnotationKind::ActorMention: {
        const auto [id, name] = chosenActor(m_actor, m_project);
        if (id.isValid()) {
            a.targetType = TargetType::Actor;
            a.targetId = id.value;
        } else {
            Actor actor;
            actor.name = name;
            d.actor = actor;
        }
        break;
    }
    case AnnotationKind::Statement: {
        if (m_annotation.id.isValid() && m_annotation.targetType == TargetType::Statement)
            break;
        Statement st;
        const auto [id, name] = chosenActor(m_speaker, m_project);
        st.speaker = id;
        if (!id.isValid()) {
            Actor actor;
            actor.name = name;
            d.actor = actor; // created first; the statement's speaker
        }
        st.text = m_quote->toPlainText().trimmed();
        st.kind = static_cast<StatementKind>(m_statementKind->currentData().toInt());
        st.when = m_said->date();
        st.source = m_source.id;
        st.spanStart = a.start;
        st.spanEnd = a.end;
        d.statement = st;
        break;
    }
    case AnnotationKind::EventEvidence: {
        const EventId id(m_event->currentData().toLongLong());
        if (id.isValid()) {
            a.targetType = TargetType::Event;
            a.targetId = id.value;
        } else {
            Event e;
            e.title = m_eventTitle->text().trimmed();
            e.kind = static_cast<EventKind>(m_eventKind->currentData().toInt());
            e.start = m_eventDate->date();
            d.event = e;
        }
        break;
    }
    case AnnotationKind::Date:
        a.targetType = TargetType::None;
        a.targetId = 0;
        // The date the passage means leads the comment, and the analyst's note follows it.
        a.comment = QStringList{m_date->date().toString(), a.comment}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" — "));
        break;
    case AnnotationKind::Note:
        a.targetType = TargetType::None;
        a.targetId = 0;
        break;
    }
    return d;
}

} // namespace attache

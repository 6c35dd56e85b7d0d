// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/importreviewdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "actorlistmodel.h"
#include "dialogs/statementdialog.h"
#include "document.h"
#include "eventtablemodel.h"
#include "extract/importer.h"
#include "sources/annotationstyle.h"
#include "storage/project.h"
#include "storage/projectsnapshot.h"
#include "widgets/fuzzydateedit.h"
#include "widgets/listtext.h"

namespace attache {
namespace {

constexpr int rowRole = Qt::UserRole + 1;

QString key(const extract::ActorCandidate& c)
{
    return c.mentions.isEmpty() ? c.name.toCaseFolded() : QString::number(c.mentions.first().start);
}

QString key(const extract::EventCandidate& c)
{
    // Two events may share their first sentence of evidence (talks and the meeting they were held at).
    return (c.evidence.isEmpty() ? QString() : QString::number(c.evidence.first().start)) + u'|' + c.title.toCaseFolded();
}

QString key(const extract::StatementCandidate& c)
{
    return QString::number(c.span.start);
}

template<typename Candidate>
QStringList keysOf(const QList<Candidate>& list)
{
    QStringList keys;
    for (const Candidate& c : list)
        keys.append(key(c));
    return keys;
}

QString originText(extract::PublishedOrigin origin)
{
    switch (origin) {
    case extract::PublishedOrigin::Given:
        return ImportReviewDialog::tr("given by you");
    case extract::PublishedOrigin::Document:
        return ImportReviewDialog::tr("from the article");
    case extract::PublishedOrigin::Inferred:
        return ImportReviewDialog::tr("inferred from its dateline");
    case extract::PublishedOrigin::Unknown:
        return ImportReviewDialog::tr("unknown: give it, so that “on Friday” and the like can be resolved");
    }
    return {};
}

QString candidateDate(const FuzzyDate& date, const QString& text)
{
    if (date.isNull())
        return text.isEmpty() ? ImportReviewDialog::tr("no date") : ImportReviewDialog::tr("“%1”: not resolved").arg(text);
    return date.display();
}

/// The review's word on a candidate event: what it matched, what it may be, or that it is new.
QString eventReason(const extract::EventCandidate& c)
{
    if (c.projectId)
        return c.matchReason;
    if (c.date.isNull())
        return ImportReviewDialog::tr("left out: no date");
    return c.matchReason.isEmpty() ? ImportReviewDialog::tr("new") : ImportReviewDialog::tr("new (%1)").arg(c.matchReason);
}

} // namespace

ImportReviewDialog::ImportReviewDialog(Document& document, const extract::Article& article, const FuzzyDate& published, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_article(article)
    , m_text(new QPlainTextEdit(this))
    , m_title(new QLineEdit(this))
    , m_outlet(new QLineEdit(this))
    , m_authors(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_published(new FuzzyDateEdit(this))
    , m_publishedOrigin(new QLabel(this))
    , m_duplicate(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_actors(new QTreeWidget(this))
    , m_events(new QTreeWidget(this))
    , m_statements(new QTreeWidget(this))
    , m_editor(new QWidget(this))
    , m_editTitle(new QLineEdit(m_editor))
    , m_editSpeaker(new QComboBox(m_editor))
    , m_editDate(new FuzzyDateEdit(m_editor))
    , m_editKind(new QComboBox(m_editor))
    , m_editStatementKind(new QComboBox(m_editor))
    , m_editParticipants(new QLineEdit(m_editor))
    , m_editMerge(new QComboBox(m_editor))
    , m_reason(new QLabel(m_editor))
    , m_summary(new QLabel(this))
    , m_redate(new QTimer(this))
{
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(article.meta.title.isEmpty() ? tr("Review Import") : tr("Review Import — %1").arg(article.meta.title));
    m_text->setObjectName(QStringLiteral("articleText"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_outlet->setObjectName(QStringLiteral("outletEdit"));
    m_authors->setObjectName(QStringLiteral("authorsEdit"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_published->setObjectName(QStringLiteral("publishedEdit"));
    m_publishedOrigin->setObjectName(QStringLiteral("publishedOrigin"));
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_actors->setObjectName(QStringLiteral("actorCandidates"));
    m_events->setObjectName(QStringLiteral("eventCandidates"));
    m_statements->setObjectName(QStringLiteral("statementCandidates"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_editSpeaker->setObjectName(QStringLiteral("speakerCombo"));
    m_editMerge->setObjectName(QStringLiteral("mergeCombo"));
    m_editTitle->setObjectName(QStringLiteral("candidateTitleEdit"));

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setPlainText(article.text);
    m_publishedOrigin->setWordWrap(true);
    m_duplicate->setWordWrap(true);
    QPalette warn = m_duplicate->palette();
    warn.setColor(QPalette::WindowText, QColor(Qt::red).darker(140));
    m_duplicate->setPalette(warn);
    if (const auto existing = document.project().sources().findByHash(Source::hashText(article.text))) {
        m_duplicate->setText(tr("This article is already in the project as “%1”. Accepting imports it again.").arg(existing->title));
    }
    m_duplicate->setVisible(!m_duplicate->text().isEmpty());
    m_published->setOptional(true);
    m_authors->setPlaceholderText(tr("Names, separated by commas"));

    auto* meta = new QFormLayout;
    meta->addRow(tr("&Title:"), m_title);
    meta->addRow(tr("&Outlet:"), m_outlet);
    meta->addRow(tr("&Authors:"), m_authors);
    meta->addRow(tr("&Address:"), m_url);
    meta->addRow(tr("&Published:"), m_published);
    meta->addRow(QString(), m_publishedOrigin);

    const auto setUpTree = [](QTreeWidget* tree, const QStringList& headers) {
        tree->setColumnCount(int(headers.size()));
        tree->setHeaderLabels(headers);
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setSelectionMode(QAbstractItemView::SingleSelection);
        tree->header()->setStretchLastSection(true);
    };
    setUpTree(m_actors, {tr("Name"), tr("Kind"), tr("Mentions"), tr("Match")});
    setUpTree(m_events, {tr("Title"), tr("Date"), tr("Kind"), tr("Participants"), tr("Match")});
    setUpTree(m_statements, {tr("Speaker"), tr("Words"), tr("Said"), tr("Note")});
    m_tabs->addTab(m_actors, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_statements, QString());

    for (const QString& text : eventKindTexts()) {
        const auto kind = eventKindFromText(text);
        m_editKind->addItem(EventTableModel::kindLabel(*kind), int(*kind));
    }
    for (const StatementKind kind : {StatementKind::Direct, StatementKind::Partial, StatementKind::Paraphrase, StatementKind::Post})
        m_editStatementKind->addItem(StatementDialog::kindLabel(kind), int(kind));
    m_editStatementKind->setObjectName(QStringLiteral("statementKindCombo"));
    m_editSpeaker->setEditable(true);
    m_editSpeaker->setInsertPolicy(QComboBox::NoInsert);
    m_editDate->setOptional(true);
    m_editParticipants->setPlaceholderText(tr("Names, separated by commas"));
    m_reason->setWordWrap(true);
    auto* editorForm = new QFormLayout(m_editor);
    editorForm->setContentsMargins(0, 0, 0, 0);
    editorForm->addRow(tr("&Name:"), m_editTitle);
    editorForm->addRow(tr("&Speaker:"), m_editSpeaker);
    editorForm->addRow(tr("&Date:"), m_editDate);
    editorForm->addRow(tr("&Kind:"), m_editKind);
    editorForm->addRow(tr("&Quoted as:"), m_editStatementKind);
    editorForm->addRow(tr("&Participants:"), m_editParticipants);
    editorForm->addRow(tr("&Merge with:"), m_editMerge);
    editorForm->addRow(QString(), m_reason);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_duplicate);
    rightLayout->addLayout(meta);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_editor);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import Checked"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1200, 760);

    connect(buttons, &QDialogButtonBox::accepted, this, &ImportReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportReviewDialog::reject);
    for (QTreeWidget* t : {m_actors, m_events, m_statements}) {
        connect(t, &QTreeWidget::itemChanged, this, &ImportReviewDialog::onItemChanged);
        connect(t, &QTreeWidget::currentItemChanged, this, &ImportReviewDialog::showEditor);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &ImportReviewDialog::showEditor);
    const auto metaEdited = [this] {
        m_x.article.meta.title = m_title->text().trimmed();
        m_x.article.meta.outlet = m_outlet->text().trimmed();
        m_x.article.meta.authors = splitCommaList(m_authors->text());
        m_x.article.meta.url = m_url->text().trimmed();
    };
    for (QLineEdit* edit : {m_title, m_outlet, m_authors, m_url})
        connect(edit, &QLineEdit::textEdited, this, metaEdited);
    // Typing a date passes through valid ones ("2025", "2025-08"): re-resolve once the typing pauses.
    m_redate->setSingleShot(true);
    m_redate->setInterval(600);
    connect(m_published, &FuzzyDateEdit::changed, this, [this] {
        if (!m_filling)
            m_redate->start();
    });
    connect(m_redate, &QTimer::timeout, this, &ImportReviewDialog::applyPublished);
    connect(m_editTitle, &QLineEdit::editingFinished, this, &ImportReviewDialog::applyEditor);
    connect(m_editParticipants, &QLineEdit::editingFinished, this, &ImportReviewDialog::applyEditor);
    connect(m_editSpeaker, &QComboBox::currentTextChanged, this, &ImportReviewDialog::applyEditor);
    connect(m_editDate, &FuzzyDateEdit::changed, this, &ImportReviewDialog::applyEditor);
    connect(m_editKind, &QComboBox::currentIndexChanged, this, &ImportReviewDialog::applyEditor);
    connect(m_editStatementKind, &QComboBox::currentIndexChanged, this, &ImportReviewDialog::applyEditor);
    connect(m_editMerge, &QComboBox::currentIndexChanged, this, &ImportReviewDialog::applyEditor);

    const ProjectSnapshot snapshot(document.project());
    m_x = extract::extract(article, published, &snapshot);
    m_keys[0] = keysOf(m_x.actors);
    m_keys[1] = keysOf(m_x.events);
    m_keys[2] = keysOf(m_x.statements);
    for (const extract::EventCandidate& e : std::as_const(m_x.events))
        m_eventTitles.append(e.title);
    fillLists();
}

QTreeWidget* ImportReviewDialog::tree(List list) const
{
    switch (list) {
    case List::Actors:
        return m_actors;
    case List::Events:
        return m_events;
    case List::Statements:
        return m_statements;
    }
    return m_actors;
}

QString ImportReviewDialog::statementStatus(const extract::StatementCandidate& s) const
{
    const QString problem = extract::statementProblem(m_document.project(), m_x, s);
    if (!problem.isEmpty())
        return tr("left out: %1").arg(problem);
    if (s.event >= 0 && s.event < m_x.events.size())
        return tr("at %1").arg(m_x.events.at(s.event).title);
    return {};
}

void ImportReviewDialog::fillLists()
{
    m_filling = true;
    const extract::ArticleMetadata& meta = m_x.article.meta;
    m_title->setText(meta.title);
    m_outlet->setText(meta.outlet);
    m_authors->setText(meta.authors.join(QStringLiteral(", ")));
    m_url->setText(meta.url);
    if (m_published->date() != meta.published)
        m_published->setDate(meta.published); // not while the analyst is typing the same date
    m_publishedOrigin->setText(tr("Publication date %1. Relative dates (“on Friday”, “last week”) are read against it.")
                                   .arg(originText(meta.publishedOrigin)));

    const auto check = [](QTreeWidgetItem* item, bool accepted, int row) {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, accepted ? Qt::Checked : Qt::Unchecked);
        item->setData(0, rowRole, row);
    };
    const auto keep = [](QTreeWidget* t) { return t->currentItem() ? t->indexOfTopLevelItem(t->currentItem()) : -1; };
    const int actorRow = keep(m_actors);
    const int eventRow = keep(m_events);
    const int statementRow = keep(m_statements);
    m_actors->clear();
    for (int i = 0; i < m_x.actors.size(); ++i) {
        const extract::ActorCandidate& c = m_x.actors.at(i);
        auto* item = new QTreeWidgetItem(m_actors,
            {c.name, ActorListModel::kindLabel(c.kind), QString::number(c.mentions.size()), c.projectId ? c.matchReason : tr("new")});
        check(item, c.accepted, i);
    }
    m_events->clear();
    for (int i = 0; i < m_x.events.size(); ++i) {
        const extract::EventCandidate& c = m_x.events.at(i);
        auto* item = new QTreeWidgetItem(m_events, {c.title, candidateDate(c.date, c.dateText), EventTableModel::kindLabel(c.kind),
            c.participants.join(QStringLiteral(", ")), eventReason(c)});
        check(item, c.accepted, i);
    }
    m_statements->clear();
    for (int i = 0; i < m_x.statements.size(); ++i) {
        const extract::StatementCandidate& c = m_x.statements.at(i);
        auto* item = new QTreeWidgetItem(m_statements,
            {c.speaker.isEmpty() ? tr("(no speaker)") : c.speaker, c.quote.simplified(), candidateDate(c.date, {}), statementStatus(c)});
        item->setToolTip(1, c.quote);
        check(item, c.accepted, i);
    }
    for (QTreeWidget* t : {m_actors, m_events, m_statements}) {
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);
        t->setColumnWidth(0, std::min(t->columnWidth(0), 260));
    }
    m_statements->setColumnWidth(1, std::min(m_statements->columnWidth(1), 320));
    const auto restore = [](QTreeWidget* t, int row) {
        if (row >= 0 && row < t->topLevelItemCount())
            t->setCurrentItem(t->topLevelItem(row));
    };
    restore(m_actors, actorRow);
    restore(m_events, eventRow);
    restore(m_statements, statementRow);
    m_filling = false;
    highlight();
    updateSummary();
    showEditor();
}

void ImportReviewDialog::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto add = [&](const extract::Span& span, AnnotationKind kind, bool accepted) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(int(span.start));
        s.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        if (accepted)
            s.format.setBackground(annotationstyle::colour(kind));
        else
            s.format.setFontStrikeOut(true); // unchecked: still visible, plainly not taken
        selections.append(s);
    };
    // Widest first, so that the quotes and names inside a sentence of evidence keep their own colours.
    for (const extract::EventCandidate& c : std::as_const(m_x.events)) {
        for (const extract::Span& s : c.evidence)
            add(s, AnnotationKind::EventEvidence, c.accepted);
    }
    for (const extract::StatementCandidate& c : std::as_const(m_x.statements))
        add(c.span, AnnotationKind::Statement, c.accepted);
    for (const extract::ActorCandidate& c : std::as_const(m_x.actors)) {
        for (const extract::Span& s : c.mentions)
            add(s, AnnotationKind::ActorMention, c.accepted);
    }
    for (const extract::DateMention& d : std::as_const(m_x.dates))
        add(extract::Span{d.start, d.end}, AnnotationKind::Date, true);
    m_text->setExtraSelections(selections);
}

void ImportReviewDialog::updateSummary()
{
    const auto count = [](const auto& list) {
        return std::count_if(list.cbegin(), list.cend(), [](const auto& c) { return c.accepted; });
    };
    qsizetype leftOut = 0;
    for (const extract::StatementCandidate& s : std::as_const(m_x.statements)) {
        if (s.accepted && !extract::statementProblem(m_document.project(), m_x, s).isEmpty())
            ++leftOut;
    }
    m_tabs->setTabText(0, tr("&Actors (%1/%2)").arg(count(m_x.actors)).arg(m_x.actors.size()));
    m_tabs->setTabText(1, tr("&Events (%1/%2)").arg(count(m_x.events)).arg(m_x.events.size()));
    m_tabs->setTabText(2, tr("&Statements (%1/%2)").arg(count(m_x.statements)).arg(m_x.statements.size()));
    m_summary->setText(summary() + (leftOut > 0 ? tr(" %n checked statement(s) cannot be stored as they are (see Note).", nullptr, int(leftOut)) : QString()));
}

QString ImportReviewDialog::summary() const
{
    int newActors = 0;
    int newEvents = 0;
    int statements = 0;
    for (const auto& c : m_x.actors)
        newActors += c.accepted && !c.projectId ? 1 : 0;
    for (const auto& c : m_x.events)
        newEvents += c.accepted && !c.projectId && !c.date.isNull() ? 1 : 0;
    for (const auto& s : m_x.statements)
        statements += s.accepted && extract::statementProblem(m_document.project(), m_x, s).isEmpty() ? 1 : 0;
    return tr("Importing adds the source, %1 new actor(s), %2 new event(s) and %3 statement(s).").arg(newActors).arg(newEvents).arg(statements);
}

void ImportReviewDialog::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 0)
        return;
    const int row = item->data(0, rowRole).toInt();
    const bool accepted = item->checkState(0) == Qt::Checked;
    QTreeWidget* t = item->treeWidget();
    if (t == m_actors)
        m_x.actors[row].accepted = accepted;
    else if (t == m_events)
        m_x.events[row].accepted = accepted;
    else
        m_x.statements[row].accepted = accepted;
    m_edited.insert(QStringLiteral("checked"));
    // Statements' notes depend on their speakers being accepted.
    m_filling = true;
    for (int i = 0; i < m_statements->topLevelItemCount(); ++i)
        m_statements->topLevelItem(i)->setText(3, statementStatus(m_x.statements.at(i)));
    m_filling = false;
    highlight();
    updateSummary();
}

void ImportReviewDialog::setChecked(List list, int row, bool checked)
{
    if (QTreeWidgetItem* item = tree(list)->topLevelItem(row))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void ImportReviewDialog::selectCandidate(List list, int row)
{
    m_tabs->setCurrentIndex(int(list));
    if (QTreeWidgetItem* item = tree(list)->topLevelItem(row))
        tree(list)->setCurrentItem(item);
}

void ImportReviewDialog::showEditor()
{
    if (m_filling)
        return;
    // What was typed for the candidate shown so far counts, even when the list changes before the field lost focus.
    applyEditor();
    const auto list = static_cast<List>(m_tabs->currentIndex());
    QTreeWidgetItem* item = tree(list)->currentItem();
    m_editingList = int(list);
    m_editingRow = item ? item->data(0, rowRole).toInt() : -1;
    auto* form = static_cast<QFormLayout*>(m_editor->layout());
    m_editor->setEnabled(item != nullptr);
    const bool actors = list == List::Actors;
    const bool events = list == List::Events;
    const bool statements = list == List::Statements;
    form->setRowVisible(m_editTitle, actors || events);
    form->setRowVisible(m_editSpeaker, statements);
    form->setRowVisible(m_editDate, events || statements);
    form->setRowVisible(m_editKind, events);
    form->setRowVisible(m_editStatementKind, statements);
    form->setRowVisible(m_editParticipants, events);
    form->setRowVisible(m_editMerge, actors || events);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_editTitle)))
        label->setText(actors ? tr("&Name:") : tr("&Title:"));
    if (!item)
        return;
    const int row = item->data(0, rowRole).toInt();
    m_filling = true;
    const Project& project = m_document.project();
    m_editMerge->clear();
    extract::Span evidence;
    if (actors) {
        const extract::ActorCandidate& c = m_x.actors.at(row);
        m_editTitle->setText(c.name);
        m_editMerge->addItem(tr("Nobody: a new actor"), qint64(0));
        for (const Actor& a : project.actors().all())
            m_editMerge->addItem(a.name, a.id.value);
        m_editMerge->setCurrentIndex(std::max(0, m_editMerge->findData(c.projectId)));
        m_reason->setText(c.projectId ? tr("Matched: %1").arg(c.matchReason) : tr("Not in the project yet."));
        evidence = c.mentions.value(0);
    } else if (events) {
        const extract::EventCandidate& c = m_x.events.at(row);
        m_editTitle->setText(c.title);
        m_editDate->setDate(c.date);
        m_editKind->setCurrentIndex(m_editKind->findData(int(c.kind)));
        m_editParticipants->setText(c.participants.join(QStringLiteral(", ")));
        m_editMerge->addItem(tr("Nothing: a new event"), qint64(0));
        const EventCatalog catalog = project.events().catalog();
        for (std::size_t i = 0; i < catalog.size(); ++i)
            m_editMerge->addItem(tr("%1 (%2)").arg(catalog.titles.at(qsizetype(i)), catalog.starts.at(qsizetype(i))), catalog.ids[i]);
        m_editMerge->setCurrentIndex(std::max(0, m_editMerge->findData(c.projectId)));
        // A proposal ("perhaps …") says what agreed; merging it is the analyst's choice under Merge with.
        m_reason->setText(c.projectId ? tr("Matched: %1").arg(c.matchReason)
                : !c.matchReason.isEmpty() ? tr("Not merged: %1. Choose it under Merge with if it is the same.").arg(c.matchReason)
                : (c.dateText.isEmpty() ? tr("Not in the project yet.") : tr("Dated by “%1”.").arg(c.dateText)));
        evidence = c.evidence.value(0);
    } else {
        const extract::StatementCandidate& c = m_x.statements.at(row);
        m_editSpeaker->clear();
        QStringList names;
        for (const extract::ActorCandidate& a : std::as_const(m_x.actors))
            names.append(a.name);
        for (const Actor& a : project.actors().all()) {
            if (!names.contains(a.name))
                names.append(a.name);
        }
        m_editSpeaker->addItems(names);
        m_editSpeaker->setCurrentText(c.speaker);
        m_editDate->setDate(c.date);
        m_editStatementKind->setCurrentIndex(m_editStatementKind->findData(int(c.kind)));
        const QString problem = extract::statementProblem(project, m_x, c);
        m_reason->setText(problem.isEmpty() ? QString() : tr("Cannot be stored: %1.").arg(problem));
        evidence = c.span;
    }
    m_filling = false;
    if (evidence.end > evidence.start) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(evidence.start));
        cursor.setPosition(int(evidence.end), QTextCursor::KeepAnchor);
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
}

void ImportReviewDialog::applyEditor()
{
    // The editor holds the candidate it was filled with (which may no longer be the current one).
    if (m_filling || m_editingRow < 0)
        return;
    const auto list = static_cast<List>(m_editingList);
    const int row = m_editingRow;
    if ((list == List::Actors && row >= m_x.actors.size()) || (list == List::Events && row >= m_x.events.size())
        || (list == List::Statements && row >= m_x.statements.size()))
        return;
    if (list == List::Actors) {
        extract::ActorCandidate& c = m_x.actors[row];
        const QString name = m_editTitle->text().simplified();
        if (!name.isEmpty() && name != c.name) {
            // Statements and events name their actors; they follow the rename.
            for (extract::StatementCandidate& s : m_x.statements) {
                if (s.speaker == c.name)
                    s.speaker = name;
            }
            for (extract::EventCandidate& e : m_x.events) {
                for (QString& participant : e.participants) {
                    if (participant == c.name)
                        participant = name;
                }
            }
            c.name = name;
            m_edited.insert(QStringLiteral("actor:%1:name").arg(m_keys[0].value(row)));
        }
        const qint64 merge = m_editMerge->currentData().toLongLong();
        if (merge != c.projectId) {
            c.projectId = merge;
            c.matchReason = merge ? tr("merged by you") : QString();
            m_edited.insert(QStringLiteral("actor:%1:merge").arg(m_keys[0].value(row)));
        }
    } else if (list == List::Events) {
        extract::EventCandidate& c = m_x.events[row];
        const QString k = m_keys[1].value(row);
        const auto mark = [&](const char* field) { m_edited.insert(QStringLiteral("event:%1:%2").arg(k, QLatin1String(field))); };
        if (const QString title = m_editTitle->text().simplified(); !title.isEmpty() && title != c.title) {
            c.title = title;
            mark("title");
        }
        if (m_editDate->isValid() && m_editDate->date() != c.date) {
            c.date = m_editDate->date();
            mark("date");
        }
        if (const auto kind = static_cast<EventKind>(m_editKind->currentData().toInt()); kind != c.kind) {
            c.kind = kind;
            mark("kind");
        }
        if (const QStringList names = splitCommaList(m_editParticipants->text()); names != c.participants) {
            c.participants = names;
            mark("participants");
        }
        if (const qint64 merge = m_editMerge->currentData().toLongLong(); merge != c.projectId) {
            c.projectId = merge;
            c.matchReason = merge ? tr("merged by you") : QString();
            mark("merge");
        }
    } else {
        extract::StatementCandidate& c = m_x.statements[row];
        if (const QString speaker = m_editSpeaker->currentText().simplified(); speaker != c.speaker) {
            c.speaker = speaker;
            m_edited.insert(QStringLiteral("statement:%1:speaker").arg(m_keys[2].value(row)));
        }
        if (m_editDate->isValid() && m_editDate->date() != c.date) {
            c.date = m_editDate->date();
            m_edited.insert(QStringLiteral("statement:%1:date").arg(m_keys[2].value(row)));
        }
        if (const auto kind = static_cast<StatementKind>(m_editStatementKind->currentData().toInt()); kind != c.kind) {
            c.kind = kind;
            m_edited.insert(QStringLiteral("statement:%1:kind").arg(m_keys[2].value(row)));
        }
        const QString problem = extract::statementProblem(m_document.project(), m_x, c);
        m_reason->setText(problem.isEmpty() ? QString() : tr("Cannot be stored: %1.").arg(problem));
    }
    // Refresh the rows in place (the lists keep their selection).
    m_filling = true;
    for (int i = 0; i < m_actors->topLevelItemCount(); ++i) {
        const extract::ActorCandidate& c = m_x.actors.at(i);
        m_actors->topLevelItem(i)->setText(0, c.name);
        m_actors->topLevelItem(i)->setText(3, c.projectId ? c.matchReason : tr("new"));
    }
    for (int i = 0; i < m_events->topLevelItemCount(); ++i) {
        const extract::EventCandidate& c = m_x.events.at(i);
        QTreeWidgetItem* it = m_events->topLevelItem(i);
        it->setText(0, c.title);
        it->setText(1, candidateDate(c.date, c.dateText));
        it->setText(2, EventTableModel::kindLabel(c.kind));
        it->setText(3, c.participants.join(QStringLiteral(", ")));
        it->setText(4, eventReason(c));
    }
    for (int i = 0; i < m_statements->topLevelItemCount(); ++i) {
        const extract::StatementCandidate& c = m_x.statements.at(i);
        QTreeWidgetItem* it = m_statements->topLevelItem(i);
        it->setText(0, c.speaker.isEmpty() ? tr("(no speaker)") : c.speaker);
        it->setText(2, candidateDate(c.date, {}));
        it->setText(3, statementStatus(c));
    }
    m_filling = false;
    updateSummary();
}

void ImportReviewDialog::setStatementSpeaker(int row, const QString& name)
{
    selectCandidate(List::Statements, row);
    m_editSpeaker->setCurrentText(name);
}

void ImportReviewDialog::setStatementDate(int row, const FuzzyDate& date)
{
    selectCandidate(List::Statements, row);
    m_editDate->setDate(date);
}

void ImportReviewDialog::setStatementKind(int row, StatementKind kind)
{
    selectCandidate(List::Statements, row);
    m_editStatementKind->setCurrentIndex(m_editStatementKind->findData(int(kind)));
}

void ImportReviewDialog::setEventDate(int row, const FuzzyDate& date)
{
    selectCandidate(List::Events, row);
    m_editDate->setDate(date);
}

void ImportReviewDialog::setEventTitle(int row, const QString& title)
{
    selectCandidate(List::Events, row);
    m_editTitle->setText(title);
    applyEditor();
}

void ImportReviewDialog::setMergeTarget(List list, int row, qint64 projectId)
{
    selectCandidate(list, row);
    m_editMerge->setCurrentIndex(std::max(0, m_editMerge->findData(projectId)));
}

std::pair<int, int> ImportReviewDialog::textSelection() const
{
    const QTextCursor cursor = m_text->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ImportReviewDialog::setPublished(const FuzzyDate& published)
{
    m_published->setDate(published);
    applyPublished();
}

void ImportReviewDialog::applyPublished()
{
    m_redate->stop();
    if (m_published->isValid() && m_published->date() != m_x.article.meta.published)
        reextract(m_published->date());
}

void ImportReviewDialog::reextract(const FuzzyDate& published)
{
    const extract::Extraction old = m_x;
    const ProjectSnapshot snapshot(m_document.project());
    extract::Extraction x = extract::extract(m_article, published, &snapshot);
    // Candidates are known by what the importer first called them (their evidence, else their name), not by edits.
    const QStringList freshKeys[3] = {keysOf(x.actors), keysOf(x.events), keysOf(x.statements)};
    QStringList freshTitles;
    for (const extract::EventCandidate& e : std::as_const(x.events))
        freshTitles.append(e.title);
    x.article.meta.title = old.article.meta.title;
    x.article.meta.outlet = old.article.meta.outlet;
    x.article.meta.authors = old.article.meta.authors;
    x.article.meta.url = old.article.meta.url;
    const auto edited = [this](const char* type, const QString& k, const char* field) {
        return m_edited.contains(QStringLiteral("%1:%2:%3").arg(QLatin1String(type), k, QLatin1String(field)));
    };
    // Actors first: a rename carries over to the statements and events that name the actor.
    QHash<QString, QString> renamed;
    for (extract::ActorCandidate& c : x.actors) {
        const QString k = key(c);
        const qsizetype at = m_keys[0].indexOf(k);
        const extract::ActorCandidate* was = at >= 0 && at < old.actors.size() ? &old.actors[at] : nullptr;
        if (!was)
            continue;
        c.accepted = was->accepted;
        if (edited("actor", k, "name") && was->name != c.name) {
            renamed.insert(c.name, was->name);
            c.name = was->name;
        }
        if (edited("actor", k, "merge")) {
            c.projectId = was->projectId;
            c.matchReason = was->matchReason;
        }
    }
    for (extract::EventCandidate& c : x.events) {
        for (QString& name : c.participants)
            name = renamed.value(name, name);
        const QString k = key(c);
        qsizetype at = m_keys[1].indexOf(k);
        if (at < 0) // its evidence changed with the dates: the title the importer gave it then
            at = m_eventTitles.indexOf(c.title);
        const extract::EventCandidate* was = at >= 0 && at < old.events.size() ? &old.events[at] : nullptr;
        if (!was)
            continue;
        c.accepted = was->accepted;
        if (edited("event", k, "title"))
            c.title = was->title;
        if (edited("event", k, "date"))
            c.date = was->date;
        if (edited("event", k, "kind"))
            c.kind = was->kind;
        if (edited("event", k, "participants"))
            c.participants = was->participants;
        if (edited("event", k, "merge")) {
            c.projectId = was->projectId;
            c.matchReason = was->matchReason;
        }
    }
    for (extract::StatementCandidate& c : x.statements) {
        c.speaker = renamed.value(c.speaker, c.speaker);
        const QString k = key(c);
        const qsizetype at = m_keys[2].indexOf(k);
        const extract::StatementCandidate* was = at >= 0 && at < old.statements.size() ? &old.statements[at] : nullptr;
        if (!was)
            continue;
        c.accepted = was->accepted;
        if (edited("statement", k, "speaker"))
            c.speaker = was->speaker;
        if (edited("statement", k, "date"))
            c.date = was->date;
        if (edited("statement", k, "kind"))
            c.kind = was->kind;
    }
    m_editingRow = -1; // the editor's values belong to the old candidates, already applied
    m_x = x;
    for (int i = 0; i < 3; ++i)
        m_keys[i] = freshKeys[i];
    m_eventTitles = freshTitles;
    fillLists();
}

void ImportReviewDialog::accept()
{
    applyPublished(); // a date still being typed counts
    applyEditor();
    m_x.article.meta.published = m_published->isValid() ? m_published->date() : m_x.article.meta.published;
    if (m_document.importArticle(m_x))
        QDialog::accept();
}

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcereader.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "commands/eventcommands.h"
#include "document.h"
#include "sources/annotationdialog.h"
#include "sources/annotationstyle.h"
#include "storage/changenotifier.h"
#include "storage/project.h"
#include "util/codepoints.h"
#include "widgets/overwriteprompt.h"

namespace attache {
namespace {

enum ListColumn : int { KindColumn, PassageColumn, SupportsColumn, GradeColumn, ListColumnCount };
constexpr int annotationIdRole = Qt::UserRole + 1;
constexpr int sortRole = Qt::UserRole + 2;

/// Sorts the annotations list by text position in the passage column, by text elsewhere.
class AnnotationItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, sortRole);
        const QVariant b = other.data(column, sortRole);
        if (a.isValid() && b.isValid())
            return a.toLongLong() < b.toLongLong();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

struct MarkSpec
{
    AnnotationKind kind;
    const char* text;
    const char* shortcut;
};

constexpr MarkSpec marks[] = {
    {AnnotationKind::ActorMention, QT_TRANSLATE_NOOP("attache::SourceReader", "Mark &Actor"), "Ctrl+Alt+A"},
    {AnnotationKind::Statement, QT_TRANSLATE_NOOP("attache::SourceReader", "Mark &Statement"), "Ctrl+Alt+S"},
    {AnnotationKind::EventEvidence, QT_TRANSLATE_NOOP("attache::SourceReader", "Mark &Event Evidence"), "Ctrl+Alt+E"},
    {AnnotationKind::Date, QT_TRANSLATE_NOOP("attache::SourceReader", "Mark &Date"), "Ctrl+Alt+D"},
    {AnnotationKind::Note, QT_TRANSLATE_NOOP("attache::SourceReader", "Add &Note"), "Ctrl+Alt+N"},
};

} // namespace

SourceReader::SourceReader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_grade(new QComboBox(this))
    , m_toolBar(new QToolBar(this))
    , m_text(new QPlainTextEdit(this))
    , m_list(new QTreeWidget(this))
    , m_unplaced(new QLabel(this))
{
    setObjectName(QStringLiteral("sourceReader"));
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_grade->setObjectName(QStringLiteral("reliabilityCombo"));
    m_unplaced->setObjectName(QStringLiteral("unplacedLabel"));
    m_title->setObjectName(QStringLiteral("sourceTitle"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setTextFormat(Qt::PlainText);
    QPalette grey = m_meta->palette();
    grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
    m_meta->setPalette(grey);
    for (const Reliability r : {Reliability::Unrated, Reliability::A, Reliability::B, Reliability::C, Reliability::D, Reliability::E, Reliability::F})
        m_grade->addItem(annotationstyle::reliabilityChoice(r), int(r));
    m_grade->setToolTip(tr("Admiralty reliability of the source: A completely reliable … F cannot be judged"));
    m_unplaced->setWordWrap(true);
    m_unplaced->setTextFormat(Qt::RichText);
    QPalette warn = m_unplaced->palette();
    warn.setColor(QPalette::WindowText, QColor(Qt::red).darker(140));
    m_unplaced->setPalette(warn);
    m_unplaced->hide();

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->viewport()->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    QFont reading = m_text->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.1);
    m_text->setFont(reading);

    m_list->setColumnCount(ListColumnCount);
    m_list->setHeaderLabels({tr("Kind"), tr("Passage"), tr("Supports"), tr("Grade")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(PassageColumn, Qt::AscendingOrder);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PassageColumn, QHeaderView::Stretch);
    m_list->header()->setMinimumSectionSize(40);
    m_list->setUniformRowHeights(true);

    for (const MarkSpec& spec : marks) {
        auto* action = new QAction(tr(spec.text), this);
        action->setShortcut(QKeySequence(QString::fromLatin1(spec.shortcut)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2): mark the selected text").arg(action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        QPixmap swatch(12, 12);
        swatch.fill(annotationstyle::colour(spec.kind));
        action->setIcon(QIcon(swatch));
        const AnnotationKind kind = spec.kind;
        connect(action, &QAction::triggered, this, [this, kind] { markSelection(kind); });
        m_markActions.append(action);
        m_toolBar->addAction(action);
        addAction(action);
    }
    m_editAction = new QAction(tr("Edit Annotation…"), this);
    m_editAction->setShortcut(Qt::Key_Return);
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction = new QAction(tr("Delete Annotation"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_goToAction = new QAction(tr("Go to What It Supports"), this);
    m_placeAction = new QAction(tr("Place at Selected Text"), this);
    m_placeAction->setToolTip(tr("Put the annotation chosen in the list on the passage selected in the text"));
    connect(m_placeAction, &QAction::triggered, this, &SourceReader::placeSelectedAnnotation);
    m_editTextAction = new QAction(tr("Correct Text…"), this);
    m_editTextAction->setToolTip(tr("Correct or replace the source text; annotations follow their passages"));
    connect(m_editAction, &QAction::triggered, this, &SourceReader::editSelectedAnnotation);
    connect(m_deleteAction, &QAction::triggered, this, &SourceReader::deleteSelectedAnnotations);
    connect(m_editTextAction, &QAction::triggered, this, &SourceReader::editText);
    connect(m_goToAction, &QAction::triggered, this, [this] {
        const QList<AnnotationId> ids = selectedAnnotations();
        for (const Annotation& a : std::as_const(m_annotations)) {
            if (!ids.isEmpty() && a.id == ids.first() && a.targetType != TargetType::None)
                Q_EMIT targetActivated(a.targetType, a.targetId);
        }
    });
    m_list->addAction(m_goToAction);
    m_list->addAction(m_editAction);
    m_list->addAction(m_placeAction);
    m_list->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_editTextAction);
    m_toolBar->setIconSize(QSize(12, 12));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_meta);
    header->addLayout(titles, 1);
    auto* gradeLabel = new QLabel(tr("&Reliability:"), this);
    gradeLabel->setBuddy(m_grade);
    header->addWidget(gradeLabel, 0, Qt::AlignTop);
    header->addWidget(m_grade, 0, Qt::AlignTop);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_list);
    sideLayout->addWidget(m_unplaced);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_grade, &QComboBox::currentIndexChanged, this, &SourceReader::gradeChosen);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &SourceReader::updateActions);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateActions();
        if (m_updating)
            return;
        const QList<AnnotationId> ids = selectedAnnotations();
        for (const Annotation& a : std::as_const(m_annotations)) {
            if (ids.size() == 1 && a.id == ids.first() && a.anchored) {
                selectSpan(a.start, a.end);
                m_text->centerCursor();
            }
        }
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem*, int column) {
        if (column == SupportsColumn)
            m_goToAction->trigger();
        else
            editSelectedAnnotation();
    });
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu(pos));
        menu->addSeparator();
        for (QAction* action : std::as_const(m_markActions))
            menu->addAction(action);
        menu->exec(m_text->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

void SourceReader::setDocument(Document* document)
{
    if (m_subscription)
        disconnect(m_subscription);
    m_document = document;
    m_source = Source();
    if (m_document)
        m_subscription = connect(m_document->project().notifier(), &ChangeNotifier::changed, this, &SourceReader::onChanged);
    reload();
}

void SourceReader::showSource(SourceId id)
{
    if (id == m_source.id)
        return;
    m_source = Source();
    m_source.id = id;
    reload();
}

void SourceReader::onChanged(const ChangeSet& changes)
{
    if (changes.reset || changes.touches(Entity::Source) || changes.touches(Entity::Annotation)
        || changes.touches(Entity::Actor) || changes.touches(Entity::Event) || changes.touches(Entity::Statement))
        reload();
}

void SourceReader::reload()
{
    const QList<AnnotationId> selected = selectedAnnotations();
    const int scroll = m_text->verticalScrollBar()->value();
    std::optional<Source> source;
    if (m_document && m_source.id.isValid())
        source = m_document->project().sources().find(m_source.id);
    const bool sameText = source && source->text == m_source.text;
    m_source = source ? *source : Source();
    m_annotations = source ? m_document->project().annotations().forSource(source->id) : QList<Annotation>{};

    m_updating = true;
    m_title->setText(source ? (m_source.title.isEmpty() ? tr("(untitled)") : m_source.title) : tr("No source open"));
    QStringList meta;
    if (!m_source.outlet.isEmpty())
        meta.append(m_source.outlet);
    if (!m_source.authors.isEmpty())
        meta.append(m_source.authors.join(QStringLiteral(", ")));
    if (!m_source.published.isNull())
        meta.append(m_source.published.display());
    if (!m_source.url.isEmpty())
        meta.append(m_source.url);
    m_meta->setText(source ? meta.join(QStringLiteral(" · ")) : tr("Choose a source in the Sources list, or “Show evidence” on an event."));
    m_grade->setCurrentIndex(m_grade->findData(int(m_source.reliability)));
    m_grade->setEnabled(source.has_value() && !m_document->project().isReadOnly());
    if (!sameText) {
        m_text->setPlainText(m_source.text);
        m_text->moveCursor(QTextCursor::Start);
    } else {
        m_text->verticalScrollBar()->setValue(scroll);
    }
    highlight();
    fillList();
    for (const AnnotationId id : selected) {
        if (QTreeWidgetItem* item = itemOf(id))
            item->setSelected(true);
    }
    m_updating = false;
    updateActions();
}

QString SourceReader::targetName(const Annotation& a) const
{
    if (!m_document)
        return {};
    const Project& project = m_document->project();
    switch (a.targetType) {
    case TargetType::Actor:
        if (const auto actor = project.actors().find(ActorId(a.targetId)))
            return actor->name;
        break;
    case TargetType::Event:
        if (const auto event = project.events().find(EventId(a.targetId)))
            return event->title;
        break;
    case TargetType::Statement:
        if (const auto st = project.statements().find(StatementId(a.targetId))) {
            const auto speaker = project.actors().find(st->speaker);
            return tr("%1: “%2”").arg(speaker ? speaker->name : tr("someone"), st->text.left(40));
        }
        break;
    case TargetType::None:
        if (a.kind == AnnotationKind::Date)
            return a.comment;
        return a.comment.left(60);
    }
    return {};
}

void SourceReader::fillList()
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    QStringList unplaced;
    for (const Annotation& a : std::as_const(m_annotations)) {
        auto* item = new AnnotationItem(m_list);
        item->setData(0, annotationIdRole, a.id.value);
        item->setText(KindColumn, annotationstyle::label(a.kind));
        item->setIcon(KindColumn, [&] {
            QPixmap swatch(10, 10);
            swatch.fill(annotationstyle::colour(a.kind));
            return QIcon(swatch);
        }());
        item->setText(PassageColumn, a.exact.simplified());
        item->setData(PassageColumn, sortRole, a.anchored ? a.start : std::numeric_limits<qint64>::max());
        item->setToolTip(PassageColumn, a.exact);
        item->setText(SupportsColumn, targetName(a));
        item->setText(GradeColumn, gradeBadge(toText(m_source.reliability), a.credibility));
        item->setToolTip(GradeColumn, QStringList{annotationstyle::reliabilityChoice(m_source.reliability),
            annotationstyle::credibilityChoice(a.credibility)}.join(u'\n'));
        if (!a.anchored) {
            QFont italic = item->font(PassageColumn);
            italic.setItalic(true);
            for (int c = 0; c < ListColumnCount; ++c) {
                item->setFont(c, italic);
                item->setForeground(c, QColor(Qt::red).darker(140));
            }
            item->setToolTip(PassageColumn, tr("Not found in the text since it changed: “%1”").arg(a.exact));
            unplaced.append(a.exact.left(40).toHtmlEscaped());
        }
    }
    m_list->setSortingEnabled(true);
    m_list->resizeColumnToContents(KindColumn);
    m_list->resizeColumnToContents(GradeColumn);
    m_list->resizeColumnToContents(SupportsColumn);
    m_list->setColumnWidth(SupportsColumn, std::min(m_list->columnWidth(SupportsColumn), 200));
    m_unplaced->setText(unplaced.isEmpty() ? QString()
                                           : tr("<b>%n annotation(s) could not be placed</b> after the text changed "
                                                "(in italics): choose one in the list, select its passage in the text, and "
                                                "use “Place at Selected Text” from the list's menu.",
                                                 nullptr, int(unplaced.size())));
    m_unplaced->setVisible(!unplaced.isEmpty());
}

void SourceReader::highlight()
{
    // Wider kinds of mark first (a sentence of evidence, a quotation), narrower ones over them (dates, names), so each
    // keeps its colour where they nest; two marks of one kind that overlap draw the second as an underline.
    const auto rank = [](AnnotationKind kind) {
        switch (kind) {
        case AnnotationKind::EventEvidence:
            return 0;
        case AnnotationKind::Note:
            return 1;
        case AnnotationKind::Statement:
            return 2;
        case AnnotationKind::Date:
            return 3;
        case AnnotationKind::ActorMention:
            return 4;
        }
        return 5;
    };
    QList<Annotation> ordered;
    for (const Annotation& a : std::as_const(m_annotations)) {
        if (a.anchored && a.end > a.start)
            ordered.append(a);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Annotation& a, const Annotation& b) {
        return std::tuple(rank(a.kind), a.start, -a.end) < std::tuple(rank(b.kind), b.start, -b.end);
    });
    QList<QTextEdit::ExtraSelection> selections;
    QList<const Annotation*> drawn;
    const QString& text = m_source.text;
    for (const Annotation& a : std::as_const(ordered)) {
        const bool overlaps = std::any_of(drawn.cbegin(), drawn.cend(),
            [&](const Annotation* d) { return d->kind == a.kind && a.start < d->end && d->start < a.end; });
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(int(codepoints::toUtf16(text, a.start)));
        s.cursor.setPosition(int(codepoints::toUtf16(text, a.end)), QTextCursor::KeepAnchor);
        const QColor colour = annotationstyle::colour(a.kind);
        if (overlaps) {
            s.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            s.format.setUnderlineColor(colour.darker(170));
            s.format.setFontUnderline(true);
        } else {
            s.format.setBackground(colour);
        }
        selections.append(s);
        drawn.append(&a);
    }
    m_text->setExtraSelections(selections);
}

int SourceReader::highlightCount() const
{
    return int(m_text->extraSelections().size());
}

QTreeWidgetItem* SourceReader::itemOf(AnnotationId id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, annotationIdRole).toLongLong() == id.value)
            return item;
    }
    return nullptr;
}

void SourceReader::updateActions()
{
    const bool writable = m_document && !m_document->project().isReadOnly() && m_source.id.isValid();
    const bool hasSelection = m_text->textCursor().hasSelection();
    for (QAction* action : std::as_const(m_markActions))
        action->setEnabled(writable && hasSelection);
    const QList<AnnotationId> ids = selectedAnnotations();
    m_editAction->setEnabled(writable && ids.size() == 1);
    m_deleteAction->setEnabled(writable && !ids.isEmpty());
    m_editTextAction->setEnabled(writable);
    bool hasTarget = false;
    for (const Annotation& a : std::as_const(m_annotations)) {
        if (ids.size() == 1 && a.id == ids.first())
            hasTarget = a.targetType != TargetType::None;
    }
    m_goToAction->setEnabled(hasTarget);
    m_placeAction->setEnabled(writable && ids.size() == 1 && hasSelection);
}

std::pair<qint64, qint64> SourceReader::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return {0, 0};
    const QString& text = m_source.text;
    return {codepoints::fromUtf16(text, cursor.selectionStart()), codepoints::fromUtf16(text, cursor.selectionEnd())};
}

void SourceReader::selectSpan(qint64 start, qint64 end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(codepoints::toUtf16(m_source.text, start)));
    cursor.setPosition(int(codepoints::toUtf16(m_source.text, end)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

QList<Annotation> SourceReader::annotationsAt(qint64 position) const
{
    QList<Annotation> found;
    for (const Annotation& a : std::as_const(m_annotations)) {
        if (a.anchored && a.start <= position && position < a.end)
            found.append(a);
    }
    return found;
}

QString SourceReader::hoverCard(qint64 position) const
{
    QStringList lines;
    for (const Annotation& a : annotationsAt(position)) {
        QString line = QStringLiteral("<b>%1</b> %2").arg(annotationstyle::label(a.kind).toHtmlEscaped(),
            gradeBadge(toText(m_source.reliability), a.credibility).toHtmlEscaped());
        const QString target = targetName(a);
        if (!target.isEmpty())
            line += QStringLiteral("<br>") + tr("Supports: %1").arg(target.toHtmlEscaped());
        if (!a.comment.isEmpty() && a.kind != AnnotationKind::Date)
            line += QStringLiteral("<br><i>%1</i>").arg(a.comment.toHtmlEscaped());
        lines.append(line);
    }
    return lines.join(QStringLiteral("<hr>"));
}

bool SourceReader::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = m_text->cursorForPosition(help->pos());
        const QString card = hoverCard(codepoints::fromUtf16(m_source.text, cursor.position()));
        if (card.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), card, m_text->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QList<AnnotationId> SourceReader::selectedAnnotations() const
{
    QList<AnnotationId> ids;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        ids.append(AnnotationId(item->data(0, annotationIdRole).toLongLong()));
    return ids;
}

QAction* SourceReader::markAction(AnnotationKind kind) const
{
    return m_markActions.value(int(kind));
}

bool SourceReader::showAnnotation(AnnotationId id)
{
    if (!m_document)
        return false;
    const auto annotation = m_document->project().annotations().find(id);
    if (!annotation)
        return false;
    showSource(annotation->source);
    m_list->clearSelection();
    if (QTreeWidgetItem* item = itemOf(id)) {
        item->setSelected(true);
        m_list->scrollToItem(item);
    }
    if (annotation->anchored) {
        selectSpan(annotation->start, annotation->end);
        m_text->centerCursor();
    }
    return true;
}

bool SourceReader::showEvidence(TargetType type, qint64 id)
{
    if (!m_document)
        return false;
    const QList<Annotation> evidence = m_document->project().annotations().forTarget(type, id);
    if (evidence.isEmpty())
        return false;
    // Prefer the source on screen, else the first with evidence.
    SourceId source = evidence.first().source;
    for (const Annotation& a : evidence) {
        if (a.source == m_source.id)
            source = a.source;
    }
    showSource(source);
    m_updating = true;
    m_list->clearSelection();
    const Annotation* first = nullptr;
    for (const Annotation& a : evidence) {
        if (a.source != source)
            continue;
        if (QTreeWidgetItem* item = itemOf(a.id))
            item->setSelected(true);
        if (!first && a.anchored)
            first = &a;
    }
    m_updating = false;
    if (first) {
        selectSpan(first->start, first->end);
        m_text->centerCursor();
        if (QTreeWidgetItem* item = itemOf(first->id))
            m_list->scrollToItem(item);
    }
    updateActions();
    const qsizetype sources = std::count_if(evidence.cbegin(), evidence.cend(), [&](const Annotation& a) { return a.source != source; });
    const qsizetype here = evidence.size() - sources;
    const QString passages = here == 1 ? tr("1 passage of evidence") : tr("%1 passages of evidence").arg(here);
    Q_EMIT message(sources > 0 ? tr("%1 here; more in other sources.").arg(passages) : passages + u'.');
    return true;
}

bool SourceReader::markSelection(AnnotationKind kind)
{
    if (!m_document || !m_source.id.isValid())
        return false;
    const auto [start, end] = selectedSpan();
    if (end <= start) {
        Q_EMIT message(tr("Select the passage to mark first."));
        return false;
    }
    const Annotation a = anchoring::make(m_source.text, m_source.id, start, end, kind);
    AnnotationDialog dialog(m_document->project(), m_source, a, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const AnnotationDraft d = dialog.draft();
    return m_document->addAnnotation(d.annotation, d.statement, d.event, d.actor);
}

namespace {
/// `annotation` placed where `placed` is: its source, span, quoted text and context, and whether it is anchored.
Annotation withPassageOf(Annotation annotation, const Annotation& placed)
{
    annotation.source = placed.source;
    annotation.start = placed.start;
    annotation.end = placed.end;
    annotation.exact = placed.exact;
    annotation.prefix = placed.prefix;
    annotation.suffix = placed.suffix;
    annotation.anchored = placed.anchored;
    return annotation;
}

QString elidedPassage(const QString& exact)
{
    const QString simple = exact.simplified();
    return simple.size() <= 60 ? simple : simple.left(59) + u'…';
}

} // namespace

bool SourceReader::mayWrite(const EditedMeanwhile& edit)
{
    switch (overwriteprompt::ask(this, m_document->project(), edit)) {
    case overwriteprompt::Answer::Write:
        return true;
    case overwriteprompt::Answer::Gone: {
        auto* box = new QMessageBox(QMessageBox::Critical, tr("The change could not be made"),
            overwriteprompt::goneText(edit.name), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("errorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    case overwriteprompt::Answer::KeepTheirs:
        Q_EMIT message(overwriteprompt::keptText(edit.name));
        return false;
    }
    return false;
}

bool SourceReader::editSelectedAnnotation()
{
    const QList<AnnotationId> ids = selectedAnnotations();
    if (!m_document || ids.size() != 1)
        return false;
    const auto stored = m_document->project().annotations().find(ids.first());
    if (!stored)
        return false;
    AnnotationDialog dialog(m_document->project(), m_source, *stored, this);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return false;
    // On a team project another analyst may have changed or deleted the annotation while the dialog was open. The
    // dialog edits what the annotation says, not where it sits: a passage moved meanwhile (a colleague corrected the
    // text) stays where it is now, and only a change to what the dialog edits is asked about.
    auto now = m_document->project().annotations().find(stored->id);
    if (now)
        now = withPassageOf(*now, *stored);
    const QStringList fields = now ? differences(*stored, *now) : QStringList();
    if (!mayWrite({Entity::Annotation, stored->id.value, elidedPassage(stored->exact), now.has_value(),
            now && *now != *stored, fields.isEmpty() ? QString() : inWords(fields)}))
        return false;
    AnnotationDraft d = dialog.draft();
    if (const auto current = m_document->project().annotations().find(stored->id)) {
        d.annotation = withPassageOf(d.annotation, *current);
        if (d.statement && d.statement->source == current->source) {
            d.statement->spanStart = current->start;
            d.statement->spanEnd = current->end;
        }
    }
    // A new actor, event or statement to point at is created with the change, in one undo step.
    return m_document->retargetAnnotation(d.annotation, d.statement, d.event, d.actor);
}

bool SourceReader::placeSelectedAnnotation()
{
    const QList<AnnotationId> ids = selectedAnnotations();
    const auto [start, end] = selectedSpan();
    if (!m_document || ids.size() != 1 || end <= start)
        return false;
    return m_document->placeAnnotation(ids.first(), start, end);
}

bool SourceReader::deleteSelectedAnnotations()
{
    if (!m_document)
        return false;
    return m_document->deleteAnnotations(selectedAnnotations());
}

void SourceReader::gradeChosen(int index)
{
    if (m_updating || !m_document || !m_source.id.isValid() || index < 0)
        return;
    Source edited = m_source;
    edited.reliability = static_cast<Reliability>(m_grade->itemData(index).toInt());
    if (edited.reliability != m_source.reliability)
        m_document->editSource(edited);
}

void SourceReader::editText()
{
    if (!m_document || !m_source.id.isValid())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Correct Text of “%1”").arg(m_source.title));
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("correctionEdit"));
    edit->setPlainText(m_source.text);
    auto* note = new QLabel(tr("Annotations follow their passages: by position, by their words in context, or by a near "
                               "match. Any that cannot be found are listed for you to place."),
        &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    // What the text was when the dialog opened (the reader follows changes while the dialog is open).
    const Source before = m_source;
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    // On a team project another analyst may have corrected the same text, or deleted the source, meanwhile.
    const auto now = m_document->project().sources().find(before.id);
    if (!mayWrite({Entity::Source, before.id.value, before.title, now.has_value(), now && now->text != before.text,
            tr("the text")}))
        return;
    anchoring::Report report;
    // The raw text keeps non-breaking spaces (plain text would turn them into spaces and move every mark after them to
    // fuzzy matching); only the paragraph separators become line breaks again.
    QString corrected = edit->document()->toRawText();
    corrected.replace(QChar::ParagraphSeparator, u'\n');
    if (!m_document->replaceSourceText(before.id, corrected, &report))
        return;
    Q_EMIT message(tr("Text corrected: %1 annotations in place, %2 found by their words, %3 by a near match, %4 not found.")
                       .arg(report.position)
                       .arg(report.quote)
                       .arg(report.fuzzy)
                       .arg(report.lost.size()));
}

} // namespace attache

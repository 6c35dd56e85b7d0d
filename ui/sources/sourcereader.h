// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "model/annotation.h"
#include "model/source.h"

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace attache {

class Document;
struct ChangeSet;
struct EditedMeanwhile;

/// Reads one source: its text, read-only, with every annotation highlighted by kind (overlaps stay visible: the
/// first layer is a background, later layers underline), a hover card on each, and the annotations listed beside it
/// (sortable; a click selects the passage). Selected text can be marked as an actor mention, a statement, evidence
/// for an event, a date or a note; annotations are edited and deleted from the list; the source is graded. Every
/// change goes through the Document, so all of it can be undone.
class SourceReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceReader)

public:
    explicit SourceReader(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void showSource(SourceId id);
    SourceId source() const { return m_source.id; }
    /// Shows the source of `annotation` with the passage selected and scrolled into view.
    bool showAnnotation(AnnotationId annotation);
    /// Shows the evidence for an actor, event or statement: the first source with annotations on it, its passages
    /// selected in the list. False when there is none.
    bool showEvidence(TargetType type, qint64 id);

    /// The selected passage, in code points of the source text; empty when nothing is selected.
    std::pair<qint64, qint64> selectedSpan() const;
    /// Selects [start, end) (code points) in the text.
    void selectSpan(qint64 start, qint64 end);
    /// The annotations whose passage covers code point `position`.
    QList<Annotation> annotationsAt(qint64 position) const;
    /// What the hover card says for the annotations at `position` (rich text; empty where there are none).
    QString hoverCard(qint64 position) const;
    /// The annotations selected in the list.
    QList<AnnotationId> selectedAnnotations() const;
    /// How many highlight layers the text has (one per placed annotation).
    int highlightCount() const;

    QAction* markAction(AnnotationKind kind) const;
    QAction* editAnnotationAction() const { return m_editAction; }
    QAction* deleteAnnotationAction() const { return m_deleteAction; }
    QAction* goToTargetAction() const { return m_goToAction; }
    QAction* placeAction() const { return m_placeAction; }

    /// Opens the annotation dialog for the selection (modal); true when an annotation was added.
    bool markSelection(AnnotationKind kind);
    bool editSelectedAnnotation();
    bool deleteSelectedAnnotations();
    /// Puts the annotation selected in the list on the passage selected in the text (for one left unplaced).
    bool placeSelectedAnnotation();
    /// Opens the text of the source for correction; its annotations re-anchor, and any left unplaced are listed.
    void editText();

Q_SIGNALS:
    /// An annotation's "what it supports" was activated (double-click, Go to): show that fact.
    void targetActivated(attache::TargetType type, qint64 id);
    /// A message for the status bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void onChanged(const ChangeSet& changes);
    void fillList();
    void highlight();
    void updateActions();
    void gradeChosen(int index);
    QString targetName(const Annotation& annotation) const;
    /// Before a dialog's result is saved: false, after saying why, when another analyst deleted the row meanwhile or
    /// changed it and this analyst keeps their version.
    bool mayWrite(const EditedMeanwhile& edit);
    QTreeWidgetItem* itemOf(AnnotationId id) const;

    Document* m_document = nullptr;
    Source m_source;
    QList<Annotation> m_annotations;
    QLabel* m_title;
    QLabel* m_meta;
    QComboBox* m_grade;
    QToolBar* m_toolBar;
    QPlainTextEdit* m_text;
    QTreeWidget* m_list;
    QLabel* m_unplaced;
    QList<QAction*> m_markActions; // by AnnotationKind
    QAction* m_editAction;
    QAction* m_deleteAction;
    QAction* m_goToAction;
    QAction* m_placeAction;
    QAction* m_editTextAction;
    QMetaObject::Connection m_subscription;
    bool m_updating = false;
};

} // namespace attache

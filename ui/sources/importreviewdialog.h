// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSet>

#include "extract/extraction.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace attache {

class Document;
class FuzzyDateEdit;

/// Reviews what the importer proposes for one article before anything is stored: the article text with every
/// candidate's evidence highlighted by type; the article's details (title, outlet, authors, address, publication date
/// and where that date came from — changing it re-resolves every relative date at once); and the candidate actors,
/// events and statements, each with a check box, the reason it matched the project (or "new"), and an editor for its
/// fields and what it merges with. Clicking a candidate shows its evidence. Accept stores the checked candidates as
/// one undoable step; Cancel changes nothing.
class ImportReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReviewDialog)

public:
    enum class List : quint8 { Actors, Events, Statements };

    /// `published` given by the analyst wins over the date the article carries (null: use the article's).
    ImportReviewDialog(Document& document, const extract::Article& article, const FuzzyDate& published = {},
        QWidget* parent = nullptr);

    /// The extraction as reviewed: unchecked candidates have accepted = false, edits applied.
    const extract::Extraction& extraction() const { return m_x; }

    /// Changes the publication date; relative dates re-resolve, the analyst's own edits and checks stay.
    void setPublished(const FuzzyDate& published);
    void setChecked(List list, int row, bool checked);
    /// Selects a candidate (as a click does): its editor fills and its evidence is selected in the text.
    void selectCandidate(List list, int row);
    /// Edits of the selected candidate, as its editor makes them.
    void setStatementSpeaker(int row, const QString& name);
    void setStatementDate(int row, const FuzzyDate& date);
    void setStatementKind(int row, StatementKind kind);
    void setEventDate(int row, const FuzzyDate& date);
    void setEventTitle(int row, const QString& title);
    /// Merges a candidate with a row of the project (0: none; it is new).
    void setMergeTarget(List list, int row, qint64 projectId);

    /// The selected text in the article view, in UTF-16 units.
    std::pair<int, int> textSelection() const;
    /// What Accept would store, as the summary line says it.
    QString summary() const;

    void accept() override;

private:
    void buildCandidateLists();
    void fillLists();
    void highlight();
    void updateSummary();
    void showEditor();
    void applyEditor();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void reextract(const FuzzyDate& published);
    void applyPublished();
    QTreeWidget* tree(List list) const;
    QString statementStatus(const extract::StatementCandidate& statement) const;

    Document& m_document;
    extract::Article m_article;
    extract::Extraction m_x;
    /// Fields the analyst changed, which re-resolving dates must not overwrite: "event:<key>:date" and the like.
    QSet<QString> m_edited;
    /// Each candidate's key as first extracted, by list (actors, events, statements) and row.
    QStringList m_keys[3];
    QStringList m_eventTitles; // the events' titles as first extracted

    QPlainTextEdit* m_text;
    QLineEdit* m_title;
    QLineEdit* m_outlet;
    QLineEdit* m_authors;
    QLineEdit* m_url;
    FuzzyDateEdit* m_published;
    QLabel* m_publishedOrigin;
    QLabel* m_duplicate;
    QTabWidget* m_tabs;
    QTreeWidget* m_actors;
    QTreeWidget* m_events;
    QTreeWidget* m_statements;
    // The editor of the selected candidate.
    QWidget* m_editor;
    QLineEdit* m_editTitle; // actor name or event title
    QComboBox* m_editSpeaker;
    FuzzyDateEdit* m_editDate;
    QComboBox* m_editKind; // event kind
    QComboBox* m_editStatementKind;
    QLineEdit* m_editParticipants;
    QComboBox* m_editMerge;
    QLabel* m_reason;
    QLabel* m_summary;
    QTimer* m_redate; // re-resolves dates once the typing of the publication date pauses
    bool m_filling = false;
    int m_editingList = 0; // the candidate the editor shows: its list and row (-1: none)
    int m_editingRow = -1;
};

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPageSize>

#include "briefing/brief.h"
#include "briefing/scope.h"
#include "model/ids.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

class QPrinter;

namespace attache {

class FuzzyDateEdit;
class Project;

/// Makes a briefing sheet: the analyst chooses what it covers (the selected event with related events within N days,
/// an actor over a period, a period, or what the timeline's filter shows), edits the bottom line, sets the handling
/// banner and the paper, and prints it (with a preview) or exports it as PDF, HTML or ODT.
class BriefDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefDialog)

public:
    /// Where the dialog is opened from.
    struct Context
    {
        EventId event; // the selected event; invalid when none
        QList<EventId> filtered; // the events the timeline's filter shows; empty when no filter is active
        QString filterDescription;
        qint64 fromMs = 0; // the timeline's visible range: the default period
        qint64 toMs = 0;
    };

    BriefDialog(const Project& project, const Context& context, QWidget* parent = nullptr);
    ~BriefDialog() override;

    briefing::Scope scope() const;
    /// The brief as it will print: the scope's content with the bottom line and banner as edited. Check hasBrief().
    briefing::Brief brief() const;
    bool hasBrief() const { return m_hasBrief; }
    /// Why there is no brief for the scope chosen (no events in the period...).
    QString problem() const { return m_problem; }
    QPageSize pageSize() const;
    /// Pages the brief takes on pageSize() (laid out on demand: a long brief takes a moment).
    int pageCount() const;

    void setScopeKind(briefing::Scope::Kind kind);

    /// Opens the print preview (QPrintPreviewDialog) of the brief.
    void preview();
    /// Paper, margins and document name for printing and preview alike.
    void preparePrinter(QPrinter& printer) const;
    /// Asks for a printer and prints.
    void print();
    /// Asks for a file and exports to it.
    void exportFile();
    /// Writes the brief to `path` as PDF, HTML or ODT (by its extension); says why not in an error box.
    bool exportTo(const QString& path);

Q_SIGNALS:
    /// The brief was rebuilt for a new scope or edited.
    void briefChanged();

private:
    void rebuild();
    /// Shows the counts now and the pages once the analyst pauses.
    void updateStatus();
    void showPages();
    /// Rebuilds now if dates typed are still waiting to be read.
    void settle();
    void showError(const QString& message);

    const Project& m_project;
    Context m_context;
    QButtonGroup* m_scopes;
    QRadioButton* m_eventScope;
    QRadioButton* m_actorScope;
    QRadioButton* m_periodScope;
    QRadioButton* m_filterScope;
    QSpinBox* m_days;
    QComboBox* m_actor;
    FuzzyDateEdit* m_from;
    FuzzyDateEdit* m_to;
    QPlainTextEdit* m_bottomLine;
    QPushButton* m_resetBottomLine;
    QLineEdit* m_banner;
    QComboBox* m_paper;
    QLabel* m_status;
    QPushButton* m_previewButton;
    QPushButton* m_printButton;
    QPushButton* m_exportButton;

    briefing::Brief m_brief;
    bool m_hasBrief = false;
    QString m_problem;
    bool m_bottomLineEdited = false;
    mutable int m_pages = -1; // -1: not laid out since the last change
    QTimer* m_rebuildTimer; // dates are read once the analyst stops typing
    QTimer* m_pagesTimer;
};

} // namespace attache

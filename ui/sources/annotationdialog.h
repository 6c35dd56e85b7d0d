// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>

#include "model/actor.h"
#include "model/annotation.h"
#include "model/event.h"
#include "model/source.h"
#include "model/statement.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace attache {

class FuzzyDateEdit;
class Project;

/// What the annotation dialog produces: the annotation, and a new statement, event or actor to create with it.
struct AnnotationDraft
{
    Annotation annotation;
    std::optional<Statement> statement;
    std::optional<Event> event;
    std::optional<Actor> actor;
};

/// Marks a passage or edits a mark: what it is (an actor mention, a statement, evidence for an event, a date, a
/// note), what it supports (an actor or event, chosen or typed as new; for a statement its speaker, date and kind),
/// its credibility grade and a comment. For evidence of an event reported by two or more outlets it suggests
/// credibility 1 and says why.
class AnnotationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDialog)

public:
    /// `annotation` has its span and kind set; a null id makes a new mark.
    AnnotationDialog(const Project& project, const Source& source, const Annotation& annotation, QWidget* parent = nullptr);

    AnnotationDraft draft() const;
    /// Why the input cannot be saved; empty when it can.
    QString problem() const;
    void accept() override;

private:
    void kindChanged();
    void eventChanged();
    void validate();

    const Project& m_project;
    Source m_source;
    Annotation m_annotation;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QComboBox* m_actor; // editable: a new name makes a new actor
    QComboBox* m_speaker; // editable
    QComboBox* m_statementKind;
    FuzzyDateEdit* m_said;
    QPlainTextEdit* m_quote;
    QComboBox* m_event; // first item: a new event
    QLineEdit* m_eventTitle;
    QComboBox* m_eventKind;
    FuzzyDateEdit* m_eventDate;
    FuzzyDateEdit* m_date; // for a date mark
    QComboBox* m_credibility;
    QLabel* m_suggestion;
    QPlainTextEdit* m_comment;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace attache

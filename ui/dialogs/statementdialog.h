// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "model/statement.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace attache {

class FuzzyDateEdit;
class Project;

/// Adds or edits a statement: who said what, how it is quoted, when and where. OK stays disabled, and a line says
/// why, while there is no speaker or no text or the date is not a date.
class StatementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementDialog)

public:
    /// `project` lists the speakers and venues to choose from; `statement` is shown for editing (a null id for a new
    /// one).
    StatementDialog(const Project& project, const Statement& statement, QWidget* parent = nullptr);

    /// The edited statement, with its id, and the events it is about, source and span it was given.
    Statement statement() const;
    /// Why the input cannot be saved; empty when it can.
    QString problem() const;

    static QString kindLabel(StatementKind kind);

    void accept() override;

private:
    void validate();

    Statement m_original;
    QComboBox* m_speaker;
    QPlainTextEdit* m_text;
    QComboBox* m_kind;
    FuzzyDateEdit* m_when;
    QComboBox* m_venue;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace attache

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "commands/eventcommands.h"
#include "model/statement.h"

namespace attache {

/// Adds a statement; undo removes it, redo puts it back with the id it got the first time.
class AddStatementCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddStatementCommand)

public:
    AddStatementCommand(Document& document, const Statement& statement);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Statement m_statement;
};

/// Replaces a statement (the events it is about included) with an edited copy.
class EditStatementCommand final : public ChangeRow<Statement>
{
    Q_DECLARE_TR_FUNCTIONS(EditStatementCommand)

public:
    EditStatementCommand(Document& document, const Statement& before, const Statement& after);
};

/// Deletes a statement; undo restores it and re-points the annotations that were evidence for it.
class DeleteStatementCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteStatementCommand)

public:
    /// `statement` is the stored row.
    DeleteStatementCommand(Document& document, const Statement& statement);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Statement m_statement;
    QList<Annotation> m_annotations;
};

/// The first words of a statement, for command texts.
QString statementExcerpt(const QString& text);

} // namespace attache

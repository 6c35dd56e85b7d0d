// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/statementcommands.h"

#include "storage/project.h"

namespace attache {

QString statementExcerpt(const QString& text)
{
    constexpr int limit = 40;
    const QString simplified = text.simplified();
    return simplified.size() <= limit ? simplified : simplified.left(limit - 1) + QChar(0x2026);
}

// ============================== AddStatementCommand ==============================

AddStatementCommand::AddStatementCommand(Document& document, const Statement& statement)
    : ProjectCommand(document, CommandId::AddStatement)
    , m_statement(statement)
{
    m_statement.id = StatementId();
    setText(tr("Add Statement “%1”").arg(statementExcerpt(statement.text)));
}

void AddStatementCommand::doRedo()
{
    StatementId id;
    if (write(Step::Redo, [&] { id = project().statements().insert(m_statement); })) {
        m_statement.id = id;
        document().setLastAdded(id);
    }
}

void AddStatementCommand::doUndo()
{
    write(Step::Undo, [this] { project().statements().remove(m_statement.id); });
}

// ============================== EditStatementCommand ==============================

EditStatementCommand::EditStatementCommand(Document& document, const Statement& before, const Statement& after)
    : ChangeRow<Statement>(document, CommandId::EditStatement, before, after)
{
    setText(tr("Edit Statement “%1”").arg(statementExcerpt(after.text)));
}

// ============================== DeleteStatementCommand ==============================

DeleteStatementCommand::DeleteStatementCommand(Document& document, const Statement& statement)
    : ProjectCommand(document, CommandId::DeleteStatement)
    , m_statement(statement)
    , m_annotations(document.project().annotations().forTarget(TargetType::Statement, statement.id.value))
{
    setText(tr("Delete Statement “%1”").arg(statementExcerpt(statement.text)));
}

void DeleteStatementCommand::doRedo()
{
    write(Step::Redo, [this] { project().statements().remove(m_statement.id); });
}

void DeleteStatementCommand::doUndo()
{
    write(Step::Undo, [this] {
        project().statements().insert(m_statement);
        for (const Annotation& annotation : std::as_const(m_annotations))
            project().annotations().update(annotation);
    });
}

} // namespace attache

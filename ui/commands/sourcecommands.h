// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "commands/eventcommands.h"
#include "extract/extraction.h"
#include "model/actor.h"
#include "model/source.h"
#include "provenance/anchoring.h"

namespace attache {

/// Marks a passage: adds an annotation, and with it, in the same step, the statement or event it is evidence for
/// when that is new. Undo removes what it added; redo restores it with the same ids. Given the stored annotation as
/// `replacing`, it changes that one instead (keeping its id) to point at the new row.
class AddAnnotationCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)

public:
    AddAnnotationCommand(Document& document, const Annotation& annotation, const std::optional<Statement>& newStatement,
        const std::optional<Event>& newEvent, const std::optional<Actor>& newActor,
        const std::optional<Annotation>& replacing = std::nullopt);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Annotation m_annotation;
    std::optional<Statement> m_statement;
    std::optional<Event> m_event;
    std::optional<Actor> m_actor;
    std::optional<Annotation> m_replacing;
};

/// Replaces an annotation (kind, target, grade, comment, span) with an edited copy.
class EditAnnotationCommand final : public ChangeRow<Annotation>
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)

public:
    EditAnnotationCommand(Document& document, const Annotation& before, const Annotation& after);
};

/// Places an annotation on another passage (one the edit of its text left unplaced, or a corrected span), and the
/// statement it is evidence for follows.
class PlaceAnnotationCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlaceAnnotationCommand)

public:
    /// `after` has its new span and selectors; the statement it supports, when it does, is read from the project.
    PlaceAnnotationCommand(Document& document, const Annotation& before, const Annotation& after);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Annotation m_before;
    Annotation m_after;
    std::optional<Statement> m_statementBefore;
};

/// Deletes annotations; undo puts them back with their ids.
class DeleteAnnotationsCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteAnnotationsCommand)

public:
    DeleteAnnotationsCommand(Document& document, const QList<Annotation>& annotations);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    QList<Annotation> m_annotations;
};

/// Replaces a source's details (title, outlet, authors, address, date, reliability grade).
class EditSourceCommand final : public ChangeRow<Source>
{
    Q_DECLARE_TR_FUNCTIONS(EditSourceCommand)

public:
    EditSourceCommand(Document& document, const Source& before, const Source& after);
};

/// Deletes a source with its annotations; the statements quoted from it stay, without their source. Undo restores
/// the source, its annotations and the statements' references, with the same ids.
class DeleteSourceCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteSourceCommand)

public:
    DeleteSourceCommand(Document& document, const Source& source);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Source m_source;
    QList<Annotation> m_annotations;
    QList<Statement> m_statements;
};

/// Replaces a source's text (a correction, a re-import) and re-anchors its annotations; undo restores the text and
/// every annotation and statement span as they were.
class ReplaceSourceTextCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceSourceTextCommand)

public:
    ReplaceSourceTextCommand(Document& document, const Source& source, const QString& text);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Source m_before;
    QString m_text;
    QList<Annotation> m_annotations;
    QList<Statement> m_statements;
};

/// Imports a reviewed article: its source, the accepted candidates and their annotations, in one step. The first
/// redo stores the extraction and keeps copies of every row it created, which undo removes and later redos restore;
/// the project's actors that gained the article's spellings as aliases are kept as they were and as they became.
class ImportArticleCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportArticleCommand)

public:
    ImportArticleCommand(Document& document, const extract::Extraction& extraction);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    extract::Extraction m_extraction; // cleared once stored
    bool m_stored = false;
    Source m_source;
    QList<Actor> m_actors;
    QList<Event> m_events;
    QList<Statement> m_statements;
    QList<Annotation> m_annotations;
    QList<Actor> m_renamedBefore; // matched actors that gained aliases, before the import
    QList<Actor> m_renamedAfter; // the same, after it
    QList<Event> m_changedBefore; // matched events the import changed (a plan it cancelled), before the import
    QList<Event> m_changedAfter; // the same, after it
};

} // namespace attache

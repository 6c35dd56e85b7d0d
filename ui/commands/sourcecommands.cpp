// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/sourcecommands.h"

#include "commands/statementcommands.h"
#include "extract/importer.h"
#include "sources/annotationstyle.h"
#include "storage/project.h"

namespace attache {

// ============================== AddAnnotationCommand ==============================

AddAnnotationCommand::AddAnnotationCommand(Document& document, const Annotation& annotation,
    const std::optional<Statement>& newStatement, const std::optional<Event>& newEvent, const std::optional<Actor>& newActor,
    const std::optional<Annotation>& replacing)
    : ProjectCommand(document, CommandId::AddAnnotation)
    , m_annotation(annotation)
    , m_statement(newStatement)
    , m_event(newEvent)
    , m_actor(newActor)
    , m_replacing(replacing)
{
    m_annotation.id = replacing ? replacing->id : AnnotationId();
    if (m_replacing)
        setText(tr("Edit Annotation “%1”").arg(statementExcerpt(annotation.exact)));
    else if (m_statement)
        setText(tr("Mark Statement “%1”").arg(statementExcerpt(m_statement->text)));
    else if (m_event)
        setText(tr("Mark Evidence for New Event “%1”").arg(m_event->title));
    else
        setText(tr("Mark %1 “%2”").arg(annotationstyle::label(annotation.kind), statementExcerpt(annotation.exact)));
}

void AddAnnotationCommand::doRedo()
{
    Annotation stored = m_annotation;
    std::optional<Statement> statement = m_statement;
    std::optional<Event> event = m_event;
    std::optional<Actor> actor = m_actor;
    const bool written = write(Step::Redo, [&] {
        if (actor) {
            actor->id = project().actors().insert(*actor);
            stored.targetType = TargetType::Actor;
            stored.targetId = actor->id.value;
            if (statement && !statement->speaker.isValid())
                statement->speaker = actor->id;
        }
        if (event) {
            event->id = project().events().insert(*event);
            stored.targetType = TargetType::Event;
            stored.targetId = event->id.value;
        }
        if (statement) {
            statement->id = project().statements().insert(*statement);
            stored.targetType = TargetType::Statement;
            stored.targetId = statement->id.value;
        }
        if (m_replacing)
            project().annotations().update(stored);
        else
            stored.id = project().annotations().insert(stored);
    });
    if (written) {
        // Later redos put back the same rows with the same ids.
        m_annotation = stored;
        m_statement = statement;
        m_event = event;
        m_actor = actor;
        if (statement)
            document().setLastAdded(statement->id);
        if (event)
            document().setLastAdded(event->id);
        if (actor)
            document().setLastAdded(actor->id);
    }
}

void AddAnnotationCommand::doUndo()
{
    write(Step::Undo, [this] {
        if (m_replacing)
            project().annotations().update(*m_replacing);
        else
            project().annotations().remove(m_annotation.id);
        if (m_statement)
            project().statements().remove(m_statement->id);
        if (m_event)
            project().events().remove(m_event->id);
        if (m_actor)
            project().actors().remove(m_actor->id);
    });
}

// ============================== EditAnnotationCommand ==============================

EditAnnotationCommand::EditAnnotationCommand(Document& document, const Annotation& before, const Annotation& after)
    : ChangeRow<Annotation>(document, CommandId::EditAnnotation, before, after)
{
    setText(tr("Edit Annotation “%1”").arg(statementExcerpt(after.exact)));
}

// ============================== PlaceAnnotationCommand ==============================

PlaceAnnotationCommand::PlaceAnnotationCommand(Document& document, const Annotation& before, const Annotation& after)
    : ProjectCommand(document, CommandId::PlaceAnnotation)
    , m_before(before)
    , m_after(after)
{
    if (after.targetType == TargetType::Statement)
        m_statementBefore = document.project().statements().find(StatementId(after.targetId));
    setText(tr("Place Annotation on “%1”").arg(statementExcerpt(after.exact)));
}

void PlaceAnnotationCommand::doRedo()
{
    write(Step::Redo, [this] {
        project().annotations().update(m_after);
        if (m_statementBefore && m_statementBefore->source == m_after.source) {
            Statement st = *m_statementBefore;
            st.spanStart = m_after.start;
            st.spanEnd = m_after.end;
            project().statements().update(st);
        }
    });
}

void PlaceAnnotationCommand::doUndo()
{
    write(Step::Undo, [this] {
        project().annotations().update(m_before);
        if (m_statementBefore && m_statementBefore->source == m_after.source)
            project().statements().update(*m_statementBefore);
    });
}

// ============================== DeleteAnnotationsCommand ==============================

DeleteAnnotationsCommand::DeleteAnnotationsCommand(Document& document, const QList<Annotation>& annotations)
    : ProjectCommand(document, CommandId::DeleteAnnotations)
    , m_annotations(annotations)
{
    setText(annotations.size() == 1 ? tr("Delete Annotation “%1”").arg(statementExcerpt(annotations.first().exact))
                                    : tr("Delete %n Annotations", nullptr, int(annotations.size())));
}

void DeleteAnnotationsCommand::doRedo()
{
    write(Step::Redo, [this] {
        for (const Annotation& a : std::as_const(m_annotations))
            project().annotations().remove(a.id);
    });
}

void DeleteAnnotationsCommand::doUndo()
{
    write(Step::Undo, [this] {
        for (const Annotation& a : std::as_const(m_annotations))
            project().annotations().insert(a);
    });
}

// ============================== EditSourceCommand ==============================

EditSourceCommand::EditSourceCommand(Document& document, const Source& before, const Source& after)
    : ChangeRow<Source>(document, CommandId::EditSource, before, after)
{
    if (before.reliability != after.reliability && before.title == after.title)
        setText(tr("Grade “%1” %2").arg(after.title, toText(after.reliability).isEmpty() ? tr("Not Graded") : toText(after.reliability)));
    else
        setText(tr("Edit Source “%1”").arg(after.title));
}

// ============================== DeleteSourceCommand ==============================

DeleteSourceCommand::DeleteSourceCommand(Document& document, const Source& source)
    : ProjectCommand(document, CommandId::DeleteSource)
    , m_source(source)
    , m_annotations(document.project().annotations().forSource(source.id))
    , m_statements(document.project().statements().bySource(source.id))
{
    setText(tr("Delete Source “%1”").arg(source.title));
}

void DeleteSourceCommand::doRedo()
{
    write(Step::Redo, [this] { project().sources().remove(m_source.id); });
}

void DeleteSourceCommand::doUndo()
{
    write(Step::Undo, [this] {
        project().sources().insert(m_source);
        for (const Annotation& a : std::as_const(m_annotations))
            project().annotations().insert(a);
        for (const Statement& st : std::as_const(m_statements))
            project().statements().update(st);
    });
}

// ============================== ReplaceSourceTextCommand ==============================

ReplaceSourceTextCommand::ReplaceSourceTextCommand(Document& document, const Source& source, const QString& text)
    : ProjectCommand(document, CommandId::ReplaceSourceText)
    , m_before(source)
    , m_text(text)
    , m_annotations(document.project().annotations().forSource(source.id))
    , m_statements(document.project().statements().bySource(source.id))
{
    setText(tr("Edit Text of “%1”").arg(source.title));
}

void ReplaceSourceTextCommand::doRedo()
{
    anchoring::Report report;
    if (write(Step::Redo, [&] { report = anchoring::replaceText(project(), m_before.id, m_text); }))
        document().setLastReanchoring(report);
}

void ReplaceSourceTextCommand::doUndo()
{
    write(Step::Undo, [this] {
        project().sources().update(m_before);
        for (const Annotation& a : std::as_const(m_annotations))
            project().annotations().update(a);
        for (const Statement& st : std::as_const(m_statements))
            project().statements().update(st);
    });
}

// ============================== ImportArticleCommand ==============================

ImportArticleCommand::ImportArticleCommand(Document& document, const extract::Extraction& extraction)
    : ProjectCommand(document, CommandId::ImportArticle)
    , m_extraction(extraction)
{
    const QString title = extraction.article.meta.title;
    setText(title.isEmpty() ? tr("Import Article") : tr("Import “%1”").arg(title));
}

void ImportArticleCommand::doRedo()
{
    if (!m_stored) {
        write(Step::Redo, [this] {
            // The project's actors the article's names were matched to may gain its spellings as aliases.
            QList<Actor> matched;
            for (const extract::ActorCandidate& c : std::as_const(m_extraction.actors)) {
                if (!c.accepted || c.projectId == 0)
                    continue;
                const auto actor = project().actors().find(ActorId(c.projectId));
                if (actor && !matched.contains(*actor))
                    matched.append(*actor);
            }
            // ...and the project's events they were matched to may change too (a plan the article cancels).
            QList<Event> matchedEvents;
            for (const extract::EventCandidate& c : std::as_const(m_extraction.events)) {
                if (!c.accepted || c.projectId == 0)
                    continue;
                const auto event = project().events().find(EventId(c.projectId));
                if (event && !matchedEvents.contains(*event))
                    matchedEvents.append(*event);
            }
            const extract::Imported imported = extract::store(project(), m_extraction);
            for (const Actor& before : std::as_const(matched)) {
                const auto after = project().actors().find(before.id);
                if (after && *after != before) {
                    m_renamedBefore.append(before);
                    m_renamedAfter.append(*after);
                }
            }
            for (const Event& before : std::as_const(matchedEvents)) {
                const auto after = project().events().find(before.id);
                if (after && *after != before) {
                    m_changedBefore.append(before);
                    m_changedAfter.append(*after);
                }
            }
            // Keep copies of what was created (as stored: ids, affiliations, participants).
            m_source = *project().sources().find(imported.source);
            for (const ActorId id : imported.actors)
                m_actors.append(*project().actors().find(id));
            for (const EventId id : imported.events)
                m_events.append(*project().events().find(id));
            for (const StatementId id : imported.statements)
                m_statements.append(*project().statements().find(id));
            m_annotations = project().annotations().forSource(imported.source);
            m_stored = true;
        });
        if (m_stored) {
            m_extraction = {};
            document().setLastAdded(m_source.id);
        }
        return;
    }
    write(Step::Redo, [this] {
        project().sources().insert(m_source);
        for (Actor a : std::as_const(m_actors)) {
            a.affiliation = ActorId(); // the actor it points at may come later in the list
            project().actors().insert(a);
        }
        for (const Actor& a : std::as_const(m_actors)) {
            if (a.affiliation.isValid())
                project().actors().update(a);
        }
        for (const Event& e : std::as_const(m_events))
            project().events().insert(e);
        for (const Statement& st : std::as_const(m_statements))
            project().statements().insert(st);
        for (const Annotation& a : std::as_const(m_annotations))
            project().annotations().insert(a);
        for (const Actor& a : std::as_const(m_renamedAfter))
            project().actors().update(a);
        for (const Event& e : std::as_const(m_changedAfter))
            project().events().update(e);
    });
}

void ImportArticleCommand::doUndo()
{
    write(Step::Undo, [this] {
        project().sources().remove(m_source.id); // and its annotations
        for (const Statement& st : std::as_const(m_statements))
            project().statements().remove(st.id);
        for (const Event& e : std::as_const(m_events))
            project().events().remove(e.id);
        for (const Actor& a : std::as_const(m_actors))
            project().actors().remove(a.id);
        for (const Actor& a : std::as_const(m_renamedBefore))
            project().actors().update(a);
        for (const Event& e : std::as_const(m_changedBefore))
            project().events().update(e);
    });
}

} // namespace attache

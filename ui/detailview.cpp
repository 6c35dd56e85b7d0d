// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailview.h"

#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "actorlistmodel.h"
#include "eventtablemodel.h"
#include "provenance/grading.h"
#include "storage/changenotifier.h"
#include "storage/project.h"

namespace attache {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString roleLabel(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Host:
        return DetailView::tr("host");
    case ParticipantRole::Guest:
        return DetailView::tr("guest");
    case ParticipantRole::Participant:
        return DetailView::tr("participant");
    case ParticipantRole::Mediator:
        return DetailView::tr("mediator");
    case ParticipantRole::Mentioned:
        return DetailView::tr("mentioned");
    }
    return {};
}

QString precisionLabel(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::None:
        return DetailView::tr("no date");
    case DatePrecision::Year:
        return DetailView::tr("known to the year");
    case DatePrecision::Month:
        return DetailView::tr("known to the month");
    case DatePrecision::Day:
        return DetailView::tr("known to the day");
    case DatePrecision::Minute:
    case DatePrecision::Second:
        return DetailView::tr("known to the minute");
    }
    return {};
}

/// The grade badge of each passage marked as evidence for a fact ("B2 A1"), with a link that opens the reader on them;
/// empty when nothing is marked.
QString evidenceHtml(Project& project, TargetType type, qint64 id)
{
    const QList<Annotation> evidence = project.annotations().forTarget(type, id);
    if (evidence.isEmpty())
        return {};
    QSet<qint64> sources;
    for (const Annotation& a : evidence)
        sources.insert(a.source.value);
    const QStringList badges = grading::badges(project, evidence);
    const QString typeText = toText(type);
    return QStringLiteral("<span style='color:gray'>%1</span> <b style='background:#eef'>%2</b> "
                          "<a href='attache:evidence/%3/%4'>%5</a>")
        .arg(esc((evidence.size() == 1 ? DetailView::tr("1 passage") : DetailView::tr("%1 passages").arg(evidence.size()))
                 + (sources.size() == 1 ? DetailView::tr(" in 1 source") : DetailView::tr(" in %1 sources").arg(sources.size()))),
            esc(badges.join(u' ')), typeText)
        .arg(id)
        .arg(esc(DetailView::tr("Show evidence")));
}

/// One statement: the words (quoted unless a paraphrase), who said them, when and where, and links to edit or delete.
QString statementHtml(Project& project, const Statement& st, EventId shownEvent, bool withSpeaker = true)
{
    const bool quoted = st.kind != StatementKind::Paraphrase;
    QStringList context;
    if (withSpeaker) {
        if (const auto speaker = project.actors().find(st.speaker))
            context.append(QStringLiteral("<a href='attache:actor/%1'><b>%2</b></a>").arg(speaker->id.value).arg(esc(speaker->name)));
    }
    if (!st.when.isNull())
        context.append(esc(st.when.display()));
    if (st.venue.isValid() && st.venue != shownEvent) {
        if (const auto venue = project.events().find(st.venue))
            context.append(QStringLiteral("<a href='attache:event/%1'>%2</a>").arg(venue->id.value).arg(esc(venue->title)));
    }
    QString actions;
    if (!project.isReadOnly()) {
        actions = QStringLiteral(" &nbsp;<a href='attache:statement-edit/%1' style='color:gray'>%2</a>"
                                 " <a href='attache:statement-delete/%1' style='color:gray'>%3</a>")
                      .arg(st.id.value)
                      .arg(esc(DetailView::tr("edit")), esc(DetailView::tr("delete")));
    }
    const QString evidence = evidenceHtml(project, TargetType::Statement, st.id.value);
    return QStringLiteral("<p style='margin-left:8px'>%1<br/><span style='color:gray'>— %2</span>%3%4</p>")
        .arg(quoted ? QStringLiteral("“%1”").arg(esc(st.text)) : esc(st.text), context.join(QStringLiteral(", ")), actions,
            evidence.isEmpty() ? QString() : QStringLiteral("<br/>") + evidence);
}

QString eventHtml(Project& project, const Event& e)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(e.title));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(esc(label), value);
    };
    const FuzzyDate when = e.when();
    QString dateText = esc(when.display());
    QStringList qualities{precisionLabel(when.precision())};
    if (when.isApproximate())
        qualities.append(DetailView::tr("approximate"));
    if (when.isUncertain())
        qualities.append(DetailView::tr("uncertain"));
    dateText += QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(esc(qualities.join(QStringLiteral(", "))));
    row(DetailView::tr("Kind"), esc(EventTableModel::kindLabel(e.kind)));
    row(DetailView::tr("Date"), dateText);
    row(DetailView::tr("Status"), esc(EventTableModel::statusLabel(e.status)));
    if (!e.location.isEmpty())
        row(DetailView::tr("Location"), esc(e.location));
    if (!e.tags.isEmpty())
        row(DetailView::tr("Tags"), esc(e.tags.join(QStringLiteral(", "))));
    if (!e.cameo.isEmpty())
        row(DetailView::tr("CAMEO"), esc(e.cameo));
    if (const QString evidence = evidenceHtml(project, TargetType::Event, e.id.value); !evidence.isEmpty()) {
        row(DetailView::tr("Evidence"), evidence);
        // Independent outlets: those that ran one wire story or near-identical text count once, and say so.
        const grading::Corroboration c = grading::corroboration(project, e.id);
        if (c.sources > 0) {
            QString reported = DetailView::tr("%1: %2").arg(c.countText(), c.outlets.join(QStringLiteral(", ")));
            if (const QString folded = c.foldedText(); !folded.isEmpty())
                reported += QStringLiteral("; ") + DetailView::tr("counted once: %1").arg(folded);
            row(DetailView::tr("Reported by"), esc(reported));
        }
        if (c.suggestedCredibility() != 0) {
            row(DetailView::tr("Credibility"),
                esc(DetailView::tr("suggested %1 – %2")
                        .arg(QString::number(c.suggestedCredibility()),
                            credibilityDescription(c.suggestedCredibility()))));
        }
    }
    html += QStringLiteral("</table>");

    if (!e.participants.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(DetailView::tr("Participants")));
        for (const Participant& p : e.participants) {
            const auto actor = project.actors().find(p.actor);
            if (!actor)
                continue;
            QString line = QStringLiteral("<a href='attache:actor/%1'>%2</a> <span style='color:gray'>%3</span>")
                               .arg(actor->id.value)
                               .arg(esc(actor->name), esc(roleLabel(p.role)));
            if (!actor->role.isEmpty())
                line += QStringLiteral(" — ") + esc(actor->role);
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    if (!e.summary.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(DetailView::tr("Summary")), esc(e.summary));

    const QList<Statement> statements = project.statements().forEvent(e.id);
    QSet<qint64> sourceIds;
    if (!statements.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(DetailView::tr("Statements")));
        for (const Statement& st : statements) {
            html += statementHtml(project, st, e.id);
            if (st.source.isValid())
                sourceIds.insert(st.source.value);
        }
    }
    for (const Annotation& a : project.annotations().forTarget(TargetType::Event, e.id.value))
        sourceIds.insert(a.source.value);
    if (!sourceIds.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(DetailView::tr("Sources")));
        QList<qint64> ordered(sourceIds.begin(), sourceIds.end());
        std::sort(ordered.begin(), ordered.end());
        for (const qint64 id : ordered) {
            const auto src = project.sources().find(SourceId(id));
            if (!src)
                continue;
            QString citation = QStringLiteral("<a href='attache:source/%1'><i>%2</i></a>").arg(src->id.value).arg(esc(src->title));
            if (!src->outlet.isEmpty())
                citation = esc(src->outlet) + QStringLiteral(", ") + citation;
            if (!src->authors.isEmpty())
                citation = esc(src->authors.join(QStringLiteral(", "))) + QStringLiteral(", ") + citation;
            if (!src->published.isNull())
                citation += QStringLiteral(", ") + esc(src->published.display());
            if (src->reliability != Reliability::Unrated) {
                citation += QStringLiteral(" <b title='%1'>[%2]</b>")
                                .arg(esc(reliabilityDescription(src->reliability)), toText(src->reliability));
            }
            html += QStringLiteral("<li>%1</li>").arg(citation);
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString actorHtml(Project& project, const Actor& a)
{
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='2'>").arg(esc(a.name));
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(DetailView::tr("Kind"), esc(ActorListModel::kindLabel(a.kind)));
    if (!a.role.isEmpty())
        row(DetailView::tr("Role"), esc(a.role));
    if (a.affiliation.isValid()) {
        if (const auto affiliation = project.actors().find(a.affiliation)) {
            row(DetailView::tr("Affiliation"),
                QStringLiteral("<a href='attache:actor/%1'>%2</a>").arg(affiliation->id.value).arg(esc(affiliation->name)));
        }
    }
    if (!a.aliases.isEmpty())
        row(DetailView::tr("Also called"), esc(a.aliases.join(QStringLiteral(", "))));
    if (!a.country.isEmpty())
        row(DetailView::tr("Country"), esc(a.country));
    if (const QString evidence = evidenceHtml(project, TargetType::Actor, a.id.value); !evidence.isEmpty())
        row(DetailView::tr("Mentioned"), evidence);
    html += QStringLiteral("</table>");
    if (!a.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(a.notes));

    EventQuery query;
    query.actor = a.id;
    const QList<Event> events = project.events().list(query);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(DetailView::tr("Events (%1)").arg(events.size())));
    if (!events.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        constexpr int shown = 200;
        for (qsizetype i = 0; i < std::min<qsizetype>(events.size(), shown); ++i) {
            const Event& e = events.at(i);
            QString role;
            for (const Participant& p : e.participants) {
                if (p.actor == a.id)
                    role = roleLabel(p.role);
            }
            html += QStringLiteral("<tr><td style='color:gray;padding-right:10px'>%1</td><td><a href='attache:event/%2'>%3</a> "
                                   "<span style='color:gray'>%4</span></td></tr>")
                        .arg(esc(e.when().display()))
                        .arg(e.id.value)
                        .arg(esc(e.title), esc(role));
        }
        html += QStringLiteral("</table>");
        if (events.size() > shown)
            html += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(DetailView::tr("…and %1 more").arg(events.size() - shown)));
    }
    const QList<Statement> statements = project.statements().bySpeaker(a.id);
    if (!statements.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(DetailView::tr("Statements (%1)").arg(statements.size())));
        for (const Statement& st : statements)
            html += statementHtml(project, st, {}, false);
    }
    return html;
}

} // namespace

DetailView::DetailView(QWidget* parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != QStringLiteral("attache"))
            return;
        const QStringList parts = url.path().split(u'/');
        if (parts.size() == 3 && parts.at(0) == QStringLiteral("evidence")) {
            if (const auto type = targetTypeFromText(parts.at(1)))
                Q_EMIT evidenceRequested(*type, parts.at(2).toLongLong());
            return;
        }
        if (parts.size() != 2)
            return;
        const qint64 id = parts.at(1).toLongLong();
        if (parts.at(0) == QStringLiteral("actor"))
            Q_EMIT actorLinkActivated(ActorId(id));
        else if (parts.at(0) == QStringLiteral("event"))
            Q_EMIT eventLinkActivated(EventId(id));
        else if (parts.at(0) == QStringLiteral("statement-edit"))
            Q_EMIT statementEditRequested(StatementId(id));
        else if (parts.at(0) == QStringLiteral("statement-delete"))
            Q_EMIT statementDeleteRequested(StatementId(id));
        else if (parts.at(0) == QStringLiteral("source"))
            Q_EMIT sourceLinkActivated(SourceId(id));
    });
    refresh();
}

void DetailView::setProject(Project* project)
{
    if (m_subscription)
        disconnect(m_subscription);
    m_project = project;
    m_event = {};
    m_actor = {};
    if (m_project)
        m_subscription = connect(m_project->notifier(), &ChangeNotifier::changed, this, &DetailView::onChanged);
    refresh();
}

void DetailView::setEvent(EventId id)
{
    m_event = id;
    m_actor = {};
    refresh();
}

void DetailView::setActor(ActorId id)
{
    m_actor = id;
    m_event = {};
    refresh();
}

QString DetailView::plainText() const
{
    return m_browser->toPlainText();
}

void DetailView::onChanged(const ChangeSet&)
{
    refresh();
}

void DetailView::refresh()
{
    if (m_project && m_actor.isValid()) {
        if (const auto actor = m_project->actors().find(m_actor)) {
            m_browser->setHtml(actorHtml(*m_project, *actor));
            return;
        }
        m_actor = {};
    }
    const auto event = (m_project && m_event.isValid()) ? m_project->events().find(m_event) : std::nullopt;
    if (!event) {
        m_event = {};
        m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(esc(m_project ? tr("Select an event to see its details.") : tr("No project is open."))));
        return;
    }
    m_browser->setHtml(eventHtml(*m_project, *event));
}

} // namespace attache

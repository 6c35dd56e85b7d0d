// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "model/annotation.h"
#include "model/ids.h"

class QTextBrowser;

namespace attache {

class Project;
struct ChangeSet;

/// Read-only details of the selected event (what, when, where, who, what was said, and the sources) or actor (role,
/// affiliation, aliases, events over time, statements). Names and titles are links to their own details.
class DetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)

public:
    explicit DetailView(QWidget* parent = nullptr);

    void setProject(Project* project);
    void setEvent(EventId id);
    void setActor(ActorId id);
    EventId event() const { return m_event; }
    ActorId actor() const { return m_actor; }
    /// The text shown, for tests and copying.
    QString plainText() const;

Q_SIGNALS:
    void eventLinkActivated(attache::EventId id);
    void actorLinkActivated(attache::ActorId id);
    void statementEditRequested(attache::StatementId id);
    void statementDeleteRequested(attache::StatementId id);
    /// "Show evidence" on an event, actor or statement.
    void evidenceRequested(attache::TargetType type, qint64 id);
    void sourceLinkActivated(attache::SourceId id);

private:
    void refresh();
    void onChanged(const ChangeSet& changes);

    Project* m_project = nullptr;
    EventId m_event;
    ActorId m_actor;
    QTextBrowser* m_browser;
    QMetaObject::Connection m_subscription;
};

} // namespace attache

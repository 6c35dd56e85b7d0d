// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "model/ids.h"

class QTextBrowser;

namespace attache {

class Project;
struct ChangeSet;

/// Read-only details of the selected event: what, when, where, who, what was said, and the sources.
class DetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)

public:
    explicit DetailView(QWidget* parent = nullptr);

    void setProject(Project* project);
    void setEvent(EventId id);
    EventId event() const { return m_event; }
    /// The text shown, for tests and copying.
    QString plainText() const;

private:
    void refresh();
    void onChanged(const ChangeSet& changes);

    Project* m_project = nullptr;
    EventId m_event;
    QTextBrowser* m_browser;
    QMetaObject::Connection m_subscription;
};

} // namespace attache

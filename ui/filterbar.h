// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "eventfilter.h"
#include "model/actor.h"

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace attache {

/// The filter shared by the timeline and the events table: full-text search, actors, kinds, statuses, tags and a
/// date range, with the active filter spelled out and cleared in one click.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget* parent = nullptr);

    /// What the actor and tag menus offer.
    void setChoices(const QList<Actor>& actors, const QStringList& tags);
    /// The filter as set in the bar (textMatches not filled in: that needs the project's search).
    EventFilter filter() const { return m_filter; }
    void setFilter(const EventFilter& filter);
    void clear();
    void focusSearch();
    /// The description shown ("kind: summit · text: “Alaska”"), empty when nothing filters.
    QString description() const;

Q_SIGNALS:
    void filterChanged();

private:
    void rebuildMenus();
    void changed();
    void updateSummary();
    template<typename Value>
    void fillMenu(QMenu* menu, const QList<std::pair<Value, QString>>& choices, QSet<Value>& selected);

    EventFilter m_filter;
    QList<Actor> m_actors;
    QStringList m_tags;
    QLineEdit* m_search;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QToolButton* m_actorsButton;
    QToolButton* m_kindsButton;
    QToolButton* m_statusButton;
    QToolButton* m_tagsButton;
    QLabel* m_summary;
    QToolButton* m_clear;
};

} // namespace attache

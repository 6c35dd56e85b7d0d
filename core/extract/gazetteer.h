// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/actor.h"

namespace attache::extract {

/// Names the importer knows without being told: every country with its short forms, demonyms and seats of
/// government ("Moscow", "the Kremlin"), international organisations and groups, news media (outlets, platforms,
/// shows) and diplomatic titles. Read once from the data compiled into the program.
class Gazetteer final
{
public:
    struct Entry
    {
        QString name;
        ActorKind kind = ActorKind::State;
        QString country; // ISO 3166-1 alpha-2 for states
        QString mediaRole; // "outlet", "platform", or "show:<outlet>" for media
        QString shortName; // the form used in titles: "US", "UK", "EU", else the name
    };
    enum class How : quint8 { Name, Alias, Demonym, Seat };
    struct Match
    {
        qsizetype start;
        qsizetype end;
        const Entry* entry;
        How how;
    };

    static const Gazetteer& instance();

    /// Every known name in `text`, longest first where they overlap, in text order.
    QList<Match> find(QStringView text) const;
    /// Titles, longest first ("Deputy Prime Minister" before "Prime Minister").
    const QStringList& titles() const { return m_titles; }
    const Entry* byName(const QString& name) const;
    /// Whether `name` is a state's own name or alias ("Kenya", "the US"), not its capital or demonym.
    bool namesState(const QString& name) const;

private:
    Gazetteer();
    void add(const QString& phrase, int entry, How how);

    QList<Entry> m_entries;
    QHash<QString, QList<std::pair<int, How>>> m_phrases; // exact phrase -> entries
    QHash<QString, int> m_firstWords; // first word of a phrase -> words in the longest phrase it starts
    QStringList m_titles;
};

} // namespace attache::extract

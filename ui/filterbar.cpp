// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

#include "actorlistmodel.h"
#include "eventtablemodel.h"

namespace attache {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_actorsButton(new QToolButton(this))
    , m_kindsButton(new QToolButton(this))
    , m_statusButton(new QToolButton(this))
    , m_tagsButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Search events…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_from->setPlaceholderText(tr("from, e.g. 2025-08"));
    m_to->setPlaceholderText(tr("to"));
    m_from->setMaximumWidth(130);
    m_to->setMaximumWidth(130);
    m_from->setToolTip(tr("Show events from this date (EDTF: 2025, 2025-08 or 2025-08-15)"));
    m_to->setToolTip(tr("Show events until this date (EDTF: 2025, 2025-08 or 2025-08-15)"));
    const auto setupMenuButton = [this](QToolButton* button, const QString& text, const char* name) {
        button->setText(text);
        button->setObjectName(QLatin1String(name));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(new QMenu(button));
    };
    setupMenuButton(m_actorsButton, tr("Actors"), "filterActors");
    setupMenuButton(m_kindsButton, tr("Kinds"), "filterKinds");
    setupMenuButton(m_statusButton, tr("Status"), "filterStatus");
    setupMenuButton(m_tagsButton, tr("Tags"), "filterTags");
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(dark)"));
    m_clear->setObjectName(QStringLiteral("clearFilter"));
    m_clear->setText(tr("Clear Filter"));
    m_clear->setToolTip(tr("Show all events again"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_search);
    layout->addWidget(m_actorsButton);
    layout->addWidget(m_kindsButton);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_tagsButton);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_clear);

    // Typing waits for a pause before searching.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, [this] {
        m_filter.text = m_search->text().trimmed();
        changed();
    });
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        m_filter.text = m_search->text().trimmed();
        changed();
    });
    const auto readDate = [this](QLineEdit* edit, bool from) {
        const QString text = edit->text().trimmed();
        std::optional<qint64>& bound = from ? m_filter.fromMs : m_filter.toMs;
        if (text.isEmpty()) {
            bound.reset();
            edit->setStyleSheet({});
            edit->setToolTip({});
        } else if (auto date = FuzzyDate::parse(text)) {
            bound = from ? date->earliestMs() : date->latestMs();
            edit->setStyleSheet({});
            edit->setToolTip(date->display());
        } else {
            edit->setStyleSheet(QStringLiteral("color: #c0392b"));
            edit->setToolTip(date.error());
            return;
        }
        changed();
    };
    connect(m_from, &QLineEdit::editingFinished, this, [readDate, this] { readDate(m_from, true); });
    connect(m_to, &QLineEdit::editingFinished, this, [readDate, this] { readDate(m_to, false); });
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    rebuildMenus();
    updateSummary();
}

template<typename Value>
void FilterBar::fillMenu(QMenu* menu, const QList<std::pair<Value, QString>>& choices, QSet<Value>& selected)
{
    menu->clear();
    for (const auto& [value, label] : choices) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(selected.contains(value));
        connect(action, &QAction::toggled, this, [this, &selected, value](bool on) {
            if (on)
                selected.insert(value);
            else
                selected.remove(value);
            changed();
        });
    }
    if (choices.isEmpty())
        menu->addAction(tr("(none)"))->setEnabled(false);
}

void FilterBar::rebuildMenus()
{
    QList<std::pair<qint64, QString>> actors;
    for (const Actor& a : m_actors)
        actors.append({a.id.value, a.name});
    fillMenu(m_actorsButton->menu(), actors, m_filter.actors);
    QList<std::pair<EventKind, QString>> kinds;
    for (int k = 0; k < eventKindCount; ++k)
        kinds.append({EventKind(k), EventTableModel::kindLabel(EventKind(k))});
    fillMenu(m_kindsButton->menu(), kinds, m_filter.kinds);
    QList<std::pair<EventStatus, QString>> statuses;
    for (const EventStatus s : {EventStatus::Occurred, EventStatus::Planned, EventStatus::Cancelled, EventStatus::Unknown})
        statuses.append({s, EventTableModel::statusLabel(s)});
    fillMenu(m_statusButton->menu(), statuses, m_filter.statuses);
    QList<std::pair<QString, QString>> tags;
    for (const QString& tag : m_tags)
        tags.append({tag, tag});
    fillMenu(m_tagsButton->menu(), tags, m_filter.tags);
}

void FilterBar::setChoices(const QList<Actor>& actors, const QStringList& tags)
{
    m_actors = actors;
    m_tags = tags;
    m_tags.sort(Qt::CaseInsensitive);
    // Choices that no longer exist cannot stay selected.
    QSet<qint64> known;
    for (const Actor& a : actors)
        known.insert(a.id.value);
    m_filter.actors.removeIf([&known](qint64 id) { return !known.contains(id); });
    m_filter.tags.removeIf([this](const QString& tag) { return !m_tags.contains(tag); });
    rebuildMenus();
    updateSummary();
}

void FilterBar::setFilter(const EventFilter& filter)
{
    m_filter = filter;
    const QSignalBlocker blockSearch(m_search);
    m_search->setText(filter.text);
    m_from->setText(filter.fromMs ? FuzzyDate::fromDate(QDateTime::fromMSecsSinceEpoch(*filter.fromMs, Qt::UTC).date()).toString() : QString());
    m_to->setText(filter.toMs ? FuzzyDate::fromDate(QDateTime::fromMSecsSinceEpoch(*filter.toMs, Qt::UTC).date()).toString() : QString());
    rebuildMenus();
    changed();
}

void FilterBar::clear()
{
    setFilter(EventFilter{});
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString FilterBar::description() const
{
    return m_filter.description([this](qint64 id) {
        for (const Actor& a : m_actors) {
            if (a.id.value == id)
                return a.name;
        }
        return QString::number(id);
    });
}

void FilterBar::changed()
{
    updateSummary();
    Q_EMIT filterChanged();
}

void FilterBar::updateSummary()
{
    const QString text = description();
    m_summary->setText(text.isEmpty() ? QString() : tr("Showing only %1").arg(text));
    m_summary->setToolTip(text);
    m_clear->setVisible(m_filter.isActive());
    const auto mark = [](QToolButton* button, const QString& label, qsizetype count) {
        button->setText(count ? QStringLiteral("%1 (%2)").arg(label).arg(count) : label);
    };
    mark(m_actorsButton, tr("Actors"), m_filter.actors.size());
    mark(m_kindsButton, tr("Kinds"), m_filter.kinds.size());
    mark(m_statusButton, tr("Status"), m_filter.statuses.size());
    mark(m_tagsButton, tr("Tags"), m_filter.tags.size());
}

} // namespace attache

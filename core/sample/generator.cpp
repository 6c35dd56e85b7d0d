// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/generator.h"

#include <array>
#include <cmath>
#include <random>

#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include "storage/project.h"
#include "storage/storageerror.h"

namespace attache::generator {
namespace {

constexpr std::array states{u"Argentina", u"Australia", u"Brazil", u"Canada", u"China", u"Egypt", u"Ethiopia",
    u"France", u"Germany", u"India", u"Indonesia", u"Iran", u"Israel", u"Italy", u"Japan", u"Kazakhstan", u"Kenya",
    u"Mexico", u"Nigeria", u"Norway", u"Pakistan", u"Poland", u"Qatar", u"Russia", u"Saudi Arabia", u"South Africa",
    u"South Korea", u"Spain", u"Sweden", u"Switzerland", u"Turkey", u"Ukraine", u"United Arab Emirates",
    u"United Kingdom", u"United States", u"Vietnam", u"Brunei", u"Chile", u"Finland", u"Oman"};
constexpr std::array countryCodes{u"AR", u"AU", u"BR", u"CA", u"CN", u"EG", u"ET", u"FR", u"DE", u"IN", u"ID", u"IR",
    u"IL", u"IT", u"JP", u"KZ", u"KE", u"MX", u"NG", u"NO", u"PK", u"PL", u"QA", u"RU", u"SA", u"ZA", u"KR", u"ES",
    u"SE", u"CH", u"TR", u"UA", u"AE", u"GB", u"US", u"VN", u"BN", u"CL", u"FI", u"OM"};
static_assert(states.size() == countryCodes.size());
constexpr std::array capitals{u"Buenos Aires", u"Canberra", u"Brasília", u"Ottawa", u"Beijing", u"Cairo",
    u"Addis Ababa", u"Paris", u"Berlin", u"New Delhi", u"Jakarta", u"Tehran", u"Jerusalem", u"Rome", u"Tokyo",
    u"Astana", u"Nairobi", u"Mexico City", u"Abuja", u"Oslo", u"Islamabad", u"Warsaw", u"Doha", u"Moscow", u"Riyadh",
    u"Pretoria", u"Seoul", u"Madrid", u"Stockholm", u"Geneva", u"Ankara", u"Kyiv", u"Abu Dhabi", u"London",
    u"Washington", u"Hanoi", u"Bandar Seri Begawan", u"Santiago", u"Helsinki", u"Muscat"};
static_assert(states.size() == capitals.size());
constexpr std::array organizations{u"United Nations", u"NATO", u"European Union", u"African Union", u"ASEAN", u"G7",
    u"G20", u"IAEA", u"OPEC", u"World Trade Organization", u"OSCE", u"Arab League"};
constexpr std::array groups{u"European leaders", u"Gulf mediators", u"Nordic ministers", u"BRICS envoys"};
constexpr std::array media{u"Global Wire", u"Evening Report", u"Capital Broadcast", u"Daily Dispatch"};
constexpr std::array givenNames{u"Anna", u"Boris", u"Chen", u"Dara", u"Elena", u"Farid", u"Grace", u"Hiro", u"Ines",
    u"Jonas", u"Kemal", u"Lena", u"Marco", u"Nadia", u"Omar", u"Priya", u"Quentin", u"Rosa", u"Sami", u"Tomas",
    u"Uma", u"Viktor", u"Wen", u"Yara", u"Zoltan", u"Amara", u"Bruno", u"Carmen", u"Dmitri", u"Esther"};
constexpr std::array familyNames{u"Abadi", u"Berg", u"Castillo", u"Dlamini", u"Eriksen", u"Fontaine", u"Gupta",
    u"Haddad", u"Ivanova", u"Jensen", u"Kimura", u"Lindqvist", u"Mensah", u"Nowak", u"Okafor", u"Petrov", u"Quispe",
    u"Rahman", u"Sato", u"Tanaka", u"Umarov", u"Varga", u"Wong", u"Xu", u"Yilmaz", u"Zhou", u"Alvarez", u"Brandt",
    u"Costa", u"Demir"};
constexpr std::array roles{u"President", u"Prime Minister", u"Foreign Minister", u"Defence Minister",
    u"Ambassador to the UN", u"Special Envoy", u"National Security Adviser", u"Spokesperson", u"Trade Minister"};
constexpr std::array topics{u"a ceasefire", u"trade tariffs", u"energy supplies", u"nuclear inspections",
    u"border security", u"prisoner exchanges", u"grain exports", u"climate finance", u"maritime rights",
    u"sanctions relief", u"humanitarian corridors", u"arms control", u"debt restructuring", u"water rights"};
constexpr std::array verbs{u"welcomed", u"rejected", u"called for", u"warned against", u"pledged support for",
    u"expressed concern about", u"ruled out", u"proposed talks on", u"questioned", u"endorsed"};
constexpr std::array qualifiers{u"without delay", u"in the coming weeks", u"as a matter of principle",
    u"under international supervision", u"if the other side keeps its word", u"for the sake of regional stability"};

// Weighted kinds: meetings and calls dominate, summits and exchanges are rare.
constexpr std::array<std::pair<EventKind, int>, 13> kindWeights{{
    {EventKind::Meeting, 24}, {EventKind::Talks, 12}, {EventKind::Call, 12}, {EventKind::Statement, 14},
    {EventKind::Visit, 8}, {EventKind::PressConference, 7}, {EventKind::Interview, 6}, {EventKind::Post, 6},
    {EventKind::Summit, 2}, {EventKind::Agreement, 3}, {EventKind::Sanction, 3}, {EventKind::Exchange, 2},
    {EventKind::Other, 1},
}};


class Dice final
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_engine)); }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    bool chance(double p) { return unit() < p; }
    template<typename Array>
    QString pick(const Array& array)
    {
        return QString::fromUtf16(array[std::size_t(below(int(array.size())))]);
    }
    /// Zipf-like: small indexes far more often, so a few actors fill most lanes.
    int skewed(int n) { return std::min(n - 1, int(std::floor(n * std::pow(unit(), 2.2)))); }

private:
    std::mt19937_64 m_engine;
};

struct World
{
    QList<Actor> actors; // index 0.. stored order
    QList<int> people; // indexes into actors
    QList<int> stateIndexes;
};

World makeActors(Dice& dice, int count)
{
    World world;
    auto add = [&world](Actor actor) {
        world.actors.append(std::move(actor));
        return int(world.actors.size() - 1);
    };
    const int stateCount = std::min<int>(int(states.size()), std::max(1, count / 5));
    for (int i = 0; i < stateCount; ++i) {
        Actor a;
        a.name = QString::fromUtf16(states[std::size_t(i)]);
        a.kind = ActorKind::State;
        a.country = QString::fromUtf16(countryCodes[std::size_t(i)]);
        a.aliases = {QString::fromUtf16(capitals[std::size_t(i)])};
        world.stateIndexes.append(add(a));
    }
    for (std::size_t i = 0; i < organizations.size() && world.actors.size() < count; ++i)
        add(Actor{{}, QString::fromUtf16(organizations[i]), ActorKind::Organization, {}, {}, {}, {}, {}});
    for (std::size_t i = 0; i < groups.size() && world.actors.size() < count; ++i)
        add(Actor{{}, QString::fromUtf16(groups[i]), ActorKind::Group, {}, {}, {}, {}, {}});
    for (std::size_t i = 0; i < media.size() && world.actors.size() < count; ++i)
        add(Actor{{}, QString::fromUtf16(media[i]), ActorKind::Media, {}, {}, {}, {}, {}});
    QSet<QString> used;
    while (world.actors.size() < count) {
        Actor a;
        do {
            a.name = dice.pick(givenNames) + u' ' + dice.pick(familyNames);
        } while (used.contains(a.name) && used.size() < int(givenNames.size() * familyNames.size()));
        if (used.contains(a.name))
            a.name += u' ' + QString::number(world.actors.size());
        used.insert(a.name);
        a.kind = ActorKind::Person;
        a.aliases = {a.name.section(u' ', -1)};
        a.role = dice.pick(roles);
        const int state = world.stateIndexes[dice.skewed(int(world.stateIndexes.size()))];
        a.country = world.actors[state].country;
        a.notes = QString::number(state); // the index of the affiliation, resolved once states have ids
        world.people.append(add(a));
    }
    return world;
}

FuzzyDate makeDate(Dice& dice, const QDate& day)
{
    const double p = dice.unit();
    FuzzyDate date;
    if (p < 0.08) {
        const QTime time(dice.below(24), dice.below(4) * 15);
        date = FuzzyDate::fromDateTime(QDateTime(day, time, Qt::UTC));
    } else if (p < 0.93) {
        date = FuzzyDate::fromDate(day);
    } else if (p < 0.98) {
        date = FuzzyDate::fromYearMonth(day.year(), day.month());
    } else {
        date = FuzzyDate::fromYear(day.year());
    }
    if (dice.chance(0.03)) {
        if (auto uncertain = FuzzyDate::parse(QString(date.toString() + u'?')))
            date = uncertain.value();
    } else if (dice.chance(0.02) && date.precision() <= DatePrecision::Day) {
        if (auto approximate = FuzzyDate::parse(QString(date.toString() + u'~')))
            date = approximate.value();
    }
    return date;
}

} // namespace

Status generate(Project& project, const Options& options, const std::function<bool(qint64, qint64)>& progress)
{
    if (options.events < 0 || options.actors < 2 || options.years < 1)
        return Error{QStringLiteral("a generated project needs at least 2 actors, 1 year and no negative counts")};
    const qint64 statementCount = options.statements >= 0 ? options.statements : options.events / 10;
    const qint64 total = options.actors + options.events + statementCount;
    Dice dice(options.seed);
    World world = makeActors(dice, options.actors);
    const QDate firstDay = options.lastDay.addYears(-options.years).addDays(1);
    const qint64 daySpan = firstDay.daysTo(options.lastDay) + 1;

    // Bursts: a few dozen crises over the span, each drawing events to the weeks around it.
    QList<qint64> crises;
    for (int i = 0; i < options.years * 2; ++i)
        crises.append(qint64(dice.unit() * double(daySpan)));
    int kindTotal = 0;
    for (const auto& [kind, weight] : kindWeights)
        kindTotal += weight;

    bool cancelled = false;
    const Status written = project.write([&] {
        project.markBulkChange();
        QList<ActorId> ids;
        for (Actor& a : world.actors) {
            const bool person = a.kind == ActorKind::Person;
            const int affiliation = person ? a.notes.toInt() : -1;
            if (person) {
                a.notes.clear();
                a.affiliation = ids.value(affiliation);
            }
            ids.append(project.actors().insert(a));
        }
        qint64 done = options.actors;
        QList<EventId> eventIds;
        QList<FuzzyDate> eventDates;
        const qint64 keepEvery = std::max<qint64>(1, options.events / std::max<qint64>(1, std::min<qint64>(statementCount, 20000)));
        for (qint64 i = 0; i < options.events; ++i) {
            // Recent years are denser: the square root bends the uniform draw toward the end of the span.
            qint64 offset = qint64(std::sqrt(dice.unit()) * double(daySpan - 1));
            if (dice.chance(0.3)) {
                const qint64 crisis = crises[dice.below(int(crises.size()))];
                offset = std::clamp<qint64>(crisis + qint64((dice.unit() - 0.5) * 40), 0, daySpan - 1);
            }
            const QDate day = firstDay.addDays(offset);
            int roll = dice.below(kindTotal);
            EventKind kind = EventKind::Other;
            for (const auto& [k, weight] : kindWeights) {
                if (roll < weight) {
                    kind = k;
                    break;
                }
                roll -= weight;
            }
            Event e;
            e.kind = kind;
            e.start = makeDate(dice, day);
            if ((kind == EventKind::Talks || kind == EventKind::Summit || kind == EventKind::Visit)
                && e.start.precision() == DatePrecision::Day && dice.chance(0.5))
                e.end = FuzzyDate::fromDate(day.addDays(1 + dice.below(4)));
            const double s = dice.unit();
            e.status = s < 0.90 ? EventStatus::Occurred
                : s < 0.96      ? EventStatus::Planned
                : s < 0.99      ? EventStatus::Cancelled
                                : EventStatus::Unknown;
            const int participantCount = 1 + dice.skewed(4);
            QList<int> chosen; // a list, not a set: the order must not depend on the process's hash seed
            for (int p = 0; p < participantCount; ++p) {
                const int index = dice.skewed(int(world.actors.size()));
                if (chosen.contains(index))
                    continue;
                chosen.append(index);
                e.participants.append(Participant{ids[index], chosen.size() == 1 ? ParticipantRole::Host
                                                                                  : ParticipantRole::Guest});
            }
            const QString first = world.actors[chosen.first()].name;
            const int city = dice.below(int(capitals.size()));
            e.location = QString::fromUtf16(capitals[std::size_t(city)]);
            e.title = chosen.size() > 1
                ? QStringLiteral("%1 %2 with %3 on %4")
                      .arg(first, toPhrase(kind), world.actors[chosen.at(1)].name, dice.pick(topics))
                : QStringLiteral("%1 %2 on %3").arg(first, toPhrase(kind), dice.pick(topics));
            e.summary = QStringLiteral("%1 %2 %3 in %4.").arg(first, dice.pick(verbs), dice.pick(topics), e.location);
            if (dice.chance(0.2))
                e.tags = {dice.pick(topics).section(u' ', -1)};
            e.cameo = QStringLiteral("0%1").arg(10 + dice.below(50));
            const EventId id = project.events().insert(e);
            if (i % keepEvery == 0) {
                eventIds.append(id);
                eventDates.append(e.start);
            }
            if (progress && ++done % 10000 == 0 && !progress(done, total)) {
                cancelled = true;
                throw StorageError(QStringLiteral("cancelled"));
            }
        }
        for (qint64 i = 0; i < statementCount; ++i) {
            Statement st;
            st.speaker = ids[world.people.isEmpty() ? 0 : world.people[dice.skewed(int(world.people.size()))]];
            st.kind = dice.chance(0.7) ? StatementKind::Direct : StatementKind::Paraphrase;
            st.text = QStringLiteral("We %1 %2 %3, and we expect %4 to respond.")
                          .arg(dice.pick(verbs), dice.pick(topics), dice.pick(qualifiers), dice.pick(states));
            if (!eventIds.isEmpty()) {
                const int at = dice.below(int(eventIds.size()));
                st.venue = eventIds[at];
                st.when = eventDates[at];
                st.about = {eventIds[dice.below(int(eventIds.size()))]};
            }
            project.statements().insert(st);
            if (progress && ++done % 10000 == 0 && !progress(done, total)) {
                cancelled = true;
                throw StorageError(QStringLiteral("cancelled"));
            }
        }
    });
    if (!written)
        return Error{cancelled ? QStringLiteral("generating was cancelled; nothing was written") : written.error()};
    return Done{};
}

} // namespace attache::generator

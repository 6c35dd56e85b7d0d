// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/gazetteer.h"

#include <algorithm>

#include <QFile>
#include <QRegularExpression>

static void initGazetteerResource()
{
    Q_INIT_RESOURCE(gazetteer);
}

namespace attache::extract {
namespace {

QStringList dataLines(const QString& path)
{
    initGazetteerResource();
    QFile file(path);
    QStringList lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
            lines.append(line);
    }
    return lines;
}

QStringList list(const QString& field)
{
    QStringList items;
    for (const QString& item : field.split(u';')) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

} // namespace

const Gazetteer& Gazetteer::instance()
{
    static const Gazetteer gazetteer;
    return gazetteer;
}

void Gazetteer::add(const QString& phrase, int entry, How how)
{
    auto& list = m_phrases[phrase];
    for (const auto& [e, h] : list) {
        if (e == entry)
            return;
    }
    list.append({entry, how});
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        int& longest = m_firstWords[words.first()];
        longest = std::max(longest, int(words.size()));
    }
}

Gazetteer::Gazetteer()
{
    for (const QString& line : dataLines(QStringLiteral(":/attache/gazetteer/countries.tsv"))) {
        const QStringList f = line.split(u'\t');
        if (f.size() < 5)
            continue;
        const int index = int(m_entries.size());
        m_entries.append(Entry{f[1], ActorKind::State, f[0], {}, {}});
        add(f[1], index, How::Name);
        for (const QString& alias : list(f[2])) {
            // Formal names with a comma ("Korea, Republic of") are never written that way in prose.
            if (!alias.contains(u','))
                add(alias, index, How::Alias);
        }
        for (const QString& demonym : list(f[3]))
            add(demonym, index, How::Demonym);
        for (const QString& seat : list(f[4]))
            add(seat, index, How::Seat);
    }
    for (const QString& line : dataLines(QStringLiteral(":/attache/gazetteer/organizations.tsv"))) {
        const QStringList f = line.split(u'\t');
        if (f.size() < 3)
            continue;
        const int index = int(m_entries.size());
        m_entries.append(Entry{f[0], f[2] == QStringLiteral("group") ? ActorKind::Group : ActorKind::Organization, {}, {}, {}});
        add(f[0], index, How::Name);
        for (const QString& alias : list(f[1]))
            add(alias, index, How::Alias);
    }
    for (const QString& line : dataLines(QStringLiteral(":/attache/gazetteer/media.tsv"))) {
        const QStringList f = line.split(u'\t');
        if (f.size() < 3)
            continue;
        const int index = int(m_entries.size());
        m_entries.append(Entry{f[0], ActorKind::Media, {}, f[2], {}});
        // A one-letter platform name ("X") would match everywhere: it is found only through "on X" phrases.
        if (f[0].size() > 1)
            add(f[0], index, How::Name);
        for (const QString& alias : list(f[1]))
            add(alias, index, How::Alias);
    }
    // The short form of a name, as in "US–Ukraine talks": the shortest acronym among the aliases ("US", "UK",
    // "EU"), else the name itself.
    static const QRegularExpression acronym(QStringLiteral("^[A-Z]{2,5}$"));
    for (auto it = m_phrases.cbegin(); it != m_phrases.cend(); ++it) {
        for (const auto& [index, how] : it.value()) {
            Entry& entry = m_entries[index];
            if (how == How::Alias && acronym.match(it.key()).hasMatch()
                && !(entry.name.size() <= 8 && !entry.name.contains(u' '))
                && (entry.shortName.isEmpty() || it.key().size() < entry.shortName.size()))
                entry.shortName = it.key();
        }
    }
    for (Entry& entry : m_entries) {
        if (entry.shortName.isEmpty())
            entry.shortName = entry.name;
    }
    m_titles = dataLines(QStringLiteral(":/attache/gazetteer/titles.txt"));
    std::sort(m_titles.begin(), m_titles.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

bool Gazetteer::namesState(const QString& name) const
{
    const auto it = m_phrases.constFind(name);
    if (it == m_phrases.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(), [this](const std::pair<int, How>& e) {
        return m_entries[e.first].kind == ActorKind::State && (e.second == How::Name || e.second == How::Alias);
    });
}

const Gazetteer::Entry* Gazetteer::byName(const QString& name) const
{
    const auto it = m_phrases.constFind(name);
    if (it == m_phrases.cend() || it->isEmpty())
        return nullptr;
    return &m_entries[it->first().first];
}

QList<Gazetteer::Match> Gazetteer::find(QStringView text) const
{
    // Words with their positions; a phrase is looked up as the text between a first and a last word with single
    // spaces, so line breaks and double spaces do not hide a name.
    static const QRegularExpression wordPattern(QStringLiteral("[\\w][\\w.'’&+-]*"));
    struct Word
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Word> words;
    const QString subject = text.toString();
    for (auto it = wordPattern.globalMatch(subject); it.hasNext();) {
        const auto m = it.next();
        qsizetype end = m.capturedEnd(0);
        // A sentence's full stop is not part of the word (but "U.S." keeps its dots).
        while (end > m.capturedStart(0) + 1 && (subject[end - 1] == u'.' || subject[end - 1] == u'’' || subject[end - 1] == u'\'')
            && !(subject[end - 1] == u'.' && end - m.capturedStart(0) <= 5 && subject.mid(m.capturedStart(0), end - m.capturedStart(0)).count(u'.') >= 2))
            --end;
        words.append({m.capturedStart(0), end});
    }
    QList<Match> matches;
    QString phrase;
    for (qsizetype i = 0; i < words.size();) {
        // Every known name starts with a capital, a digit or "the".
        const QChar first = subject[words[i].start];
        const QStringView word = QStringView(subject).sliced(words[i].start, words[i].end - words[i].start);
        if (!first.isUpper() && !first.isDigit() && word != u"the") {
            ++i;
            continue;
        }
        // Only phrases that start with this word, longest first.
        const int longest = m_firstWords.value(word.toString());
        bool matched = false;
        for (int n = std::min<int>(longest, int(words.size() - i)); n >= 1 && !matched; --n) {
            phrase.clear();
            for (int k = 0; k < n; ++k) {
                if (k > 0)
                    phrase += u' ';
                phrase += QStringView(subject).sliced(words[i + k].start, words[i + k].end - words[i + k].start);
            }
            auto it = m_phrases.constFind(phrase);
            // "the Kremlin" is listed with its article; other names may follow "the" ("the United States").
            if (it == m_phrases.cend())
                continue;
            const auto& [entry, how] = it->first();
            matches.append(Match{words[i].start, words[i + n - 1].end, &m_entries[entry], how});
            // Include a leading "the" for seats listed with it.
            i += n;
            matched = true;
        }
        if (!matched)
            ++i;
    }
    return matches;
}

} // namespace attache::extract

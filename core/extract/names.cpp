// SPDX-License-Identifier: GPL-3.0-or-later
// What a name is: capitalised words that are not titles, places, calendar words or common words of English.
#include "extract/names.h"

#include <QRegularExpression>
#include <QSet>

#include "extract/gazetteer.h"

namespace attache::extract {

const QString& speechVerbPattern()
{
    static const QString verbs = QStringLiteral("said|says|told|tells|added|adds|asked|stated|noted|insisted|argued|warned|declared|wrote|writes|posted|tweeted|explained|continued|urged|replied|responded|announced|stressed|emphasized|emphasised|acknowledged|recalled|claimed|suggested|predicted|promised|vowed|conceded|admitted|complained|cautioned|reiterated|remarked|observed|concluded|confirmed|described|called|pointed out|praised|welcomed|hailed|condemned|criticized|criticised|denounced|rejected|accused|dismissed|calling|saying|telling|adding|describing|writing");
    return verbs;
}

bool isCapitalisedWord(QStringView word)
{
    return !word.isEmpty() && word[0].isUpper() && (word.size() == 1 || word[1].isLower() || word[1] == u'\'' || word[1] == u'’' || word[1] == u'.' || word[1].isUpper());
}

const QSet<QString>& notNameWords()
{
    static const QSet<QString> words{QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("But"),
        QStringLiteral("And"), QStringLiteral("In"), QStringLiteral("On"), QStringLiteral("At"), QStringLiteral("While"),
        QStringLiteral("After"), QStringLiteral("Before"), QStringLiteral("When"), QStringLiteral("As"), QStringLiteral("If"),
        QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("It"),
        QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"), QStringLiteral("We"), QStringLiteral("I"),
        QStringLiteral("His"), QStringLiteral("Her"), QStringLiteral("Their"), QStringLiteral("Our"), QStringLiteral("Asked"),
        QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
        QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday"), QStringLiteral("January"),
        QStringLiteral("February"), QStringLiteral("March"), QStringLiteral("April"), QStringLiteral("May"),
        QStringLiteral("June"), QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December"), QStringLiteral("House"),
        QStringLiteral("Ministry"), QStringLiteral("Department"), QStringLiteral("Council"), QStringLiteral("Office"),
        QStringLiteral("Committee"), QStringLiteral("Party"), QStringLiteral("Agency"), QStringLiteral("Union"),
        QStringLiteral("News"), QStringLiteral("Press"), QStringLiteral("Post"), QStringLiteral("Times"),
        QStringLiteral("Treaty"), QStringLiteral("Article"), QStringLiteral("Agreement"), QStringLiteral("Street"),
        QStringLiteral("Nations"), QStringLiteral("States"), QStringLiteral("Republic"), QStringLiteral("Kingdom"),
        QStringLiteral("Capitol"), QStringLiteral("Hill"), QStringLiteral("General"), QStringLiteral("Foreign"),
        QStringLiteral("Administration"), QStringLiteral("Government"), QStringLiteral("Leader"), QStringLiteral("Staff"),
        QStringLiteral("Security"), QStringLiteral("Defense"), QStringLiteral("Defence"), QStringLiteral("Force"),
        QStringLiteral("Forces"), QStringLiteral("Air"), QStringLiteral("Army"), QStringLiteral("Navy"),
        QStringLiteral("Line"), QStringLiteral("Control"), QStringLiteral("Temple"), QStringLiteral("Golden")};
    return words;
}

/// The capitalised words titles are made of ("Secretary", "Foreign", "Vice"), never the first word of a name.
const QSet<QString>& titleWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString& title : Gazetteer::instance().titles()) {
            for (const QString& word : title.split(u' ', Qt::SkipEmptyParts)) {
                if (word[0].isUpper())
                    set.insert(word);
            }
        }
        set.insert(QStringLiteral("Mr"));
        set.insert(QStringLiteral("Mrs"));
        set.insert(QStringLiteral("Ms"));
        set.insert(QStringLiteral("Dr"));
        return set;
    }();
    return words;
}

/// A plausible personal name: two to four capitalised words (initials and particles allowed), none of them a known
/// place, organisation or title word.
bool isPersonName(const QString& name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    const Gazetteer& g = Gazetteer::instance();
    if (g.byName(name))
        return false;
    static const QSet<QString> particles{QStringLiteral("bin"), QStringLiteral("al"), QStringLiteral("de"),
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("da"), QStringLiteral("del"),
        QStringLiteral("ibn"), QStringLiteral("la"), QStringLiteral("le")};
    for (const QString& word : words) {
        if (particles.contains(word))
            continue;
        if (!isCapitalisedWord(word) || notNameWords().contains(word) || g.byName(word))
            return false;
        if (word.size() > 1 && word.toUpper() == word && word.size() > 3)
            return false; // an acronym, not a name
    }
    return words.last().size() > 1;
}

QString surnameOf(const QString& name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    while (!words.isEmpty() && (words.last() == QStringLiteral("Jr.") || words.last() == QStringLiteral("Jr")))
        words.removeLast();
    static const QRegularExpression trailing(QStringLiteral("[,.]$"));
    return words.isEmpty() ? QString() : words.last().remove(trailing);
}

QString stripPossessive(QString name)
{
    if (name.endsWith(QStringLiteral("’s")) || name.endsWith(QStringLiteral("'s")))
        name.chop(2);
    return name;
}

} // namespace attache::extract

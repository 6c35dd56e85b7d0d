// SPDX-License-Identifier: GPL-3.0-or-later
// What a name is: capitalised words that are not titles, places, calendar words or common words of English.
#include "extract/names.h"

#include <vector>

#include <QRegularExpression>
#include <QSet>

#include "extract/gazetteer.h"
#include "extract/lexicon.h"

namespace attache::extract {

const QString& speechVerbPattern()
{
    static const QString verbs = QStringLiteral("said|says|told|tells|added|adds|asked|stated|noted|insisted|argued|warned|declared|wrote|writes|posted|tweeted|explained|continued|urged|replied|responded|announced|stressed|emphasized|emphasised|acknowledged|recalled|claimed|suggested|predicted|promised|vowed|conceded|admitted|complained|cautioned|reiterated|remarked|observed|concluded|confirmed|described|called|pointed out|praised|welcomed|hailed|condemned|criticized|criticised|denounced|rejected|accused|dismissed|calling|saying|telling|adding|describing|writing");
    return verbs;
}

namespace {

struct PrefixNode {
    QChar letter; // the character that leads here from the node before
    std::vector<PrefixNode> next; // in the order the characters first appear
    bool end = false;

    PrefixNode& child(QChar c)
    {
        for (PrefixNode& node : next) {
            if (node.letter == c)
                return node;
        }
        PrefixNode& added = next.emplace_back();
        added.letter = c;
        return added;
    }
};

QString patternOf(const PrefixNode& node)
{
    // One branch per next character; a chain of single branches is written as a run of characters.
    QStringList branches;
    for (const PrefixNode& child : node.next) {
        QString run = QRegularExpression::escape(QString(child.letter));
        const PrefixNode* at = &child;
        while (!at->end && at->next.size() == 1) {
            run += QRegularExpression::escape(QString(at->next.front().letter));
            at = &at->next.front();
        }
        branches.append(run + patternOf(*at));
    }
    if (branches.isEmpty())
        return {};
    const QString group = QStringLiteral("(?:") + branches.join(u'|') + u')';
    // A greedy optional group tries the longer word before ending here.
    return node.end ? group + u'?' : group;
}

} // namespace

QString prefixTreePattern(const QStringList& words, bool foldCase)
{
    PrefixNode root;
    for (const QString& word : words) {
        if (word.isEmpty())
            continue;
        PrefixNode* at = &root;
        for (const QChar c : foldCase ? word.toLower() : word)
            at = &at->child(c);
        at->end = true;
    }
    return patternOf(root);
}

const QString& titlePattern(bool foldCase)
{
    static const QString folded = prefixTreePattern(Gazetteer::instance().titles(), true);
    static const QString asWritten = prefixTreePattern(Gazetteer::instance().titles(), false);
    return foldCase ? folded : asWritten;
}

bool isCapitalisedWord(QStringView word)
{
    // An Arabic article joined to a name counts as the name's capital: "al-Bashir", "el-Sisi".
    if (word.size() > 3 && (word.startsWith(u"al-") || word.startsWith(u"el-")) && word[3].isUpper())
        return true;
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
        QStringLiteral("Line"), QStringLiteral("Control"), QStringLiteral("Temple"), QStringLiteral("Golden"),
        // Party and standing words that qualify a name but are never part of it.
        QStringLiteral("Conservative"), QStringLiteral("Conservatives"), QStringLiteral("Tory"), QStringLiteral("Labour"),
        QStringLiteral("Liberal"), QStringLiteral("Democrat"), QStringLiteral("Democrats"), QStringLiteral("Republican"),
        QStringLiteral("Republicans"), QStringLiteral("Socialist"), QStringLiteral("Communist"), QStringLiteral("Former"),
        QStringLiteral("Senior"), QStringLiteral("Acting"), QStringLiteral("Interim"), QStringLiteral("Outgoing"),
        QStringLiteral("Incoming"), QStringLiteral("Opposition"), QStringLiteral("Veteran"),
        // Words of the names of institutions.
        QStringLiteral("University"), QStringLiteral("Institute"), QStringLiteral("Studies"), QStringLiteral("College"),
        QStringLiteral("School"), QStringLiteral("Centre"), QStringLiteral("Center"), QStringLiteral("Foundation"),
        QStringLiteral("Company"), QStringLiteral("Corporation"), QStringLiteral("Commission"), QStringLiteral("Regional"),
        QStringLiteral("International"), QStringLiteral("National"), QStringLiteral("Federal"), QStringLiteral("Community"),
        QStringLiteral("Group"), QStringLiteral("Association"), QStringLiteral("Organisation"), QStringLiteral("Organization")};
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
    // "North Kivu", "East African": a compass point leads the name of a region, never a person's.
    static const QSet<QString> compass{QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("East"),
        QStringLiteral("West"), QStringLiteral("Northern"), QStringLiteral("Southern"), QStringLiteral("Eastern"),
        QStringLiteral("Western"), QStringLiteral("Central"), QStringLiteral("Upper"), QStringLiteral("Lower")};
    if (compass.contains(words.first()))
        return false;
    for (const QString& word : words) {
        if (particles.contains(word))
            continue;
        if (!isCapitalisedWord(word) || notNameWords().contains(word) || g.byName(word))
            return false;
        if (word.endsWith(QStringLiteral("’s")) || word.endsWith(QStringLiteral("'s")))
            return false; // "Russia's President": a possessive is no part of a name
        if (word.size() > 3 && word.toUpper() == word && !isInitial(word))
            return false; // an acronym, not a name
    }
    return words.last().size() > 1;
}

bool familyNameFirst(const QStringList& words)
{
    if (words.size() < 2 || words.size() > 3)
        return false;
    // Chinese names put the family name first ("Xi Jinping", "Li Zhaoxing"), and so do Korean ones ("Moon Jae-in",
    // "Kim Jong Un"): the commonest family names, with a given name of one word, or a Korean one hyphenated or in two
    // short parts. Names shared with Western given names ("Lee", "Kim" alone) need the Korean shape.
    static const QSet<QString> chinese{QStringLiteral("Xi"), QStringLiteral("Li"), QStringLiteral("Wang"),
        QStringLiteral("Zhang"), QStringLiteral("Liu"), QStringLiteral("Chen"), QStringLiteral("Yang"), QStringLiteral("Huang"),
        QStringLiteral("Zhao"), QStringLiteral("Wu"), QStringLiteral("Zhou"), QStringLiteral("Xu"), QStringLiteral("Sun"),
        QStringLiteral("Ma"), QStringLiteral("Zhu"), QStringLiteral("Hu"), QStringLiteral("Guo"), QStringLiteral("He"),
        QStringLiteral("Gao"), QStringLiteral("Lin"), QStringLiteral("Luo"), QStringLiteral("Zheng"), QStringLiteral("Liang"),
        QStringLiteral("Xie"), QStringLiteral("Song"), QStringLiteral("Tang"), QStringLiteral("Han"), QStringLiteral("Feng"),
        QStringLiteral("Deng"), QStringLiteral("Cao"), QStringLiteral("Peng"), QStringLiteral("Zeng"), QStringLiteral("Xiao"),
        QStringLiteral("Tian"), QStringLiteral("Dong"), QStringLiteral("Pan"), QStringLiteral("Yuan"), QStringLiteral("Cai"),
        QStringLiteral("Jiang"), QStringLiteral("Yu"), QStringLiteral("Du"), QStringLiteral("Ye"), QStringLiteral("Cheng"),
        QStringLiteral("Wei"), QStringLiteral("Su"), QStringLiteral("Lu"), QStringLiteral("Ding"), QStringLiteral("Ren"),
        QStringLiteral("Shen"), QStringLiteral("Yao"), QStringLiteral("Qian"), QStringLiteral("Wen"), QStringLiteral("Qin"),
        QStringLiteral("Bo"), QStringLiteral("Mao"), QStringLiteral("Zhou"), QStringLiteral("Hua")};
    static const QSet<QString> korean{QStringLiteral("Kim"), QStringLiteral("Lee"), QStringLiteral("Park"),
        QStringLiteral("Moon"), QStringLiteral("Yoon"), QStringLiteral("Choi"), QStringLiteral("Chung"), QStringLiteral("Roh"),
        QStringLiteral("Jung"), QStringLiteral("Kang"), QStringLiteral("Cho"), QStringLiteral("Yun")};
    const QString& first = words.first();
    const bool hyphenated = words.size() == 2 && words[1].contains(u'-');
    const bool twoShortParts = words.size() == 3 && words[1].size() <= 5 && words[2].size() <= 5;
    if (korean.contains(first) && (hyphenated || twoShortParts))
        return true;
    return chinese.contains(first) && words.size() == 2 && words[1].size() >= 3 && !words[1].endsWith(u'.');
}

QString surnameOf(const QString& name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (familyNameFirst(words))
        return words.first();
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

bool isInitial(QStringView word)
{
    // "D.", "H.W.", "J", "JD": letters standing for names, each with or without its stop.
    static const QRegularExpression initials(QStringLiteral("^(?:\\p{Lu}\\.?){1,3}$"), QRegularExpression::UseUnicodePropertiesOption);
    return initials.match(word).hasMatch();
}

bool isTitleWord(const QString& word)
{
    if (titleWords().contains(word))
        return true;
    // "Presidents Tshisekedi and Kagame": a title in the plural.
    return word.size() > 3 && word.endsWith(u's') && titleWords().contains(word.chopped(1));
}

QString cleanPersonName(const QString& written)
{
    const Gazetteer& g = Gazetteer::instance();
    const Lexicon& lexicon = Lexicon::instance();
    QStringList words = stripPossessive(written.trimmed()).split(u' ', Qt::SkipEmptyParts);
    // "Russia's President Vladimir Putin": what stands before a possessive is not the name.
    for (qsizetype k = words.size() - 2; k >= 0; --k) {
        if (words[k].endsWith(QStringLiteral("’s")) || words[k].endsWith(QStringLiteral("'s"))) {
            words = words.mid(k + 1);
            break;
        }
    }
    // A full stop ends the name unless it marks an initial or "Jr.": "Brian Mulroney. Bilateral" is a name and the
    // next sentence.
    for (qsizetype k = 0; k < words.size(); ++k) {
        QString& word = words[k];
        if (!word.endsWith(u'.') || isInitial(word) || word == QStringLiteral("Jr.") || word == QStringLiteral("Sr.")
            || titleWords().contains(word))
            continue;
        word.chop(1);
        words = words.mid(0, k + 1);
        break;
    }
    static const QRegularExpression trailingPunctuation(QStringLiteral("[,;:!?]+$"));
    if (!words.isEmpty())
        words.last().remove(trailingPunctuation);
    while (!words.isEmpty() && words.last().isEmpty())
        words.removeLast();
    // Trim a trailing lower-case-initial or calendar word the pattern swept in.
    while (words.size() > 2 && (notNameWords().contains(words.last()) || !isCapitalisedWord(words.last())))
        words.removeLast();
    // A title or a known name inside the run ends whatever came before it ("U.S. President Donald Trump").
    const auto isSuffix = [](const QString& word) {
        return word == QStringLiteral("Jr.") || word == QStringLiteral("Sr.") || word == QStringLiteral("Jr");
    };
    for (qsizetype k = words.size() - 2; k >= 0; --k) {
        if (k == words.size() - 2 && isSuffix(words.last()))
            continue; // "Martin Luther King Jr.": a name ending in a title-like word before its suffix
        if (isTitleWord(words[k]) || g.byName(words[k]) || notNameWords().contains(words[k])) {
            words = words.mid(k + 1);
            break;
        }
    }
    // Leading words that are not a name's: titles, places, function words, and common words that are never nouns
    // ("Earlier", "Welcoming", "Asked") standing capitalised at the start of a sentence.
    while (words.size() > 1
        && (notNameWords().contains(words.first()) || g.byName(words.first()) || isTitleWord(words.first())
            || lexicon.isFunctionWord(words.first()) || lexicon.isCommonNonNoun(words.first())))
        words.removeFirst();
    return words.join(u' ');
}

} // namespace attache::extract

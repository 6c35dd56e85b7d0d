// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/spelling.h"

#include <QStringList>

#include "extract/names.h"

namespace attache::extract {

QString spellingKey(QStringView word)
{
    QString folded = word.toString().normalized(QString::NormalizationForm_D).toLower();
    QString letters;
    letters.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetter())
            letters.append(c);
    }
    // Romanisations of one sound, the commonest first: kh, q and a leading g for one guttural; dh for d; ph for f.
    letters.replace(QStringLiteral("kh"), QStringLiteral("k"));
    letters.replace(QStringLiteral("dh"), QStringLiteral("d"));
    letters.replace(QStringLiteral("ph"), QStringLiteral("f"));
    letters.replace(u'q', u'k');
    if (letters.startsWith(u'g'))
        letters[0] = u'k';
    // Slavic endings: -yy, -iy, -ij, -ii, -y, -i are one ending.
    static const QStringList endings{QStringLiteral("yy"), QStringLiteral("iy"), QStringLiteral("ij"), QStringLiteral("ii"),
        QStringLiteral("yi"), QStringLiteral("y")};
    for (const QString& ending : endings) {
        if (letters.size() > ending.size() + 2 && letters.endsWith(ending)) {
            letters.chop(ending.size());
            letters.append(u'i');
            break;
        }
    }
    QString key;
    key.reserve(letters.size());
    for (const QChar c : std::as_const(letters)) {
        if (key.isEmpty() || key.back() != c)
            key.append(c);
    }
    return key;
}

namespace {

/// Given names and family name of a personal name, without "Jr." or initials' stops.
std::pair<QStringList, QString> partsOf(const QString& name)
{
    QStringList words;
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (word != QStringLiteral("Jr.") && word != QStringLiteral("Jr") && word != QStringLiteral("Sr."))
            words.append(word);
    }
    if (words.size() < 2)
        return {{}, words.value(0)};
    const QString family = surnameOf(words.join(u' '));
    words.removeOne(family);
    return {words, family};
}

} // namespace

bool sameSpelledPerson(const QString& a, const QString& b)
{
    const auto [givenA, familyA] = partsOf(a);
    const auto [givenB, familyB] = partsOf(b);
    if (givenA.isEmpty() || givenB.isEmpty() || spellingKey(familyA) != spellingKey(familyB))
        return false;
    const QString firstA = givenA.first();
    const QString firstB = givenB.first();
    const bool initial = (firstA.size() <= 2 || firstB.size() <= 2) && firstA[0].toLower() == firstB[0].toLower();
    return initial || spellingKey(firstA) == spellingKey(firstB);
}

} // namespace attache::extract

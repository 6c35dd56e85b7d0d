// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/newsoutlets.h"

#include <QHash>

namespace attache::extract {

QString outletForHost(const QString& host)
{
    // Wire services, broadcasters and papers of record that diplomatic coverage comes from most; a page of any
    // other site that names itself (og:site_name, JSON-LD publisher) does not need this.
    static const QHash<QString, QString> outlets{
        {QStringLiteral("reuters.com"), QStringLiteral("Reuters")},
        {QStringLiteral("apnews.com"), QStringLiteral("Associated Press")},
        {QStringLiteral("afp.com"), QStringLiteral("Agence France-Presse")},
        {QStringLiteral("bloomberg.com"), QStringLiteral("Bloomberg")},
        {QStringLiteral("bbc.co.uk"), QStringLiteral("BBC News")},
        {QStringLiteral("bbc.com"), QStringLiteral("BBC News")},
        {QStringLiteral("cnn.com"), QStringLiteral("CNN")},
        {QStringLiteral("nytimes.com"), QStringLiteral("The New York Times")},
        {QStringLiteral("washingtonpost.com"), QStringLiteral("The Washington Post")},
        {QStringLiteral("wsj.com"), QStringLiteral("The Wall Street Journal")},
        {QStringLiteral("theguardian.com"), QStringLiteral("The Guardian")},
        {QStringLiteral("ft.com"), QStringLiteral("Financial Times")},
        {QStringLiteral("economist.com"), QStringLiteral("The Economist")},
        {QStringLiteral("aljazeera.com"), QStringLiteral("Al Jazeera")},
        {QStringLiteral("npr.org"), QStringLiteral("NPR")},
        {QStringLiteral("politico.com"), QStringLiteral("Politico")},
        {QStringLiteral("politico.eu"), QStringLiteral("Politico Europe")},
        {QStringLiteral("foreignpolicy.com"), QStringLiteral("Foreign Policy")},
        {QStringLiteral("dw.com"), QStringLiteral("Deutsche Welle")},
        {QStringLiteral("france24.com"), QStringLiteral("France 24")},
        {QStringLiteral("lemonde.fr"), QStringLiteral("Le Monde")},
        {QStringLiteral("spiegel.de"), QStringLiteral("Der Spiegel")},
        {QStringLiteral("elpais.com"), QStringLiteral("El País")},
        {QStringLiteral("nhk.or.jp"), QStringLiteral("NHK")},
        {QStringLiteral("scmp.com"), QStringLiteral("South China Morning Post")},
        {QStringLiteral("xinhuanet.com"), QStringLiteral("Xinhua")},
        {QStringLiteral("tass.com"), QStringLiteral("TASS")},
        {QStringLiteral("kyivindependent.com"), QStringLiteral("The Kyiv Independent")},
        {QStringLiteral("timesofindia.indiatimes.com"), QStringLiteral("The Times of India")},
        {QStringLiteral("abc.net.au"), QStringLiteral("ABC News")},
        {QStringLiteral("cbc.ca"), QStringLiteral("CBC News")},
        {QStringLiteral("nbcnews.com"), QStringLiteral("NBC News")},
        {QStringLiteral("cbsnews.com"), QStringLiteral("CBS News")},
        {QStringLiteral("abcnews.go.com"), QStringLiteral("ABC News")},
        {QStringLiteral("foxnews.com"), QStringLiteral("Fox News")},
        {QStringLiteral("usatoday.com"), QStringLiteral("USA Today")},
        {QStringLiteral("latimes.com"), QStringLiteral("Los Angeles Times")},
        {QStringLiteral("axios.com"), QStringLiteral("Axios")},
        {QStringLiteral("thehill.com"), QStringLiteral("The Hill")},
        {QStringLiteral("independent.co.uk"), QStringLiteral("The Independent")},
        {QStringLiteral("telegraph.co.uk"), QStringLiteral("The Telegraph")},
        {QStringLiteral("thetimes.co.uk"), QStringLiteral("The Times")},
        {QStringLiteral("euronews.com"), QStringLiteral("Euronews")},
        {QStringLiteral("rferl.org"), QStringLiteral("Radio Free Europe/Radio Liberty")},
        {QStringLiteral("voanews.com"), QStringLiteral("Voice of America")},
        {QStringLiteral("japantimes.co.jp"), QStringLiteral("The Japan Times")},
        {QStringLiteral("haaretz.com"), QStringLiteral("Haaretz")},
        {QStringLiteral("timesofisrael.com"), QStringLiteral("The Times of Israel")},
    };
    QString h = host.toLower();
    // "www.bbc.co.uk", "edition.cnn.com": try the host, then without each leading label.
    while (!h.isEmpty()) {
        const auto it = outlets.constFind(h);
        if (it != outlets.constEnd())
            return it.value();
        const qsizetype dot = h.indexOf(u'.');
        if (dot < 0 || h.indexOf(u'.', dot + 1) < 0)
            break;
        h = h.mid(dot + 1);
    }
    return {};
}

} // namespace attache::extract

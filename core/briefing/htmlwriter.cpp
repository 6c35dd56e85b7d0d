// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/htmlwriter.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace attache::briefing {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::briefing", text);
}

/// Text from the project as HTML: escaped, line breaks kept.
QString esc(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br/>"_s);
    return html;
}

// The sheet's stylesheet: only what both QTextDocument and browsers understand: element and class selectors, font
// sizes in pt, spacing in px (QTextDocument takes no other unit for margins, padding and borders).
const QString styleSheet = uR"(
body { font-family: 'DejaVu Serif', Georgia, 'Times New Roman', serif; font-size: 9.5pt; color: #1c1c1c; }
p { margin-top: 0; margin-bottom: 0; }
h1 { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 16pt; font-weight: bold; color: #13294b;
     margin-top: 1px; margin-bottom: 2px; }
h2 { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; font-weight: bold; color: #13294b;
     margin-top: 8px; margin-bottom: 3px; }
table { border-collapse: collapse; }
td { vertical-align: top; padding: 0; }
th { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 6.5pt; font-weight: bold; color: #5a6270;
     text-align: left; padding-bottom: 2px; border-bottom: 1px solid #9aa3b0; }
img { max-width: 100%; height: auto; }
a { color: #1f4e8c; }
.kind { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; font-weight: bold; color: #8a1c2b; }
.subtitle { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #5a6270; margin-bottom: 9px; }
.bluf { background-color: #edf1f6; }
.bluf-cell { background-color: #edf1f6; border-left: 3px solid #13294b; padding: 6px 9px 7px 9px; }
.bluf-label { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; font-weight: bold; color: #13294b;
              margin-bottom: 2px; }
.bluf-text { font-size: 10pt; }
.key { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #5a6270; padding-top: 2px;
       padding-bottom: 2px; }
.value { padding-top: 1px; padding-bottom: 1px; padding-right: 8px; }
.muted { color: #5a6270; }
.small { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #5a6270; }
.quote { font-style: italic; padding: 2px 10px 2px 0; border-bottom: 1px solid #e3e6eb; }
.who { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #3c4450; padding: 3px 0 2px 0;
       border-bottom: 1px solid #e3e6eb; }
.cell { padding: 3px 6px 3px 0; border-bottom: 1px solid #e3e6eb; }
.event { font-size: 9pt; padding: 2px 6px 2px 0; border-bottom: 1px solid #e3e6eb; }
.date { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; padding: 3px 6px 2px 0;
        border-bottom: 1px solid #e3e6eb; }
.note { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; color: #3c4450; padding: 3px 6px 2px 0;
        border-bottom: 1px solid #e3e6eb; }
.focus { font-weight: bold; }
.cite { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #5a6270; }
.grade { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; font-weight: bold; padding: 3px 0 3px 0;
         border-bottom: 1px solid #e3e6eb; }
.figure { margin-top: 10px; margin-bottom: 1px; }
.banner { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8.5pt; font-weight: bold; text-align: center;
          margin-top: 6px; margin-bottom: 6px; }
.footer { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #5a6270; margin-top: 14px; }
)"_s;

QString statementText(const KeyStatement& s)
{
    if (s.kind == StatementKind::Paraphrase)
        return esc(s.text) + u" <span class=\"small\">("_s + tr("paraphrase") + u")</span>"_s;
    return u"“"_s + esc(s.text) + u"”"_s;
}

} // namespace

QString HtmlWriter::citationMarks(const QList<int>& numbers)
{
    if (numbers.isEmpty())
        return {};
    QStringList parts;
    for (const int n : numbers)
        parts.append(QString::number(n));
    return u'[' + parts.join(u", "_s) + u']';
}

QString HtmlWriter::citationText(const Citation& c)
{
    QStringList parts;
    if (!c.authors.isEmpty())
        parts.append(c.authors.join(u", "_s) + u'.');
    if (!c.title.isEmpty())
        parts.append(u"“"_s + c.title + u".”"_s);
    QStringList where;
    if (!c.outlet.isEmpty())
        where.append(c.outlet);
    if (!c.published.isNull())
        where.append(c.published.display());
    if (!where.isEmpty())
        parts.append(where.join(u", "_s) + u'.');
    if (!c.url.isEmpty())
        parts.append(c.url);
    return parts.join(u' ');
}

namespace {

/// Writes the sections of one brief, splitting tables and breaking pages where the options ask.
class Sheet
{
public:
    Sheet(const Brief& brief, const HtmlWriter::Options& options)
        : m_brief(brief)
        , m_options(options)
    {
    }

    QString write();

private:
    /// A section heading, with its anchor and any page break asked for before it.
    void heading(const QString& section, const QString& text);
    /// A table of rows; each row's first cell starts with anchor(section, n). A break asked for before row n ends the
    /// table there and starts a new one, with the header again, on the next page.
    void table(const QString& section, const QString& attributes, const QString& head, const QStringList& rows);
    QString anchor(const QString& key) const;
    QString rowAnchor(const QString& section, qsizetype row) const
    {
        return anchor(u"row:"_s + section + u':' + QString::number(row));
    }

    void header();
    void bottomLine();
    void facts();
    void statements();
    void chronology();
    void figure();
    void contacts();
    void sources();

    const Brief& m_brief;
    const HtmlWriter::Options& m_options;
    QString m_html;
};

QString Sheet::anchor(const QString& key) const
{
    return m_options.anchors ? u"<a name=\""_s + key + u"\"></a>"_s : QString();
}

void Sheet::heading(const QString& section, const QString& text)
{
    const QString key = u"heading:"_s + section;
    m_html += m_options.pageBreaks.contains(key) ? u"<h2 style=\"page-break-before: always\">"_s : u"<h2>"_s;
    m_html += anchor(key) + text + u"</h2>\n"_s;
}

void Sheet::table(const QString& section, const QString& attributes, const QString& head, const QStringList& rows)
{
    const auto open = [&](bool pageBreak) {
        // The break goes on a paragraph of its own, a point high: QTextDocument keeps a line's space between two
        // tables, which would otherwise fall at the foot of the page and push the break a page further.
        if (pageBreak)
            m_html += u"<p style=\"page-break-before: always; font-size: 1pt; margin-top: 0; margin-bottom: 0\">"
                      u"</p>\n"_s;
        m_html += u"<table "_s + attributes + u" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">\n"_s + head;
    };
    open(m_options.pageBreaks.contains(u"row:"_s + section + u":0"_s));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0 && m_options.pageBreaks.contains(u"row:"_s + section + u':' + QString::number(i))) {
            m_html += u"</table>\n"_s;
            open(true);
        }
        m_html += rows.at(i);
    }
    m_html += u"</table>\n"_s;
}

void Sheet::header()
{
    m_html += u"<p class=\"kind\">"_s + esc(m_brief.kindText.toUpper()) + u"</p>\n"_s;
    m_html += u"<h1>"_s + esc(m_brief.title) + u"</h1>\n"_s;
    QStringList subtitle;
    if (!m_brief.scopeText.isEmpty())
        subtitle.append(esc(m_brief.scopeText));
    if (!m_brief.period.isEmpty())
        subtitle.append(esc(m_brief.period));
    if (m_brief.prepared.isValid())
        subtitle.append(tr("Prepared %1").arg(dayText(m_brief.prepared)));
    m_html += u"<p class=\"subtitle\">"_s + subtitle.join(u" · "_s) + u"</p>\n"_s;
}

void Sheet::bottomLine()
{
    table(u"bluf"_s, u"class=\"bluf\""_s, {},
        {u"<tr><td class=\"bluf-cell\">"_s + rowAnchor(u"bluf"_s, 0) + u"<p class=\"bluf-label\">"_s + tr("BOTTOM LINE")
            + u"</p><p class=\"bluf-text\">"_s + esc(m_brief.bottomLine) + u"</p></td></tr>\n"_s});
}

void Sheet::facts()
{
    heading(u"facts"_s, tr("Key facts"));
    // Two facts to a row where both are short; a long one has the row to itself.
    constexpr qsizetype shortValue = 40;
    QStringList rows;
    const QList<Fact>& facts = m_brief.facts;
    const auto cells = [](const Fact& fact, bool wide, const QString& anchor) -> QString {
        return u"<td class=\"key\" width=\"11%\">"_s + anchor + esc(fact.label) + u"</td><td class=\"value\""_s
            + (wide ? u" colspan=\"3\">"_s : u" width=\"39%\">"_s) + esc(fact.value) + u"</td>"_s;
    };
    for (qsizetype i = 0; i < facts.size();) {
        const bool pair = i + 1 < facts.size() && facts.at(i).value.size() <= shortValue
            && facts.at(i + 1).value.size() <= shortValue;
        QString row = u"<tr>"_s + cells(facts.at(i), !pair, rowAnchor(u"facts"_s, rows.size()));
        if (pair)
            row += cells(facts.at(i + 1), false, {});
        rows.append(row + u"</tr>\n"_s);
        i += pair ? 2 : 1;
    }
    if (!m_brief.people.isEmpty()) {
        QStringList lines;
        for (const Person& person : m_brief.people) {
            QString line = u"<b>"_s + esc(person.name) + u"</b>"_s;
            if (!person.part.isEmpty())
                line += u" — "_s + esc(person.part);
            if (!person.title.isEmpty())
                line += u"<span class=\"muted\"> · "_s + esc(person.title) + u"</span>"_s;
            lines.append(line);
        }
        rows.append(u"<tr><td class=\"key\" width=\"11%\">"_s + rowAnchor(u"facts"_s, rows.size())
            + esc(m_brief.peopleHeading)
            + u"</td><td class=\"value\" colspan=\"3\">"_s + lines.join(u"<br/>"_s) + u"</td></tr>\n"_s);
    }
    table(u"facts"_s, u"class=\"facts\""_s, {}, rows);
}

void Sheet::statements()
{
    if (m_brief.statements.isEmpty())
        return;
    heading(u"statements"_s, tr("Key statements"));
    QStringList rows;
    for (const KeyStatement& s : m_brief.statements) {
        QStringList where;
        if (!s.venue.isEmpty())
            where.append(esc(s.venue));
        if (!s.when.isNull())
            where.append(esc(shortDate(s.when)));
        QString row = u"<tr><td class=\"quote\" width=\"62%\">"_s + rowAnchor(u"statements"_s, rows.size())
            + statementText(s) + u"</td><td class=\"who\" width=\"38%\"><b>"_s + esc(s.speaker) + u"</b>"_s;
        if (!s.speakerTitle.isEmpty())
            row += u", "_s + esc(s.speakerTitle);
        if (!where.isEmpty())
            row += u"<br/>"_s + where.join(u" · "_s);
        if (!s.citations.isEmpty())
            row += u" <span class=\"cite\">"_s + HtmlWriter::citationMarks(s.citations) + u"</span>"_s;
        rows.append(row + u"</td></tr>\n"_s);
    }
    table(u"statements"_s, u"class=\"statements\""_s, {}, rows);
    if (m_brief.statementsLeftOut > 0) {
        m_html += u"<p class=\"small\">"_s
            + (m_brief.statementsLeftOut == 1
                    ? tr("One more statement is on record and not quoted here.")
                    : tr("%1 more statements are on record and not quoted here.").arg(m_brief.statementsLeftOut))
            + u"</p>\n"_s;
    }
}

void Sheet::chronology()
{
    heading(u"chronology"_s, tr("Chronology"));
    // An event brief lists its participants under the key facts; other briefs name them under each event.
    const bool whoInRows = m_brief.scope.kind != Scope::Kind::Event;
    const QString head = u"<thead><tr><th width=\"17%\">"_s + tr("DATE") + u"</th><th width=\"49%\">"_s + tr("EVENT")
        + u"</th><th width=\"21%\">"_s + tr("PLACE") + u"</th><th width=\"13%\">"_s + tr("KIND")
        + u"</th></tr></thead>\n"_s;
    QStringList rows;
    rows.reserve(m_brief.chronology.size());
    for (const ChronologyEntry& e : m_brief.chronology) {
        const QString focus = e.focus ? u" focus"_s : QString();
        QString row = u"<tr><td class=\"date"_s + focus + u"\">"_s + rowAnchor(u"chronology"_s, rows.size())
            + esc(e.when.display()) + u"</td><td class=\"event"_s + focus + u"\">"_s + esc(e.title);
        if (!e.citations.isEmpty())
            row += u" <span class=\"cite\">"_s + HtmlWriter::citationMarks(e.citations) + u"</span>"_s;
        if (whoInRows && !e.participants.isEmpty())
            row += u"<br/><span class=\"small\">"_s + esc(e.participants.join(u", "_s)) + u"</span>"_s;
        QString kind = esc(kindName(e.kind));
        if (e.status != EventStatus::Occurred)
            kind += u"<br/><b>"_s + esc(statusName(e.status)) + u"</b>"_s;
        rows.append(row + u"</td><td class=\"note\">"_s + esc(e.location) + u"</td><td class=\"note\">"_s + kind
            + u"</td></tr>\n"_s);
    }
    table(u"chronology"_s, u"class=\"chronology\""_s, head, rows);
}

void Sheet::figure()
{
    if (m_options.figureSource.isEmpty() || m_brief.figure.isEmpty())
        return;
    m_html += u"<p class=\"figure\"><img src=\""_s + m_options.figureSource.toHtmlEscaped() + u"\" width=\""_s
        + QString::number(m_options.figureWidth) + u"\" height=\""_s + QString::number(m_options.figureHeight)
        + u"\" alt=\""_s + tr("The events of this brief on a timeline") + u"\"/></p>\n"_s;
}

void Sheet::contacts()
{
    if (m_options.contactsSource.isEmpty() || m_brief.contacts.isEmpty())
        return;
    heading(u"contacts"_s, tr("Contacts"));
    m_html += u"<p class=\"figure\"><img src=\""_s + m_options.contactsSource.toHtmlEscaped() + u"\" width=\""_s
        + QString::number(m_options.contactsWidth) + u"\" height=\""_s + QString::number(m_options.contactsHeight)
        + u"\" alt=\""_s + tr("Who took part in this brief's events with whom") + u"\"/></p>\n"_s;
}

void Sheet::sources()
{
    heading(u"sources"_s, tr("Sources"));
    if (m_brief.sources.isEmpty()) {
        m_html += u"<p class=\"muted\">"_s + tr("No sources are recorded for what this brief shows.") + u"</p>\n"_s;
        return;
    }
    QStringList rows;
    for (const Citation& c : m_brief.sources) {
        QString text = esc(HtmlWriter::citationText(c));
        if (!c.url.isEmpty()) {
            const QUrl url(c.url);
            if (url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s))
                text.replace(esc(c.url), u"<a href=\""_s + c.url.toHtmlEscaped() + u"\">"_s + esc(c.url) + u"</a>"_s);
        }
        const QString grade = c.grade();
        const QString description = c.gradeDescription();
        QString row = u"<tr><td class=\"cell\" width=\"5%\">"_s + rowAnchor(u"sources"_s, rows.size()) + u'['
            + QString::number(c.number) + u"]</td><td class=\"cell\" width=\"73%\">"_s + text
            + u"</td><td class=\"grade\" width=\"22%\">"_s + (grade.isEmpty() ? tr("not graded") : esc(grade));
        if (!description.isEmpty())
            row += u"<br/><span class=\"small\">"_s + esc(description) + u"</span>"_s;
        rows.append(row + u"</td></tr>\n"_s);
    }
    table(u"sources"_s, u"class=\"sources\""_s, {}, rows);
}

QString Sheet::write()
{
    m_html.reserve(16384 + m_brief.chronology.size() * 500);
    m_html += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\n<title>"_s + esc(m_brief.title)
        + u"</title>\n<style>"_s + styleSheet + u"</style></head>\n<body>\n"_s;
    if (m_options.pageFurniture && !m_brief.banner.isEmpty())
        m_html += u"<p class=\"banner\">"_s + esc(m_brief.banner) + u"</p>\n"_s;
    header();
    bottomLine();
    facts();
    statements();
    chronology();
    figure();
    contacts();
    sources();
    if (m_options.pageFurniture) {
        m_html += u"<p class=\"footer\">"_s + tr("Attaché project %1").arg(esc(m_brief.projectName)) + u"</p>\n"_s;
        if (!m_brief.banner.isEmpty())
            m_html += u"<p class=\"banner\">"_s + esc(m_brief.banner) + u"</p>\n"_s;
    }
    m_html += u"</body></html>\n"_s;
    return m_html;
}

} // namespace

QString HtmlWriter::write(const Brief& brief, const Options& options)
{
    return Sheet(brief, options).write();
}

} // namespace attache::briefing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include "briefing/brief.h"

namespace attache::briefing {

/// Writes a brief as one self-contained HTML document: the sheet's sections with a print-friendly stylesheet that
/// QTextDocument understands as well as browsers do. Every text taken from the project is escaped, so a quote that
/// contains markup prints as the characters it is.
class HtmlWriter final
{
public:
    struct Options
    {
        /// Where the timeline figure's image comes from (a data: URL, a resource name); empty leaves the figure out.
        QString figureSource;
        int figureWidth = 0; // CSS pixels
        int figureHeight = 0;
        /// The same for an actor brief's contacts figure (the network of the brief's events).
        QString contactsSource;
        int contactsWidth = 0;
        int contactsHeight = 0;
        /// Repeat the banner at the top and bottom of the document and end with a footer line. Off when a printer
        /// draws them on every page instead.
        bool pageFurniture = true;
        /// Page breaks a printer asks for: "heading:S" before the heading of section S, "row:S:N" before row N of
        /// its table (the table ends there and goes on, with its header, on the next page). Sections: bluf, facts,
        /// statements, chronology, sources.
        QSet<QString> pageBreaks;
        /// Start each heading and each table row with a named anchor: its key as pageBreaks names it.
        bool anchors = false;
    };

    static QString write(const Brief& brief, const Options& options);
    static QString write(const Brief& brief) { return write(brief, Options()); }

    /// The text of a citation as the source list prints it: authors, “title”, outlet, date, URL.
    static QString citationText(const Citation& citation);
    /// "[1]", "[1, 3]"; empty for none.
    static QString citationMarks(const QList<int>& numbers);
};

} // namespace attache::briefing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "model/fuzzydate.h"

class QLabel;
class QLineEdit;

namespace attache {

/// Entry of a date as EDTF text ("2025-08-15", "2025-08?", "2025-08-15/2025-08-18"), with a line below saying how it
/// was understood ("Fri 15 Aug 2025 — known to the day") or, in red, why it is not a date.
class FuzzyDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FuzzyDateEdit)

public:
    explicit FuzzyDateEdit(QWidget* parent = nullptr);

    /// The date typed; null when the text is empty or not a date.
    FuzzyDate date() const { return m_date; }
    void setDate(const FuzzyDate& date);
    /// True when nothing (but blanks) is typed.
    bool isEmpty() const;
    /// True for a date, and for empty text when the date is optional.
    bool isValid() const;
    /// Why the text is not valid; empty when it is.
    QString problem() const { return m_problem; }

    bool isOptional() const { return m_optional; }
    void setOptional(bool optional);

    /// How a date reads with its precision, as the line below the text shows it.
    static QString interpretation(const FuzzyDate& date);

Q_SIGNALS:
    void changed();

private:
    void interpret();

    QLineEdit* m_text;
    QLabel* m_interpretation;
    FuzzyDate m_date;
    QString m_problem;
    bool m_optional = false;
};

} // namespace attache

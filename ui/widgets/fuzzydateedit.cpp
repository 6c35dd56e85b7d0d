// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/fuzzydateedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QVBoxLayout>

namespace attache {
namespace {

QString precisionText(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::None:
        return FuzzyDateEdit::tr("open");
    case DatePrecision::Year:
        return FuzzyDateEdit::tr("known to the year");
    case DatePrecision::Month:
        return FuzzyDateEdit::tr("known to the month");
    case DatePrecision::Day:
        return FuzzyDateEdit::tr("known to the day");
    case DatePrecision::Minute:
        return FuzzyDateEdit::tr("known to the minute");
    case DatePrecision::Second:
        return FuzzyDateEdit::tr("known to the second");
    }
    return {};
}

} // namespace

FuzzyDateEdit::FuzzyDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_interpretation(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->setPlaceholderText(tr("e.g. 2025-08-15, 2025-08, 2025?, 2025-08-15/2025-08-18"));
    m_text->setClearButtonEnabled(true);
    m_interpretation->setObjectName(QStringLiteral("dateInterpretation"));
    m_interpretation->setWordWrap(true);
    m_interpretation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    layout->addWidget(m_interpretation);
    setFocusProxy(m_text);

    connect(m_text, &QLineEdit::textChanged, this, [this] {
        interpret();
        Q_EMIT changed();
    });
    interpret();
}

void FuzzyDateEdit::setDate(const FuzzyDate& date)
{
    // textChanged runs interpret() and emits changed() when the text differs.
    m_text->setText(date.toString());
    interpret();
}

bool FuzzyDateEdit::isEmpty() const
{
    return m_text->text().trimmed().isEmpty();
}

bool FuzzyDateEdit::isValid() const
{
    return m_problem.isEmpty();
}

void FuzzyDateEdit::setOptional(bool optional)
{
    if (m_optional == optional)
        return;
    m_optional = optional;
    interpret();
    Q_EMIT changed();
}

QString FuzzyDateEdit::interpretation(const FuzzyDate& date)
{
    if (date.isNull())
        return {};
    QString text = date.display() + QStringLiteral(" — ") + precisionText(date.precision());
    if (date.isUncertain() && date.isApproximate())
        text += tr(", uncertain and approximate");
    else if (date.isUncertain())
        text += tr(", uncertain");
    else if (date.isApproximate())
        text += tr(", approximate");
    return text;
}

void FuzzyDateEdit::interpret()
{
    const QString text = m_text->text().trimmed();
    m_date = FuzzyDate();
    m_problem.clear();
    QString shown;
    if (text.isEmpty()) {
        if (m_optional)
            shown = tr("No date");
        else
            m_problem = tr("A date is needed, e.g. 2025-08-15.");
    } else if (auto parsed = FuzzyDate::parse(text)) {
        m_date = parsed.value();
        shown = interpretation(m_date);
    } else {
        m_problem = parsed.error();
    }

    QPalette palette = this->palette();
    if (!m_problem.isEmpty()) {
        shown = m_problem;
        palette.setColor(QPalette::WindowText, QColor(Qt::red).darker(130));
    } else {
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    }
    m_interpretation->setPalette(palette);
    m_interpretation->setText(shown);
    m_interpretation->setProperty("invalid", !m_problem.isEmpty());
}

} // namespace attache

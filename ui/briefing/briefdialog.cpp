// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/briefdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "briefing/briefprinter.h"
#include "briefing/builder.h"
#include "settings.h"
#include "storage/project.h"
#include "widgets/fuzzydateedit.h"
#include "widgets/filedialogs.h"

using namespace Qt::Literals::StringLiterals;

namespace attache {
namespace {

FuzzyDate dayOf(qint64 ms)
{
    return FuzzyDate::fromDate(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date());
}

} // namespace

BriefDialog::BriefDialog(const Project& project, const Context& context, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_context(context)
    , m_scopes(new QButtonGroup(this))
    , m_eventScope(new QRadioButton(this))
    , m_actorScope(new QRadioButton(tr("An &actor:"), this))
    , m_periodScope(new QRadioButton(tr("A &period"), this))
    , m_filterScope(new QRadioButton(this))
    , m_days(new QSpinBox(this))
    , m_actor(new QComboBox(this))
    , m_from(new FuzzyDateEdit(this))
    , m_to(new FuzzyDateEdit(this))
    , m_bottomLine(new QPlainTextEdit(this))
    , m_resetBottomLine(new QPushButton(tr("&Reset"), this))
    , m_banner(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Print Pre&view…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_rebuildTimer(new QTimer(this))
    , m_pagesTimer(new QTimer(this))
{
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(250);
    m_pagesTimer->setSingleShot(true);
    m_pagesTimer->setInterval(300);
    connect(m_rebuildTimer, &QTimer::timeout, this, &BriefDialog::rebuild);
    connect(m_pagesTimer, &QTimer::timeout, this, &BriefDialog::showPages);
    setObjectName(u"briefDialog"_s);
    setWindowTitle(tr("Brief"));
    m_eventScope->setObjectName(u"eventScope"_s);
    m_actorScope->setObjectName(u"actorScope"_s);
    m_periodScope->setObjectName(u"periodScope"_s);
    m_filterScope->setObjectName(u"filterScope"_s);
    m_days->setObjectName(u"relatedDays"_s);
    m_actor->setObjectName(u"actorCombo"_s);
    m_from->setObjectName(u"fromDate"_s);
    m_to->setObjectName(u"toDate"_s);
    m_bottomLine->setObjectName(u"bottomLine"_s);
    m_resetBottomLine->setObjectName(u"resetBottomLine"_s);
    m_banner->setObjectName(u"banner"_s);
    m_paper->setObjectName(u"paper"_s);
    m_status->setObjectName(u"briefStatus"_s);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_printButton->setObjectName(u"printButton"_s);
    m_exportButton->setObjectName(u"exportButton"_s);

    // What the brief covers.
    const Settings settings;
    const QString eventTitle = context.event.isValid() ? project.events().title(context.event) : QString();
    m_eventScope->setText(eventTitle.isEmpty() ? tr("The selected &event (none is selected)")
                                               : tr("The &event “%1”").arg(eventTitle));
    m_eventScope->setEnabled(!eventTitle.isEmpty());
    m_filterScope->setText(context.filtered.isEmpty()
            ? tr("What the timeline's &filter shows (no filter is set)")
            : context.filtered.size() == 1
            ? tr("What the timeline's &filter shows: %1 (1 event)").arg(context.filterDescription)
            : tr("What the timeline's &filter shows: %1 (%2 events)")
                  .arg(context.filterDescription)
                  .arg(context.filtered.size()));
    m_filterScope->setEnabled(!context.filtered.isEmpty());
    m_days->setRange(0, 365);
    m_days->setValue(settings.briefRelatedDays());
    m_days->setSuffix(tr(" days"));
    for (const Actor& actor : project.actors().all())
        m_actor->addItem(actor.name, actor.id.value);
    // The actor offered first: the selected event's first participant.
    if (const auto event = context.event.isValid() ? project.events().find(context.event) : std::nullopt) {
        for (const Participant& p : event->participants) {
            if (p.role != ParticipantRole::Mentioned) {
                m_actor->setCurrentIndex(std::max(0, m_actor->findData(p.actor.value)));
                break;
            }
        }
    }
    m_from->setOptional(true);
    m_to->setOptional(true);
    for (FuzzyDateEdit* edit : {m_from, m_to})
        edit->setMinimumHeight(edit->sizeHint().height()); // the line that says how the date reads stays whole
    if (context.toMs > context.fromMs) {
        m_from->setDate(dayOf(context.fromMs));
        m_to->setDate(dayOf(context.toMs));
    }
    for (QRadioButton* button : {m_eventScope, m_actorScope, m_periodScope, m_filterScope})
        m_scopes->addButton(button);

    auto* scopeBox = new QGroupBox(tr("The brief covers"), this);
    auto* scopeLayout = new QGridLayout(scopeBox);
    scopeLayout->addWidget(m_eventScope, 0, 0, 1, 2);
    auto* daysRow = new QHBoxLayout;
    daysRow->setContentsMargins(24, 0, 0, 0);
    auto* daysLabel = new QLabel(tr("with related events within"), this);
    daysLabel->setBuddy(m_days);
    daysRow->addWidget(daysLabel);
    daysRow->addWidget(m_days);
    daysRow->addStretch(1);
    scopeLayout->addLayout(daysRow, 1, 0, 1, 2);
    scopeLayout->addWidget(m_actorScope, 2, 0);
    scopeLayout->addWidget(m_actor, 2, 1);
    scopeLayout->addWidget(m_periodScope, 3, 0, 1, 2);
    scopeLayout->addWidget(m_filterScope, 4, 0, 1, 2);
    auto* periodForm = new QFormLayout;
    periodForm->setContentsMargins(24, 6, 0, 0);
    periodForm->addRow(tr("F&rom:"), m_from);
    periodForm->addRow(tr("&To:"), m_to);
    auto* periodNote
        = new QLabel(tr("The period applies to actor and period briefs; an actor brief may leave it open."), this);
    periodNote->setWordWrap(true);
    periodForm->addRow(periodNote);
    scopeLayout->addLayout(periodForm, 5, 0, 1, 2);
    scopeLayout->setColumnStretch(1, 1);

    auto* lineBox = new QGroupBox(tr("Bottom line"), this);
    auto* lineLayout = new QVBoxLayout(lineBox);
    m_bottomLine->setTabChangesFocus(true);
    m_bottomLine->setMinimumHeight(100);
    lineLayout->addWidget(m_bottomLine);
    auto* resetRow = new QHBoxLayout;
    auto* lineNote = new QLabel(tr("Filled in from the data; edit it freely. Reset fills it in again."), this);
    lineNote->setWordWrap(true);
    resetRow->addWidget(lineNote, 1);
    resetRow->addWidget(m_resetBottomLine);
    lineLayout->addLayout(resetRow);

    auto* pageBox = new QGroupBox(tr("Pages"), this);
    auto* pageForm = new QFormLayout(pageBox);
    m_banner->setPlaceholderText(tr("e.g. UNCLASSIFIED // FOR OFFICIAL USE ONLY"));
    m_banner->setText(settings.briefBanner());
    pageForm->addRow(tr("Handling &banner:"), m_banner);
    m_paper->addItem(tr("A4"), u"a4"_s);
    m_paper->addItem(tr("Letter"), u"letter"_s);
    QString paper = settings.briefPaper();
    if (paper.isEmpty())
        paper = BriefPrinter::defaultPageSize(QLocale()).id() == QPageSize::Letter ? u"letter"_s : u"a4"_s;
    m_paper->setCurrentIndex(m_paper->findData(paper));
    pageForm->addRow(tr("P&aper:"), m_paper);

    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(lineBox, 1);
    layout->addWidget(pageBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(660, 740);

    // The scope chosen at first: the selected event, else the filter, else the period on screen.
    if (m_eventScope->isEnabled())
        m_eventScope->setChecked(true);
    else if (m_filterScope->isEnabled())
        m_filterScope->setChecked(true);
    else
        m_periodScope->setChecked(true);
    m_actor->setEnabled(m_actorScope->isChecked());
    m_days->setEnabled(m_eventScope->isChecked());

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &BriefDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &BriefDialog::print);
    connect(m_exportButton, &QPushButton::clicked, this, &BriefDialog::exportFile);
    connect(m_scopes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (!checked)
            return;
        m_actor->setEnabled(m_actorScope->isChecked());
        m_days->setEnabled(m_eventScope->isChecked());
        rebuild();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        Settings().setBriefRelatedDays(days);
        rebuild();
    });
    connect(m_actor, &QComboBox::currentIndexChanged, this, &BriefDialog::rebuild);
    connect(m_from, &FuzzyDateEdit::changed, m_rebuildTimer, qOverload<>(&QTimer::start));
    connect(m_to, &FuzzyDateEdit::changed, m_rebuildTimer, qOverload<>(&QTimer::start));
    connect(m_bottomLine, &QPlainTextEdit::textChanged, this, [this] {
        m_bottomLineEdited = true;
        updateStatus();
        Q_EMIT briefChanged();
    });
    connect(m_resetBottomLine, &QPushButton::clicked, this, [this] {
        m_bottomLineEdited = false;
        rebuild();
    });
    connect(m_banner, &QLineEdit::textChanged, this, [this](const QString& text) {
        Settings().setBriefBanner(text.trimmed());
        updateStatus();
        Q_EMIT briefChanged();
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        Settings().setBriefPaper(m_paper->currentData().toString());
        updateStatus();
    });
    rebuild();
}

BriefDialog::~BriefDialog() = default;

briefing::Scope BriefDialog::scope() const
{
    if (m_eventScope->isChecked())
        return briefing::Scope::forEvent(m_context.event, m_days->value());
    if (m_actorScope->isChecked())
        return briefing::Scope::forActor(ActorId(m_actor->currentData().toLongLong()), m_from->date(), m_to->date());
    if (m_filterScope->isChecked())
        return briefing::Scope::forEvents(m_context.filtered, m_context.filterDescription);
    return briefing::Scope::forPeriod(m_from->date(), m_to->date());
}

void BriefDialog::setScopeKind(briefing::Scope::Kind kind)
{
    switch (kind) {
    case briefing::Scope::Kind::Event:
        m_eventScope->setChecked(true);
        break;
    case briefing::Scope::Kind::Actor:
        m_actorScope->setChecked(true);
        break;
    case briefing::Scope::Kind::Period:
        m_periodScope->setChecked(true);
        break;
    case briefing::Scope::Kind::Events:
        m_filterScope->setChecked(true);
        break;
    }
}

briefing::Brief BriefDialog::brief() const
{
    briefing::Brief brief = m_brief;
    brief.bottomLine = m_bottomLine->toPlainText().trimmed();
    brief.banner = m_banner->text().trimmed();
    return brief;
}

QPageSize BriefDialog::pageSize() const
{
    return QPageSize(m_paper->currentData().toString() == u"letter"_s ? QPageSize::Letter : QPageSize::A4);
}

void BriefDialog::rebuild()
{
    const briefing::Scope chosen = scope();
    m_problem.clear();
    m_hasBrief = false;
    if (chosen.kind == briefing::Scope::Kind::Period && (m_from->date().isNull() || m_to->date().isNull()))
        m_problem = tr("Enter the first and the last day of the period.");
    else if (!m_from->isValid() || !m_to->isValid())
        m_problem = !m_from->isValid() ? m_from->problem() : m_to->problem();
    if (m_problem.isEmpty()) {
        auto built = briefing::Builder(m_project).build(chosen);
        if (built) {
            m_brief = std::move(built.value());
            m_hasBrief = true;
        } else {
            m_problem = built.error();
        }
    }
    if (m_hasBrief && !m_bottomLineEdited) {
        const QSignalBlocker blocker(m_bottomLine);
        m_bottomLine->setPlainText(m_brief.bottomLine);
    }
    for (QPushButton* button : {m_previewButton, m_printButton, m_exportButton})
        button->setEnabled(m_hasBrief);
    updateStatus();
    Q_EMIT briefChanged();
}

void BriefDialog::updateStatus()
{
    m_pages = -1;
    m_pagesTimer->stop();
    if (!m_hasBrief) {
        m_status->setText(u"<span style=\"color:#b00020\">"_s + m_problem.toHtmlEscaped() + u"</span>"_s);
        return;
    }
    const auto count = [](qsizetype n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); };
    m_status->setText(count(m_brief.chronology.size(), tr("1 event"), tr("%1 events")) + u" · "_s
        + count(m_brief.statements.size(), tr("1 statement quoted"), tr("%1 statements quoted")));
    m_pagesTimer->start();
}

void BriefDialog::showPages()
{
    if (!m_hasBrief)
        return;
    const int pages = pageCount();
    const auto count = [](qsizetype n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); };
    m_status->setText(count(m_brief.chronology.size(), tr("1 event"), tr("%1 events")) + u" · "_s
        + count(m_brief.statements.size(), tr("1 statement quoted"), tr("%1 statements quoted")) + u" · "_s
        + count(pages, tr("1 page"), tr("%1 pages")));
}

void BriefDialog::settle()
{
    if (m_rebuildTimer->isActive()) {
        m_rebuildTimer->stop();
        rebuild();
    }
}

int BriefDialog::pageCount() const
{
    if (!m_hasBrief)
        return 0;
    if (m_pages < 0) {
        BriefPrinter printer(brief());
        m_pages = printer.layout(BriefPrinter::pageLayout(pageSize()));
    }
    return m_pages;
}

void BriefDialog::showError(const QString& message)
{
    auto* box
        = new QMessageBox(QMessageBox::Critical, tr("The brief could not be written"), message, QMessageBox::Ok, this);
    box->setObjectName(u"briefError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void BriefDialog::preparePrinter(QPrinter& printer) const
{
    printer.setPageLayout(BriefPrinter::pageLayout(pageSize()));
    printer.setDocName(m_brief.title);
}

void BriefDialog::preview()
{
    settle();
    if (!m_hasBrief)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(u"briefPreview"_s);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(m_brief.title));
    const briefing::Brief content = brief();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
        [content](QPrinter* target) { BriefPrinter(content).print(*target); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void BriefDialog::print()
{
    settle();
    if (!m_hasBrief)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(u"briefPrint"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (BriefPrinter(brief()).print(printer) == 0)
        showError(tr("The printer “%1” could not be used.").arg(printer.printerName()));
}

void BriefDialog::exportFile()
{
    settle();
    if (!m_hasBrief)
        return;
    QString name = m_brief.title;
    name.replace(QRegularExpression(u"[^\\w\\- ]+"_s), u" "_s);
    name = name.simplified();
    const QString folder = QFileInfo(m_project.path()).absolutePath();
    const QString pdf = tr("PDF (*.pdf)");
    const QString html = tr("Web page (*.html)");
    const QString odt = tr("OpenDocument text (*.odt)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Brief"), folder + u'/' + name + u".pdf"_s,
        QStringList{pdf, html, odt}.join(u";;"_s), &filter, fileDialogOptions);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf"_s && suffix != u"html"_s && suffix != u"htm"_s && suffix != u"odt"_s)
        path += filter == html ? u".html"_s : filter == odt ? u".odt"_s : u".pdf"_s;
    exportTo(path);
}

bool BriefDialog::exportTo(const QString& path)
{
    settle();
    if (!m_hasBrief) {
        showError(m_problem);
        return false;
    }
    BriefPrinter printer(brief());
    const Status written = printer.write(path, pageSize());
    if (!written)
        showError(written.error());
    return written.ok();
}

} // namespace attache

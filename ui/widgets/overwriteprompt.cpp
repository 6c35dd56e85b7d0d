// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/overwriteprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include "storage/project.h"

namespace attache::overwriteprompt {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("attache::overwriteprompt", text);
}
} // namespace

Answer ask(QWidget* parent, const Project& project, const EditedMeanwhile& edit)
{
    if (!edit.stillThere)
        return Answer::Gone;
    if (!edit.changed)
        return Answer::Write;
    QString who = project.lastChangedBy(edit.entity, edit.id);
    if (who.isEmpty())
        who = tr("Another analyst");
    QMessageBox box(QMessageBox::Warning, tr("Changed Meanwhile"),
        edit.fields.isEmpty() ? tr("%1 changed “%2” while you edited it.").arg(who, edit.name)
                              : tr("%1 changed %2 of “%3” while you edited it.").arg(who, edit.fields, edit.name),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictBox"));
    box.setInformativeText(tr("Overwrite their version with yours, or keep theirs and drop your edit?"));
    QPushButton* overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton* keep = box.addButton(tr("&Keep Theirs"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == overwrite ? Answer::Write : Answer::KeepTheirs;
}

QString goneText(const QString& name)
{
    return tr("“%1” was deleted by another analyst while you edited it.").arg(name);
}

QString keptText(const QString& name)
{
    return tr("Kept the other analyst's version of “%1”").arg(name);
}

} // namespace attache::overwriteprompt

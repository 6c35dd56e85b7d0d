// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "model/actor.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace attache {

class Project;

/// Adds or edits an actor. OK stays disabled, and a line says why, while there is no name or the country is not two
/// letters.
class ActorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorDialog)

public:
    /// `project` lists the actors this one may be affiliated to; `actor` is shown for editing (a null id for a new
    /// one).
    ActorDialog(const Project& project, const Actor& actor, QWidget* parent = nullptr);

    /// The edited actor, with the id it was given.
    Actor actor() const;
    /// Why the input cannot be saved; empty when it can.
    QString problem() const;

    void accept() override;

private:
    void validate();

    Actor m_original;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_aliases;
    QLineEdit* m_role;
    QComboBox* m_affiliation;
    QLineEdit* m_country;
    QPlainTextEdit* m_notes;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace attache

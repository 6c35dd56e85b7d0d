// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "model/event.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace attache {

class FuzzyDateEdit;
class Project;

/// Adds or edits an event: what, when, where, who. OK stays disabled, and a line says why, while the event could not
/// be saved (no title, a bad date, an end before the start, an actor listed twice, a malformed CAMEO code).
class EventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    /// `project` lists the actors to choose participants from; `event` is shown for editing (a null id for a new one).
    EventDialog(const Project& project, const Event& event, QWidget* parent = nullptr);

    /// The edited event, with the id (and the parent) it was given.
    Event event() const;
    /// Why the input cannot be saved; empty when it can.
    QString problem() const;

    void accept() override;

private:
    void addParticipantRow(const Participant& participant);
    void validate();

    Event m_original;
    QList<std::pair<ActorId, QString>> m_actors; // to choose from, by name
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_status;
    FuzzyDateEdit* m_start;
    FuzzyDateEdit* m_end;
    QLineEdit* m_location;
    QPlainTextEdit* m_summary;
    QLineEdit* m_tags;
    QLineEdit* m_cameo;
    QTableWidget* m_participants;
    QPushButton* m_addParticipant;
    QPushButton* m_removeParticipant;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace attache

#pragma once

#include "review/coaching/coachingstore.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace callqa::app {

// A new coaching session: the agent, the day, the evaluations discussed, notes, a follow-up day.
class CoachingSessionDialog : public QDialog {
    Q_OBJECT
public:
    explicit CoachingSessionDialog(QWidget* parent = nullptr);

    // The session as filled in (days at local midnight); the store checks it.
    review::NewCoachingSession session() const;
    // What cannot be read as filled in (a word among the evaluation numbers); empty when none.
    QString problem() const;
    QLineEdit* agentEdit() const { return m_agent; }
    QLineEdit* evaluationsEdit() const { return m_evaluations; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

private:
    QLineEdit* m_agent = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_evaluations = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_hasFollowUp = nullptr;
    QDateEdit* m_followUp = nullptr;
};

} // namespace callqa::app

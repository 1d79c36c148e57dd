#pragma once

#include "checklists/answerset.h"
#include "checklists/checklist.h"

#include <QDialog>

class QPlainTextEdit;

namespace callqa::app {

class ReviewForm;

// Accepting a dispute: the evaluation's answers in the review screen's form, to change into the
// revision, and why. Nothing is stored here; DisputeStore::accept does it.
class RescoreDialog : public QDialog {
    Q_OBJECT
public:
    RescoreDialog(const checklists::Checklist& checklist, const checklists::AnswerSet& answers,
                  const QString& disputeReason, QWidget* parent = nullptr);

    checklists::AnswerSet answers() const;
    QString reason() const;
    ReviewForm* form() const { return m_form; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    ReviewForm* m_form = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace callqa::app

#pragma once

#include "checklists/answerset.h"
#include "checklists/checklist.h"
#include "checklists/scoreresult.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace callqa::app {

class ChecklistDocument;

// The form as a reviewer sees it, filled with a sample answer set, scored with
// checklists::score() whenever an answer or the checklist changes.
class PreviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit PreviewWidget(ChecklistDocument& document, QWidget* parent = nullptr);

    const checklists::ScoreResult& result() const { return m_result; }
    const checklists::AnswerSet& answers() const { return m_answers; }

private:
    void checklistChanged();
    void rebuildForm();
    QWidget* answerEditor(const checklists::Item& item, QWidget* parent);
    void setAnswer(const QString& itemKey, const checklists::Answer& answer);
    void rescore();

    ChecklistDocument& m_document;
    checklists::Checklist m_shown;
    checklists::AnswerSet m_answers;
    checklists::ScoreResult m_result;
    QLabel* m_overall = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_details = nullptr;
    QScrollArea* m_scroll = nullptr;
    QHash<QString, QLabel*> m_sectionScores;
};

} // namespace callqa::app

#pragma once
// The evaluation form beside the waveform: the pinned checklist version, its sections and items
// with the live scores, the focused item's guidance and its answers as buttons (for the mouse;
// the keyboard answers through the screen's actions), a line for text items.

#include "checklists/answer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QHBoxLayout;
class QTreeView;

namespace callqa::app {

class ReviewFormModel;

class ReviewForm : public QWidget {
    Q_OBJECT
public:
    explicit ReviewForm(QWidget* parent = nullptr);

    ReviewFormModel& model() const { return *m_model; }
    QTreeView* tree() const { return m_tree; }
    // "Support call, version 3": shown above the items.
    void setTitle(const QString& title);

    QString focusedItemKey() const;
    void focusItem(const QString& itemKey);
    void moveFocus(int step); // to the next (+1) or previous (-1) item, skipping section rows
    // The keyboard's answers on the focused item: false when it has no such answer.
    bool answerFocused(int digit);
    bool notApplicableFocused();
    bool clearFocused();
    // Flags the unanswered items and focuses the first; false when there were some.
    bool checkComplete();

Q_SIGNALS:
    void focusedItemChanged(const QString& itemKey);

private:
    bool answerFocusedWith(const checklists::Answer& answer);
    void showFocusedItem();
    void updateSummary();

    ReviewFormModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_guidance = nullptr;
    QWidget* m_buttons = nullptr;
    QHBoxLayout* m_buttonRow = nullptr;
    QLineEdit* m_text = nullptr;
};

} // namespace callqa::app

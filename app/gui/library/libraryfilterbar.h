#pragma once

#include "review/calls/librarychoices.h"
#include "review/calls/libraryquery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace callqa::app {

// The library's filters above the call table. Every control has an object name (libraryFrom,
// librarySearch, ...). Changing a control emits filtersChanged at once; typing in the search box
// waits for a short pause. The evaluation filters show only when `withScores`.
class LibraryFilterBar : public QWidget {
    Q_OBJECT
public:
    LibraryFilterBar(const review::LibraryChoices& choices, bool withScores,
                     QWidget* parent = nullptr);

    // The filters the controls say (the query's sort is left at its default).
    review::LibraryQuery filters() const;
    void clear();

Q_SIGNALS:
    void filtersChanged(const review::LibraryQuery& filters);

private:
    void announce();
    QComboBox* addCombo(const QString& name, const QString& any);

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_agent = nullptr;
    QComboBox* m_queue = nullptr;
    QComboBox* m_direction = nullptr;
    QSpinBox* m_minMinutes = nullptr;
    QSpinBox* m_maxMinutes = nullptr;
    QComboBox* m_reviewed = nullptr;
    QComboBox* m_verdict = nullptr;
    QSpinBox* m_minScore = nullptr;
    QSpinBox* m_maxScore = nullptr;
    QSpinBox* m_deadAir = nullptr;
    QCheckBox* m_missing = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchPause;
    bool m_clearing = false;
};

} // namespace callqa::app

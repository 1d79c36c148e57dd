#pragma once

#include "review/auth/permissions.h"
#include "review/queues/queuestore.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class StrataTableModel;

// A supervisor draws a review queue: the rule (population, quota, strata, seed) with a live
// count of the eligible calls per stratum, then the reviewers, then the draw. Widgets carry
// object names so tests drive them.
class QueueWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { RulePage, ReviewersPage, ResultPage };

    QueueWizard(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    // The request the widgets describe now.
    review::QueueRequest request() const;
    // Recounts the strata now (the widgets' changes recount after a short pause).
    void refreshPreview();
    qint64 drawnQueueId() const { return m_drawnQueueId; }

Q_SIGNALS:
    void previewUpdated();

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage* makeRulePage();
    QWizardPage* makeReviewersPage();
    QWizardPage* makeResultPage();
    void schedulePreview();
    bool draw();

    review::Workspace& m_workspace;
    review::Actor m_actor;
    qint64 m_drawnQueueId = 0;

    QLineEdit* m_name = nullptr;
    QComboBox* m_checklist = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLineEdit* m_teams = nullptr;
    QLineEdit* m_agents = nullptr;
    QLineEdit* m_phoneQueues = nullptr;
    QComboBox* m_direction = nullptr;
    QSpinBox* m_minMinutes = nullptr;
    QSpinBox* m_maxMinutes = nullptr;
    QCheckBox* m_unreviewed = nullptr;
    QCheckBox* m_includeQueued = nullptr;
    QCheckBox* m_includeMissing = nullptr;
    QComboBox* m_quotaKind = nullptr;
    QSpinBox* m_quota = nullptr;
    QCheckBox* m_byAgent = nullptr;
    QCheckBox* m_byQueue = nullptr;
    QCheckBox* m_byDuration = nullptr;
    QCheckBox* m_byDaypart = nullptr;
    QLineEdit* m_seed = nullptr;
    StrataTableModel* m_strata = nullptr;
    QTableView* m_strataTable = nullptr;
    QLabel* m_previewTotal = nullptr;
    QTimer* m_previewTimer = nullptr;

    QListWidget* m_reviewers = nullptr;
    QRadioButton* m_roundRobin = nullptr;
    QRadioButton* m_byLoad = nullptr;
    QLabel* m_drawError = nullptr;
    QLabel* m_result = nullptr;
};

// Opens the wizard for a supervisor; refuses, saying why, for anyone else.
void showQueueWizard(review::Workspace& workspace, const review::Actor& actor, QWidget* parent);

} // namespace callqa::app

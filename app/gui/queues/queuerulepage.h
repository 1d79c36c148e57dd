#pragma once

#include "review/auth/permissions.h"
#include "review/queues/queuestore.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class StrataTableModel;

// The queue wizard's first page: the whole rule (name, checklist, population, quota, strata,
// seed) beside a live table of the eligible calls per stratum and what the quota draws from each.
class QueueRulePage : public QWizardPage {
    Q_OBJECT
public:
    QueueRulePage(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    // The request the widgets describe, without reviewers.
    review::QueueRequest request() const;
    // Recounts the strata now (the widgets' changes recount after a short pause).
    void refreshPreview();
    bool validatePage() override;

Q_SIGNALS:
    void previewUpdated();

private:
    void schedulePreview();

    review::Workspace& m_workspace;
    review::Actor m_actor;
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
};

} // namespace callqa::app

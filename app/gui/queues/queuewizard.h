#pragma once

#include "review/auth/permissions.h"
#include "review/queues/queuestore.h"

#include <QWizard>

class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class QueueRulePage;

// A supervisor draws a review queue: the rule with a live count of the eligible calls per
// stratum (QueueRulePage), then the reviewers, then the draw and what it drew. Widgets carry
// object names so tests drive them.
class QueueWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { RulePage, ReviewersPage, ResultPage };

    QueueWizard(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    // The request the widgets describe now.
    review::QueueRequest request() const;
    // Recounts the strata now (the rule's changes recount after a short pause).
    void refreshPreview();
    qint64 drawnQueueId() const { return m_drawnQueueId; }

Q_SIGNALS:
    void previewUpdated();

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage* makeReviewersPage();
    QWizardPage* makeResultPage();
    bool draw();

    review::Workspace& m_workspace;
    review::Actor m_actor;
    qint64 m_drawnQueueId = 0;
    QueueRulePage* m_rule = nullptr;
    QListWidget* m_reviewers = nullptr;
    QRadioButton* m_roundRobin = nullptr;
    QRadioButton* m_byLoad = nullptr;
    QSpinBox* m_doubleScore = nullptr;
    QLabel* m_drawError = nullptr;
    QLabel* m_result = nullptr;
};

// Opens the wizard for a supervisor; refuses, saying why, for anyone else.
void showQueueWizard(review::Workspace& workspace, const review::Actor& actor, QWidget* parent);

} // namespace callqa::app

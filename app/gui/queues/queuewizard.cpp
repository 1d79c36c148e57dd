#include "app/gui/queues/queuewizard.h"

#include "app/gui/queues/queuerulepage.h"
#include "review/queues/assignablereviewers.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

template <typename W> W* named(W* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

QueueWizard::QueueWizard(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWizard(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("queueWizard"));
    setWindowTitle(tr("Draw a review queue"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_rule = new QueueRulePage(m_workspace, m_actor, this);
    connect(m_rule, &QueueRulePage::previewUpdated, this, &QueueWizard::previewUpdated);
    setPage(RulePage, m_rule);
    setPage(ReviewersPage, makeReviewersPage());
    setPage(ResultPage, makeResultPage());
    resize(1100, 720);
}

QWizardPage* QueueWizard::makeReviewersPage()
{
    auto* page = named(new QWizardPage, "reviewersPage");
    page->setTitle(tr("Who reviews them"));
    page->setSubTitle(tr("The drawn calls go to the reviewers ticked here; none ticked leaves "
                         "them for whoever takes the next item. A reviewer never gets a call of "
                         "their own agent account."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Draw"));
    m_reviewers = named(new QListWidget, "reviewerList");
    if (const auto reviewers = review::assignableReviewers(m_workspace, m_actor))
        for (const review::AssignableReviewer& r : reviewers.value()) {
            auto* item = new QListWidgetItem(
                r.displayName.isEmpty() ? r.login : tr("%1 (%2)").arg(r.displayName, r.login),
                m_reviewers);
            item->setData(Qt::UserRole, r.login);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_roundRobin = named(new QRadioButton(tr("&Round-robin, in the order listed")), "roundRobin");
    m_byLoad = named(new QRadioButton(tr("By &load: fewest open items first")), "byLoad");
    m_roundRobin->setChecked(true);
    m_doubleScore = named(new QSpinBox, "doubleScoreSpin");
    m_doubleScore->setRange(0, 100);
    m_doubleScore->setSuffix(tr(" %"));
    m_doubleScore->setSpecialValueText(tr("none"));
    m_doubleScore->setToolTip(tr("This share of the drawn calls also goes, blind, to a second "
                                 "ticked reviewer. The second score measures how well reviewers "
                                 "agree (Calibration > Reliability) and counts nowhere."));
    auto* doubleScoreForm = new QFormLayout;
    doubleScoreForm->addRow(tr("Double-&score:"), m_doubleScore);
    m_drawError = named(new QLabel, "drawError");
    m_drawError->setWordWrap(true);
    m_drawError->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_reviewers, 1);
    layout->addWidget(m_roundRobin);
    layout->addWidget(m_byLoad);
    layout->addLayout(doubleScoreForm);
    layout->addWidget(m_drawError);
    return page;
}

QWizardPage* QueueWizard::makeResultPage()
{
    auto* page = named(new QWizardPage, "resultPage");
    page->setTitle(tr("Drawn"));
    m_result = named(new QLabel, "drawResult");
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addStretch();
    return page;
}

review::QueueRequest QueueWizard::request() const
{
    review::QueueRequest r = m_rule->request();
    for (int i = 0; i < m_reviewers->count(); ++i)
        if (m_reviewers->item(i)->checkState() == Qt::Checked)
            r.reviewers << m_reviewers->item(i)->data(Qt::UserRole).toString();
    r.assignMode =
        m_byLoad->isChecked() ? review::AssignMode::ByLoad : review::AssignMode::RoundRobin;
    r.rule.doubleScorePercent = m_doubleScore->value();
    return r;
}

void QueueWizard::refreshPreview()
{
    m_rule->refreshPreview();
}

bool QueueWizard::validateCurrentPage()
{
    if (currentId() == ReviewersPage)
        return draw();
    return QWizard::validateCurrentPage();
}

bool QueueWizard::draw()
{
    const review::QueueRequest r = request();
    review::QueueStore store(m_workspace, m_actor);
    const auto created = store.create(r);
    if (!created) {
        m_drawError->setText(created.error());
        return false;
    }
    m_drawError->clear();
    m_drawnQueueId = created.value();
    const auto queue = store.find(QLatin1Char('#') + QString::number(m_drawnQueueId));
    const QLocale locale;
    const qint64 drawn = queue ? queue->counts.todo : 0;
    const qint64 eligible = queue ? queue->frameSize : 0;
    m_result->setText(
        tr("Queue “%1” is drawn: %2 of %3 eligible calls, seed %4.")
            .arg(r.name, locale.toString(drawn), locale.toString(eligible),
                 QString::number(r.rule.seed)) +
        QLatin1Char('\n') +
        (r.reviewers.isEmpty()
             ? tr("The items are not assigned: reviewers take them with “Next item”.")
             : tr("Assigned to %1.").arg(locale.createSeparatedList(r.reviewers))) +
        (queue && queue->counts.doubleScored > 0
             ? QLatin1Char('\n') + tr("%1 of them double-scored, blind.")
                                       .arg(locale.toString(queue->counts.doubleScored))
             : QString()));
    return true;
}

void showQueueWizard(review::Workspace& workspace, const review::Actor& actor, QWidget* parent)
{
    if (const review::Status allowed = review::authorize(actor, review::Action::ManageQueues);
        !allowed) {
        QMessageBox::warning(parent, QueueWizard::tr("Review queues"), allowed.error());
        return;
    }
    QueueWizard wizard(workspace, actor, parent);
    wizard.exec();
}

} // namespace callqa::app

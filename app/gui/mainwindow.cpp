#include "app/gui/mainwindow.h"

#include "app/gui/calibration/calibrationpanel.h"
#include "app/gui/checklisteditor/checklistpicker.h"
#include "app/gui/coaching/coachingscreen.h"
#include "app/gui/disputes/disputeinbox.h"
#include "app/gui/evaluations/evaluationhistoryview.h"
#include "app/gui/evaluations/myevaluationspanel.h"
#include "app/gui/goals/goalsscreen.h"
#include "app/gui/library/libraryfilterbar.h"
#include "app/gui/library/libraryview.h"
#include "app/gui/queues/myqueuepanel.h"
#include "app/gui/queues/queuewizard.h"
#include "app/gui/review/reviewscreen.h"
#include "app/workspacelocation.h"
#include "app/workstationimport.h"
#include "review/calls/callimporter.h"
#include "review/calls/calllistmodel.h"
#include "review/calls/librarymodel.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/changewatcher.h"
#include "review/storage/demomark.h"
#include "review/storage/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

// A screen of its own beside the main window (which owns it), gone when closed.
void showToolWindow(QWidget* window, const QString& title, QSize size)
{
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    window->resize(size);
    window->show();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<review::Workspace> workspace, review::Actor actor,
                       QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString who = m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName;
    const QString where = m_workspace->db().location().displayName();
    setWindowTitle(review::isDemoWorkspace(*m_workspace)
                       ? tr("callqa: %1 (%2), demo workspace").arg(where, who)
                       : tr("callqa: %1 (%2)").arg(where, who));

    m_library = new LibraryView(m_workspace->db(), m_actor, this);
    connect(m_library, &LibraryView::countsChanged, this,
            [this] { statusBar()->showMessage(m_library->statusText()); });
    connect(m_library, &LibraryView::currentCallChanged, this, &MainWindow::showSelectedCall);
    // Another workstation or a CLI run changed the library or scored a call: the rows refresh in
    // place, keeping the selection and the scroll position.
    m_watcher = std::make_unique<review::ChangeWatcher>(m_workspace->db());
    connect(m_watcher.get(), &review::ChangeWatcher::changed, this, [this](const QString& topic) {
        if (review::ChangeWatcher::concerns(topic, QStringLiteral("calls")) ||
            review::ChangeWatcher::concerns(topic, QStringLiteral("evaluations")))
            reload();
        if (m_myQueue && review::ChangeWatcher::concerns(topic, QStringLiteral("queues")))
            m_myQueue->refresh();
    });

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("callDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_details->setWordWrap(true);
    m_details->setMargin(12);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_library);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* libraryPage = new QWidget(this);
    auto* layout = new QVBoxLayout(libraryPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_library->filterBar());
    layout->addWidget(splitter, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(libraryPage);
    setCentralWidget(m_pages);
    if (may(review::Action::ScoreCall)) {
        m_review = new ReviewScreen(*m_workspace, m_actor, this);
        m_pages->addWidget(m_review);
        connect(m_review, &ReviewScreen::closed, this, [this] {
            m_pages->setCurrentIndex(0);
            if (m_myQueueDock)
                m_myQueueDock->show();
            reload();
            m_library->table()->setFocus(Qt::OtherFocusReason);
        });
        connect(m_review, &ReviewScreen::callOpened, this, [this](qint64 callId) {
            m_library->selectCall(callId);
            if (m_myQueue)
                m_myQueue->refresh();
        });
        connect(m_review, &ReviewScreen::queueFinished, this, [this] {
            statusBar()->showMessage(tr("Submitted. Nothing more to do: every item of your "
                                        "queues is done."));
        });
        connect(m_library->table(), &QTableView::activated, this, [this](const QModelIndex&) {
            if (const review::LibraryRow* row = m_library->currentRow())
                openReview(row->call.id);
        });
    }

    auto* refresh = new QAction(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::reload);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu* fileMenu = menuBar()->addMenu(tr("&Workspace"));
    if (may(review::Action::ImportCalls)) {
        auto* import = new QAction(tr("&Import..."), this);
        import->setObjectName(QStringLiteral("importAction"));
        connect(import, &QAction::triggered, this, &MainWindow::importFolder);
        fileMenu->addAction(import);
    }
    // Everyone: where this workstation finds the recordings decides whether it can open them.
    auto* folder = new QAction(tr("Recordings &folder…"), this);
    folder->setObjectName(QStringLiteral("recordingsFolderAction"));
    connect(folder, &QAction::triggered, this, &MainWindow::chooseRecordingsFolder);
    fileMenu->addAction(folder);
    if (may(review::Action::ManageChecklists)) {
        auto* checklists = new QAction(tr("&Checklists…"), this);
        checklists->setObjectName(QStringLiteral("checklistsAction"));
        connect(checklists, &QAction::triggered, this,
                [this] { showChecklistPicker(*m_workspace, m_actor, this); });
        fileMenu->addAction(checklists);
    }
    if (may(review::Action::ManageQueues)) {
        auto* queues = new QAction(tr("Draw a review &queue…"), this);
        queues->setObjectName(QStringLiteral("queueWizardAction"));
        connect(queues, &QAction::triggered, this,
                [this] { showQueueWizard(*m_workspace, m_actor, this); });
        fileMenu->addAction(queues);
    }
    // Reviewers work their queue beside the library; the next item is one key away.
    if (may(review::Action::ReadQueues) && may(review::Action::ScoreCall)) {
        m_myQueue = new MyQueuePanel(*m_workspace, m_actor, this);
        connect(m_myQueue, &MyQueuePanel::callChosen, this, [this](qint64 callId) {
            selectCall(callId);
            openReview(callId);
        });
        auto* dock = new QDockWidget(tr("My queue"), this);
        m_myQueueDock = dock;
        dock->setObjectName(QStringLiteral("myQueueDock"));
        dock->setWidget(m_myQueue);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        fileMenu->addAction(m_myQueue->nextAction());
    }
    // Calibration sessions and their reports, for those who read them (participants see a
    // blind session's report once they scored every call).
    if (may(review::Action::ReadCalibration) || may(review::Action::ScoreCall)) {
        auto* calibration = new QAction(tr("&Calibration sessions…"), this);
        calibration->setObjectName(QStringLiteral("calibrationAction"));
        connect(calibration, &QAction::triggered, this, [this] {
            auto* panel = new CalibrationPanel(*m_workspace, m_actor, this);
            panel->setObjectName(QStringLiteral("calibrationPanel"));
            // A participant scores a session call in the review screen, then is back at the list.
            connect(panel, &CalibrationPanel::scoreRequested, this,
                    [this, panel](qint64 sessionId, qint64 callId) {
                        if (!m_review || !m_review->openCalibrationCall(sessionId, callId)) {
                            statusBar()->showMessage(m_review
                                                         ? m_review->lastError()
                                                         : tr("Your role does not score calls."));
                            return;
                        }
                        m_pages->setCurrentWidget(m_review);
                        if (m_myQueueDock)
                            m_myQueueDock->hide();
                        activateWindow();
                        m_review->setFocus(Qt::OtherFocusReason);
                        connect(
                            m_review, &ReviewScreen::closed, panel,
                            [panel] {
                                panel->refresh();
                                panel->raise();
                                panel->activateWindow();
                            },
                            Qt::SingleShotConnection);
                    });
            showToolWindow(panel, tr("Calibration sessions"), {1100, 700});
        });
        fileMenu->addAction(calibration);
    }
    // Agents: their own evaluations, to read, acknowledge and dispute, in the library's place
    // (an agent reads no calls but their own evaluations').
    if (may(review::Action::ReadOwnEvaluations)) {
        auto* mine = new MyEvaluationsPanel(*m_workspace, m_actor, this);
        m_pages->addWidget(mine);
        if (!may(review::Action::ReadCalls))
            m_pages->setCurrentWidget(mine);
        connect(m_watcher.get(), &review::ChangeWatcher::changed, mine,
                [mine](const QString& topic) {
                    if (review::ChangeWatcher::concerns(topic, QStringLiteral("evaluations")))
                        mine->refresh();
                });
    }
    // Supervisors decide disputes; coaches, who dispute on agents' behalf, follow them.
    if (may(review::Action::ResolveDisputes) || may(review::Action::RunCoaching)) {
        auto* inbox = new QAction(tr("&Dispute inbox…"), this);
        inbox->setObjectName(QStringLiteral("disputeInboxAction"));
        connect(inbox, &QAction::triggered, this, [this] {
            showToolWindow(new DisputeInbox(*m_workspace, m_actor, m_watcher.get(), this),
                           tr("Dispute inbox"), {1100, 600});
        });
        fileMenu->addAction(inbox);
    }
    if (may(review::Action::RunCoaching)) {
        auto* coaching = new QAction(tr("C&oaching sessions…"), this);
        coaching->setObjectName(QStringLiteral("coachingAction"));
        connect(coaching, &QAction::triggered, this, [this] {
            showToolWindow(new CoachingScreen(*m_workspace, m_actor, this), tr("Coaching sessions"),
                           {1100, 600});
        });
        fileMenu->addAction(coaching);
    }
    // The history of the selected call's latest evaluation, for those who read evaluations.
    if (may(review::Action::ReadAllEvaluations) || may(review::Action::ReadWrittenEvaluations)) {
        auto* history = new QAction(tr("Evaluation &history…"), this);
        history->setObjectName(QStringLiteral("evaluationHistoryAction"));
        connect(history, &QAction::triggered, this, &MainWindow::showSelectedHistory);
        fileMenu->addAction(history);
    }
    // Everyone signed in: GoalStore shows agents their own goals and their team's.
    auto* goals = new QAction(tr("&Goals…"), this);
    goals->setObjectName(QStringLiteral("goalsAction"));
    connect(goals, &QAction::triggered, this, [this] {
        showToolWindow(new GoalsScreen(*m_workspace, m_actor, this), tr("Goals"), {1200, 820});
    });
    fileMenu->addAction(goals);
    fileMenu->addAction(refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    resize(1200, 720);
    statusBar()->showMessage(m_library->statusText());
    showSelectedCall();
}

MainWindow::~MainWindow()
{
    // The review screen is a child widget, destroyed after the workspace it writes to: save and
    // release its draft while the workspace is still open.
    if (m_review) {
        const QSignalBlocker quiet(m_review);
        m_review->closeCall();
    }
}

bool MainWindow::may(review::Action action) const
{
    return review::authorize(m_actor, action).ok();
}

bool MainWindow::showSelectedHistory()
{
    const review::LibraryRow* row = m_library->currentRow();
    if (!row)
        return false;
    review::EvaluationFilter ofCall;
    ofCall.callId = row->call.id;
    const auto listed = review::EvaluationStore(*m_workspace, m_actor).list(ofCall);
    if (!listed || listed->isEmpty()) {
        statusBar()->showMessage(
            listed ? tr("Call %1 has no evaluation yet.").arg(row->call.externalId)
                   : listed.error());
        return false;
    }
    showEvaluationHistory(*m_workspace, m_actor, listed->first().id, this);
    return true;
}

void MainWindow::importFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import the recordings in a folder"));
    if (folder.isEmpty())
        return;
    WorkstationImport request;
    request.folder = folder;
    review::ImportReport report = importOnWorkstation(*m_workspace, m_actor, request);
    if (!report.unknownAgents.isEmpty() &&
        QMessageBox::question(
            this, tr("Import"),
            tr("%n file(s) name agents this workspace does not know: %1.\n\nCreate these "
               "agents with their id, marked \"to be named\", and import those files?",
               nullptr, int(report.unknownAgents.size()))
                .arg(report.unknownAgents.join(QStringLiteral(", ")))) == QMessageBox::Yes) {
        request.createAgents = true;
        report = importOnWorkstation(*m_workspace, m_actor, request);
    }
    QMessageBox::information(this, tr("Import"), describeImport(report));
    reload();
}

QString MainWindow::describeImport(const review::ImportReport& report)
{
    const QLocale locale;
    QString text = tr("%1 files: %2 imported, %3 already in the library, %4 re-linked, %5 failed.")
                       .arg(locale.toString(report.scanned), locale.toString(report.imported),
                            locale.toString(report.duplicates), locale.toString(report.relinked),
                            locale.toString(report.problems.size()));
    if (report.legsJoined > 0)
        text += QLatin1Char('\n') +
                tr("%n call(s) recorded in two legs joined a leg imported on its own before.",
                   nullptr, report.legsJoined);
    const auto line = [&](const QString& kind, const review::ImportProblem& problem) {
        const QString where = problem.row > 0
                                  ? tr("%1 (manifest row %2)").arg(problem.file).arg(problem.row)
                                  : problem.file;
        text += QLatin1Char('\n') + kind + where + QStringLiteral(": ") + problem.reason;
    };
    for (const review::ImportProblem& problem : report.problems)
        line(QString(), problem);
    for (const review::ImportProblem& problem : report.notes)
        line(tr("note: "), problem);
    for (const QString& path : report.missing)
        text += QLatin1Char('\n') + tr("missing: %1").arg(path);
    if (!report.createdAgents.isEmpty())
        text += QLatin1Char('\n') + tr("Agents created \"to be named\": %1")
                                        .arg(report.createdAgents.join(QStringLiteral(", ")));
    return text;
}

void MainWindow::chooseRecordingsFolder()
{
    const review::RecordingsRoot current = workstationRecordingsRoot(*m_workspace);
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Where this workstation finds the shared recordings folder"), current.path);
    if (folder.isEmpty())
        return;
    saveRecordingsFolder(folder);
    if (workstationRecordingsRoot(*m_workspace).source != review::RootSource::WorkstationSetting)
        QMessageBox::information(this, tr("Recordings folder"),
                                 tr("Saved. CALLQA_RECORDINGS_ROOT is set on this workstation and "
                                    "is used instead while it is set."));
}

void MainWindow::reload()
{
    m_library->refresh();
    statusBar()->showMessage(m_library->statusText());
    showSelectedCall();
}

bool MainWindow::selectCall(qint64 callId)
{
    if (m_library->selectCall(callId))
        return true;
    statusBar()->showMessage(tr("The call is not among the calls the filter lists."));
    return false;
}

bool MainWindow::openReview(qint64 callId)
{
    if (!m_review) {
        statusBar()->showMessage(tr("Your role does not score calls."));
        return false;
    }
    if (!m_review->openCall(callId)) {
        statusBar()->showMessage(m_review->lastError());
        return false;
    }
    m_pages->setCurrentWidget(m_review);
    // The screen needs the width; Ctrl+Enter brings the next item, Escape the queue back.
    if (m_myQueueDock)
        m_myQueueDock->hide();
    m_review->setFocus(Qt::OtherFocusReason);
    return true;
}

bool MainWindow::isReviewing() const
{
    return m_review && m_pages->currentWidget() == m_review;
}

void MainWindow::showSelectedCall()
{
    const review::LibraryRow* row = m_library->currentRow();
    const review::CallSummary* call = row ? &row->call : nullptr;
    if (!call) {
        m_details->setText(tr("No call selected."));
        return;
    }
    const QLocale locale;
    QString text = QStringLiteral("<h3>%1</h3>").arg(call->externalId.toHtmlEscaped());
    text += tr("<p><b>Agent:</b> %1<br><b>Team:</b> %2<br><b>Duration:</b> %3<br>"
               "<b>Codec:</b> %4, %5 channel(s)<br><b>Queue:</b> %6</p>")
                .arg(call->agentName.toHtmlEscaped(), call->teamName.toHtmlEscaped(),
                     review::formatDuration(call->durationMs, locale), call->codec,
                     locale.toString(call->channels), call->queue.toHtmlEscaped());
    const QString score =
        m_library->model()
            .index(m_library->table()->currentIndex().row(), int(review::LibraryColumn::Score))
            .data()
            .toString();
    if (!score.isEmpty())
        text += tr("<p><b>Latest evaluation:</b> %1</p>").arg(score.toHtmlEscaped());
    if (call->missing)
        text += tr("<p><b>The recording is missing</b> from %1. Scores and notes are kept; "
                   "import the folder it moved to and it is re-linked.</p>")
                    .arg(review::recordingLabel(*call).toHtmlEscaped());
    m_details->setText(text);
}

} // namespace callqa::app

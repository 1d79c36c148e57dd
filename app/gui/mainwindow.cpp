#include "app/gui/mainwindow.h"

#include "review/calllibrary.h"
#include "review/calllistmodel.h"
#include "review/workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace callqa::app {

MainWindow::MainWindow(std::unique_ptr<review::Workspace> workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("callqa: %1").arg(m_workspace->db().location().displayName()));

    m_model = new review::CallListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("callTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("callDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_details->setWordWrap(true);
    m_details->setMargin(12);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    auto* refresh = new QAction(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::reload);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu* fileMenu = menuBar()->addMenu(tr("&Workspace"));
    fileMenu->addAction(refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedCall);
    resize(1200, 720);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    try {
        m_model->setCalls(review::listCalls(m_workspace->db()));
        statusBar()->showMessage(tr("%n call(s) in the library", nullptr, m_model->rowCount()));
    } catch (const review::DbError& error) {
        statusBar()->showMessage(tr("Cannot read the library: %1").arg(error.message()));
    }
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showSelectedCall();
}

void MainWindow::showSelectedCall()
{
    const review::CallSummary* call = m_model->callAt(m_table->currentIndex().row());
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
    if (call->missing)
        text += tr("<p><b>The recording is missing</b> from %1. Scores and notes are kept; "
                   "import the folder it moved to and it is re-linked.</p>")
                    .arg(call->relativePath.toHtmlEscaped());
    m_details->setText(text);
}

} // namespace callqa::app

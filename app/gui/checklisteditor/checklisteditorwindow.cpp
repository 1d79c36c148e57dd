#include "app/gui/checklisteditor/checklisteditorwindow.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/checklisteditor.h"
#include "app/gui/checklisteditor/draftsession.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace callqa::app {

namespace {
constexpr int kAutosaveMs = 3000;
}

ChecklistEditorWindow::ChecklistEditorWindow(review::Workspace& workspace, review::Actor actor,
                                             const QString& key, QWidget* parent)
    : QMainWindow(parent), m_session(std::make_unique<DraftSession>(workspace, std::move(actor))),
      m_confirm([](QWidget* owner, const QString& question) {
          return QMessageBox::question(owner, ChecklistEditorWindow::tr("Publish checklist"),
                                       question, QMessageBox::Yes | QMessageBox::No,
                                       QMessageBox::No) == QMessageBox::Yes;
      })
{
    setObjectName(QStringLiteral("checklistEditorWindow"));
    auto loaded = key.isEmpty() ? m_session->startNew(tr("New checklist")) : m_session->open(key);
    m_document = new ChecklistDocument(loaded ? loaded.value() : checklists::Checklist(), this);
    m_editor = new ChecklistEditor(*m_document, this);
    if (const auto& published = m_session->published())
        m_editor->setPublished(published->checklist, published->version);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    palette.setColor(QPalette::WindowText, QColor(0x7a, 0x10, 0x10));
    m_banner->setPalette(palette);
    m_banner->hide();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_editor, 1);
    setCentralWidget(central);
    buildActions();

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveDraft(); });
    connect(m_document, &ChecklistDocument::changed, this, &ChecklistEditorWindow::afterEdit);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            &ChecklistEditorWindow::updateTitle);
    if (!loaded) {
        showProblem(loaded.error());
        setEnabled(false);
    }
    updateTitle();
    resize(1400, 860);
}

ChecklistEditorWindow::~ChecklistEditorWindow()
{
    // ~QWidget deletes the children while this object's connections still exist, and a
    // QUndoStack that is not clean emits cleanChanged() as it is destroyed.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void ChecklistEditorWindow::buildActions()
{
    auto* save = new QAction(tr("&Save draft"), this);
    save->setObjectName(QStringLiteral("saveDraftAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        m_saveRefused = false;
        saveDraft();
    });
    auto* publishAction = new QAction(tr("&Publish…"), this);
    publishAction->setObjectName(QStringLiteral("publishAction"));
    connect(publishAction, &QAction::triggered, this, [this] { publish(); });
    auto* close = new QAction(tr("&Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    QMenu* checklistMenu = menuBar()->addMenu(tr("&Checklist"));
    checklistMenu->addAction(save);
    checklistMenu->addAction(publishAction);
    checklistMenu->addSeparator();
    checklistMenu->addAction(close);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_editor->undoAction());
    editMenu->addAction(m_editor->redoAction());
    editMenu->addSeparator();
    editMenu->addAction(m_editor->addSectionAction());
    editMenu->addAction(m_editor->addItemAction());
    editMenu->addAction(m_editor->duplicateAction());
    editMenu->addAction(m_editor->removeAction());

    QToolBar* toolbar = addToolBar(tr("Checklist"));
    toolbar->setObjectName(QStringLiteral("editorToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(save);
    toolbar->addAction(publishAction);
    toolbar->addSeparator();
    toolbar->addAction(m_editor->undoAction());
    toolbar->addAction(m_editor->redoAction());
    toolbar->addSeparator();
    toolbar->addAction(m_editor->addSectionAction());
    toolbar->addAction(m_editor->addItemAction());
    toolbar->addAction(m_editor->duplicateAction());
    toolbar->addAction(m_editor->removeAction());
}

bool ChecklistEditorWindow::needsSave() const
{
    return !m_session->stored() || !m_document->undoStack()->isClean();
}

void ChecklistEditorWindow::afterEdit()
{
    updateTitle();
    // Not restarted by further edits: a killed process loses at most one interval of work.
    if (needsSave() && !m_saveRefused && !m_autosave.isActive())
        m_autosave.start();
}

void ChecklistEditorWindow::updateTitle()
{
    const QString name = m_document->checklist().name;
    QString title = tr("Checklist editor: %1").arg(name.isEmpty() ? m_session->key() : name);
    if (m_document->undoStack() && !m_document->undoStack()->isClean())
        title += tr(" (unsaved changes)");
    setWindowTitle(title);
}

bool ChecklistEditorWindow::saveDraft()
{
    m_autosave.stop();
    const review::Status saved = m_session->save(m_document->checklist());
    if (!saved) {
        m_saveRefused = true;
        showProblem(tr("The draft was not saved. %1").arg(saved.error()));
        return false;
    }
    m_saveRefused = false;
    m_document->undoStack()->setClean();
    clearProblem();
    statusBar()->showMessage(
        tr("Draft saved at %1.")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
        10000);
    return true;
}

QString ChecklistEditorWindow::publishQuestion() const
{
    return tr("Publish “%1” as version %2?")
        .arg(m_document->checklist().name, QLocale().toString(m_session->publishedVersion() + 1));
}

bool ChecklistEditorWindow::publish()
{
    const int problems = int(m_document->errors().size());
    if (problems > 0) {
        showProblem(tr("This checklist cannot be published: fix the %n problem(s) listed first.",
                       nullptr, problems));
        return false;
    }
    if (!m_confirm(this, publishQuestion()))
        return false;
    if (needsSave() && !saveDraft())
        return false;
    const auto published = m_session->publish();
    if (!published) {
        showProblem(tr("The checklist was not published. %1").arg(published.error()));
        return false;
    }
    // The editor goes on with a fresh draft: the published version, with no history to undo.
    m_document->reset(published->checklist);
    m_editor->setPublished(published->checklist, published->version);
    clearProblem();
    updateTitle();
    statusBar()->showMessage(
        tr("Published “%1” as version %2.")
            .arg(published->checklist.name, QLocale().toString(published->version)),
        10000);
    return true;
}

void ChecklistEditorWindow::showProblem(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
}

void ChecklistEditorWindow::clearProblem()
{
    m_banner->clear();
    m_banner->hide();
}

void ChecklistEditorWindow::closeEvent(QCloseEvent* event)
{
    if (isEnabled() && needsSave() && (m_saveRefused || !saveDraft())) {
        const auto answer = QMessageBox::warning(
            this, tr("Checklist editor"),
            tr("The draft could not be saved:\n%1\n\nClose and lose the changes?")
                .arg(m_banner->text()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace callqa::app

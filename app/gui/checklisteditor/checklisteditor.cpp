#include "app/gui/checklisteditor/checklisteditor.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/checklisttreemodel.h"
#include "app/gui/checklisteditor/diffview.h"
#include "app/gui/checklisteditor/errorlist.h"
#include "app/gui/checklisteditor/previewwidget.h"
#include "app/gui/checklisteditor/propertypanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace callqa::app {

ChecklistEditor::ChecklistEditor(ChecklistDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new ChecklistTreeModel(document, this)),
      m_tree(new QTreeView(this)), m_errors(new ErrorList(document, this)),
      m_properties(new PropertyPanel(document, this)), m_tabs(new QTabWidget(this)),
      m_preview(new PreviewWidget(document, this)), m_diff(new DiffView(this))
{
    setObjectName(QStringLiteral("checklistEditor"));
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();

    auto* problems = new QLabel(tr("Problems"), this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* leftSplitter = new QSplitter(Qt::Vertical, left);
    auto* errorsBox = new QWidget(leftSplitter);
    auto* errorsLayout = new QVBoxLayout(errorsBox);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    errorsLayout->addWidget(problems);
    errorsLayout->addWidget(m_errors);
    leftSplitter->addWidget(m_tree);
    leftSplitter->addWidget(errorsBox);
    leftSplitter->setStretchFactor(0, 3);
    leftSplitter->setStretchFactor(1, 1);
    leftLayout->addWidget(leftSplitter);

    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    m_tabs->addTab(m_diff, tr("&Changes"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_properties);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({320, 480, 480});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_addSection = new QAction(tr("Add &section"), this);
    m_addSection->setObjectName(QStringLiteral("addSectionAction"));
    m_addItem = new QAction(tr("Add &item"), this);
    m_addItem->setObjectName(QStringLiteral("addItemAction"));
    m_addItem->setShortcut(QKeySequence::New);
    m_duplicate = new QAction(tr("&Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_remove = new QAction(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_remove);
    m_undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);

    connect(m_addSection, &QAction::triggered, this,
            [this] { m_document.addSection(currentNode()); });
    connect(m_addItem, &QAction::triggered, this, [this] { m_document.addItem(currentNode()); });
    connect(m_duplicate, &QAction::triggered, this,
            [this] { m_document.duplicate(currentNode()); });
    connect(m_remove, &QAction::triggered, this, [this] { m_document.remove(currentNode()); });
    connect(&m_document, &ChecklistDocument::changed, this, &ChecklistEditor::documentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistEditor::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_errors, &ErrorList::errorActivated, this, [this](NodeRef node, const QString& field) {
        selectNode(node);
        m_properties->focusField(field);
    });
    selectNode(NodeRef::checklist());
    updateDiff();
}

NodeRef ChecklistEditor::currentNode() const
{
    return m_model->nodeAt(m_tree->currentIndex());
}

void ChecklistEditor::selectNode(NodeRef node)
{
    const QModelIndex index = m_model->indexOf(node);
    const QModelIndex target = index.isValid() ? index : m_model->indexOf(NodeRef::checklist());
    if (m_tree->currentIndex() != target)
        m_tree->setCurrentIndex(target);
    else
        currentChanged();
}

void ChecklistEditor::setPublished(const std::optional<checklists::Checklist>& published,
                                   int version)
{
    m_published = published;
    m_publishedVersion = version;
    updateDiff();
}

void ChecklistEditor::documentChanged(NodeRef focus)
{
    selectNode(focus);
    updateDiff();
}

void ChecklistEditor::currentChanged()
{
    const NodeRef node = currentNode();
    m_properties->setNode(node);
    m_addItem->setEnabled(!node.isChecklist());
    m_duplicate->setEnabled(!node.isChecklist());
    m_remove->setEnabled(!node.isChecklist());
}

void ChecklistEditor::updateDiff()
{
    m_diff->showDiff(m_published, m_publishedVersion, m_document.checklist());
}

} // namespace callqa::app

#include "app/gui/checklisteditor/checklisttreemodel.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/errorlocation.h"

#include <QApplication>
#include <QIcon>
#include <QMimeData>
#include <QStyle>

namespace callqa::app {

namespace {

// internalId: the root row, a section row, or an item row of section (id - kItemBase).
constexpr quintptr kRootId = 1;
constexpr quintptr kSectionId = 2;
constexpr quintptr kItemBase = 3;

QString mimeType()
{
    return QStringLiteral("application/x-callqa-checklist-node");
}

std::optional<NodeRef> decodeNode(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QList<QByteArray> parts = data->data(mimeType()).split(',');
    if (parts.size() != 2)
        return std::nullopt;
    bool sectionOk = false;
    bool itemOk = false;
    const NodeRef node{parts.at(0).toInt(&sectionOk), parts.at(1).toInt(&itemOk)};
    if (!sectionOk || !itemOk || node.isChecklist())
        return std::nullopt;
    return node;
}

} // namespace

ChecklistTreeModel::ChecklistTreeModel(ChecklistDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document), m_shape(shape())
{
    connect(&m_document, &ChecklistDocument::changed, this, &ChecklistTreeModel::documentChanged);
}

QList<int> ChecklistTreeModel::shape() const
{
    QList<int> counts;
    for (const checklists::Section& section : m_document.checklist().sections)
        counts.append(int(section.items.size()));
    return counts;
}

void ChecklistTreeModel::documentChanged()
{
    const QList<int> now = shape();
    if (now != m_shape) {
        beginResetModel();
        m_shape = now;
        endResetModel();
        return;
    }
    // Same shape (a field changed, or a move within a section): every row may show new text.
    const QModelIndex root = index(0, 0);
    Q_EMIT dataChanged(root, root);
    for (int s = 0; s < m_shape.size(); ++s) {
        const QModelIndex section = index(s, 0, root);
        Q_EMIT dataChanged(section, section);
        if (m_shape.at(s) > 0)
            Q_EMIT dataChanged(index(0, 0, section), index(m_shape.at(s) - 1, 0, section));
    }
}

NodeRef ChecklistTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kRootId)
        return NodeRef::checklist();
    if (index.internalId() == kSectionId)
        return NodeRef::ofSection(index.row());
    return NodeRef::ofItem(int(index.internalId() - kItemBase), index.row());
}

QModelIndex ChecklistTreeModel::indexOf(NodeRef node) const
{
    const QModelIndex root = index(0, 0);
    if (node.isChecklist())
        return root;
    const QModelIndex section = index(node.section, 0, root);
    if (node.isSection())
        return section;
    return index(node.item, 0, section);
}

QModelIndex ChecklistTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kRootId);
    if (parent.internalId() == kRootId)
        return createIndex(row, column, kSectionId);
    return createIndex(row, column, kItemBase + quintptr(parent.row()));
}

QModelIndex ChecklistTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kRootId)
        return {};
    if (child.internalId() == kSectionId)
        return createIndex(0, 0, kRootId);
    return createIndex(int(child.internalId() - kItemBase), 0, kSectionId);
}

int ChecklistTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kRootId)
        return int(m_shape.size());
    if (parent.internalId() == kSectionId)
        return parent.row() < m_shape.size() ? m_shape.at(parent.row()) : 0;
    return 0;
}

int ChecklistTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ChecklistTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const NodeRef node = nodeAt(index);
    const checklists::Checklist& checklist = m_document.checklist();
    if (node.section >= checklist.sections.size())
        return {};
    if (role == Qt::DisplayRole) {
        QString text;
        if (node.isChecklist())
            text = checklist.name;
        else if (node.isSection())
            text = checklist.sections.at(node.section).title;
        else if (node.item < checklist.sections.at(node.section).items.size())
            text = checklist.sections.at(node.section).items.at(node.item).prompt;
        return text.trimmed().isEmpty() ? tr("(untitled)") : text;
    }
    if (role != Qt::DecorationRole && role != Qt::ToolTipRole)
        return {};
    QStringList messages;
    for (const checklists::ValidationError& error : m_document.errors()) {
        const ErrorLocation location = locateError(error.path);
        if (location.node == node)
            messages.append(error.toString());
    }
    if (role == Qt::ToolTipRole)
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
    return messages.isEmpty()
               ? QVariant()
               : QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
}

Qt::ItemFlags ChecklistTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const NodeRef node = nodeAt(index);
    if (!node.isChecklist())
        flags |= Qt::ItemIsDragEnabled;
    if (!node.isItem())
        flags |= Qt::ItemIsDropEnabled; // the root takes sections, a section takes items
    return flags;
}

Qt::DropActions ChecklistTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ChecklistTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ChecklistTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* ChecklistTreeModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const NodeRef node = nodeAt(indexes.first());
    if (node.isChecklist())
        return nullptr;
    auto data = std::make_unique<QMimeData>();
    data->setData(mimeType(),
                  QByteArray::number(node.section) + ',' + QByteArray::number(node.item));
    return data.release(); // the caller (the drag) owns it
}

bool ChecklistTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                         const QModelIndex& parent) const
{
    const std::optional<NodeRef> node = decodeNode(data);
    if (!node || action != Qt::MoveAction || !parent.isValid())
        return false;
    const NodeRef target = nodeAt(parent);
    return node->isItem() ? target.isSection() : target.isChecklist();
}

bool ChecklistTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                      int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const NodeRef node = *decodeNode(data);
    const NodeRef target = nodeAt(parent);
    if (node.isSection())
        m_document.moveSection(node.section, row < 0 ? rowCount(parent) : row);
    else
        m_document.moveItem(node, target.section, row);
    return true;
}

} // namespace callqa::app

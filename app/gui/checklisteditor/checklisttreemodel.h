#pragma once

#include "app/gui/checklisteditor/noderef.h"

#include <QAbstractItemModel>
#include <QList>

namespace callqa::app {

class ChecklistDocument;

// The checklist as a tree: one root row (the checklist), its sections, their items. Nodes with
// validation errors carry an error icon and the messages as tooltip. Drag and drop moves items
// within and across sections and sections among sections, as undoable document edits.
class ChecklistTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit ChecklistTreeModel(ChecklistDocument& document, QObject* parent = nullptr);

    NodeRef nodeAt(const QModelIndex& index) const;
    QModelIndex indexOf(NodeRef node) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    // Performs the move through the document. There is no removeRows(): the move is complete
    // here, so the view's "remove the source rows" step after a move finds nothing to do.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    void documentChanged();
    QList<int> shape() const;

    ChecklistDocument& m_document;
    QList<int> m_shape; // item count per section, as the views last saw it
};

} // namespace callqa::app

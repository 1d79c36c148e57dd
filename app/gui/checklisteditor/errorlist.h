#pragma once

#include "app/gui/checklisteditor/noderef.h"

#include <QListWidget>

namespace callqa::app {

class ChecklistDocument;

// Every validation error of the checklist, in document order, each naming its place; clicking
// one asks for its node (and field) to be shown.
class ErrorList : public QListWidget {
    Q_OBJECT
public:
    explicit ErrorList(ChecklistDocument& document, QWidget* parent = nullptr);

Q_SIGNALS:
    void errorActivated(callqa::app::NodeRef node, const QString& field);

private:
    void refresh();
    QString placeName(NodeRef node) const;

    ChecklistDocument& m_document;
};

} // namespace callqa::app

#pragma once

#include "checklists/checklist.h"

#include <QDialog>
#include <QMap>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace callqa::app {

// What an agent says when disputing an evaluation: why, overall, and optionally why for items.
class DisputeDialog : public QDialog {
    Q_OBJECT
public:
    DisputeDialog(const checklists::Checklist& checklist, QWidget* parent = nullptr);

    QString reason() const;
    QMap<QString, QString> itemReasons() const; // item key -> reason, only those filled in
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QTableWidget* itemsTable() const { return m_items; }

private:
    QPlainTextEdit* m_reason = nullptr;
    QTableWidget* m_items = nullptr;
    QStringList m_keys;
};

} // namespace callqa::app

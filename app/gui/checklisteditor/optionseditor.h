#pragma once

#include "checklists/option.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace callqa::app {

// The options of a choice item as a table (key, label, fraction of the points, failing), with
// buttons to add and remove options.
class OptionsEditor : public QWidget {
    Q_OBJECT
public:
    explicit OptionsEditor(QWidget* parent = nullptr);

    void setOptions(const QList<checklists::Option>& options);
    QList<checklists::Option> options() const;
    // Marks the rows that have validation errors.
    void markInvalidRows(const QList<int>& rows);

Q_SIGNALS:
    void edited(const QList<callqa::checklists::Option>& options, const QString& text);

private:
    void addOption();
    void removeOption();

    QTableWidget* m_table = nullptr;
};

} // namespace callqa::app

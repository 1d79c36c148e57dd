#pragma once

#include "app/gui/checklisteditor/propertypage.h"

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace callqa::app {

// The checklist's own fields: key (fixed: it names the checklist across versions), name,
// description, pass mark.
class ChecklistPage : public PropertyPage {
    Q_OBJECT
public:
    explicit ChecklistPage(ChecklistDocument& document, QWidget* parent = nullptr);
    void refresh() override;

private:
    QLineEdit* m_key = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDoubleSpinBox* m_passMark = nullptr;
};

} // namespace callqa::app

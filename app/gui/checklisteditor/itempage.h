#pragma once

#include "app/gui/checklisteditor/propertypage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace callqa::checklists {
struct Item;
}

namespace callqa::app {

class OptionsEditor;

// An item's fields: key, prompt, guidance, type, points, N/A, critical, and the scale bounds or
// the options its type needs (the rows that do not apply to the type are hidden).
class ItemPage : public PropertyPage {
    Q_OBJECT
public:
    explicit ItemPage(ChecklistDocument& document, QWidget* parent = nullptr);
    void refresh() override;

private:
    template <typename Change>
    void editItem(const QString& text, const QString& field, Change change);
    void changeType(int type);

    QLineEdit* m_key = nullptr;
    QLineEdit* m_prompt = nullptr;
    QPlainTextEdit* m_guidance = nullptr;
    QComboBox* m_type = nullptr;
    QDoubleSpinBox* m_points = nullptr;
    QCheckBox* m_allowNa = nullptr;
    QComboBox* m_critical = nullptr;
    QSpinBox* m_scaleMin = nullptr;
    QSpinBox* m_scaleMax = nullptr;
    OptionsEditor* m_options = nullptr;
};

} // namespace callqa::app

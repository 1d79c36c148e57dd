#pragma once

#include "app/gui/checklisteditor/propertypage.h"

class QDoubleSpinBox;
class QLineEdit;

namespace callqa::app {

// A section's fields: key, title, weight.
class SectionPage : public PropertyPage {
    Q_OBJECT
public:
    explicit SectionPage(ChecklistDocument& document, QWidget* parent = nullptr);
    void refresh() override;

private:
    // The document's checklist with this page's section changed by `change`.
    template <typename Change>
    void editSection(const QString& text, const QString& field, Change change);

    QLineEdit* m_key = nullptr;
    QLineEdit* m_title = nullptr;
    QDoubleSpinBox* m_weight = nullptr;
};

} // namespace callqa::app

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace callqa::app {

// A form of labelled field editors, each with an error line under it that shows the validation
// messages for that field (hidden when there are none).
class FieldForm : public QWidget {
    Q_OBJECT
public:
    explicit FieldForm(QWidget* parent = nullptr);

    // `field` is the JSON field name errors use ("points", "scale", ...).
    void addField(const QString& field, const QString& label, QWidget* editor);
    void setFieldVisible(const QString& field, bool visible);
    void showErrors(const QHash<QString, QStringList>& messagesByField);
    QWidget* editor(const QString& field) const { return m_editors.value(field); }

private:
    QFormLayout* m_layout = nullptr;
    QHash<QString, QWidget*> m_rows;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
};

} // namespace callqa::app

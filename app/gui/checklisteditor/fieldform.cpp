#include "app/gui/checklisteditor/fieldform.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace callqa::app {

FieldForm::FieldForm(QWidget* parent) : QWidget(parent), m_layout(new QFormLayout)
{
    // The fields keep their natural heights at the top; the space left over stays below them.
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
}

void FieldForm::addField(const QString& field, const QString& label, QWidget* editor)
{
    auto* row = new QWidget(this);
    auto* box = new QVBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    auto* error = new QLabel(row);
    error->setObjectName(QStringLiteral("fieldError:") + field);
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    error->setPalette(palette);
    error->hide();
    box->addWidget(error);
    editor->setObjectName(QStringLiteral("field:") + field);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_layout->addRow(caption, row);
    m_rows.insert(field, row);
    m_editors.insert(field, editor);
    m_errors.insert(field, error);
}

void FieldForm::setFieldVisible(const QString& field, bool visible)
{
    if (QWidget* row = m_rows.value(field))
        m_layout->setRowVisible(row, visible);
}

void FieldForm::showErrors(const QHash<QString, QStringList>& messagesByField)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList messages = messagesByField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
        if (QWidget* editor = m_editors.value(it.key()))
            editor->setToolTip(messages.join(u'\n'));
    }
}

} // namespace callqa::app

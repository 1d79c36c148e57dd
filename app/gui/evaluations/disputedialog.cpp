#include "app/gui/evaluations/disputedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace callqa::app {

DisputeDialog::DisputeDialog(const checklists::Checklist& checklist, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Dispute this evaluation"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("disputeReason"));
    m_reason->setPlaceholderText(tr("Why the score is wrong, in a few words"));
    m_items = new QTableWidget(this);
    m_items->setObjectName(QStringLiteral("disputeItems"));
    m_items->setColumnCount(2);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Why (optional)")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setStretchLastSection(true);
    for (const checklists::Section& section : checklist.sections) {
        for (const checklists::Item& item : section.items) {
            const int row = m_items->rowCount();
            m_items->insertRow(row);
            auto* prompt = new QTableWidgetItem(item.prompt);
            prompt->setFlags(prompt->flags() & ~Qt::ItemIsEditable);
            m_items->setItem(row, 0, prompt);
            m_items->setItem(row, 1, new QTableWidgetItem);
            m_keys << item.key;
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispute"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(new QLabel(tr("Items you dispute:"), this));
    layout->addWidget(m_items, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString DisputeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QMap<QString, QString> DisputeDialog::itemReasons() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QTableWidgetItem* cell = m_items->item(row, 1);
        if (cell && !cell->text().trimmed().isEmpty())
            out.insert(m_keys.at(row), cell->text().trimmed());
    }
    return out;
}

} // namespace callqa::app

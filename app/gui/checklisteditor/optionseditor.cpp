#include "app/gui/checklisteditor/optionseditor.h"

#include "app/gui/checklisteditor/checklistedits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace callqa::app {

namespace {
enum Column { KeyColumn, LabelColumn, FractionColumn, FailingColumn, ColumnCount };
}

OptionsEditor::OptionsEditor(QWidget* parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("optionsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Label"), tr("Fraction"), tr("Failing")});
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(140);

    auto* add = new QPushButton(tr("Add option"), this);
    auto* remove = new QPushButton(tr("Remove option"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &OptionsEditor::addOption);
    connect(remove, &QPushButton::clicked, this, &OptionsEditor::removeOption);
    connect(m_table, &QTableWidget::itemChanged, this,
            [this] { Q_EMIT edited(options(), tr("Edit options")); });
}

void OptionsEditor::setOptions(const QList<checklists::Option>& options)
{
    if (options == this->options() && m_table->rowCount() == options.size())
        return;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(options.size()));
    for (int row = 0; row < options.size(); ++row) {
        const checklists::Option& option = options.at(row);
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(option.key));
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(option.label));
        auto* fraction = new QTableWidgetItem;
        fraction->setData(Qt::EditRole, option.fraction);
        m_table->setItem(row, FractionColumn, fraction);
        auto* failing = new QTableWidgetItem;
        failing->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        failing->setCheckState(option.failing ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, FailingColumn, failing);
    }
    m_table->resizeColumnToContents(KeyColumn);
}

QList<checklists::Option> OptionsEditor::options() const
{
    QList<checklists::Option> options;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text() : QString();
        };
        checklists::Option option;
        option.key = text(KeyColumn);
        option.label = text(LabelColumn);
        if (const QTableWidgetItem* fraction = m_table->item(row, FractionColumn))
            option.fraction = fraction->data(Qt::EditRole).toDouble();
        if (const QTableWidgetItem* failing = m_table->item(row, FailingColumn))
            option.failing = failing->checkState() == Qt::Checked;
        options.append(option);
    }
    return options;
}

void OptionsEditor::markInvalidRows(const QList<int>& rows)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem* item = m_table->item(row, column))
                item->setBackground(rows.contains(row) ? QBrush(QColor(0xf8, 0xd7, 0xd7))
                                                       : QBrush());
        }
    }
}

void OptionsEditor::addOption()
{
    QList<checklists::Option> all = options();
    QSet<QString> taken;
    for (const checklists::Option& option : all)
        taken.insert(option.key);
    checklists::Option option;
    option.key = uniqueKey(QStringLiteral("option"), taken);
    option.label = tr("New option");
    all.append(option);
    Q_EMIT edited(all, tr("Add option"));
}

void OptionsEditor::removeOption()
{
    const int row = m_table->currentRow();
    QList<checklists::Option> all = options();
    if (row < 0 || row >= all.size())
        return;
    all.removeAt(row);
    Q_EMIT edited(all, tr("Remove option"));
}

} // namespace callqa::app

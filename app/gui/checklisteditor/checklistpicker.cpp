#include "app/gui/checklisteditor/checklistpicker.h"

#include "app/gui/checklisteditor/checklisteditorwindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace callqa::app {

ChecklistPicker::ChecklistPicker(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("checklistPicker"));
    setWindowTitle(tr("Checklists"));
    m_list->setObjectName(QStringLiteral("checklistList"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* create = buttons->addButton(tr("&New checklist"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("&Edit"), QDialogButtonBox::ActionRole);
    m_edit->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Pick a checklist to edit its draft:"), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] { openEditor({}); });
    const auto editCurrent = [this] {
        if (QListWidgetItem* item = m_list->currentItem())
            openEditor(item->data(Qt::UserRole).toString());
    };
    connect(m_edit, &QPushButton::clicked, this, editCurrent);
    connect(m_list, &QListWidget::itemActivated, this, editCurrent);
    resize(520, 420);
    reload();
}

void ChecklistPicker::reload()
{
    m_list->clear();
    const auto checklists = review::ChecklistStore(m_workspace, m_actor).list();
    if (!checklists) {
        auto* item = new QListWidgetItem(checklists.error(), m_list);
        item->setFlags(Qt::NoItemFlags);
        m_edit->setEnabled(false);
        return;
    }
    const QLocale locale;
    for (const review::ChecklistSummary& summary : checklists.value()) {
        QString state = summary.latestVersion > 0
                            ? tr("version %1").arg(locale.toString(summary.latestVersion))
                            : tr("never published");
        if (summary.hasDraft)
            state += tr(", draft in progress");
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(summary.name, state), m_list);
        item->setData(Qt::UserRole, summary.key);
        item->setToolTip(summary.key);
    }
    m_edit->setEnabled(m_list->count() > 0);
    m_list->setCurrentRow(0);
}

void ChecklistPicker::openEditor(const QString& key)
{
    // A window of the main window (not of this dialog, which closes now); deleted on close.
    auto* window = new ChecklistEditorWindow(m_workspace, m_actor, key, parentWidget());
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    accept();
}

void showChecklistPicker(review::Workspace& workspace, const review::Actor& actor, QWidget* parent)
{
    auto* picker = new ChecklistPicker(workspace, actor, parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->open();
}

} // namespace callqa::app

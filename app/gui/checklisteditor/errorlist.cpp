#include "app/gui/checklisteditor/errorlist.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/errorlocation.h"

#include <QApplication>
#include <QStyle>

namespace callqa::app {

namespace {
constexpr int kPathRole = Qt::UserRole;
}

ErrorList::ErrorList(ChecklistDocument& document, QWidget* parent)
    : QListWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("errorList"));
    setWordWrap(true);
    setUniformItemSizes(false);
    connect(&m_document, &ChecklistDocument::changed, this, &ErrorList::refresh);
    const auto activate = [this](QListWidgetItem* item) {
        if (!item->data(kPathRole).isValid())
            return; // the "no problems" line
        const ErrorLocation location = locateError(item->data(kPathRole).toString());
        Q_EMIT errorActivated(location.node, location.field);
    };
    connect(this, &QListWidget::itemClicked, this, activate);
    connect(this, &QListWidget::itemActivated, this, activate);
    refresh();
}

QString ErrorList::placeName(NodeRef node) const
{
    const checklists::Checklist& checklist = m_document.checklist();
    if (node.isChecklist() || node.section >= checklist.sections.size())
        return tr("Checklist");
    const checklists::Section& section = checklist.sections.at(node.section);
    if (node.isSection() || node.item >= section.items.size())
        return tr("Section %1 “%2”").arg(node.section + 1).arg(section.title);
    return tr("Item %1.%2 “%3”")
        .arg(node.section + 1)
        .arg(node.item + 1)
        .arg(section.items.at(node.item).prompt);
}

void ErrorList::refresh()
{
    clear();
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const checklists::ValidationError& error : m_document.errors()) {
        const ErrorLocation location = locateError(error.path);
        const QString field =
            location.option >= 0
                ? tr("option %1, %2").arg(location.option + 1).arg(location.optionField)
                : location.field;
        auto* item = new QListWidgetItem(
            icon, tr("%1 — %2: %3").arg(placeName(location.node), field, error.message), this);
        item->setData(kPathRole, error.path);
        item->setToolTip(error.toString());
    }
    if (m_document.errors().isEmpty()) {
        auto* item = new QListWidgetItem(tr("No problems: this checklist can be published."), this);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace callqa::app

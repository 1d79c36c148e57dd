#include "app/gui/checklisteditor/diffview.h"

#include "app/gui/checklisteditor/diffdescription.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace callqa::app {

DiffView::DiffView(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_list->setObjectName(QStringLiteral("diffList"));
    m_list->setWordWrap(true);
    m_heading->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
}

void DiffView::showDiff(const std::optional<checklists::Checklist>& published, int publishedVersion,
                        const checklists::Checklist& draft)
{
    m_list->clear();
    if (!published) {
        m_heading->setText(tr("Never published: everything in this draft is new."));
        return;
    }
    const QList<DiffLine> lines = DiffDescription::describe(*published, draft);
    m_heading->setText(
        lines.isEmpty()
            ? tr("The draft is the same as version %1.").arg(QLocale().toString(publishedVersion))
            : tr("Changes against version %1:").arg(QLocale().toString(publishedVersion)));
    for (const DiffLine& line : lines) {
        auto* item = new QListWidgetItem(line.text, m_list);
        switch (line.kind) {
        case checklists::ChangeKind::Added:
            item->setForeground(QColor(0x1b, 0x7f, 0x3b));
            break;
        case checklists::ChangeKind::Removed:
            item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            break;
        case checklists::ChangeKind::Changed:
            break;
        }
    }
}

} // namespace callqa::app

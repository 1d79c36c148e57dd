#include "app/gui/disputes/rescoredialog.h"

#include "app/gui/review/reviewform.h"
#include "app/gui/review/reviewformmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callqa::app {

RescoreDialog::RescoreDialog(const checklists::Checklist& checklist,
                             const checklists::AnswerSet& answers, const QString& disputeReason,
                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Accept the dispute: re-score"));
    auto* disputed = new QLabel(tr("The agent says: “%1”").arg(disputeReason), this);
    disputed->setWordWrap(true);
    m_form = new ReviewForm(this);
    m_form->model().setChecklist(checklist, answers);
    m_form->setTitle(checklist.name);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("rescoreReason"));
    m_reason->setPlaceholderText(tr("Why the score changes (the agent reads it)"));
    m_reason->setMaximumHeight(90);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept and save the revision"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(disputed);
    layout->addWidget(m_form, 1);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(760, 640);
}

checklists::AnswerSet RescoreDialog::answers() const
{
    return m_form->model().answers();
}

QString RescoreDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace callqa::app

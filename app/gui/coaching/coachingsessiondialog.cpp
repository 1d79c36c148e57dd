#include "app/gui/coaching/coachingsessiondialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace callqa::app {

namespace {

qint64 msOf(const QDate& date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

CoachingSessionDialog::CoachingSessionDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New coaching session"));
    m_agent = new QLineEdit(this);
    m_agent->setPlaceholderText(tr("the agent's id, e.g. a01"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_evaluations = new QLineEdit(this);
    m_evaluations->setPlaceholderText(tr("evaluation numbers, e.g. 12, 14"));
    m_notes = new QPlainTextEdit(this);
    m_hasFollowUp = new QCheckBox(tr("Follow up on"), this);
    m_followUp = new QDateEdit(QDate::currentDate().addDays(14), this);
    m_followUp->setCalendarPopup(true);
    m_followUp->setEnabled(false);
    connect(m_hasFollowUp, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Agent:"), m_agent);
    form->addRow(tr("Held on:"), m_date);
    form->addRow(tr("Evaluations discussed:"), m_evaluations);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(m_hasFollowUp, m_followUp);
    form->addRow(buttons);
}

namespace {

QStringList evaluationWords(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s#]+")), Qt::SkipEmptyParts);
}

} // namespace

QString CoachingSessionDialog::problem() const
{
    for (const QString& part : evaluationWords(m_evaluations->text())) {
        bool ok = false;
        if (part.toLongLong(&ok) <= 0 || !ok)
            return tr("“%1” is not an evaluation number.").arg(part);
    }
    return {};
}

review::NewCoachingSession CoachingSessionDialog::session() const
{
    review::NewCoachingSession session;
    session.agentExternalId = m_agent->text().trimmed();
    session.heldOn = msOf(m_date->date());
    for (const QString& part : evaluationWords(m_evaluations->text())) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            session.evaluationIds << id;
    }
    session.notes = m_notes->toPlainText().trimmed();
    if (m_hasFollowUp->isChecked())
        session.followUpOn = msOf(m_followUp->date());
    return session;
}

} // namespace callqa::app

#include "app/gui/queues/queuerulepage.h"

#include "app/gui/queues/stratatablemodel.h"
#include "review/checklists/checkliststore.h"
#include "review/queues/drawpreview.h"
#include "review/storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

QStringList listOf(const QLineEdit* edit)
{
    QStringList values;
    for (const QString& part : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    return values;
}

template <typename W> W* named(W* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

QSpinBox* minutesBox(const char* name, const QString& none)
{
    auto* box = named(new QSpinBox, name);
    box->setRange(0, 24 * 60);
    box->setSpecialValueText(none); // 0: no bound
    return box;
}

// A form row whose field is a layout: the label's mnemonic focuses the layout's first widget.
void addRow(QFormLayout* form, const QString& label, QLayout* fields)
{
    auto* text = new QLabel(label);
    text->setBuddy(fields->itemAt(0)->widget());
    form->addRow(text, fields);
}

} // namespace

QueueRulePage::QueueRulePage(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWizardPage(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("rulePage"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &QueueRulePage::refreshPreview);
    setTitle(tr("Which calls, how many"));
    setSubTitle(tr("The table counts the eligible calls per stratum and what the quota "
                   "draws from each, as the rule changes."));

    m_name = named(new QLineEdit, "queueName");
    m_checklist = named(new QComboBox, "checklistCombo");
    const auto checklists = review::ChecklistStore(m_workspace, m_actor).list();
    if (checklists)
        for (const review::ChecklistSummary& c : checklists.value())
            if (c.latestVersion > 0 && !c.archived)
                m_checklist->addItem(
                    tr("%1 (version %2)").arg(c.name, QLocale().toString(c.latestVersion)), c.key);

    const QDate today = QDate::currentDate();
    const QDate lastMonday = today.addDays(-(today.dayOfWeek() - 1) - 7);
    m_from = named(new QDateEdit(lastMonday), "fromDate");
    m_to = named(new QDateEdit(lastMonday.addDays(6)), "toDate");
    for (QDateEdit* edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_timeZone = named(new QComboBox, "timeZoneCombo");
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (m_timeZone->findText(system) < 0)
        m_timeZone->addItem(system);
    m_timeZone->setCurrentText(system);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    period->addWidget(m_timeZone, 1);

    m_teams = named(new QLineEdit, "teamsEdit");
    m_agents = named(new QLineEdit, "agentsEdit");
    m_phoneQueues = named(new QLineEdit, "phoneQueuesEdit");
    for (QLineEdit* edit : {m_teams, m_agents, m_phoneQueues})
        edit->setPlaceholderText(tr("any (or a comma-separated list)"));
    m_direction = named(new QComboBox, "directionCombo");
    m_direction->addItem(tr("any"), QString());
    m_direction->addItem(tr("inbound"), QStringLiteral("inbound"));
    m_direction->addItem(tr("outbound"), QStringLiteral("outbound"));
    m_minMinutes = minutesBox("minDuration", tr("no minimum"));
    m_maxMinutes = minutesBox("maxDuration", tr("no maximum"));
    for (QSpinBox* box : {m_minMinutes, m_maxMinutes})
        box->setSuffix(tr(" min"));
    auto* duration = new QHBoxLayout;
    duration->addWidget(m_minMinutes);
    duration->addWidget(new QLabel(tr("to")));
    duration->addWidget(m_maxMinutes);
    duration->addStretch();
    m_unreviewed = named(new QCheckBox(tr("Only calls not reviewed yet")), "unreviewedOnly");
    m_includeQueued =
        named(new QCheckBox(tr("Include calls already in another open queue")), "includeQueued");
    m_includeMissing =
        named(new QCheckBox(tr("Include calls whose recording is missing")), "includeMissing");

    m_quotaKind = named(new QComboBox, "quotaKindCombo");
    m_quotaKind->addItem(tr("per agent and week"), int(review::QuotaKind::PerAgentPerWeek));
    m_quotaKind->addItem(tr("per agent over the period"),
                         int(review::QuotaKind::PerAgentPerPeriod));
    m_quotaKind->addItem(tr("in all"), int(review::QuotaKind::Total));
    m_quota = named(new QSpinBox, "quotaSpin");
    m_quota->setRange(1, 100'000);
    m_quota->setValue(5);
    auto* quota = new QHBoxLayout;
    quota->addWidget(m_quota);
    quota->addWidget(new QLabel(tr("calls")));
    quota->addWidget(m_quotaKind, 1);
    m_byAgent = named(new QCheckBox(tr("agent")), "stratifyAgent");
    m_byQueue = named(new QCheckBox(tr("phone queue")), "stratifyQueue");
    m_byDuration = named(new QCheckBox(tr("duration")), "stratifyDuration");
    m_byDaypart = named(new QCheckBox(tr("time of day")), "stratifyDaypart");
    auto* strata = new QHBoxLayout;
    for (QCheckBox* box : {m_byAgent, m_byQueue, m_byDuration, m_byDaypart})
        strata->addWidget(box);
    strata->addStretch();
    m_seed =
        named(new QLineEdit(QString::number(QRandomGenerator::system()->generate64())), "seedEdit");
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Checklist:"), m_checklist);
    addRow(form, tr("&Period:"), period);
    form->addRow(tr("&Teams:"), m_teams);
    form->addRow(tr("&Agents:"), m_agents);
    form->addRow(tr("Phone &queues:"), m_phoneQueues);
    form->addRow(tr("&Direction:"), m_direction);
    addRow(form, tr("D&uration:"), duration);
    form->addRow(QString(), m_unreviewed);
    form->addRow(QString(), m_includeQueued);
    form->addRow(QString(), m_includeMissing);
    addRow(form, tr("&Quota:"), quota);
    addRow(form, tr("&Stratify by:"), strata);
    form->addRow(tr("S&eed:"), m_seed);

    m_strata = new StrataTableModel(this);
    m_strata->setPlaceNames(review::PlaceNames(m_workspace.db()));
    m_strataTable = named(new QTableView, "strataTable");
    m_strataTable->setModel(m_strata);
    m_strataTable->verticalHeader()->hide();
    m_strataTable->setAlternatingRowColors(true);
    m_strataTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_strataTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_strataTable->horizontalHeader()->setSectionResizeMode(StrataTableModel::Stratum,
                                                            QHeaderView::Stretch);
    m_previewTotal = named(new QLabel, "previewTotal");
    m_previewTotal->setWordWrap(true);
    auto* preview = new QVBoxLayout;
    preview->addWidget(m_strataTable, 1);
    preview->addWidget(m_previewTotal);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(preview, 1);

    for (QLineEdit* edit : {m_teams, m_agents, m_phoneQueues, m_seed})
        connect(edit, &QLineEdit::textChanged, this, &QueueRulePage::schedulePreview);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &QueueRulePage::schedulePreview);
    for (QComboBox* box : {m_timeZone, m_direction, m_quotaKind})
        connect(box, &QComboBox::currentIndexChanged, this, &QueueRulePage::schedulePreview);
    for (QSpinBox* box : {m_minMinutes, m_maxMinutes, m_quota})
        connect(box, &QSpinBox::valueChanged, this, &QueueRulePage::schedulePreview);
    for (QCheckBox* box : {m_unreviewed, m_includeQueued, m_includeMissing, m_byAgent, m_byQueue,
                           m_byDuration, m_byDaypart})
        connect(box, &QCheckBox::toggled, this, &QueueRulePage::schedulePreview);
    refreshPreview();
}

review::QueueRequest QueueRulePage::request() const
{
    review::QueueRequest r;
    r.name = m_name->text().trimmed();
    r.checklistKey = m_checklist->currentData().toString();
    const QString zoneId = m_timeZone->currentText();
    const QTimeZone zone(zoneId.toUtf8());
    r.population.fromMs = m_from->date().startOfDay(zone).toMSecsSinceEpoch();
    r.population.toMs = m_to->date().addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    r.population.teams = listOf(m_teams);
    r.population.agents = listOf(m_agents);
    r.population.queues = listOf(m_phoneQueues);
    r.population.direction = m_direction->currentData().toString();
    if (m_minMinutes->value() > 0)
        r.population.minDurationMs = qint64(m_minMinutes->value()) * 60'000;
    if (m_maxMinutes->value() > 0)
        r.population.maxDurationMs = qint64(m_maxMinutes->value()) * 60'000;
    r.population.unreviewedOnly = m_unreviewed->isChecked();
    r.population.notQueuedElsewhere = !m_includeQueued->isChecked();
    r.population.recordingPresent = !m_includeMissing->isChecked();
    r.rule.quotaKind = review::QuotaKind(m_quotaKind->currentData().toInt());
    r.rule.quota = m_quota->value();
    const std::pair<QCheckBox*, review::StratumDimension> dimensions[] = {
        {m_byAgent, review::StratumDimension::Agent},
        {m_byQueue, review::StratumDimension::Queue},
        {m_byDuration, review::StratumDimension::Duration},
        {m_byDaypart, review::StratumDimension::Daypart}};
    for (const auto& [box, dimension] : dimensions)
        if (box->isChecked())
            r.rule.stratify << dimension;
    r.rule.seed = m_seed->text().toULongLong();
    r.rule.timeZone = zoneId;
    return r;
}

void QueueRulePage::schedulePreview()
{
    m_previewTimer->start();
}

void QueueRulePage::refreshPreview()
{
    m_previewTimer->stop();
    const review::QueueRequest r = request();
    const auto preview = review::previewDraw(m_workspace, m_actor, r.population, r.rule);
    const QLocale locale;
    if (preview) {
        m_strata->setStrata(preview->strata);
        m_previewTotal->setText(tr("%1 eligible calls in %2 strata: the draw takes %3.")
                                    .arg(locale.toString(preview->eligible),
                                         locale.toString(qint64(preview->strata.size())),
                                         locale.toString(preview->allocated)));
    } else {
        m_strata->setStrata({});
        m_previewTotal->setText(preview.error());
    }
    // A total quota has one group: its column would only repeat "all calls".
    m_strataTable->setColumnHidden(StrataTableModel::Group,
                                   r.rule.quotaKind == review::QuotaKind::Total);
    Q_EMIT previewUpdated();
}

bool QueueRulePage::validatePage()
{
    if (!m_name->text().trimmed().isEmpty())
        return true;
    m_previewTotal->setText(tr("Give the queue a name."));
    m_name->setFocus();
    return false;
}

} // namespace callqa::app

#include "app/gui/library/libraryfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

// A date edit at its minimum says "any": the filter is off.
const QDate kAnyDate(2000, 1, 1);

std::optional<qint64> dayStartMs(const QDateEdit* edit, int addDays)
{
    if (edit->date() == kAnyDate)
        return std::nullopt;
    return QDateTime(edit->date().addDays(addDays), QTime(0, 0)).toMSecsSinceEpoch();
}

QSpinBox* spinBox(const QString& name, int minimum, int maximum, const QString& suffix,
                  const QString& any, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setSpecialValueText(any);
    box->setValue(minimum);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

QComboBox* LibraryFilterBar::addCombo(const QString& name, const QString& any)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(any);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    connect(combo, &QComboBox::currentIndexChanged, this, &LibraryFilterBar::announce);
    return combo;
}

LibraryFilterBar::LibraryFilterBar(const review::LibraryChoices& choices, bool withScores,
                                   QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryFilterBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search call id, agent, queue, metadata"));
    m_search->setClearButtonEnabled(true);
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(250);
    connect(&m_searchPause, &QTimer::timeout, this, &LibraryFilterBar::announce);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchPause.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchPause.stop();
        announce();
    });

    const auto dateEdit = [this](const QString& name) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kAnyDate);
        connect(edit, &QDateEdit::dateChanged, this, &LibraryFilterBar::announce);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("libraryFrom"));
    m_to = dateEdit(QStringLiteral("libraryTo"));

    m_team = addCombo(QStringLiteral("libraryTeam"), tr("All teams"));
    for (const review::Team& team : choices.teams)
        m_team->addItem(team.name, team.id);
    m_agent = addCombo(QStringLiteral("libraryAgent"), tr("All agents"));
    for (const review::Agent& agent : choices.agents)
        m_agent->addItem(agent.name, agent.id);
    m_queue = addCombo(QStringLiteral("libraryQueue"), tr("All queues"));
    for (const QString& queue : choices.queues)
        m_queue->addItem(queue, queue);
    m_direction = addCombo(QStringLiteral("libraryDirection"), tr("Both directions"));
    m_direction->addItem(tr("Inbound"), QStringLiteral("inbound"));
    m_direction->addItem(tr("Outbound"), QStringLiteral("outbound"));

    m_minMinutes =
        spinBox(QStringLiteral("libraryMinDuration"), 0, 600, tr(" min"), tr("any"), this);
    m_maxMinutes =
        spinBox(QStringLiteral("libraryMaxDuration"), 0, 600, tr(" min"), tr("any"), this);
    m_deadAir = spinBox(QStringLiteral("libraryDeadAir"), 0, 3600, tr(" s"), tr("any"), this);
    m_missing = new QCheckBox(tr("Recording missing"), this);
    m_missing->setObjectName(QStringLiteral("libraryMissing"));
    connect(m_missing, &QCheckBox::toggled, this, &LibraryFilterBar::announce);
    for (QSpinBox* box : {m_minMinutes, m_maxMinutes, m_deadAir})
        connect(box, &QSpinBox::valueChanged, this, &LibraryFilterBar::announce);

    auto* clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("libraryClear"));
    clearButton->setText(tr("Clear filters"));
    connect(clearButton, &QToolButton::clicked, this, &LibraryFilterBar::clear);

    const auto labelled = [this](QHBoxLayout* row, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    labelled(first, tr("&From"), m_from);
    labelled(first, tr("&to"), m_to);
    first->addWidget(m_team, 1);
    first->addWidget(m_agent, 1);
    first->addWidget(m_queue, 1);
    first->addWidget(m_direction);
    auto* second = new QHBoxLayout;
    labelled(second, tr("Duration"), m_minMinutes);
    labelled(second, tr("to"), m_maxMinutes);
    labelled(second, tr("Dead air over"), m_deadAir);
    if (withScores) {
        m_reviewed = addCombo(QStringLiteral("libraryReviewed"), tr("Reviewed or not"));
        m_reviewed->addItem(tr("Reviewed"), int(review::ReviewedFilter::Reviewed));
        m_reviewed->addItem(tr("Not reviewed"), int(review::ReviewedFilter::NotReviewed));
        m_verdict = addCombo(QStringLiteral("libraryVerdict"), tr("Any verdict"));
        m_verdict->addItem(tr("Passed"), int(review::VerdictFilter::Passed));
        m_verdict->addItem(tr("Failed"), int(review::VerdictFilter::Failed));
        m_verdict->addItem(tr("Critical fail"), int(review::VerdictFilter::CriticalFail));
        m_minScore = spinBox(QStringLiteral("libraryMinScore"), -1, 100, tr(" %"), tr("any"), this);
        m_maxScore = spinBox(QStringLiteral("libraryMaxScore"), -1, 100, tr(" %"), tr("any"), this);
        for (QSpinBox* box : {m_minScore, m_maxScore})
            connect(box, &QSpinBox::valueChanged, this, &LibraryFilterBar::announce);
        second->addWidget(m_reviewed);
        second->addWidget(m_verdict);
        labelled(second, tr("Score"), m_minScore);
        labelled(second, tr("to"), m_maxScore);
    }
    second->addWidget(m_missing);
    second->addStretch(1);
    second->addWidget(clearButton);
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(6, 6, 6, 0);
    rows->addLayout(first);
    rows->addLayout(second);
}

review::LibraryQuery LibraryFilterBar::filters() const
{
    review::LibraryQuery query;
    query.fromMs = dayStartMs(m_from, 0);
    query.toMs = dayStartMs(m_to, 1); // the whole last day
    if (m_team->currentIndex() > 0)
        query.teamId = m_team->currentData().toLongLong();
    if (m_agent->currentIndex() > 0)
        query.agentId = m_agent->currentData().toLongLong();
    if (m_queue->currentIndex() > 0)
        query.queue = m_queue->currentData().toString();
    if (m_direction->currentIndex() > 0)
        query.direction = m_direction->currentData().toString();
    if (m_minMinutes->value() > 0)
        query.minDurationMs = qint64(m_minMinutes->value()) * 60'000;
    if (m_maxMinutes->value() > 0)
        query.maxDurationMs = qint64(m_maxMinutes->value()) * 60'000;
    if (m_deadAir->value() > 0)
        query.deadAirOverMs = qint64(m_deadAir->value()) * 1000;
    query.onlyMissing = m_missing->isChecked();
    query.search = m_search->text();
    if (m_reviewed && m_reviewed->currentIndex() > 0)
        query.reviewed = review::ReviewedFilter(m_reviewed->currentData().toInt());
    if (m_verdict && m_verdict->currentIndex() > 0)
        query.verdict = review::VerdictFilter(m_verdict->currentData().toInt());
    if (m_minScore && m_minScore->value() >= 0)
        query.minScore = m_minScore->value();
    if (m_maxScore && m_maxScore->value() >= 0)
        query.maxScore = m_maxScore->value();
    return query;
}

void LibraryFilterBar::clear()
{
    m_clearing = true;
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    for (QComboBox* combo : {m_team, m_agent, m_queue, m_direction, m_reviewed, m_verdict})
        if (combo)
            combo->setCurrentIndex(0);
    for (QSpinBox* box : {m_minMinutes, m_maxMinutes, m_deadAir, m_minScore, m_maxScore})
        if (box)
            box->setValue(box->minimum());
    m_missing->setChecked(false);
    m_search->clear();
    m_searchPause.stop();
    m_clearing = false;
    announce();
}

void LibraryFilterBar::announce()
{
    if (!m_clearing)
        Q_EMIT filtersChanged(filters());
}

} // namespace callqa::app

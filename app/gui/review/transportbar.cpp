#include "app/gui/review/transportbar.h"

#include "review/calls/calllistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

namespace callqa::app {

TransportBar::TransportBar(QWidget* parent) : QWidget(parent)
{
    // Back is left of forward in every language, as on the waveform's time axis beside it.
    setLayoutDirection(Qt::LeftToRight);
    m_back = button(tr("Back 5 s"), QStringLiteral("backButton"));
    m_play = button(tr("Play"), QStringLiteral("playButton"));
    m_forward = button(tr("Forward 5 s"), QStringLiteral("forwardButton"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setFocusPolicy(Qt::NoFocus);
    for (double speed : speeds())
        m_speed->addItem(tr("%1×").arg(QLocale().toString(speed, 'f', 2)), speed);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setFixedWidth(90);
    m_volume->setFocusPolicy(Qt::NoFocus);
    m_volume->setAccessibleName(tr("Volume"));
    m_muteAgent = button(tr("Mute agent"), QStringLiteral("muteAgentButton"), true);
    m_muteCustomer = button(tr("Mute customer"), QStringLiteral("muteCustomerButton"), true);
    m_soloAgent = button(tr("Solo agent"), QStringLiteral("soloAgentButton"), true);
    m_soloCustomer = button(tr("Solo customer"), QStringLiteral("soloCustomerButton"), true);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_back, m_play, m_forward, m_speed})
        layout->addWidget(widget);
    layout->addWidget(new QLabel(tr("Volume"), this));
    layout->addWidget(m_volume);
    for (QWidget* widget : {m_muteAgent, m_muteCustomer, m_soloAgent, m_soloCustomer})
        layout->addWidget(widget);
    layout->addStretch(1);
    layout->addWidget(m_time);

    connect(m_play, &QToolButton::clicked, this, [this] {
        if (!m_engine)
            return;
        if (m_engine->state() == audio::PlaybackEngine::State::Playing)
            m_engine->pause();
        else
            m_engine->play();
    });
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (m_engine)
            m_engine->skip(-audio::PlaybackEngine::kSkipStepMs);
    });
    connect(m_forward, &QToolButton::clicked, this, [this] {
        if (m_engine)
            m_engine->skip(audio::PlaybackEngine::kSkipStepMs);
    });
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { Q_EMIT speedChosen(m_speed->itemData(index).toDouble()); });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        if (m_engine)
            m_engine->setVolume(float(value) / 100.0f);
    });
    for (QToolButton* toggle : {m_muteAgent, m_muteCustomer})
        connect(toggle, &QToolButton::toggled, this, &TransportBar::applyFocus);
    connect(m_soloAgent, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_soloCustomer->setChecked(false);
        applyFocus();
    });
    connect(m_soloCustomer, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_soloAgent->setChecked(false);
        applyFocus();
    });
    setEngine(nullptr);
}

QList<double> TransportBar::speeds()
{
    QList<double> out;
    for (int quarter = 2; quarter <= 12; ++quarter)
        out << quarter * 0.25;
    return out;
}

QToolButton* TransportBar::button(const QString& text, const QString& name, bool checkable)
{
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setObjectName(name);
    b->setCheckable(checkable);
    b->setFocusPolicy(Qt::NoFocus); // the form keeps the keyboard; the screen's keys drive these
    return b;
}

void TransportBar::setEngine(audio::PlaybackEngine* engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &audio::PlaybackEngine::stateChanged, this, &TransportBar::showState);
        connect(m_engine, &audio::PlaybackEngine::positionChanged, this,
                &TransportBar::showPosition);
        connect(m_engine, &audio::PlaybackEngine::durationChanged, this,
                [this] { showPosition(m_engine->position()); });
        m_engine->setVolume(float(m_volume->value()) / 100.0f);
        applyFocus();
        const QSignalBlocker blocker(m_speed);
        m_speed->setCurrentIndex(m_speed->findData(m_engine->speed()));
    }
    for (QWidget* control : std::initializer_list<QWidget*>{m_play, m_back, m_forward, m_speed})
        control->setEnabled(m_engine && m_engine->isOpen());
    showState();
    showPosition(m_engine ? m_engine->position() : 0);
}

void TransportBar::setTwoSides(bool twoSides)
{
    for (QToolButton* toggle : {m_muteAgent, m_muteCustomer, m_soloAgent, m_soloCustomer}) {
        toggle->setVisible(twoSides);
        if (!twoSides)
            toggle->setChecked(false);
    }
}

void TransportBar::applyFocus()
{
    if (!m_engine)
        return;
    m_engine->setMuted(audio::CallSide::Agent, m_muteAgent->isChecked());
    m_engine->setMuted(audio::CallSide::Customer, m_muteCustomer->isChecked());
    m_engine->setSolo(m_soloAgent->isChecked()      ? std::optional(audio::CallSide::Agent)
                      : m_soloCustomer->isChecked() ? std::optional(audio::CallSide::Customer)
                                                    : std::nullopt);
}

void TransportBar::showState()
{
    const bool playing = m_engine && m_engine->state() == audio::PlaybackEngine::State::Playing;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    const QSignalBlocker blocker(m_speed);
    if (m_engine)
        m_speed->setCurrentIndex(m_speed->findData(m_engine->speed()));
}

void TransportBar::showPosition(qint64 ms)
{
    const QLocale locale;
    const qint64 duration = m_engine ? m_engine->duration() : 0;
    m_time->setText(tr("%1 / %2").arg(review::formatDuration(ms, locale),
                                      review::formatDuration(duration, locale)));
}

QString TransportBar::timeText() const
{
    return m_time->text();
}

} // namespace callqa::app

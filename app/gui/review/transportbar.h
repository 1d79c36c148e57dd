#pragma once
// Play/pause, back and forward 5 s, speed (0.5x-3x, pitch kept), volume, mute and solo of the
// agent and the customer, and where the playhead is, for the playback engine it is given.

#include "audio/playback/playbackengine.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace callqa::app {

class TransportBar : public QWidget {
    Q_OBJECT
public:
    explicit TransportBar(QWidget* parent = nullptr);

    // The engine the controls drive and show; none disables them.
    void setEngine(audio::PlaybackEngine* engine);
    // Whether the call has two sides to mute or solo.
    void setTwoSides(bool twoSides);
    static QList<double> speeds(); // 0.5 to 3.0 by 0.25
    QComboBox* speedBox() const { return m_speed; }
    QString timeText() const;

Q_SIGNALS:
    void speedChosen(double speed);

private:
    void showState();
    void showPosition(qint64 ms);
    void applyFocus();
    QToolButton* button(const QString& text, const QString& name, bool checkable = false);

    QPointer<audio::PlaybackEngine> m_engine;
    QToolButton* m_play = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QComboBox* m_speed = nullptr;
    QSlider* m_volume = nullptr;
    QToolButton* m_muteAgent = nullptr;
    QToolButton* m_muteCustomer = nullptr;
    QToolButton* m_soloAgent = nullptr;
    QToolButton* m_soloCustomer = nullptr;
    QLabel* m_time = nullptr;
};

} // namespace callqa::app

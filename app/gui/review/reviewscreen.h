#pragma once
// The screen where a reviewer listens to a call and scores it: waveform, transport, comments and
// call facts on one side, the evaluation form on the other, all of it by keyboard (reviewKeyMap).
// Submit-and-next opens the reviewer's next queue item, read ahead while this one is scored.

#include "app/gui/review/reviewkeymap.h"
#include "app/gui/review/reviewmaterial.h"
#include "app/gui/review/waveformitems.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace callqa::audio {
class PlaybackEngine;
}

namespace callqa::app {

class BackgroundAnalysis;
class CommentsPanel;
class KeyHelpOverlay;
class ReviewDraft;
class ReviewForm;
class TransportBar;
class WaveformView;

class ReviewScreen : public QWidget {
    Q_OBJECT
public:
    ReviewScreen(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);
    ~ReviewScreen() override;

    // Opens the call (the previous one is saved and released first); false, with the reason in
    // lastError(), when it cannot be shown at all.
    bool openCall(qint64 callId);
    // Opens a call of a calibration session for the signed-in participant: the form on the
    // session's pinned checklist version, no draft, nobody else's scores shown; submitting scores
    // it in the session (CalibrationStore::score, which keeps blind mode) and closes the call.
    bool openCalibrationCall(qint64 sessionId, qint64 callId);
    std::optional<qint64> calibrationSession() const { return m_calibrationSession; }
    // Checks, submits and opens the next item of the reviewer's queues; false when not submitted.
    bool submitAndNext();
    // Saves and releases the draft, stops playback, and emits closed().
    void closeCall();

    qint64 callId() const;
    QString lastError() const { return m_lastError; }
    QString bannerText() const;
    bool readOnly() const;
    QAction* action(ReviewCommand command) const;

    ReviewForm* form() const { return m_form; }
    WaveformView* waveform() const { return m_waveform; }
    TransportBar* transport() const { return m_transport; }
    CommentsPanel* comments() const { return m_comments; }
    ReviewDraft* draft() const { return m_draft.get(); }
    audio::PlaybackEngine* player() const { return m_player.get(); }
    KeyHelpOverlay* keyHelp() const { return m_help; }
    // Reads the reviewer's next queue item ahead (its facts and peaks, its decoder opened); the
    // screen calls it on the event loop's next turn after each open.
    void prepareNext();
    // The next item's call read ahead, if any (for tests and the bench).
    std::optional<qint64> preparedCallId() const;
    bool analysisRunning() const;

Q_SIGNALS:
    void callOpened(qint64 callId);
    void submitted(qint64 evaluationId);
    void calibrationScored(qint64 sessionId, qint64 callId);
    void queueFinished();
    void closed();
    void analysisFinished();

private:
    struct Prepared;

    void buildActions();
    void run(ReviewCommand command);
    void present(ReviewMaterial material, std::unique_ptr<audio::PlaybackEngine> player);
    void showDraft();
    void showCalibrationForm();
    bool submitCalibration();
    void showComments();
    void showTalk();
    void startAnalysis();
    void setBanner(const QString& text);
    void refreshBanner();
    void changeSpeed(double speed);
    void takeOver();
    qint64 playhead() const;
    void seek(qint64 ms);
    std::unique_ptr<audio::PlaybackEngine> openPlayer(const ReviewMaterial& material);

    review::Workspace& m_workspace;
    review::Actor m_actor;
    std::unique_ptr<ReviewDraft> m_draft;
    std::unique_ptr<audio::PlaybackEngine> m_player;
    std::unique_ptr<Prepared> m_prepared;
    std::unique_ptr<BackgroundAnalysis> m_analysis;
    bool m_analysisPending = false;
    std::optional<ReviewMaterial> m_material;
    QLabel* m_banner = nullptr;
    QPushButton* m_takeOver = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_callTitle = nullptr;
    WaveformView* m_waveform = nullptr;
    TransportBar* m_transport = nullptr;
    CommentsPanel* m_comments = nullptr;
    ReviewForm* m_form = nullptr;
    KeyHelpOverlay* m_help = nullptr;
    QTimer* m_lapseCheck = nullptr;
    QHash<ReviewCommand, QAction*> m_actions;
    QStringList m_problems; // shown in the banner: missing recording, no device, save errors
    QString m_lastError;
    std::optional<qint64> m_calibrationSession; // scoring a call of this session
    bool m_calibrationReadOnly = false;         // its score is in already, or it cannot be given
};

// Dead air and overtalk spans of stored talk analysis, for the waveform.
QList<WaveformSpan> talkSpans(const review::CallTalkMetrics& talk);

} // namespace callqa::app

#pragma once
// An agent's own call, played from a reviewer's comment: the review screen's waveform, transport
// and comment list, read-only (no form, nothing to write). Space plays and pauses; a click on the
// waveform or a comment seeks.

#include "review/auth/permissions.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace callqa::audio {
class PlaybackEngine;
}
namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class BackgroundAnalysis;
class CommentsPanel;
class TransportBar;
class WaveformView;

class EvaluationPlayer : public QWidget {
    Q_OBJECT
public:
    EvaluationPlayer(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);
    ~EvaluationPlayer() override;

    // Opens the call of the evaluation with the playhead at `atMs`; false, with the reason in
    // lastError(), when the actor may not (or the evaluation is not there).
    bool open(qint64 evaluationId, qint64 atMs);
    void seek(qint64 ms);
    void togglePlay();

    qint64 evaluationId() const { return m_evaluationId; }
    QString lastError() const { return m_lastError; }
    QString bannerText() const;
    audio::PlaybackEngine* player() const { return m_player.get(); }
    WaveformView* waveform() const { return m_waveform; }
    TransportBar* transport() const { return m_transport; }
    CommentsPanel* comments() const { return m_comments; }

private:
    void showComments();

    review::Workspace& m_workspace;
    review::Actor m_actor;
    std::unique_ptr<audio::PlaybackEngine> m_player;
    std::unique_ptr<BackgroundAnalysis> m_analysis;
    qint64 m_evaluationId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    TransportBar* m_transport = nullptr;
    WaveformView* m_waveform = nullptr;
    CommentsPanel* m_comments = nullptr;
    QString m_lastError;
};

} // namespace callqa::app

#include "app/gui/evaluations/evaluationplayer.h"

#include "app/callanalysis.h"
#include "app/gui/review/backgroundanalysis.h"
#include "app/gui/review/commentlistmodel.h"
#include "app/gui/review/commentspanel.h"
#include "app/gui/review/transportbar.h"
#include "app/gui/review/waveformview.h"
#include "audio/playback/playbackengine.h"
#include "review/checklists/checkliststore.h"
#include "review/disputes/evaluationrecording.h"
#include "review/evaluations/evaluationstore.h"
#include "review/evaluations/reviewcomments.h"
#include "review/storage/workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace callqa::app {

EvaluationPlayer::EvaluationPlayer(review::Workspace& workspace, review::Actor actor,
                                   QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("evaluationPlayer"));
    m_title = new QLabel(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("playerBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_transport = new TransportBar(this);
    m_waveform = new WaveformView(this);
    m_waveform->setMinimumHeight(160);
    m_comments = new CommentsPanel(this);
    m_comments->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_transport);
    layout->addWidget(m_waveform, 3);
    layout->addWidget(m_comments, 1);
    connect(m_waveform, &WaveformView::seekRequested, this, &EvaluationPlayer::seek);
    connect(m_comments, &CommentsPanel::seekRequested, this, &EvaluationPlayer::seek);
    connect(m_transport, &TransportBar::speedChosen, this, [this](double speed) {
        if (m_player)
            m_player->setSpeed(std::clamp(speed, 0.5, 3.0));
        m_transport->setEngine(m_player.get());
    });
    auto* play = new QAction(tr("Play or pause"), this);
    play->setShortcut(Qt::Key_Space);
    play->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(play, &QAction::triggered, this, &EvaluationPlayer::togglePlay);
    addAction(play);
}

EvaluationPlayer::~EvaluationPlayer()
{
    m_transport->setEngine(nullptr);
}

bool EvaluationPlayer::open(qint64 evaluationId, qint64 atMs)
{
    m_lastError.clear();
    const auto call = review::evaluationRecording(m_workspace, m_actor, evaluationId);
    if (!call) {
        m_lastError = call.error();
        return false;
    }
    m_analysis.reset();
    m_transport->setEngine(nullptr);
    m_player.reset();
    m_evaluationId = evaluationId;
    const review::EvaluationRecording& r = call.value();
    m_title->setText(tr("<b>Call %1</b> · %2")
                         .arg(r.call.externalId.toHtmlEscaped(), r.call.agentName.toHtmlEscaped()));
    m_waveform->setChannels(r.recording.channels < 2
                                ? WaveformChannelMap::mono()
                                : WaveformChannelMap{r.recording.agentChannel.value_or(0),
                                                     r.recording.customerChannel.value_or(1)});
    std::optional<audio::Peaks> peaks;
    if (r.peaks) {
        auto decoded = audio::Peaks::deserialize(
            {reinterpret_cast<const std::uint8_t*>(r.peaks->constData()), size_t(r.peaks->size())});
        if (decoded)
            peaks = std::move(decoded).value();
    }
    m_waveform->setPeaks(peaks ? *peaks : audio::Peaks(), r.call.durationMs);

    const QString path = callRecordingPath(m_workspace, r.recording);
    const QString secondLeg = callSecondLegPath(m_workspace, r.recording);
    QString problem;
    if (const QString missing = missingRecordingFile(path, secondLeg); !missing.isEmpty()) {
        problem =
            tr("The recording is not at %1: the comments are here, the sound is not.").arg(missing);
    } else {
        auto player = std::make_unique<audio::PlaybackEngine>();
        if (r.recording.channels >= 2)
            player->setChannelMap(
                {r.recording.agentChannel.value_or(0), r.recording.customerChannel.value_or(1)});
        const audio::PlaybackResult opened = player->open(path, secondLeg);
        if (opened.ok()) {
            m_player = std::move(player);
            connect(m_player.get(), &audio::PlaybackEngine::positionChanged, m_waveform,
                    &WaveformView::setPosition);
            connect(m_player.get(), &audio::PlaybackEngine::errorOccurred, this,
                    [this](const QString& error) {
                        m_banner->setText(tr("No sound: %1.").arg(error));
                        m_banner->show();
                    });
        } else {
            problem = tr("The recording at %1 cannot be played.").arg(path);
        }
        if (!peaks) { // shown, not stored: this reader may not write the call's analysis
            m_analysis = std::make_unique<BackgroundAnalysis>(path, secondLeg);
            const qint64 durationMs = r.call.durationMs;
            connect(m_analysis.get(), &BackgroundAnalysis::peaksGrew, this,
                    [this, durationMs](const std::shared_ptr<const audio::Peaks>& partial) {
                        m_waveform->setPeaks(*partial, durationMs);
                    });
            connect(m_analysis.get(), &BackgroundAnalysis::finished, this,
                    [this, durationMs](const std::shared_ptr<const audio::Analysis>& analysis) {
                        m_waveform->setPeaks(analysis->peaks, durationMs);
                    });
            m_analysis->start();
        }
    }
    m_banner->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
    m_transport->setEngine(m_player.get());
    m_transport->setTwoSides(r.recording.channels >= 2);
    showComments();
    seek(atMs);
    m_waveform->setFocus(Qt::OtherFocusReason);
    return true;
}

void EvaluationPlayer::showComments()
{
    const auto comments = review::evaluationComments(m_workspace, m_actor, m_evaluationId);
    const auto evaluation = [&]() -> std::optional<review::EvaluationSummary> {
        review::EvaluationFilter one;
        one.evaluationId = m_evaluationId;
        one.includeReplaced = true;
        const auto listed = review::EvaluationStore(m_workspace, m_actor).list(one);
        if (!listed || listed->isEmpty())
            return std::nullopt;
        return listed->first();
    }();
    if (evaluation) {
        const auto version = review::ChecklistStore(m_workspace, m_actor)
                                 .versionById(evaluation->checklistVersionId);
        QHash<QString, QString> names;
        if (version)
            for (const checklists::Section& section : version->checklist.sections)
                for (const checklists::Item& item : section.items)
                    names.insert(item.key, item.prompt);
        m_comments->model().setItemNames(names);
    }
    const QList<review::ReviewComment> list =
        comments ? comments.value() : QList<review::ReviewComment>{};
    m_comments->model().setComments(list);
    QList<WaveformMarker> markers;
    for (const review::ReviewComment& comment : list)
        markers.append({comment.atMs, comment.body});
    m_waveform->setMarkers(markers);
}

void EvaluationPlayer::seek(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(m_waveform->durationMs(), 0));
    if (m_player && m_player->isOpen())
        m_player->seek(ms);
    m_waveform->setPosition(ms);
}

void EvaluationPlayer::togglePlay()
{
    if (!m_player || !m_player->isOpen())
        return;
    if (m_player->state() == audio::PlaybackEngine::State::Playing)
        m_player->pause();
    else
        m_player->play();
}

QString EvaluationPlayer::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

} // namespace callqa::app

#include "app/gui/review/reviewscreen.h"

#include "app/callanalysis.h"
#include "app/gui/review/backgroundanalysis.h"
#include "app/gui/review/callfacts.h"
#include "app/gui/review/commentlistmodel.h"
#include "app/gui/review/commentspanel.h"
#include "app/gui/review/keyhelpoverlay.h"
#include "app/gui/review/reviewdraft.h"
#include "app/gui/review/reviewform.h"
#include "app/gui/review/reviewformmodel.h"
#include "app/gui/review/transportbar.h"
#include "app/gui/review/waveformview.h"
#include "audio/core/voiceactivity.h"
#include "audio/playback/playbackengine.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "review/queues/myqueue.h"
#include "review/queues/queuestore.h"
#include "review/storage/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSysInfo>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

constexpr qint64 kStepMs = 1000;
constexpr double kSpeedStep = 0.25;
const char* const kSpeedSetting = "review/speed";

QList<WaveformSpan> spansOf(const QJsonArray& array, WaveformSpan::Kind kind)
{
    QList<WaveformSpan> out;
    for (const QJsonValue& value : array) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2)
            out.append({qint64(pair.at(0).toDouble()), qint64(pair.at(1).toDouble()), kind});
    }
    return out;
}

WaveformChannelMap waveformChannels(const review::CallRecording& recording)
{
    if (recording.channels < 2)
        return WaveformChannelMap::mono();
    return {recording.agentChannel.value_or(0), recording.customerChannel.value_or(1)};
}

} // namespace

QList<WaveformSpan> talkSpans(const review::CallTalkMetrics& talk)
{
    return spansOf(talk.detail.value(QStringLiteral("dead_air")).toArray(),
                   WaveformSpan::Kind::DeadAir) +
           spansOf(talk.detail.value(QStringLiteral("overtalk")).toArray(),
                   WaveformSpan::Kind::Overtalk);
}

// The next item's call, read and its recording opened while the current one is scored.
struct ReviewScreen::Prepared {
    ReviewMaterial material;
    std::unique_ptr<audio::PlaybackEngine> player;
};

ReviewScreen::ReviewScreen(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("reviewScreen"));
    m_draft = std::make_unique<ReviewDraft>(m_workspace, m_actor, QSysInfo::machineHostName());
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4d6; padding: 6px;"));
    m_banner->hide();
    m_takeOver = new QPushButton(tr("Take over"), this);
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOver->hide();
    connect(m_takeOver, &QPushButton::clicked, this, &ReviewScreen::takeOver);
    m_callTitle = new QLabel(this);
    m_callTitle->setObjectName(QStringLiteral("callTitle"));
    m_transport = new TransportBar(this);
    m_waveform = new WaveformView(this);
    m_waveform->setMinimumHeight(180);
    m_comments = new CommentsPanel(this);
    m_comments->setLogin(m_actor.login);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("callFacts"));
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_facts->setWordWrap(true);
    m_form = new ReviewForm(this);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_comments);
    lower->addWidget(m_facts);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* listening = new QWidget(this);
    auto* left = new QVBoxLayout(listening);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_callTitle);
    left->addWidget(m_transport);
    left->addWidget(m_waveform, 3);
    left->addWidget(lower, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(listening);
    split->addWidget(m_form);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_takeOver);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(split, 1);
    m_help = new KeyHelpOverlay(this);

    m_lapseCheck = new QTimer(this);
    m_lapseCheck->setInterval(1000);
    connect(m_lapseCheck, &QTimer::timeout, this, &ReviewScreen::refreshBanner);

    connect(m_waveform, &WaveformView::seekRequested, this, &ReviewScreen::seek);
    connect(m_comments, &CommentsPanel::seekRequested, this, &ReviewScreen::seek);
    connect(m_transport, &TransportBar::speedChosen, this, &ReviewScreen::changeSpeed);
    connect(&m_form->model(), &ReviewFormModel::answersChanged, this, [this] {
        if (!m_calibrationSession)
            m_draft->setAnswers(m_form->model().answers());
    });
    connect(m_draft.get(), &ReviewDraft::saveFailed, this, [this](const QString& error) {
        m_problems << tr("Not saved: %1").arg(error);
        refreshBanner();
    });
    connect(m_draft.get(), &ReviewDraft::commentsChanged, this, &ReviewScreen::showComments);
    connect(m_comments, &CommentsPanel::commentWritten, this,
            [this](qint64 atMs, const QString& itemKey, const QString& body) {
                if (const review::Status added = m_draft->addComment(atMs, itemKey, body); !added)
                    setBanner(added.error());
            });
    connect(m_comments, &CommentsPanel::commentEdited, this,
            [this](qint64 id, const QString& body) {
                if (const review::Status edited = m_draft->editComment(id, body); !edited)
                    setBanner(edited.error());
            });
    connect(m_comments, &CommentsPanel::deleteRequested, this, [this](qint64 id) {
        if (const review::Status removed = m_draft->removeComment(id); !removed)
            setBanner(removed.error());
    });
    connect(m_comments, &CommentsPanel::writingFinished, this,
            [this] { m_form->tree()->setFocus(Qt::OtherFocusReason); });
    buildActions();
    // The waveform's zoom keys work wherever the focus is on this screen (the form has it).
    addActions(
        {m_waveform->zoomInAction(), m_waveform->zoomOutAction(), m_waveform->zoomWholeAction()});
    connect(m_draft.get(), &ReviewDraft::holdLost, this, [this](const QString& error) {
        m_problems << tr("Your changes may not be saved: %1").arg(error);
        refreshBanner();
    });
    setFocusProxy(m_form->tree());
}

ReviewScreen::~ReviewScreen()
{
    m_analysis.reset();
    m_draft->close();
}

void ReviewScreen::buildActions()
{
    for (const ReviewKeyBinding& binding : reviewKeyMap()) {
        auto* action = new QAction(binding.description, this);
        action->setShortcuts(binding.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const ReviewCommand command = binding.command;
        connect(action, &QAction::triggered, this, [this, command] { run(command); });
        addAction(action);
        m_actions.insert(command, action);
    }
}

QAction* ReviewScreen::action(ReviewCommand command) const
{
    return m_actions.value(command);
}

void ReviewScreen::run(ReviewCommand command)
{
    using C = ReviewCommand;
    if (const int digit = answerDigit(command)) {
        m_form->answerFocused(digit);
        return;
    }
    audio::PlaybackEngine* player = m_player && m_player->isOpen() ? m_player.get() : nullptr;
    switch (command) {
    case C::PlayPause:
        if (player)
            player->state() == audio::PlaybackEngine::State::Playing ? player->pause()
                                                                     : player->play();
        break;
    case C::Pause:
        if (player)
            player->pause();
        break;
    case C::Back5:
        seek(playhead() - audio::PlaybackEngine::kSkipStepMs);
        break;
    case C::Forward5:
        seek(playhead() + audio::PlaybackEngine::kSkipStepMs);
        break;
    case C::Back1:
        seek(playhead() - kStepMs);
        break;
    case C::Forward1:
        seek(playhead() + kStepMs);
        break;
    case C::Slower:
        changeSpeed(QSettings().value(kSpeedSetting, 1.0).toDouble() - kSpeedStep);
        break;
    case C::Faster:
        changeSpeed(QSettings().value(kSpeedSetting, 1.0).toDouble() + kSpeedStep);
        break;
    case C::ToStart:
        seek(0);
        break;
    case C::ToEnd:
        seek(m_waveform->durationMs());
        break;
    case C::NextItem:
        m_form->moveFocus(+1);
        break;
    case C::PreviousItem:
        m_form->moveFocus(-1);
        break;
    case C::NotApplicable:
        m_form->notApplicableFocused();
        break;
    case C::ClearAnswer:
        m_form->clearFocused();
        break;
    case C::Comment: {
        const QString key = m_form->focusedItemKey();
        const checklists::Item* item = m_form->model().checklist().findItem(key);
        m_comments->startComment(playhead(), key, item ? item->prompt : QString());
        break;
    }
    case C::CallComment:
        m_comments->startComment(playhead(), {}, {});
        break;
    case C::SubmitAndNext:
        submitAndNext();
        break;
    case C::Close:
        if (m_help->isVisible())
            m_help->toggle();
        else
            closeCall();
        break;
    case C::Help:
        m_help->toggle();
        break;
    default:
        break;
    }
}

qint64 ReviewScreen::callId() const
{
    return m_material ? m_material->call.id : 0;
}

bool ReviewScreen::readOnly() const
{
    return m_calibrationSession ? m_calibrationReadOnly : m_draft->readOnly();
}

std::optional<qint64> ReviewScreen::preparedCallId() const
{
    if (!m_prepared)
        return std::nullopt;
    return m_prepared->material.call.id;
}

bool ReviewScreen::analysisRunning() const
{
    return m_analysisPending; // until its result (or failure) is handled
}

std::unique_ptr<audio::PlaybackEngine> ReviewScreen::openPlayer(const ReviewMaterial& material)
{
    if (!material.audioFound)
        return nullptr;
    auto player = std::make_unique<audio::PlaybackEngine>();
    if (material.recording.channels >= 2)
        player->setChannelMap({material.recording.agentChannel.value_or(0),
                               material.recording.customerChannel.value_or(1)});
    const audio::PlaybackResult opened = player->open(material.audioPath, material.secondLegPath);
    if (!opened.ok())
        return nullptr;
    player->setSpeed(QSettings().value(kSpeedSetting, 1.0).toDouble());
    return player;
}

bool ReviewScreen::openCalibrationCall(qint64 sessionId, qint64 callId)
{
    m_lastError.clear();
    auto material = loadReviewMaterial(m_workspace, m_actor, callId);
    if (!material) {
        m_lastError = material.error();
        return false;
    }
    m_prepared.reset();
    m_calibrationSession = sessionId;
    material->earlier.clear(); // nobody else's scores while calibrating
    auto player = openPlayer(material.value());
    present(std::move(material).value(), std::move(player));
    return true;
}

bool ReviewScreen::openCall(qint64 callId)
{
    m_lastError.clear();
    m_calibrationSession.reset();
    if (m_prepared && m_prepared->material.call.id == callId) {
        std::unique_ptr<Prepared> prepared = std::move(m_prepared);
        present(std::move(prepared->material), std::move(prepared->player));
        return true;
    }
    auto material = loadReviewMaterial(m_workspace, m_actor, callId);
    if (!material) {
        m_lastError = material.error();
        return false;
    }
    auto player = openPlayer(material.value());
    present(std::move(material).value(), std::move(player));
    return true;
}

void ReviewScreen::present(ReviewMaterial material, std::unique_ptr<audio::PlaybackEngine> player)
{
    m_analysis.reset();
    m_analysisPending = false;
    m_draft->close();
    m_player = std::move(player);
    if (m_player) // read ahead before the speed may have changed
        m_player->setSpeed(QSettings().value(kSpeedSetting, 1.0).toDouble());
    m_material = std::move(material);
    m_problems.clear();
    const ReviewMaterial& m = *m_material;

    m_callTitle->setText(
        tr("<b>Call %1</b> · %2")
            .arg(m.call.externalId.toHtmlEscaped(), m.call.agentName.toHtmlEscaped()));
    m_waveform->setChannels(waveformChannels(m.recording));
    if (m.peaks)
        m_waveform->setPeaks(*m.peaks, m.call.durationMs);
    else
        m_waveform->setPeaks(audio::Peaks(), m.call.durationMs);
    m_waveform->setPosition(0);
    showTalk();
    m_transport->setEngine(m_player.get());
    m_transport->setTwoSides(m.recording.channels >= 2);
    if (m_player) {
        connect(m_player.get(), &audio::PlaybackEngine::positionChanged, m_waveform,
                &WaveformView::setPosition);
        connect(
            m_player.get(), &audio::PlaybackEngine::errorOccurred, this,
            [this](const QString& error) {
                m_problems << tr("No sound: %1. Scoring and comments work without it.").arg(error);
                refreshBanner();
            });
    } else if (!m.audioFound) {
        m_problems << tr("The recording is not at %1. The form, comments and the waveform work; "
                         "import the folder it moved to, or set Workspace > Recordings folder.")
                          .arg(m.missingFile);
    } else {
        m_problems << tr("The recording at %1 cannot be played.").arg(m.audioPath);
    }
    // Never analysed, or by an older detector: analysed again in the background, as
    // `callqa analyze` would, so the spans and facts shown are the current detector's.
    const bool outdated = m.talk && m.talk->detectorVersion < audio::kVoiceActivityVersion;
    if ((!m.peaks || !m.talk || outdated) && m.audioFound)
        startAnalysis();

    if (m_calibrationSession)
        showCalibrationForm();
    else
        showDraft();
    m_facts->setText(describeCallFacts(m.call, m.talk, m.earlier));
    Q_EMIT callOpened(m.call.id);
    m_form->tree()->setFocus(Qt::OtherFocusReason);
    if (!m_calibrationSession)
        QTimer::singleShot(0, this, &ReviewScreen::prepareNext);
}

void ReviewScreen::showDraft()
{
    const ReviewMaterial& m = *m_material;
    const auto opened = m_draft->open(m.call.id, m.checklist);
    if (!opened) {
        m_form->model().setReadOnly(true);
        m_form->model().setChecklist({}, {});
        m_problems << opened.error();
        refreshBanner();
        return;
    }
    const auto version =
        review::ChecklistStore(m_workspace, m_actor).versionById(opened->checklistVersionId);
    if (!version) {
        m_problems << version.error();
        refreshBanner();
        return;
    }
    m_form->model().setReadOnly(opened->readOnly());
    m_form->model().setChecklist(version->checklist, opened->answers);
    m_form->setTitle(
        tr("%1, version %2").arg(version->checklist.name, QString::number(version->version)));
    QHash<QString, QString> names;
    for (const checklists::Section& section : version->checklist.sections)
        for (const checklists::Item& item : section.items)
            names.insert(item.key, item.prompt);
    m_comments->model().setItemNames(names);
    m_comments->setReadOnly(opened->readOnly());
    showComments();
    if (opened->readOnly())
        m_lapseCheck->start();
    else
        m_lapseCheck->stop();
    refreshBanner();
}

void ReviewScreen::showComments()
{
    m_comments->model().setComments(m_draft->comments());
    QList<WaveformMarker> markers;
    for (const review::ReviewComment& comment : m_draft->comments())
        markers.append({comment.atMs, comment.body});
    m_waveform->setMarkers(markers);
}

void ReviewScreen::showTalk()
{
    m_waveform->setSpans(m_material->talk ? talkSpans(*m_material->talk) : QList<WaveformSpan>{});
}

void ReviewScreen::startAnalysis()
{
    m_analysis =
        std::make_unique<BackgroundAnalysis>(m_material->audioPath, m_material->secondLegPath);
    const qint64 durationMs = m_material->call.durationMs;
    connect(m_analysis.get(), &BackgroundAnalysis::peaksGrew, this,
            [this, durationMs](const std::shared_ptr<const audio::Peaks>& partial) {
                m_waveform->setPeaks(*partial, durationMs);
            });
    connect(m_analysis.get(), &BackgroundAnalysis::finished, this,
            [this](const std::shared_ptr<const audio::Analysis>& analysis) {
                m_waveform->setPeaks(analysis->peaks, m_material->call.durationMs);
                const auto stored =
                    storeCallAnalysis(m_workspace, m_actor, m_material->recording, *analysis);
                if (stored) {
                    m_material->talk = stored->talk;
                    m_material->peaks = analysis->peaks;
                    showTalk();
                    m_facts->setText(
                        describeCallFacts(m_material->call, m_material->talk, m_material->earlier));
                }
                m_analysisPending = false;
                Q_EMIT analysisFinished();
            });
    connect(m_analysis.get(), &BackgroundAnalysis::failed, this, [this](const QString& error) {
        m_problems << tr("The recording could not be analysed: %1").arg(error);
        refreshBanner();
        m_analysisPending = false;
        Q_EMIT analysisFinished();
    });
    m_analysisPending = true;
    m_analysis->start();
}

void ReviewScreen::prepareNext()
{
    m_prepared.reset();
    const auto mine = review::myQueue(m_workspace, m_actor);
    if (!mine || !m_material)
        return;
    for (const review::MyQueueEntry& entry : mine->entries) {
        if (entry.item.state != QLatin1String("todo") || entry.item.callId == m_material->call.id)
            continue;
        auto material = loadReviewMaterial(m_workspace, m_actor, entry.item.callId);
        if (!material)
            return;
        auto prepared = std::make_unique<Prepared>();
        prepared->player = openPlayer(material.value());
        prepared->material = std::move(material).value();
        m_prepared = std::move(prepared);
        return;
    }
}

bool ReviewScreen::submitAndNext()
{
    if (m_calibrationSession)
        return submitCalibration();
    if (m_draft->readOnly()) {
        setBanner(tr("This evaluation is read-only here; nothing was submitted."));
        return false;
    }
    if (!m_form->checkComplete()) {
        setBanner(tr("%n item(s) are not answered yet; the first is selected.", nullptr,
                     int(m_form->model().score().unanswered.size())));
        return false;
    }
    const auto evaluation = m_draft->submit();
    if (!evaluation) {
        setBanner(evaluation.error());
        return false;
    }
    if (m_player)
        m_player->stop();
    Q_EMIT submitted(evaluation->id);
    const auto next = review::QueueStore(m_workspace, m_actor).next();
    if (next && next.value() && openCall(next.value()->callId))
        return true;
    m_prepared.reset();
    Q_EMIT queueFinished();
    closeCall();
    return true;
}

void ReviewScreen::closeCall()
{
    m_analysis.reset();
    m_analysisPending = false;
    m_draft->close();
    m_player.reset();
    m_transport->setEngine(nullptr);
    m_prepared.reset();
    m_material.reset();
    m_lapseCheck->stop();
    m_calibrationSession.reset();
    Q_EMIT closed();
}

void ReviewScreen::setBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString ReviewScreen::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void ReviewScreen::refreshBanner()
{
    QStringList lines = m_problems;
    bool mayTakeOver = false;
    if (m_draft->isOpen() && m_draft->readOnly()) {
        const review::LeaseHolder& holder = *m_draft->draft().heldBy;
        mayTakeOver = m_draft->holderLapsed();
        lines.prepend(mayTakeOver
                          ? tr("%1 on %2 held this draft and stopped; you may take it over.")
                                .arg(holder.login, holder.host)
                          : tr("%1 is scoring this call on %2: read-only here.")
                                .arg(holder.login, holder.host));
    }
    m_takeOver->setVisible(mayTakeOver);
    setBanner(lines.join(QLatin1Char('\n')));
}

void ReviewScreen::takeOver()
{
    if (!m_material || !m_draft->holderLapsed())
        return;
    showDraft(); // opening again takes a lapsed lease over, answers and comments included
}

void ReviewScreen::changeSpeed(double speed)
{
    speed = std::clamp(speed, 0.5, 3.0);
    QSettings().setValue(kSpeedSetting, speed);
    if (m_player)
        m_player->setSpeed(speed);
    m_transport->setEngine(m_player.get()); // shows the speed
}

qint64 ReviewScreen::playhead() const
{
    return m_player && m_player->isOpen() ? m_player->position() : m_waveform->position();
}

void ReviewScreen::seek(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(m_waveform->durationMs(), 0));
    if (m_player && m_player->isOpen())
        m_player->seek(ms);
    m_waveform->setPosition(ms);
}

} // namespace callqa::app

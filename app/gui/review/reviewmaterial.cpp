#include "app/gui/review/reviewmaterial.h"

#include "app/callanalysis.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::app {

review::Result<ReviewMaterial> loadReviewMaterial(review::Workspace& workspace,
                                                  const review::Actor& actor, qint64 callId)
{
    using R = review::Result<ReviewMaterial>;
    ReviewMaterial material;
    review::CallFilter filter;
    filter.callId = callId;
    const auto calls = review::listCalls(workspace.db(), actor, filter);
    if (!calls)
        return R::failure(calls.error());
    if (calls->isEmpty())
        return R::failure(
            QCoreApplication::translate("callqa::app::ReviewScreen", "There is no call #%1.")
                .arg(callId));
    material.call = calls->first();

    review::CallAnalysisStore store(workspace, actor);
    const auto recording = store.recording(callId);
    if (!recording)
        return R::failure(recording.error());
    material.recording = recording.value();
    material.audioPath = callRecordingPath(workspace, material.recording);
    material.secondLegPath = callSecondLegPath(workspace, material.recording);
    material.missingFile = missingRecordingFile(material.audioPath, material.secondLegPath);
    material.audioFound = material.missingFile.isEmpty();
    const auto peaks = store.peaks(material.recording.contentSha256);
    if (peaks && peaks.value()) {
        const QByteArray& bytes = *peaks.value();
        auto decoded = audio::Peaks::deserialize(
            {reinterpret_cast<const std::uint8_t*>(bytes.constData()), size_t(bytes.size())});
        if (decoded)
            material.peaks = std::move(decoded).value();
    }
    if (const auto talk = store.talk(callId); talk)
        material.talk = talk.value();

    const auto checklist = review::reviewChecklistFor(workspace, actor, callId);
    if (!checklist)
        return R::failure(checklist.error());
    material.checklist = checklist.value();
    review::EvaluationFilter earlier;
    earlier.callId = callId;
    if (const auto listed = review::EvaluationStore(workspace, actor).list(earlier); listed)
        material.earlier = listed.value();
    return material;
}

} // namespace callqa::app

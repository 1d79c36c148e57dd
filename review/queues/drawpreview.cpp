#include "review/queues/drawpreview.h"

#include "review/queues/frame.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

Result<DrawPreview> previewDraw(Workspace& workspace, const Actor& actor,
                                const Population& population, const SamplingRule& rule)
{
    using R = Result<DrawPreview>;
    if (const Status allowed = authorize(actor, Action::ManageQueues); !allowed)
        return R::failure(allowed.error());
    if (population.toMs <= population.fromMs)
        return R::failure(QCoreApplication::translate("callqa::review::QueueStore",
                                                      "The queue's period must end after it "
                                                      "starts."));
    try {
        const std::vector<FrameCall> frame = readFrame(workspace.db(), population);
        Draw draw = drawSample(frame, rule);
        DrawPreview preview;
        preview.eligible = qint64(frame.size());
        preview.allocated = qint64(draw.calls.size());
        preview.strata = std::move(draw.strata);
        return preview;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review

#include "review/calibration/calibrationdrift.h"

#include "review/calibration/calibrationreport.h"
#include "review/calibration/calibrationrows.h"
#include "review/checklists/checkliststore.h"
#include "review/storage/workspace.h"

namespace callqa::review {

Result<QList<ReviewerDrift>> readCalibrationDrift(Workspace& workspace, const Actor& actor,
                                                  const QString& reviewer, double thresholdPerMonth)
{
    using R = Result<QList<ReviewerDrift>>;
    const bool readsAll = authorize(actor, Action::ReadCalibration).ok();
    if (!readsAll && !reviewer.isEmpty() && reviewer.compare(actor.login, Qt::CaseInsensitive) != 0)
        return R::failure(authorize(actor, Action::ReadCalibration).error());
    const QString only = readsAll ? reviewer : actor.login;
    try {
        Database& db = workspace.db();
        QList<SessionBias> biases;
        for (qint64 id : calibrationrows::sessionIds(db)) {
            const auto session = calibrationrows::readSession(db, id);
            if (!session || !session->closed)
                continue;
            if (!readsAll && !session->participants.contains(actor.login))
                continue;
            const auto version =
                ChecklistStore(workspace, Actor::owner()).versionById(session->checklistVersionId);
            if (!version)
                return R::failure(version.error());
            const CalibrationReport report = buildCalibrationReport(
                *session, version->checklist, calibrationrows::readScores(db, id), {0, 0});
            for (const ReviewerRow& row : report.reviewers) {
                if (!only.isEmpty() && row.login.compare(only, Qt::CaseInsensitive) != 0)
                    continue;
                if (row.agreement.bias.defined())
                    biases << SessionBias{row.login, session->createdAt, *row.agreement.bias.value,
                                          row.agreement.comparedCalls};
            }
        }
        // Sessions were read newest first; the series runs oldest first.
        std::reverse(biases.begin(), biases.end());
        return driftSeries(biases, thresholdPerMonth);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review

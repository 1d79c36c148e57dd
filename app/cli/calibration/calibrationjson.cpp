#include "app/cli/calibration/calibrationjson.h"

#include "app/cli/clisupport.h"
#include "app/cli/evaluationjson.h"

#include <QJsonArray>

namespace callqa::app {

QJsonObject estimateToJson(const review::Estimate& estimate, bool withInterval)
{
    QJsonObject object;
    if (estimate.value) {
        object.insert(QStringLiteral("value"), *estimate.value);
    } else {
        object.insert(QStringLiteral("value"), QJsonValue::Null);
        object.insert(QStringLiteral("reason"), estimate.reason);
    }
    if (!withInterval)
        return object;
    if (estimate.ci95) {
        object.insert(QStringLiteral("ci95"),
                      QJsonArray{estimate.ci95->lower, estimate.ci95->upper});
    } else {
        object.insert(QStringLiteral("ci95"), QJsonValue::Null);
        object.insert(QStringLiteral("ci95_reason"),
                      estimate.ci95Reason.isEmpty() ? estimate.reason : estimate.ci95Reason);
    }
    return object;
}

QJsonObject calibrationSessionToJson(const review::CalibrationSession& session)
{
    QJsonArray calls;
    for (qsizetype i = 0; i < session.callIds.size(); ++i)
        calls.append(QJsonObject{
            {QStringLiteral("call"), session.callIds.at(i)},
            {QStringLiteral("call_id"), phoneSystemIdJson(session.callExternalIds.value(i))}});
    QJsonObject object{
        {QStringLiteral("id"), session.id},
        {QStringLiteral("name"), session.name},
        {QStringLiteral("checklist"), session.checklistKey},
        {QStringLiteral("checklist_version"), session.checklistVersion},
        {QStringLiteral("mode"), session.blind ? QStringLiteral("blind") : QStringLiteral("open")},
        {QStringLiteral("state"),
         session.closed ? QStringLiteral("closed") : QStringLiteral("open")},
        {QStringLiteral("reviewers"), QJsonArray::fromStringList(session.participants)},
        {QStringLiteral("expert"),
         session.expert.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(session.expert)},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("scores"), session.scoresGiven},
        {QStringLiteral("created_by"), session.createdBy},
        {QStringLiteral("created_at"), isoUtc(session.createdAt)},
    };
    object.insert(QStringLiteral("deadline"), session.deadlineAt
                                                  ? QJsonValue(isoUtc(*session.deadlineAt))
                                                  : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("closed_at"), session.closedAt
                                                   ? QJsonValue(isoUtc(*session.closedAt))
                                                   : QJsonValue(QJsonValue::Null));
    return object;
}

namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject itemAgreementToJson(const review::ItemAgreementRow& item)
{
    QJsonObject alpha;
    for (const auto& [level, estimate] : item.alpha)
        alpha.insert(review::levelName(level), estimateToJson(estimate, true));
    return {{QStringLiteral("key"), item.key},
            {QStringLiteral("type"), item.type},
            {QStringLiteral("ratings"), item.ratings},
            {QStringLiteral("percent_agreement"), estimateToJson(item.percentAgreement, false)},
            {QStringLiteral("fleiss_kappa"), estimateToJson(item.fleiss.kappa, false)},
            {QStringLiteral("fleiss_calls"), item.fleiss.calls},
            {QStringLiteral("krippendorff_alpha"), alpha}};
}

namespace {

QJsonObject reviewerToJson(const review::ReviewerRow& row)
{
    return {
        {QStringLiteral("login"), row.login},
        {QStringLiteral("expert"), row.expert},
        {QStringLiteral("scored"), row.scored},
        {QStringLiteral("compared_calls"), row.agreement.comparedCalls},
        {QStringLiteral("bias"), estimateToJson(row.agreement.bias, false)},
        {QStringLiteral("mean_absolute_deviation"),
         estimateToJson(row.agreement.meanAbsoluteDeviation, false)},
        {QStringLiteral("consensus_agreement"),
         estimateToJson(row.agreement.consensusAgreement, false)},
        {QStringLiteral("expert_agreement"), estimateToJson(row.agreement.expertAgreement, false)}};
}

QJsonObject callToJson(const review::CallRow& row)
{
    QJsonArray agenda;
    for (const review::AgendaEntry& entry : row.agenda)
        agenda.append(QJsonObject{{QStringLiteral("item"), entry.itemKey},
                                  {QStringLiteral("disagreement"), entry.disagreement}});
    return {{QStringLiteral("call"), row.callId},
            {QStringLiteral("call_id"), phoneSystemIdJson(row.externalId)},
            {QStringLiteral("scores"), row.spread.scores},
            {QStringLiteral("min"), optionalNumber(row.spread.min)},
            {QStringLiteral("max"), optionalNumber(row.spread.max)},
            {QStringLiteral("sd"), estimateToJson(row.spread.standardDeviation, false)},
            {QStringLiteral("agenda"), agenda}};
}

} // namespace

QJsonObject calibrationReportToJson(const review::CalibrationSession& session,
                                    const review::CalibrationReport& report,
                                    const review::Bootstrap& bootstrap)
{
    QJsonArray items;
    for (const review::ItemAgreementRow& item : report.items)
        items.append(itemAgreementToJson(item));
    QJsonArray reviewers;
    for (const review::ReviewerRow& row : report.reviewers)
        reviewers.append(reviewerToJson(row));
    QJsonArray calls;
    for (const review::CallRow& row : report.calls)
        calls.append(callToJson(row));
    const QJsonObject overall{{QStringLiteral("icc1_1"), estimateToJson(report.icc.icc1, true)},
                              {QStringLiteral("icc2_1"), estimateToJson(report.icc.icc2, true)},
                              {QStringLiteral("icc3_1"), estimateToJson(report.icc.icc3, true)},
                              {QStringLiteral("icc_calls"), report.icc.calls},
                              {QStringLiteral("krippendorff_alpha_interval"),
                               estimateToJson(report.overallAlphaInterval, true)}};
    return {{QStringLiteral("session"), calibrationSessionToJson(session)},
            {QStringLiteral("not_applicable"),
             QStringLiteral("category")}, // N/A is its own nominal category; missing for scales
            {QStringLiteral("bootstrap"),
             QJsonObject{{QStringLiteral("resamples"), bootstrap.resamples},
                         {QStringLiteral("seed"), QString::number(bootstrap.seed)}}},
            {QStringLiteral("items"), items},
            {QStringLiteral("overall"), overall},
            {QStringLiteral("reviewers"), reviewers},
            {QStringLiteral("calls"), calls}};
}

QJsonObject reliabilityReportToJson(const review::ReliabilityReport& report,
                                    const review::Bootstrap& bootstrap)
{
    QJsonArray items;
    for (const review::ItemAgreementRow& item : report.items)
        items.append(itemAgreementToJson(item));
    QJsonArray reviewers;
    for (const review::ReliabilityReviewer& r : report.reviewers)
        reviewers.append(QJsonObject{
            {QStringLiteral("login"), r.login},
            {QStringLiteral("pairs"), r.pairs},
            {QStringLiteral("bias"), estimateToJson(r.bias, false)},
            {QStringLiteral("mean_absolute_deviation"),
             estimateToJson(r.meanAbsoluteDeviation, false)},
            {QStringLiteral("item_agreement"), estimateToJson(r.itemAgreement, false)}});
    return {{QStringLiteral("pairs"), report.pairs},
            {QStringLiteral("not_applicable"), QStringLiteral("category")},
            {QStringLiteral("bootstrap"),
             QJsonObject{{QStringLiteral("resamples"), bootstrap.resamples},
                         {QStringLiteral("seed"), QString::number(bootstrap.seed)}}},
            {QStringLiteral("items"), items},
            {QStringLiteral("overall"),
             QJsonObject{{QStringLiteral("icc1_1"), estimateToJson(report.icc.icc1, true)},
                         {QStringLiteral("icc2_1"), estimateToJson(report.icc.icc2, true)},
                         {QStringLiteral("icc3_1"), estimateToJson(report.icc.icc3, true)},
                         {QStringLiteral("icc_calls"), report.icc.calls},
                         {QStringLiteral("krippendorff_alpha_interval"),
                          estimateToJson(report.overallAlphaInterval, true)}}},
            {QStringLiteral("reviewers"), reviewers}};
}

QJsonObject reviewerDriftToJson(const review::ReviewerDrift& drift)
{
    QJsonArray months;
    for (const review::DriftPoint& point : drift.months)
        months.append(QJsonObject{{QStringLiteral("month"), point.month},
                                  {QStringLiteral("bias"), point.bias},
                                  {QStringLiteral("calls"), point.calls}});
    return {{QStringLiteral("reviewer"), drift.reviewer},
            {QStringLiteral("months"), months},
            {QStringLiteral("trend_per_month"), estimateToJson(drift.trendPerMonth, false)},
            {QStringLiteral("flagged"), drift.flagged}};
}

} // namespace callqa::app

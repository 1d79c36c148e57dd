#pragma once

#include "review/metrics/callmetricfacts.h"
#include "review/metrics/sample.h"

#include <QHash>
#include <QList>

namespace callqa::review {

// Each formula reads only the rows that carry its field; the others do not count in n.
// csat = mean of csat (1..5) (Mean).
Sample csatSample(const QList<CallMetricFacts>& calls);
// csat_percent = 100 x rows with csat 4 or 5 / rows with csat (Percent).
Sample csatPercentSample(const QList<CallMetricFacts>& calls);
// nps = % of nps 9-10 minus % of nps 0-6: the mean of +100 (9-10), 0 (7-8), -100 (0-6) (Mean).
Sample npsSample(const QList<CallMetricFacts>& calls);
// wait_s = mean of wait_s (Mean); wait_median_s = median of wait_s (Median).
Sample waitSample(const QList<CallMetricFacts>& calls);
Sample waitMedianSample(const QList<CallMetricFacts>& calls);
// service_level = rows with answered_within_s <= T / rows with answered_within_s (Rate).
Sample serviceLevelSample(const QList<CallMetricFacts>& calls, double thresholdS);
// escalation_rate, complaint_rate, fcr_rate, recovery_rate = rows where the flag is true / rows
// where it is given (Rate).
Sample escalationRateSample(const QList<CallMetricFacts>& calls);
Sample complaintRateSample(const QList<CallMetricFacts>& calls);
Sample fcrRateSample(const QList<CallMetricFacts>& calls);
Sample recoveryRateSample(const QList<CallMetricFacts>& calls);
// resolution_time_s = median over cases of (latest case_resolved_at - earliest case_opened_at)
// in seconds, a case being the rows of one case_id with both times known (Median).
Sample resolutionTimeSample(const QList<CallMetricFacts>& calls);
// repeat_contact_rate = counted calls with a customer_id whose customer calls again (any call
// in `everyContact`, started later, at most `days` days after) / counted calls with a
// customer_id and a start time (Rate).
Sample repeatContactSample(const QList<CallMetricFacts>& counted,
                           const QList<CallMetricFacts>& everyContact, int days);
// The contacts' start times by customer, sorted, read once for many samples.
using ContactStarts = QHash<QString, QList<qint64>>;
ContactStarts contactStartsOf(const QList<CallMetricFacts>& everyContact);
Sample repeatContactSample(const QList<CallMetricFacts>& counted, const ContactStarts& starts,
                           int days);
// customers_per_day = mean over agent-days of customers_served (Mean).
Sample customersPerDaySample(const QList<AgentDayFacts>& days);

} // namespace callqa::review

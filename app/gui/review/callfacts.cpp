#include "app/gui/review/callfacts.h"

#include "app/gui/review/reviewformmodel.h"
#include "review/calls/calllistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("callqa::app::CallFacts", text, nullptr, n);
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString share(const std::optional<double>& value)
{
    return value ? formatPercent(*value * 100.0) : tr("needs two channels");
}

QString duration(const std::optional<qint64>& ms)
{
    return ms ? review::formatDuration(*ms, QLocale()) : QStringLiteral("–");
}

} // namespace

QString describeCallFacts(const review::CallSummary& call,
                          const std::optional<review::CallTalkMetrics>& talk,
                          const QList<review::EvaluationSummary>& earlier)
{
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Call"), call.externalId);
    html += row(tr("Agent"), orDash(call.agentName));
    html += row(tr("Team at the time"), orDash(call.teamName));
    html += row(tr("Queue"), orDash(call.queue));
    html += row(tr("Direction"), orDash(call.direction));
    html +=
        row(tr("Started"), call.startedAtMs
                               ? locale.toString(QDateTime::fromMSecsSinceEpoch(*call.startedAtMs),
                                                 QLocale::ShortFormat)
                               : QStringLiteral("–"));
    html += row(tr("Duration"), review::formatDuration(call.durationMs, locale));
    if (talk) {
        html += row(tr("Agent talk share"),
                    share(talk->customerTalkMs ? talk->agentShare : std::nullopt));
        html += row(tr("Dead air"), tr("%1 in %n span(s)", talk->deadAirCount)
                                        .arg(review::formatDuration(talk->deadAirMs, locale)));
        html += row(tr("Overtalk"), talk->customerTalkMs
                                        ? tr("%1 in %n span(s)", talk->overtalkCount)
                                              .arg(review::formatDuration(talk->overtalkMs, locale))
                                        : tr("needs two channels"));
        html += row(tr("Longest agent monologue"), duration(talk->longestAgentMonologueMs));
    } else {
        html += row(tr("Talk"), tr("not analysed yet"));
    }
    html += QStringLiteral("</table>");
    if (!earlier.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Earlier evaluations").toHtmlEscaped());
        for (const review::EvaluationSummary& e : earlier) {
            const QString verdict = e.criticalFail ? tr("critical fail")
                                    : e.passed     ? tr("passed")
                                                   : tr("failed");
            html += tr("%1 by %2: %3, %4 (%5 v%6)")
                        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(e.submittedAt),
                                             QLocale::ShortFormat),
                             e.reviewer, formatPercent(e.overall), verdict, e.checklistKey,
                             QString::number(e.checklistVersion))
                        .toHtmlEscaped() +
                    QStringLiteral("<br>");
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace callqa::app

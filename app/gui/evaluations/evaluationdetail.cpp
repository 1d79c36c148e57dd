#include "app/gui/evaluations/evaluationdetail.h"

#include "app/gui/evaluations/myevaluationsmodel.h"
#include "app/gui/review/reviewformmodel.h"
#include "checklists/answerchoices.h"
#include "checklists/scoring.h"
#include "review/calls/calllistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::EvaluationDetail", text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString evaluationDetailHtml(const review::EvaluationSummary& e,
                             const checklists::Checklist& checklist,
                             const checklists::AnswerSet& answers,
                             const QList<review::ReviewComment>& comments,
                             const QList<review::Dispute>& disputes)
{
    const QLocale locale;
    const checklists::ScoreResult score = checklists::score(checklist, answers);
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(esc(tr("%1 on call %2").arg(formatPercent(e.overall), e.callExternalId)),
                 esc(tr("%1 v%2, reviewed by %3 on %4")
                         .arg(e.checklistKey, QString::number(e.checklistVersion), e.reviewer,
                              locale.toString(QDateTime::fromMSecsSinceEpoch(e.submittedAt),
                                              QLocale::ShortFormat))));
    html += QStringLiteral("<table cellspacing='3'>");
    for (qsizetype s = 0; s < checklist.sections.size(); ++s) {
        const checklists::Section& section = checklist.sections.at(s);
        const auto& sectionScore = score.sections.value(s);
        html += QStringLiteral("<tr><td><b>%1</b></td><td><b>%2</b></td></tr>")
                    .arg(esc(section.title),
                         esc(sectionScore.criticalFail ? tr("critical fail")
                                                       : formatPercent(sectionScore.percent)));
        for (const checklists::Item& item : section.items) {
            const bool failed = score.failedCriticalItems.contains(item.key);
            html += QStringLiteral("<tr><td>%1</td><td%2>%3</td></tr>")
                        .arg(esc(item.prompt),
                             failed ? QStringLiteral(" style='color:#b02020'") : QString(),
                             esc(checklists::describeAnswer(item, answers.answer(item.key))));
        }
    }
    html += QStringLiteral("</table>");
    if (!comments.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(esc(tr("Comments")));
        for (const review::ReviewComment& c : comments) {
            const checklists::Item* item = checklist.findItem(c.itemKey);
            // The moment is a link: activating it plays the call from there (kMomentLink).
            html += QStringLiteral("<a href='%1%2'>%3</a> ")
                        .arg(QLatin1String(kMomentLink), QString::number(c.atMs),
                             esc(review::formatDuration(c.atMs, locale))) +
                    esc(tr("%1%2: %3")
                            .arg(c.author, item ? tr(" on “%1”").arg(item->prompt) : QString(),
                                 c.body)) +
                    QStringLiteral("<br>");
        }
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(e.acknowledgedAt ? tr("You acknowledged it on %1.")
                                                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(
                                                                         *e.acknowledgedAt),
                                                                     QLocale::ShortFormat))
                                          : tr("Not acknowledged yet.")));
    for (const review::Dispute& d : disputes) {
        html += QStringLiteral("<p>%1").arg(
            esc(tr("Dispute: %1. “%2”").arg(disputeStateText(d.state), d.reason)));
        if (!d.decisionReason.isEmpty())
            html += QStringLiteral("<br>") +
                    esc(tr("%1 decided: %2").arg(d.decidedBy, d.decisionReason));
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace callqa::app

#include "app/gui/checklisteditor/previewwidget.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/sampleanswers.h"
#include "checklists/scoring.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace callqa::app {

using checklists::Answer;
using checklists::Item;
using checklists::ItemType;

namespace {

QString formatPercent(double value)
{
    const QLocale locale;
    return PreviewWidget::tr("%1 %2", "number, percent sign")
        .arg(locale.toString(value, 'f', 1), locale.percent());
}

// Answers travel through the combo boxes as strings: "", "yes", "no", "na", "s:<n>", "c:<key>".
QString encode(const Answer& answer)
{
    switch (answer.kind()) {
    case Answer::Kind::Yes:
        return QStringLiteral("yes");
    case Answer::Kind::No:
        return QStringLiteral("no");
    case Answer::Kind::NotApplicable:
        return QStringLiteral("na");
    case Answer::Kind::Scale:
        return QStringLiteral("s:") + QString::number(answer.scaleValue());
    case Answer::Kind::Choice:
        return QStringLiteral("c:") + answer.choiceKey();
    case Answer::Kind::Text:
    case Answer::Kind::Unanswered:
        break;
    }
    return {};
}

Answer decode(const QString& code)
{
    if (code == u"yes")
        return Answer::yes();
    if (code == u"no")
        return Answer::no();
    if (code == u"na")
        return Answer::notApplicable();
    if (code.startsWith(u"s:"))
        return Answer::scale(code.mid(2).toInt());
    if (code.startsWith(u"c:"))
        return Answer::choice(code.mid(2));
    return {};
}

} // namespace

PreviewWidget::PreviewWidget(ChecklistDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_overall(new QLabel(this)),
      m_verdict(new QLabel(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("preview"));
    m_overall->setObjectName(QStringLiteral("previewOverall"));
    m_verdict->setObjectName(QStringLiteral("previewVerdict"));
    m_details->setObjectName(QStringLiteral("previewDetails"));
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_overall->setFont(big);
    m_verdict->setFont(big);
    m_details->setWordWrap(true);

    auto* summary = new QFrame(this);
    summary->setFrameShape(QFrame::StyledPanel);
    auto* summaryLayout = new QVBoxLayout(summary);
    auto* headline = new QHBoxLayout;
    headline->addWidget(m_overall);
    headline->addStretch();
    headline->addWidget(m_verdict);
    summaryLayout->addLayout(headline);
    summaryLayout->addWidget(m_details);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary);
    layout->addWidget(m_scroll, 1);

    connect(&m_document, &ChecklistDocument::changed, this, &PreviewWidget::checklistChanged);
    checklistChanged();
}

void PreviewWidget::checklistChanged()
{
    const checklists::Checklist& checklist = m_document.checklist();
    if (checklist == m_shown && !m_sectionScores.isEmpty())
        return;
    m_shown = checklist;
    // Keep the answers the user picked; new items get a sample, and so does an answer that no
    // longer fits its item (score() decides what fits).
    for (const checklists::Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            if (!m_answers.contains(item.key))
                m_answers.set(item.key, sampleAnswer(item));
        }
    }
    for (const checklists::InvalidAnswer& invalid :
         checklists::score(checklist, m_answers).invalidAnswers)
        m_answers.set(invalid.itemKey, {});
    for (const checklists::Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            if (!m_answers.contains(item.key))
                m_answers.set(item.key, sampleAnswer(item));
        }
    }
    rebuildForm();
    rescore();
}

void PreviewWidget::rebuildForm()
{
    m_sectionScores.clear();
    const int scrolled = m_scroll->verticalScrollBar()->value();
    // A new form replaces the old one at once (setWidget deletes it), so no stale answer
    // widgets linger until the event loop runs.
    auto* form = new QWidget(m_scroll);
    auto* formLayout = new QVBoxLayout(form);
    for (const checklists::Section& section : m_shown.sections) {
        auto* box = new QGroupBox(section.title, form);
        auto* boxLayout = new QVBoxLayout(box);
        auto* score = new QLabel(box);
        score->setObjectName(QStringLiteral("sectionScore:") + section.key);
        boxLayout->addWidget(score);
        m_sectionScores.insert(section.key, score);
        auto* items = new QGridLayout;
        items->setColumnStretch(0, 3);
        items->setColumnStretch(1, 2);
        int row = 0;
        for (const Item& item : section.items) {
            auto* prompt = new QLabel(item.prompt, box);
            prompt->setWordWrap(true);
            prompt->setToolTip(item.guidance);
            QWidget* answer = answerEditor(item, box);
            prompt->setBuddy(answer);
            items->addWidget(prompt, row, 0);
            items->addWidget(answer, row, 1, Qt::AlignTop);
            ++row;
        }
        boxLayout->addLayout(items);
        formLayout->addWidget(box);
    }
    formLayout->addStretch();
    m_scroll->setWidget(form);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

QWidget* PreviewWidget::answerEditor(const Item& item, QWidget* parent)
{
    const QString name = QStringLiteral("answer:") + item.key;
    const Answer current = m_answers.answer(item.key);
    if (item.type == ItemType::Text) {
        auto* edit = new QLineEdit(current.text(), parent);
        edit->setObjectName(name);
        edit->setPlaceholderText(tr("Notes for the agent"));
        const QString key = item.key;
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) {
            setAnswer(key, text.isEmpty() ? Answer() : Answer::text(text));
        });
        return edit;
    }
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(tr("— not answered —"), QString());
    const QLocale locale;
    switch (item.type) {
    case ItemType::YesNo:
        combo->addItem(tr("Yes"), QStringLiteral("yes"));
        combo->addItem(tr("No"), QStringLiteral("no"));
        break;
    case ItemType::Scale:
        for (int v = item.scaleMin; v <= item.scaleMax && v - item.scaleMin < 1000; ++v)
            combo->addItem(locale.toString(v), QString(QStringLiteral("s:") + QString::number(v)));
        break;
    case ItemType::Choice:
        for (const checklists::Option& option : item.options)
            combo->addItem(option.label, QString(QStringLiteral("c:") + option.key));
        break;
    case ItemType::Text:
        break;
    }
    if (item.allowNa)
        combo->addItem(tr("N/A"), QStringLiteral("na"));
    combo->setCurrentIndex(std::max(0, combo->findData(encode(current))));
    const QString key = item.key;
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, key] { setAnswer(key, decode(combo->currentData().toString())); });
    return combo;
}

void PreviewWidget::setAnswer(const QString& itemKey, const Answer& answer)
{
    m_answers.set(itemKey, answer);
    rescore();
}

void PreviewWidget::rescore()
{
    m_result = checklists::score(m_shown, m_answers);
    for (const checklists::SectionScore& section : m_result.sections) {
        QLabel* label = m_sectionScores.value(section.key);
        if (!label)
            continue;
        QString text = section.percent
                           ? tr("Section score: %1").arg(formatPercent(*section.percent))
                           : tr("Section score: not counted");
        if (section.criticalFail)
            text += tr(" (critical item failed)");
        label->setText(text);
    }
    m_overall->setText(m_result.overall ? tr("Overall: %1").arg(formatPercent(*m_result.overall))
                                        : tr("Overall: not scored"));
    QString verdict;
    QColor color;
    switch (m_result.verdict()) {
    case checklists::Verdict::Passed:
        verdict = tr("Passed");
        color = QColor(0x1b, 0x7f, 0x3b);
        break;
    case checklists::Verdict::Failed:
        verdict = tr("Failed");
        color = QColor(0xb0, 0x1c, 0x1c);
        break;
    case checklists::Verdict::NotScored:
        verdict = tr("Not scored");
        color = palette().color(QPalette::WindowText);
        break;
    }
    m_verdict->setText(verdict);
    QPalette verdictPalette = m_verdict->palette();
    verdictPalette.setColor(QPalette::WindowText, color);
    m_verdict->setPalette(verdictPalette);

    QStringList details;
    details << tr("Pass mark: %1").arg(formatPercent(m_shown.passMark));
    if (m_result.criticalFail)
        details << tr("Critical fail: an evaluation-level critical item failed, so the overall "
                      "score is 0.");
    else
        details << tr("No critical fail.");
    if (!m_result.unanswered.isEmpty())
        details << tr("%n item(s) unanswered (left out of the score).", nullptr,
                      int(m_result.unanswered.size()));
    m_details->setText(details.join(u'\n'));
}

} // namespace callqa::app

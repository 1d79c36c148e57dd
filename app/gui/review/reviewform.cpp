#include "app/gui/review/reviewform.h"

#include "app/gui/review/reviewformmodel.h"
#include "checklists/answerchoices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace callqa::app {

ReviewForm::ReviewForm(QWidget* parent) : QWidget(parent)
{
    m_model = new ReviewFormModel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("formTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setItemsExpandable(false);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ReviewFormModel::PromptColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ReviewFormModel::AnswerColumn,
                                           QHeaderView::ResizeToContents);
    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("itemGuidance"));
    m_guidance->setWordWrap(true);
    m_buttons = new QWidget(this);
    m_buttonRow = new QHBoxLayout(m_buttons);
    m_buttonRow->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textAnswer"));
    m_text->setPlaceholderText(tr("Type the answer, Enter to keep it"));
    m_text->hide();
    connect(m_text, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_text->text().trimmed();
        answerFocusedWith(text.isEmpty() ? checklists::Answer() : checklists::Answer::text(text));
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_guidance);
    layout->addWidget(m_buttons);
    layout->addWidget(m_text);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateSummary();
        moveFocus(+1);
    });
    connect(m_model, &ReviewFormModel::answersChanged, this, [this] {
        updateSummary();
        showFocusedItem();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showFocusedItem();
        Q_EMIT focusedItemChanged(focusedItemKey());
    });
    updateSummary();
}

void ReviewForm::setTitle(const QString& title)
{
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
}

QString ReviewForm::focusedItemKey() const
{
    return m_tree->currentIndex().data(ReviewFormModel::ItemKeyRole).toString();
}

void ReviewForm::focusItem(const QString& itemKey)
{
    const QModelIndex at = m_model->indexOfItem(itemKey);
    if (!at.isValid())
        return;
    m_tree->setCurrentIndex(at);
    m_tree->scrollTo(at);
}

void ReviewForm::moveFocus(int step)
{
    // Items in form order, wherever the current one is (a section row counts as before its items).
    QList<QModelIndex> items;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->index(s, 0);
        for (int i = 0; i < m_model->rowCount(section); ++i)
            items << m_model->index(i, 0, section);
    }
    if (items.isEmpty())
        return;
    QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    qsizetype at = items.indexOf(current);
    if (at < 0)
        at = step > 0 ? -1 : items.size();
    const qsizetype next = std::clamp<qsizetype>(at + step, 0, items.size() - 1);
    m_tree->setCurrentIndex(items.at(next));
    m_tree->scrollTo(items.at(next));
}

bool ReviewForm::answerFocusedWith(const checklists::Answer& answer)
{
    return m_model->setAnswer(focusedItemKey(), answer);
}

bool ReviewForm::answerFocused(int digit)
{
    const checklists::Item* item = m_model->itemAt(m_tree->currentIndex());
    if (!item)
        return false;
    const auto answer = checklists::answerForDigit(*item, digit);
    return answer && answerFocusedWith(*answer);
}

bool ReviewForm::notApplicableFocused()
{
    const checklists::Item* item = m_model->itemAt(m_tree->currentIndex());
    const auto answer = item ? checklists::notApplicableFor(*item) : std::nullopt;
    return answer && answerFocusedWith(*answer);
}

bool ReviewForm::clearFocused()
{
    return answerFocusedWith(checklists::Answer());
}

bool ReviewForm::checkComplete()
{
    const QString first = m_model->flagUnanswered();
    updateSummary();
    if (first.isEmpty())
        return true;
    focusItem(first);
    return false;
}

void ReviewForm::showFocusedItem()
{
    // The row's buttons are rebuilt for each item.
    while (std::unique_ptr<QLayoutItem> old{m_buttonRow->takeAt(0)}) {
        if (QWidget* button = old->widget()) {
            button->hide();
            button->deleteLater();
        }
    }
    const checklists::Item* item = m_model->itemAt(m_tree->currentIndex());
    m_guidance->setText(item ? item->guidance : QString());
    m_text->setVisible(item && item->type == checklists::ItemType::Text);
    if (!item)
        return;
    const checklists::Answer current = m_model->answers().answer(item->key);
    if (item->type == checklists::ItemType::Text) {
        m_text->setText(current.kind() == checklists::Answer::Kind::Text ? current.text()
                                                                         : QString());
        m_text->setReadOnly(m_model->isReadOnly());
        return;
    }
    QList<checklists::AnswerChoice> choices = checklists::answerChoices(*item);
    if (const auto na = checklists::notApplicableFor(*item))
        choices.append({0, *na, tr("N/A")});
    for (const checklists::AnswerChoice& choice : choices) {
        auto* button = new QToolButton(m_buttons);
        button->setText(choice.number > 0 && choice.number <= 9
                            ? tr("%1 %2").arg(QString::number(choice.number), choice.label)
                            : choice.label);
        button->setCheckable(true);
        button->setChecked(current == choice.answer);
        button->setEnabled(!m_model->isReadOnly());
        button->setFocusPolicy(Qt::NoFocus); // the form keeps the keyboard
        const checklists::Answer answer = choice.answer;
        connect(button, &QToolButton::clicked, this, [this, answer] { answerFocusedWith(answer); });
        m_buttonRow->addWidget(button);
    }
    m_buttonRow->addStretch(1);
}

void ReviewForm::updateSummary()
{
    const checklists::ScoreResult& score = m_model->score();
    QString text = tr("Overall %1").arg(formatPercent(score.overall));
    if (score.criticalFail)
        text = tr("Overall %1: a critical item failed").arg(formatPercent(0.0));
    const int total = [this] {
        int n = 0;
        for (const checklists::Section& section : m_model->checklist().sections)
            for (const checklists::Item& item : section.items)
                n += item.isScored() ? 1 : 0;
        return n;
    }();
    text +=
        QStringLiteral(" · ") + tr("%1 of %2 answered")
                                    .arg(QLocale().toString(total - int(score.unanswered.size())),
                                         QLocale().toString(total));
    m_summary->setText(text);
}

} // namespace callqa::app

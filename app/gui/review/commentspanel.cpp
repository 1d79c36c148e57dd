#include "app/gui/review/commentspanel.h"

#include "app/gui/review/commentlistmodel.h"
#include "review/calls/calllistmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace callqa::app {

CommentsPanel::CommentsPanel(QWidget* parent) : QWidget(parent)
{
    m_model = new CommentListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_list->installEventFilter(this);
    m_prompt = new QLabel(this);
    m_editor = new QLineEdit(this);
    m_editor->setObjectName(QStringLiteral("commentEditor"));
    m_editor->setMaxLength(4000);
    m_editor->installEventFilter(this);
    m_prompt->hide();
    m_editor->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_prompt);
    layout->addWidget(m_editor);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT seekRequested(index.data(CommentListModel::AtMsRole).toLongLong());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT seekRequested(index.data(CommentListModel::AtMsRole).toLongLong());
    });
}

bool CommentsPanel::isWriting() const
{
    return m_editor->isVisible();
}

void CommentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        finish(false);
}

void CommentsPanel::startComment(qint64 atMs, const QString& itemKey, const QString& itemName)
{
    if (m_readOnly)
        return;
    m_atMs = atMs;
    m_itemKey = itemKey;
    m_editing.reset();
    const QString at = review::formatDuration(atMs, QLocale());
    m_prompt->setText(
        itemKey.isEmpty()
            ? tr("Comment at %1 (Enter keeps it, Escape drops it):").arg(at)
            : tr("Comment at %1 on “%2” (Enter keeps it, Escape drops it):").arg(at, itemName));
    m_editor->clear();
    m_prompt->show();
    m_editor->show();
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void CommentsPanel::startEdit()
{
    const QModelIndex current = m_list->currentIndex();
    if (m_readOnly || !current.isValid() ||
        current.data(CommentListModel::AuthorRole).toString() != m_login)
        return;
    m_editing = current.data(CommentListModel::CommentIdRole).toLongLong();
    m_prompt->setText(tr("Edit the comment (Enter keeps it, Escape drops the change):"));
    m_editor->setText(current.data(Qt::ToolTipRole).toString());
    m_prompt->show();
    m_editor->show();
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void CommentsPanel::finish(bool keep)
{
    const QString body = m_editor->text().trimmed();
    const bool wasWriting = isWriting();
    m_prompt->hide();
    m_editor->hide();
    if (keep && !body.isEmpty()) {
        if (m_editing)
            Q_EMIT commentEdited(*m_editing, body);
        else
            Q_EMIT commentWritten(m_atMs, m_itemKey, body);
    }
    m_editing.reset();
    if (wasWriting)
        Q_EMIT writingFinished();
}

bool CommentsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::ShortcutOverride) {
        event->accept(); // typing: no shortcut of the screen fires
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_editor && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                                    key->key() == Qt::Key_Escape)) {
            finish(key->key() != Qt::Key_Escape);
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_F2) {
            startEdit();
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Delete && !m_readOnly &&
            m_list->currentIndex().isValid()) {
            Q_EMIT deleteRequested(
                m_list->currentIndex().data(CommentListModel::CommentIdRole).toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace callqa::app

#pragma once
// The comments under the waveform: the list (activating one seeks there), and a line to write
// one at the playhead. While the line is open every key goes to it: the screen's one-key
// shortcuts never fire while typing, Enter keeps the comment and Escape drops it.

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;

namespace callqa::app {

class CommentListModel;

class CommentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget* parent = nullptr);

    CommentListModel& model() const { return *m_model; }
    QListView* list() const { return m_list; }
    QLineEdit* editor() const { return m_editor; }
    bool isWriting() const;
    void setReadOnly(bool readOnly);
    // Whose comments may be edited and deleted here (F2 and Delete on the list).
    void setLogin(const QString& login) { m_login = login; }

    // Opens the line for a new comment at `atMs` on `itemKey` (may be empty).
    void startComment(qint64 atMs, const QString& itemKey, const QString& itemName);
    // Opens the line on the selected comment, when it is the signed-in user's.
    void startEdit();

Q_SIGNALS:
    void commentWritten(qint64 atMs, const QString& itemKey, const QString& body);
    void commentEdited(qint64 commentId, const QString& body);
    void deleteRequested(qint64 commentId);
    void seekRequested(qint64 ms);
    void writingFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finish(bool keep);

    CommentListModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_editor = nullptr;
    bool m_readOnly = false;
    QString m_login;
    qint64 m_atMs = 0;
    QString m_itemKey;
    std::optional<qint64> m_editing;
};

} // namespace callqa::app

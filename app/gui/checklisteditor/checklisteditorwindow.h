#pragma once

#include "review/auth/permissions.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class QLabel;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class ChecklistDocument;
class ChecklistEditor;
class DraftSession;

// The supervisor's checklist editor: the editing surface on the draft of one checklist, with
// save, autosave and publish through ChecklistStore.
class ChecklistEditorWindow : public QMainWindow {
    Q_OBJECT
public:
    // Asks the user a yes/no question; replaceable so tests can answer it.
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

    // An empty `key` starts a new checklist.
    ChecklistEditorWindow(review::Workspace& workspace, review::Actor actor, const QString& key,
                          QWidget* parent = nullptr);
    ~ChecklistEditorWindow() override;

    ChecklistDocument& document() { return *m_document; }
    ChecklistEditor* editor() const { return m_editor; }
    const DraftSession& session() const { return *m_session; }

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAutosaveInterval(int milliseconds) { m_autosave.setInterval(milliseconds); }

    // Both report success; failures are shown in the window's banner.
    bool saveDraft();
    bool publish();
    // The question publish() asks: names the checklist and the version it will become.
    QString publishQuestion() const;
    bool needsSave() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void showProblem(const QString& message);
    void clearProblem();
    void afterEdit();
    void updateTitle();

    std::unique_ptr<DraftSession> m_session;
    ChecklistDocument* m_document = nullptr;
    ChecklistEditor* m_editor = nullptr;
    QLabel* m_banner = nullptr;
    QTimer m_autosave;
    bool m_saveRefused = false; // autosave stops until the user saves (or reloads) on purpose
    Confirm m_confirm;
};

} // namespace callqa::app

#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace callqa::review {
class CallListModel;
class Workspace;
} // namespace callqa::review

namespace callqa::app {

// The workstation's main window: the call library, with the selected call's details.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<review::Workspace> workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void reload();

private:
    void showSelectedCall();

    std::unique_ptr<review::Workspace> m_workspace;
    review::CallListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace callqa::app

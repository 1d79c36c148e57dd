#pragma once

#include "checklists/checklist.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace callqa::app {

// What the draft changes against the last published version, one line per change.
class DiffView : public QWidget {
    Q_OBJECT
public:
    explicit DiffView(QWidget* parent = nullptr);

    // `published` empty: the checklist was never published.
    void showDiff(const std::optional<checklists::Checklist>& published, int publishedVersion,
                  const checklists::Checklist& draft);

private:
    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace callqa::app

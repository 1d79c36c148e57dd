#pragma once

#include <QFrame>

class QLabel;

namespace callqa::app {

// The review screen's keys (reviewKeyMap), over the screen on F1 or ?, until pressed again.
class KeyHelpOverlay : public QFrame {
    Q_OBJECT
public:
    explicit KeyHelpOverlay(QWidget* parent);

    void toggle();
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitParent();

    QLabel* m_text = nullptr;
};

} // namespace callqa::app

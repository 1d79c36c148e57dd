#include "app/gui/keyscript.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace callqa::app {

namespace {

// The enabled action of the window (or its children) bound to the key, as a shortcut would find.
QAction* actionFor(QWidget& window, const QKeySequence& key)
{
    QWidget* focus = QApplication::focusWidget();
    for (QWidget* widget = focus; widget; widget = widget->parentWidget())
        for (QAction* action : widget->actions())
            if (action->isEnabled() && action->shortcuts().contains(key))
                return action;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->isEnabled() && action->shortcuts().contains(key))
            return action;
    return nullptr;
}

void press(QWidget& window, const QKeySequence& sequence)
{
    const QKeyCombination combination = sequence[0];
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    const QString text = combination.keyboardModifiers() & ~Qt::ShiftModifier ? QString()
                         : sequence.toString().size() == 1 ? sequence.toString().toLower()
                                                           : QString();
    QKeyEvent override(QEvent::ShortcutOverride, combination.key(), combination.keyboardModifiers(),
                       text);
    override.ignore();
    QApplication::sendEvent(target, &override);
    if (!override.isAccepted()) {
        if (QAction* action = actionFor(window, sequence)) {
            action->trigger();
            return;
        }
    }
    QKeyEvent down(QEvent::KeyPress, combination.key(), combination.keyboardModifiers(), text);
    QApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, combination.key(), combination.keyboardModifiers(), text);
    QApplication::sendEvent(target, &up);
}

void typeText(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    if (!target)
        return;
    for (const QChar c : text) {
        QKeyEvent down(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &down);
    }
}

} // namespace

bool typeKeyScript(QWidget& window, const QString& script)
{
    const QStringList tokens = script.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& token : tokens)
        if (!token.startsWith(QLatin1Char('\'')) && QKeySequence(token).isEmpty())
            return false;
    auto remaining = std::make_shared<QStringList>(tokens);
    auto step = std::make_shared<std::function<void()>>();
    *step = [&window, remaining, step] {
        if (remaining->isEmpty())
            return;
        const QString token = remaining->takeFirst();
        if (token.startsWith(QLatin1Char('\'')))
            typeText(token.mid(1).replace(QLatin1Char('_'), QLatin1Char(' ')));
        else
            press(window, QKeySequence(token));
        QTimer::singleShot(20, &window, *step);
    };
    QTimer::singleShot(0, &window, *step);
    return true;
}

} // namespace callqa::app

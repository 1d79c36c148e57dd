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

// Where a key goes: the focused widget, also while the window is not the active one (a display
// without a window manager never activates it).
QWidget* keyTarget(QWidget& window)
{
    if (QWidget* focus = QApplication::focusWidget())
        return focus;
    if (QWidget* focus = window.focusWidget())
        return focus;
    return &window;
}

// The enabled action of the window (or its children) bound to the key, as a shortcut would find.
QAction* actionFor(QWidget& window, const QKeySequence& key)
{
    for (QWidget* widget = keyTarget(window); widget; widget = widget->parentWidget())
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
    QWidget* target = keyTarget(window);
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

void typeText(QWidget& window, const QString& text)
{
    QWidget* target = keyTarget(window);
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
            typeText(window, token.mid(1).replace(QLatin1Char('_'), QLatin1Char(' ')));
        else
            press(window, QKeySequence(token));
        QTimer::singleShot(20, &window, *step);
    };
    window.activateWindow();
    QTimer::singleShot(0, &window, *step);
    return true;
}

} // namespace callqa::app

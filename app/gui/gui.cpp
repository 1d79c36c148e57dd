#include "app/gui/gui.h"

#include "app/gui/keyscript.h"
#include "app/gui/mainwindow.h"
#include "app/gui/signin/firstrundialog.h"
#include "app/gui/signin/signindialog.h"
#include "app/gui/workspaceopener.h"
#include "app/translations.h"
#include "app/workspacelocation.h"
#include "review/auth/signin.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/location.h"
#include "review/storage/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace callqa::app {

namespace {

struct GuiOptions {
    QString db;
    QString screenshot;
    QString user; // --user: sign in without a dialog, password from $CALLQA_PASSWORD
    QString open; // --open CALL: the review screen on that call
    QString keys; // --keys SCRIPT: typed into the window once it is open (keyscript.h)
    QString tool; // --tool NAME: the menu action or button of that object name, triggered
    bool offscreen = false;
};

GuiOptions parseGuiOptions(int argc, char** argv)
{
    GuiOptions options;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db") && i + 1 < argc)
            options.db = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--screenshot") && i + 1 < argc)
            options.screenshot = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--user") && i + 1 < argc)
            options.user = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--open") && i + 1 < argc)
            options.open = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--keys") && i + 1 < argc)
            options.keys = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--tool") && i + 1 < argc)
            options.tool = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--offscreen"))
            options.offscreen = true;
        else if (arg == QLatin1String("--goals"))
            options.tool = QStringLiteral("goalsAction"); // the goals screen
    }
    return options;
}

QString tr(const char* text)
{
    return QApplication::translate("callqa::app::Gui", text);
}

struct SignInOutcome {
    std::optional<review::Actor> actor;
    int exitCode = 0; // when there is no actor
    QString error;    // when there is no actor and something failed
};

// Who uses the window: --user (with $CALLQA_PASSWORD), else the first-run dialog on a workspace
// without users, else the sign-in dialog. A screenshot run cannot show a dialog: it acts as the
// owner of a workspace without users and needs --user on one with users.
SignInOutcome signInForGui(review::Workspace& workspace, const GuiOptions& options)
{
    const bool interactive = options.screenshot.isEmpty();
    if (!options.user.isEmpty()) {
        if (!qEnvironmentVariableIsSet("CALLQA_PASSWORD"))
            return {std::nullopt, 2, tr("--user needs the password in CALLQA_PASSWORD.")};
        auto actor =
            review::signIn(workspace, options.user, qEnvironmentVariable("CALLQA_PASSWORD"));
        if (!actor)
            return {std::nullopt, 2, actor.error()};
        return {std::move(actor).value(), 0, {}};
    }
    const review::Result<bool> users = review::hasUsers(workspace);
    if (!users)
        return {std::nullopt, 1, users.error()};
    if (!users.value()) {
        if (!interactive)
            return {review::Actor::owner(), 0, {}};
        FirstRunDialog dialog(workspace);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        return {dialog.actor(), 0, {}};
    }
    if (!interactive)
        return {std::nullopt, 2,
                tr("This workspace has users: sign in with --user LOGIN and CALLQA_PASSWORD.")};
    SignInDialog dialog(workspace);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return {dialog.actor(), 0, {}};
}

} // namespace

int runGui(int& argc, char** argv)
{
    const GuiOptions options = parseGuiOptions(argc, argv);
    const bool haveDisplay = qEnvironmentVariableIsSet("DISPLAY") ||
                             qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
                             qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (options.offscreen || !haveDisplay) {
        if (options.screenshot.isEmpty()) {
            std::fputs("callqa: no display, so the workstation window cannot be shown. Run it on a "
                       "desktop (or under xvfb-run), or use the command line: callqa --help\n",
                       stderr);
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("callqa"));
    installTranslations(application);

    const QString location = options.db.isEmpty() ? defaultWorkspaceLocation() : options.db;
    WindowWorkspace opened = openWindowWorkspace(
        location, windowOpenMode(options.db, location, builtInWorkspaceLocation()),
        options.screenshot.isEmpty());
    if (!opened.workspace) {
        if (options.screenshot.isEmpty() && !opened.cancelled)
            QMessageBox::critical(nullptr, tr("callqa"), opened.error);
        std::fprintf(stderr, "callqa: %s\n", qUtf8Printable(opened.error));
        return opened.exitCode;
    }
    rememberWorkspaceLocation(location);
    const SignInOutcome signedIn = signInForGui(*opened.workspace, options);
    if (!signedIn.actor) {
        if (!signedIn.error.isEmpty())
            std::fprintf(stderr, "callqa: %s\n", qUtf8Printable(signedIn.error));
        return signedIn.exitCode;
    }
    const qint64 openCall =
        options.open.isEmpty() ? 0 : review::findCallId(*opened.workspace, options.open);
    if (!options.open.isEmpty() && openCall == 0) {
        std::fprintf(stderr, "callqa: %s\n",
                     qUtf8Printable(tr("--open %1: no call has that id, phone id or file name "
                                       "(or more than one has).")
                                        .arg(options.open)));
        return 2;
    }
    MainWindow window(std::move(opened.workspace), *signedIn.actor);
    window.show();
    if (openCall != 0 && !window.openReview(openCall)) {
        std::fprintf(stderr, "callqa: --open %s: %s\n", qUtf8Printable(options.open),
                     qUtf8Printable(window.statusBar()->currentMessage()));
        return 2;
    }
    if (!options.keys.isEmpty() && !typeKeyScript(window, options.keys)) {
        std::fprintf(stderr, "callqa: --keys: %s\n",
                     qUtf8Printable(tr("a token is not a key (see callqa --help).")));
        return 2;
    }
    // A tool window (the dispute inbox, the agent's player, ...) for its screenshot.
    QWidget* shown = &window;
    if (!options.tool.isEmpty()) {
        const QWidgetList tops = QApplication::topLevelWidgets();
        const QSet<QWidget*> before(tops.cbegin(), tops.cend());
        if (auto* action = window.findChild<QAction*>(options.tool))
            action->trigger();
        else if (auto* button = window.findChild<QAbstractButton*>(options.tool))
            button->click();
        else {
            std::fprintf(stderr, "callqa: --tool %s: %s\n", qUtf8Printable(options.tool),
                         qUtf8Printable(tr("the window has no action or button of that name.")));
            return 2;
        }
        for (QWidget* top : QApplication::topLevelWidgets())
            if (!before.contains(top) && top->isVisible())
                shown = top;
    }
    if (!options.screenshot.isEmpty()) {
        // After the typed keys, if any (one per 20 ms).
        const int typing = int(options.keys.count(QLatin1Char(' ')) + 1) * 25;
        QTimer::singleShot(300 + (options.keys.isEmpty() ? 0 : typing), &window, [&, shown] {
            const bool saved = shown->grab().save(options.screenshot, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace callqa::app

#include "app/gui/gui.h"

#include "app/gui/mainwindow.h"
#include "app/translations.h"
#include "app/workspacelocation.h"
#include "review/workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace callqa::app {

namespace {

struct GuiOptions {
    QString db;
    QString screenshot;
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
        else if (arg == QLatin1String("--offscreen"))
            options.offscreen = true;
    }
    return options;
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
    auto workspace = review::Workspace::open(location);
    if (!workspace) {
        if (options.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("callqa::app::Gui", "callqa"),
                                  workspace.error());
        std::fprintf(stderr, "callqa: %s\n", qUtf8Printable(workspace.error()));
        return 1;
    }
    rememberWorkspaceLocation(location);
    MainWindow window(std::move(workspace).value());
    window.show();
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(options.screenshot, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace callqa::app

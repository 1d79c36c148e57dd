#include "app/gui/library/libraryview.h"
#include "app/gui/mainwindow.h"
#include "review/calls/librarymodel.h"
#include "review/storage/database.h"
#include "tests/support/librarydata.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace callqa;

namespace {

// This test's own workstation settings, so column choices made here reach no other test.
class PrivateSettings {
public:
    PrivateSettings()
    {
        REQUIRE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }
    ~PrivateSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
    PrivateSettings(const PrivateSettings&) = delete;
    PrivateSettings& operator=(const PrivateSettings&) = delete;

private:
    QTemporaryDir m_dir;
};

struct DefaultLocale {
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_previous;
};

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("no " << name);
    REQUIRE(found);
    return found;
}

QStringList listedIds(QTableView* table)
{
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, int(review::LibraryColumn::CallId)).data().toString();
    return ids;
}

void selectText(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    INFO("no " << text.toStdString() << " in " << combo->objectName().toStdString());
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("library window: the filter bar narrows the list and the status bar counts",
          "[app][gui][library]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        const PrivateSettings settings;
        const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::seedLibrary(*workspace);
        const qint64 c2Start =
            workspace->db()
                .scalar(QStringLiteral("SELECT started_at FROM calls WHERE external_id = 'C-2'"))
                .toLongLong();
        app::MainWindow window(std::move(workspace), review::Actor::owner());
        window.show();
        auto* table = child<QTableView>(&window, "callTable");
        auto* clear = child<QToolButton>(&window, "libraryClear");
        using S = QStringList;
        CHECK(listedIds(table) == S{"C-4", "C-3", "C-2", "C-1", "C-5"});
        CHECK(window.statusBar()->currentMessage() == QStringLiteral("5 of 5 calls"));

        INFO("the search waits for a pause in typing, then filters");
        child<QLineEdit>(&window, "librarySearch")->setText(QStringLiteral("ПЁТР"));
        CHECK(QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, 3000));
        CHECK(listedIds(table) == S{"C-3"});
        CHECK(window.statusBar()->currentMessage() == QStringLiteral("1 of 5 calls"));
        clear->click();
        CHECK(table->model()->rowCount() == 5);

        const auto check = [&](const std::function<void()>& set, const S& ids) {
            set();
            CHECK(listedIds(table) == ids);
            CHECK(window.statusBar()->currentMessage() ==
                  QStringLiteral("%1 of 5 calls").arg(ids.size()));
            clear->click();
        };
        check(
            [&] { selectText(child<QComboBox>(&window, "libraryTeam"), QStringLiteral("Sales")); },
            S{"C-4", "C-3"});
        check(
            [&] {
                selectText(child<QComboBox>(&window, "libraryAgent"),
                           QStringLiteral("İlker Yıldız"));
            },
            S{"C-1"});
        check(
            [&] {
                selectText(child<QComboBox>(&window, "libraryQueue"), QStringLiteral("Billing"));
            },
            S{"C-3", "C-1"});
        check(
            [&] {
                selectText(child<QComboBox>(&window, "libraryDirection"),
                           QStringLiteral("Outbound"));
            },
            S{"C-2"});
        check([&] { child<QSpinBox>(&window, "libraryMinDuration")->setValue(2); },
              S{"C-4", "C-2"});
        check([&] { child<QSpinBox>(&window, "libraryMaxDuration")->setValue(1); },
              S{"C-3", "C-5"});
        check(
            [&] {
                selectText(child<QComboBox>(&window, "libraryReviewed"),
                           QStringLiteral("Not reviewed"));
            },
            S{"C-4", "C-5"});
        check(
            [&] {
                selectText(child<QComboBox>(&window, "libraryVerdict"),
                           QStringLiteral("Critical fail"));
            },
            S{"C-3"});
        check([&] { child<QSpinBox>(&window, "libraryMinScore")->setValue(50); }, S{"C-1"});
        check([&] { child<QSpinBox>(&window, "libraryDeadAir")->setValue(5); }, S{"C-1"});
        check([&] { child<QCheckBox>(&window, "libraryMissing")->setChecked(true); }, S{"C-2"});
        check(
            [&] {
                const QDate day = QDateTime::fromMSecsSinceEpoch(c2Start).date();
                child<QDateEdit>(&window, "libraryFrom")->setDate(day);
                child<QDateEdit>(&window, "libraryTo")->setDate(day.addDays(1));
            },
            S{"C-3", "C-2"});
        INFO("filters combine");
        check(
            [&] {
                selectText(child<QComboBox>(&window, "libraryQueue"), QStringLiteral("Billing"));
                selectText(child<QComboBox>(&window, "libraryTeam"), QStringLiteral("Support"));
            },
            S{"C-1"});
    }
}

TEST_CASE("library window: no evaluation filters for those who may not read evaluations",
          "[app][gui][library]")
{
    const PrivateSettings settings;
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::seedLibrary(*workspace);
    review::Actor reviewer;
    reviewer.userId = 4;
    reviewer.login = QStringLiteral("rita");
    reviewer.roles = {review::Role::Reviewer};
    app::MainWindow window(std::move(workspace), reviewer);
    CHECK_FALSE(window.findChild<QComboBox*>(QStringLiteral("libraryVerdict")));
    CHECK_FALSE(window.findChild<QSpinBox*>(QStringLiteral("libraryMinScore")));
    auto* table = child<QTableView>(&window, "callTable");
    CHECK(table->isColumnHidden(int(review::LibraryColumn::Score)));
    CHECK_FALSE(table->isColumnHidden(int(review::LibraryColumn::Assignee)));
}

TEST_CASE(
    "library window: pages load as the list scrolls, and a refresh keeps selection and scroll",
    "[app][gui][library]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        const PrivateSettings settings;
        const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
        testing::TestLocation location(backend);
        {
            auto workspace = testing::openWorkspace(location);
            testing::addTestCalls(*workspace, 10'003, QStringLiteral("W-"));
        }
        app::MainWindow window(testing::openWorkspace(location), review::Actor::owner());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* table = child<QTableView>(&window, "callTable");
        INFO("never the whole table: one page, and the count of all");
        CHECK(table->model()->rowCount() == int(review::LibraryModel::kPageSize));
        CHECK(window.statusBar()->currentMessage() == QStringLiteral("10,003 of 10,003 calls"));
        table->scrollToBottom();
        CHECK(QTest::qWaitFor([&] { return table->model()->rowCount() >= 400; }, 3000));
        const int loaded = table->model()->rowCount();

        table->selectRow(300);
        table->scrollTo(table->model()->index(300, 0), QAbstractItemView::PositionAtCenter);
        const QString selected =
            table->model()->index(300, int(review::LibraryColumn::CallId)).data().toString();
        const int scroll = table->verticalScrollBar()->value();
        REQUIRE(scroll > 0);

        auto other = testing::openWorkspace(location); // another workstation imports a call
        testing::addTestCall(*other, QStringLiteral("late"));
        window.reload();
        CHECK(table->model()->rowCount() == loaded);
        CHECK(table->model()
                  ->index(table->currentIndex().row(), int(review::LibraryColumn::CallId))
                  .data()
                  .toString() == selected);
        CHECK(table->currentIndex().row() == 301);
        CHECK(table->verticalScrollBar()->value() == scroll);
        CHECK(window.statusBar()->currentMessage() == QStringLiteral("10,004 of 10,004 calls"));
    }
}

TEST_CASE("library window: the columns chosen and their widths persist on the workstation",
          "[app][gui][library]")
{
    const PrivateSettings settings;
    testing::TestLocation location(review::Backend::Sqlite);
    {
        auto workspace = testing::openWorkspace(location);
        testing::seedLibrary(*workspace);
    }
    const int agent = int(review::LibraryColumn::Agent);
    const int team = int(review::LibraryColumn::Team);
    {
        app::MainWindow window(testing::openWorkspace(location), review::Actor::owner());
        window.show();
        auto* table = child<QTableView>(&window, "callTable");
        CHECK_FALSE(table->isColumnHidden(agent));
        QHeaderView* header = table->horizontalHeader();
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        auto* menu = child<QMenu>(&window, "libraryColumnsMenu");
        QAction* agentAction = nullptr;
        for (QAction* action : menu->actions())
            if (action->text() == QStringLiteral("Agent"))
                agentAction = action;
        REQUIRE(agentAction);
        CHECK(agentAction->isChecked());
        agentAction->trigger();
        menu->close();
        CHECK(table->isColumnHidden(agent));
        header->resizeSection(team, 321);
    }
    app::MainWindow again(testing::openWorkspace(location), review::Actor::owner());
    auto* table = child<QTableView>(&again, "callTable");
    CHECK(table->isColumnHidden(agent));
    CHECK(table->horizontalHeader()->sectionSize(team) == 321);
}

// The README's screenshot of the library; hidden, run on purpose:
// CALLQA_SCREENSHOT_DIR=docs/screenshots tests_app "[screenshot]"
TEST_CASE("library window: documentation screenshot", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("CALLQA_SCREENSHOT_DIR");
    INFO("set CALLQA_SCREENSHOT_DIR to the folder the screenshots go to");
    REQUIRE_FALSE(folder.isEmpty());
    const PrivateSettings settings;
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    testing::TestLocation location(review::Backend::Sqlite);
    {
        auto workspace = testing::openWorkspace(location);
        const testing::LibraryData data = testing::seedLibrary(*workspace);
        testing::addVariedCalls(*workspace, data, 60);
    }
    app::MainWindow window(testing::openWorkspace(location), review::Actor::owner());
    window.resize(1500, 820);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    child<QSpinBox>(&window, "libraryMinDuration")->setValue(1);
    child<QTableView>(&window, "callTable")->selectRow(2);
    QTest::qWait(100);
    REQUIRE(window.grab().save(folder + QStringLiteral("/library.png"), "PNG"));
}

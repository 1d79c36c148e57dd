#include "app/workspacelocation.h"
#include "app/workstationimport.h"
#include "review/calls/recordingpath.h"
#include "review/storage/database.h"
#include "tests/app/clirunner.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace callqa;
using namespace callqa::review;

namespace {

// This test's own workstation settings (QSettings) and those of the callqa processes it starts,
// so the suite's other tests never see the folders set here.
class PrivateSettings {
public:
    explicit PrivateSettings(const QString& folder) : m_folder(folder)
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    }
    ~PrivateSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
    QHash<QString, QString> env(const QString& recordingsRoot = {}) const
    {
        return {{QStringLiteral("XDG_CONFIG_HOME"), m_folder},
                {QStringLiteral("CALLQA_RECORDINGS_ROOT"), recordingsRoot}};
    }

private:
    QString m_folder;
};

// Every call's stored path is relative, and resolves under `root` to a file that is there.
void requireAllResolve(Database& db, const QString& root, int expectedCalls)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT relative_path, missing FROM calls"));
    int calls = 0;
    while (q.next()) {
        ++calls;
        const QString stored = q.value(0).toString();
        INFO(stored.toStdString() << " under " << root.toStdString());
        CHECK_FALSE(QDir::isAbsolutePath(stored));
        CHECK(QFileInfo::exists(resolveRecordingPath(root, stored)));
        CHECK_FALSE(q.value(1).toBool());
    }
    CHECK(calls == expectedCalls);
}

// The window's Import on a workstation whose Recordings folder is `folder` (empty: not set).
ImportReport windowImport(Workspace& workspace, const QString& folder, const QString& setting)
{
    app::saveRecordingsFolder(setting);
    app::WorkstationImport request;
    request.folder = folder;
    return app::importOnWorkstation(workspace, Actor::owner(), request);
}

QJsonObject cliImport(const testing::TestLocation& location, const QStringList& args,
                      const QHash<QString, QString>& env)
{
    const testing::CliRun run =
        testing::runCallqa(QStringList{QStringLiteral("--db"), location.url(),
                                       QStringLiteral("--json"), QStringLiteral("import")} +
                               args,
                           env);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("shared folder: two workstations mounting one folder at different places both find "
          "every call, through the window's Import and the command line",
          "[app][import][shared]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const PrivateSettings settings(dir.filePath(QStringLiteral("config")));
        // One shared folder, mounted at /…/ws-a/share on workstation A and /…/ws-b/share on B.
        // Only the current workstation's mount point exists, as on two machines.
        const QString mountA = dir.filePath(QStringLiteral("ws-a/share"));
        const QString mountB = dir.filePath(QStringLiteral("ws-b/share"));
        REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("ws-a"))));
        REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("ws-b"))));
        const auto mountOn = [&](const QString& from, const QString& to) {
            REQUIRE(QFile::rename(from, to));
        };
        for (int i = 1; i <= 3; ++i)
            testing::makeRecording(mountA + QStringLiteral("/day1/rec-%1.wav").arg(i), 0.5, {}, 1,
                                   8000, 200 + 100 * i);
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();

        INFO("workstation A imports through the window: it claims its mount point as the root");
        ImportReport a = windowImport(*workspace, mountA, mountA);
        CHECK(a.imported == 3);
        CHECK(a.ok());
        requireAllResolve(db, mountA, 3);

        mountOn(mountA, mountB);
        INFO("workstation B without a Recordings folder set: its files are outside the "
             "workspace's root, so nothing is re-linked, and each file says why");
        const ImportReport unset = windowImport(*workspace, mountB, {});
        CHECK(unset.relinked == 0);
        CHECK(unset.imported == 0);
        REQUIRE(unset.problems.size() == 3);
        for (const ImportProblem& problem : unset.problems)
            CHECK(problem.reason.contains(QStringLiteral("outside the recordings root")));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'call.relink'"))
                  .toLongLong() == 0);

        INFO("with its Recordings folder set, B's window import finds every call where it is");
        const ImportReport b = windowImport(*workspace, mountB, mountB);
        CHECK(b.ok());
        CHECK(b.duplicates == 3);
        CHECK(b.relinked == 0);
        CHECK(b.missing.isEmpty());
        requireAllResolve(db, mountB, 3);

        INFO("B's command line (--recordings-root) imports a new file and re-links a moved one");
        testing::makeRecording(mountB + QStringLiteral("/day2/rec-4.wav"), 0.5, {}, 1, 8000, 900);
        REQUIRE(QDir().mkpath(mountB + QStringLiteral("/archive")));
        REQUIRE(QFile::rename(mountB + QStringLiteral("/day1/rec-1.wav"),
                              mountB + QStringLiteral("/archive/rec-1.wav")));
        app::saveRecordingsFolder({});
        const QJsonObject cliB = cliImport(
            location, {mountB, QStringLiteral("--recordings-root"), mountB}, settings.env());
        CHECK(cliB.value(QStringLiteral("imported")).toInt() == 1);
        CHECK(cliB.value(QStringLiteral("relinked")).toInt() == 1);
        requireAllResolve(db, mountB, 4);

        mountOn(mountB, mountA);
        INFO("back on A: every call resolves under A's mount point, and A's command line "
             "(CALLQA_RECORDINGS_ROOT) and window find nothing to change");
        requireAllResolve(db, mountA, 4);
        const QJsonObject cliA = cliImport(location, {mountA}, settings.env(mountA));
        CHECK(cliA.value(QStringLiteral("duplicates")).toInt() == 4);
        CHECK(cliA.value(QStringLiteral("relinked")).toInt() == 0);
        CHECK(cliA.value(QStringLiteral("problems")).toArray().isEmpty());
        a = windowImport(*workspace, mountA, mountA);
        CHECK(a.duplicates == 4);
        CHECK(a.ok());
        requireAllResolve(db, mountA, 4);

        mountOn(mountA, mountB);
        INFO("and on B again");
        requireAllResolve(db, mountB, 4);
        app::saveRecordingsFolder({});
    }
}

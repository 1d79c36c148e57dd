#include "review/calls/recordingsroot.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("recordings root: option, then environment, then workstation, then workspace",
          "[review][recordingsroot]")
{
    struct Row {
        const char* option;
        const char* environment;
        const char* workstation;
        const char* workspace;
        const char* path;
        RootSource source;
    };
    const Row rows[] = {
        {"/opt", "/env", "/ws", "/db", "/opt", RootSource::Option},
        {"", "/env", "/ws", "/db", "/env", RootSource::Environment},
        {"", "", "/ws", "/db", "/ws", RootSource::WorkstationSetting},
        {"", "", "", "/db", "/db", RootSource::Workspace},
        {"", "", "", "", "", RootSource::None},
        {"  ", " ", "/ws", "/db", "/ws", RootSource::WorkstationSetting}, // blank is not given
        {"", "", " /mnt/share ", "", "/mnt/share", RootSource::WorkstationSetting},
        {"/opt", "", "", "", "/opt", RootSource::Option},
        {"", "/env", "", "", "/env", RootSource::Environment},
    };
    for (const Row& row : rows) {
        INFO(row.option << " | " << row.environment << " | " << row.workstation << " | "
                        << row.workspace);
        const RecordingsRoot root = decideRecordingsRoot(
            {QString::fromUtf8(row.option), QString::fromUtf8(row.environment),
             QString::fromUtf8(row.workstation), QString::fromUtf8(row.workspace)});
        CHECK(root.path == QString::fromUtf8(row.path));
        CHECK(root.source == row.source);
    }
}

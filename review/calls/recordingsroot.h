#pragma once

#include <QString>

namespace callqa::review {

// Where a recordings root came from, first match wins.
enum class RootSource {
    Option,             // --recordings-root on the command line
    Environment,        // $CALLQA_RECORDINGS_ROOT
    WorkstationSetting, // this workstation's setting (Workspace > Recordings folder…)
    Workspace,          // the workspace's own root, claimed by its first import
    None,               // nothing known yet: the first import claims the folder it imports
};

struct RecordingsRootInputs {
    QString option;
    QString environment;
    QString workstationSetting;
    QString workspaceSetting;
};

struct RecordingsRoot {
    QString path; // empty with RootSource::None
    RootSource source = RootSource::None;
};

// The one rule, for the command line and the window alike: the first of option, environment,
// workstation setting and workspace setting that is not blank.
RecordingsRoot decideRecordingsRoot(const RecordingsRootInputs& inputs);

} // namespace callqa::review

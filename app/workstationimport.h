#pragma once

#include "review/calls/callimporter.h"

#include <functional>

namespace callqa::app {

struct WorkstationImport {
    QString folder;
    QString manifestPath;
    QString recordingsRootOption; // --recordings-root; empty in the window
    bool createAgents = false;
    bool inLegIsCustomer = false; // --in-leg customer
};

// An import as this workstation runs it, from the command line or the window's Import: the
// recordings root comes from workstationRecordingsRoot(), the recordings are probed with FFmpeg.
review::ImportReport
importOnWorkstation(review::Workspace& workspace, const review::Actor& actor,
                    const WorkstationImport& request,
                    const std::function<void(const review::ImportProgress&)>& progress = {});

} // namespace callqa::app

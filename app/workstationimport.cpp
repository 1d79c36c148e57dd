#include "app/workstationimport.h"

#include "app/audioprober.h"
#include "app/workspacelocation.h"

namespace callqa::app {

review::ImportReport
importOnWorkstation(review::Workspace& workspace, const review::Actor& actor,
                    const WorkstationImport& request,
                    const std::function<void(const review::ImportProgress&)>& progress)
{
    review::ImportOptions options;
    options.actor = actor;
    options.folder = request.folder;
    options.manifestPath = request.manifestPath;
    options.createAgents = request.createAgents;
    options.inLegIsCustomer = request.inLegIsCustomer;
    // The workspace's own root is the importer's fallback (it claims one on the first import).
    options.recordingsRoot = workstationOwnRecordingsRoot(request.recordingsRootOption);
    review::CallImporter importer(workspace, probeRecording);
    return importer.run(options, progress);
}

} // namespace callqa::app

#include "review/calls/recordingsroot.h"

namespace callqa::review {

RecordingsRoot decideRecordingsRoot(const RecordingsRootInputs& inputs)
{
    const std::pair<const QString*, RootSource> candidates[] = {
        {&inputs.option, RootSource::Option},
        {&inputs.environment, RootSource::Environment},
        {&inputs.workstationSetting, RootSource::WorkstationSetting},
        {&inputs.workspaceSetting, RootSource::Workspace},
    };
    for (const auto& [path, source] : candidates) {
        if (!path->trimmed().isEmpty())
            return {path->trimmed(), source};
    }
    return {};
}

} // namespace callqa::review

#include "tests/app/review/reviewfloor.h"

#include "tests/app/queuefloor.h"
#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

namespace callqa::testing {

ReviewFloor::ReviewFloor(review::Workspace& workspace, int quota)
    : m_previousRoot(qgetenv("CALLQA_RECORDINGS_ROOT"))
{
    addQueueFloor(workspace);
    queue = drawMarchQueue(workspace, QStringLiteral("March"), quota, QStringLiteral("rita"));
    const auto listed = review::QueueStore(workspace, signedInAs(workspace, QStringLiteral("sara")))
                            .items(queue.id);
    REQUIRE(listed);
    items = listed.value();
    for (const review::QueueItem& item : items) {
        const QString relative =
            workspace.db()
                .scalar(QStringLiteral("SELECT relative_path FROM calls WHERE id = ?"),
                        {item.callId})
                .toString();
        const QString path = m_root.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        makeRecording(path, 4.0, {}, 2, 8000, 300);
    }
    qputenv("CALLQA_RECORDINGS_ROOT", m_root.path().toLocal8Bit());
}

ReviewFloor::~ReviewFloor()
{
    if (m_previousRoot.isEmpty())
        qunsetenv("CALLQA_RECORDINGS_ROOT");
    else
        qputenv("CALLQA_RECORDINGS_ROOT", m_previousRoot);
}

} // namespace callqa::testing

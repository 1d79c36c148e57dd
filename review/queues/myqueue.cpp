#include "review/queues/myqueue.h"

#include "review/storage/workspace.h"

namespace callqa::review {

Result<MyQueue> myQueue(Workspace& workspace, const Actor& actor)
{
    QueueStore store(workspace, actor);
    const auto queues = store.list();
    if (!queues)
        return Result<MyQueue>::failure(queues.error());
    MyQueue mine;
    for (const QueueSummary& queue : queues.value()) {
        if (queue.state != QLatin1String("open"))
            continue;
        const auto items = store.items(queue.id);
        if (!items)
            return Result<MyQueue>::failure(items.error());
        // Supervisors read every item; the panel shows only what is assigned to the actor.
        for (QueueItem item : items.value()) {
            const bool second = item.secondReviewer == actor.login;
            if (item.assignee != actor.login && !second)
                continue;
            if (second && item.state != QLatin1String("removed"))
                item.state = item.secondState;
            if (item.state == QLatin1String("todo"))
                ++mine.counts.todo;
            else if (item.state == QLatin1String("in_progress"))
                ++mine.counts.inProgress;
            else if (item.state == QLatin1String("done"))
                ++mine.counts.done;
            else
                continue;
            mine.entries << MyQueueEntry{queue.id, queue.name, item, second};
        }
    }
    return mine;
}

} // namespace callqa::review

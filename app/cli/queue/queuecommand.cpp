#include "app/cli/commands.h"
#include "app/cli/queue/queuecommands.h"
#include "app/cli/subcommands.h"

#include <QCoreApplication>

namespace callqa::app {

namespace {

const Subcommand kSubcommands[] = {
    {"create", runQueueCreate,
     QT_TRANSLATE_NOOP(
         "callqa::app::Queue",
         "create NAME --checklist KEY --from DATE --to DATE [rule...]  draw a queue")},
    {"list", runQueueList,
     QT_TRANSLATE_NOOP("callqa::app::Queue", "list                 the queues")},
    {"show", runQueueShow,
     QT_TRANSLATE_NOOP("callqa::app::Queue",
                       "show QUEUE           its items, assignees and states")},
    {"explain", runQueueExplain,
     QT_TRANSLATE_NOOP(
         "callqa::app::Queue",
         "explain QUEUE        the rule, the strata, the seed, why each call is in it")},
    {"verify", runQueueVerify,
     QT_TRANSLATE_NOOP("callqa::app::Queue",
                       "verify QUEUE         re-draw from the stored frame and seed, and compare")},
    {"history", runQueueHistory,
     QT_TRANSLATE_NOOP(
         "callqa::app::Queue",
         "history QUEUE        who drew it and every change since, from the audit log")},
    {"next", runQueueNext,
     QT_TRANSLATE_NOOP("callqa::app::Queue",
                       "next                 the signed-in reviewer's next item")},
    {"add", runQueueAdd,
     QT_TRANSLATE_NOOP("callqa::app::Queue",
                       "add QUEUE CALL --reason TEXT [--assign LOGIN]  add a call by hand")},
    {"remove", runQueueRemove,
     QT_TRANSLATE_NOOP("callqa::app::Queue",
                       "remove QUEUE CALL --reason TEXT  remove an item by hand")},
    {"skip", runQueueSkip,
     QT_TRANSLATE_NOOP("callqa::app::Queue",
                       "skip QUEUE CALL --reason TEXT  skip an item (its reviewer)")},
    {"assign", runQueueAssign,
     QT_TRANSLATE_NOOP("callqa::app::Queue",
                       "assign QUEUE CALL --to LOGIN | --unassign  give an item to someone else")},
};

} // namespace

int runQueue(CliContext& ctx, const QStringList& args)
{
    return runSubcommand(
        ctx, args, kSubcommands, "callqa::app::Queue",
        QCoreApplication::translate("callqa::app::Queue",
                                    "Usage: callqa queue SUBCOMMAND (each takes --help):"));
}

} // namespace callqa::app

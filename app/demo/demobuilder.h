#pragma once

#include "review/result.h"

#include <QString>

#include <functional>

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

// Every demo user's password.
inline constexpr char kDemoPassword[] = "demo";

struct DemoOptions {
    QString recordingsFolder; // where the generated calls go
    int calls = 36;
    quint32 seed = 20261123;
};

struct DemoSummary {
    int teams = 0;
    int agents = 0;
    int users = 0;
    int callsImported = 0;
    int callsAlreadyThere = 0;
    int evaluations = 0;         // added by this run, on the default checklist
    int queues = 0;              // review queues drawn by this run
    int calibrationSessions = 0; // made by this run
    int calibrationScores = 0;
    int disputes = 0;         // opened by this run
    int coachingSessions = 0; // held by this run
    int goals = 0;            // set by this run, with the demo metrics they rest on
};

// Fills a workspace with what a new user needs to see a living system: teams, agents, users for
// every role, the default checklist published, two calls in three scored on it, and spoken
// stereo calls (agent left, customer right) in English, German, Turkish,
// Russian and Persian, with pauses, some overtalk and some dead air. Needs espeak-ng, sox and
// ffmpeg. Then demo metrics, talk analysis and goals (demogoals.h). Running it again adds nothing
// twice.
review::Result<DemoSummary>
buildDemo(review::Workspace& workspace, const DemoOptions& options,
          const std::function<void(int done, int total)>& progress = {});

} // namespace callqa::app

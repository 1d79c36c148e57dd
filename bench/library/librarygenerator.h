#pragma once

#include <QString>

namespace callqa::review {
class Workspace;
}

namespace callqa::bench {

struct LibrarySize {
    int calls = 100'000;
    int agents = 5'000;
    int teams = 200;
    double reviewed = 0.30;
};

// Fills an empty, migrated workspace with a generated library: teams, agents (names in Turkish,
// German, Russian and Persian), calls over 90 days with queues, directions, metadata and the
// folded search text, talk metrics for 80 % of them, a submitted evaluation for `reviewed` of
// them, and one open review queue. Multi-row INSERTs in a few transactions. Returns an error
// message, or empty on success.
QString generateLibrary(review::Workspace& workspace, const LibrarySize& size);

} // namespace callqa::bench

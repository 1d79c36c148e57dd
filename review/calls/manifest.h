#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include "review/metrics/metricsfile.h"

#include <optional>

namespace callqa::review {

// Which channel of a stereo recording carries whom. -1: not known (mono or not said).
struct ChannelMap {
    int agentChannel = -1;
    int customerChannel = -1;
};

// What a manifest row (or a file name) says about one recording.
struct CallFacts {
    int row = 0;  // manifest row (1-based), 0 when not from a manifest
    QString file; // as written in the manifest: relative to the imported folder, or absolute
    // A call in two legs (columns agent_file and customer_file): `file` is the agent's leg and
    // this the customer's; empty for a call in one file.
    QString customerFile;
    QString callId;
    QString agentId;
    QString agentName;
    QString team;
    std::optional<qint64> startedAtMs;
    QString direction; // "inbound" | "outbound" | empty
    QString queue;
    ChannelMap channels;
    QJsonObject metadata; // "meta.*" columns
    // The phone system's and surveys' figures (the metrics file's call columns: wait_s, csat,
    // customer_id, ...), stored with the call; `metrics.given` names those the row gives.
    CallMetricRow metrics;
};

struct ManifestProblem {
    int row = 0; // 1-based data row; 0 for the header or the file as a whole
    QString file;
    QString reason;
};

struct Manifest {
    QList<CallFacts> rows;
    QList<ManifestProblem> problems;
    // Files whose row was refused: import leaves them alone until the row is fixed, so their
    // facts are not lost to a half-right import.
    QSet<QString> rejectedFiles;
    // Looks a row up by the file name relative to the imported folder (or absolute path); a
    // row of two legs is found by either.
    const CallFacts* find(const QString& relativePath, const QString& absolutePath) const;
};

// CSV (comma or semicolon, quoted fields, UTF-8 with or without BOM) with a header row naming the
// columns documented in the README; or JSON: an array of objects with the same keys.
// Bad rows are reported and left out; the good rows are kept.
Manifest parseManifestCsv(const QByteArray& data);
Manifest parseManifestJson(const QByteArray& data);
// Picks the parser by the file's extension (.csv, .json); reading errors become problems.
Manifest readManifest(const QString& path);

// Parses a call time: ISO 8601 with offset or Z ("2026-03-05T10:00:00+01:00"), or without one
// (taken as UTC), or "YYYY-MM-DD HH:MM[:SS]".
std::optional<qint64> parseCallTime(const QString& text);

// "left"/"right"/"1"/"2"/"mono" etc. into a channel index (0-based), -1 for mono/none;
// nullopt when unrecognised.
std::optional<int> parseChannel(const QString& text);

} // namespace callqa::review

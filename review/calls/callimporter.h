#pragma once

#include "review/auth/permissions.h"
#include "review/calls/manifest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace callqa::review {

class Database;
class Workspace;

// What the audio side found in a file. Filled by the caller's prober (the app wires in the FFmpeg
// probe), so review does not depend on audio.
struct RecordingProbe {
    bool ok = false;
    QString error;
    QString format;
    QString codec;
    int sampleRate = 0;
    int channels = 0;
    qint64 durationMs = 0;
};
using RecordingProber = std::function<RecordingProbe(const QString& absolutePath)>;

struct ImportOptions {
    QString folder;
    QString manifestPath; // empty: facts come from file names
    // This workstation's recordings root (see decideRecordingsRoot); empty: the workspace's
    // setting, or the folder on the first import. A file outside it is not imported or re-linked.
    QString recordingsRoot;
    bool createAgents = false; // unknown agent ids in file names become agents "to be named"
    // Two-leg file names (see calllegs.h): the "-in"/"-t" leg is the customer's, not the agent's.
    bool inLegIsCustomer = false;
    Actor actor; // must be allowed to import calls; recorded in the audit log
};

struct ImportProblem {
    QString file;
    int row = 0; // manifest row, 0 when not from a row
    QString reason;
};

struct ImportProgress {
    int done = 0;
    int total = 0;
    qint64 bytes = 0;
};

struct ImportReport {
    int scanned = 0;
    int imported = 0;
    int duplicates = 0;
    int relinked = 0;
    int legsJoined = 0;  // legs imported on their own earlier that joined their partner
    QStringList missing; // recordings the library knows under the folder that are gone from disk
    QList<ImportProblem> problems;
    // Imported, but worth a line: a leg without its partner, legs of different lengths.
    QList<ImportProblem> notes;
    QStringList unknownAgents;   // agent ids files were refused for (without createAgents)
    QStringList createdAgents;   // agent ids created "to be named" (with createAgents)
    QString recordingsRoot;      // the root paths were stored relative to
    bool connectionLost = false; // the import stopped early: the workspace became unreachable
    bool ok() const { return problems.isEmpty(); }
};

// Imports every recording under a folder: probes and hashes each file, dedupes by content hash,
// re-links moved files, reports missing ones. Each file is one transaction: a failure leaves
// nothing half-written and the other files still import. An actor who may not import calls gets
// one problem line and nothing is touched.
class CallImporter {
public:
    CallImporter(Workspace& workspace, RecordingProber prober);
    ImportReport run(const ImportOptions& options,
                     const std::function<void(const ImportProgress&)>& progress = {});

private:
    struct FileJob;
    QList<FileJob> collectJobs(const QString& folder, const QString& manifestAbsolute,
                               const Manifest& manifest, bool inLegIsCustomer) const;
    void importOne(const FileJob& job, ImportReport& report);
    // A recording already in the workspace (same content hash): a duplicate, found again, or
    // moved (re-linked). False when the content is new.
    bool handleKnownContent(const QString& hash, const QString& storedPath,
                            const QString& storedSecond, ImportReport& report,
                            const std::function<void(const QString&)>& reject);
    struct CallParties {
        QVariant agentId;
        QVariant teamId;
    };
    // The metric columns of the call's manifest row, stored with it (inside the transaction) and
    // named in the audit row's detail.
    void writeManifestMetrics(Database& db, qint64 callId, const CallFacts& facts, qint64 now,
                              QJsonObject& detail);
    // A known call's manifest row with other figures than those stored: updated, audited.
    void updateManifestMetrics(const QString& hash, const CallFacts& facts,
                               const std::function<void(const QString&)>& reject);
    CallParties resolveParties(Database& db, const CallFacts& facts, const FileJob& job, qint64 now,
                               QString& createdAgent);
    void markMissing(const QString& root, const QString& folder, ImportReport& report);

    Workspace& m_workspace;
    RecordingProber m_prober;
    QString m_root;
    QString m_actor;
    QString m_manifestName; // where manifest metrics came from (call_metrics.source)
    bool m_createAgents = false;
};

// SHA-256 of a file's content as lowercase hex, streaming; empty on a read error.
QString sha256OfFile(const QString& path, QString* error = nullptr);

} // namespace callqa::review

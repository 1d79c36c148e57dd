#pragma once
// Calls that a phone system records one direction per file ("two legs"): which files of an
// imported folder belong together, and the content hash that names such a call.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace callqa::review {

enum class LegSide { Agent, Customer };

// The naming rule. A file whose base name ends in "-in" or "-out" (Asterisk's Monitor), or in
// "-t" or "-r" (MixMonitor's transmit and receive legs), case-insensitively, is one leg of the
// call named by the rest of its path. Phone systems record on one party's channel; by default
// that is the agent's: "-in"/"-t" (what came from the agent's phone) is the agent and
// "-out"/"-r" the customer. `inLegIsCustomer` swaps them, for systems that record the caller's
// channel.
struct LegName {
    QString callName; // the path without the leg's suffix: "q1/20260305-101500_a017.wav"
    QString pairKey;  // callName without its extension: legs pair whatever their formats
    LegSide side = LegSide::Agent;
};
std::optional<LegName> legOfFile(const QString& relativePath, bool inLegIsCustomer);

// One call to import: one file, or two legs.
struct ImportUnit {
    QString file;         // the one file, or the agent's leg
    QString customerFile; // the customer's leg; empty for a call in one file
    QString factsName;    // what file-name facts are read from (the call name of legs)
    QString note;         // set for a leg imported on its own, and why
};

// Groups a folder's files (relative paths) into calls: an agent's leg and a customer's leg with
// the same pair key are one call; a leg without its partner, or with more than one candidate
// for a side, is a call of its own with a note saying so. Sorted by file.
QList<ImportUnit> groupLegs(const QStringList& relativePaths, bool inLegIsCustomer);

// The content hash of a call in two legs, from the hashes of its legs (lowercase hex SHA-256):
// SHA-256 of "callqa.legs/1\n" AGENT "\n" CUSTOMER. The same two files always give the same
// call, and either leg alone never collides with it.
QString legsContentSha256(const QString& agentSha256, const QString& customerSha256);

} // namespace callqa::review

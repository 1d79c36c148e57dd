#pragma once

#include "review/result.h"

#include <QString>

#include <optional>

namespace callqa::review {

class Database;

// How a person names a call on the command line:
//   1042     the phone system's call id (the default)
//   =1042    the phone system's call id, never read as anything else
//   #17      the workspace's own id of the call (as `calls` shows it)
// A plain reference that is also another call's own id is ambiguous and refused, naming both, so
// a script written for either meaning never scores the wrong call.
struct CallReference {
    enum class Kind { PhoneSystemId, ExactPhoneSystemId, InternalId };
    Kind kind = Kind::PhoneSystemId;
    QString phoneSystemId; // for the two phone-system kinds
    qint64 internalId = 0; // for InternalId; for a plain all-digits reference, the id it could be
};

// A call as a reference resolves to: its own id and its phone-system id (empty when it has none).
struct CallIdentity {
    qint64 id = 0;
    QString phoneSystemId;
};

// Pure: the reference's form, or why it is not one ("", "#", "#x", "=").
Result<CallReference> parseCallReference(const QString& text);

// Pure: which call `text` names, given the call whose phone-system id matches and the call whose
// own id matches (each looked up as the parsed reference allows).
Result<CallIdentity> decideCallReference(const QString& text, const CallReference& reference,
                                         const std::optional<CallIdentity>& byPhoneSystemId,
                                         const std::optional<CallIdentity>& byInternalId);

// Parses, looks both up and decides; every error names `text`. Throws DbError.
Result<CallIdentity> resolveCallReference(Database& db, const QString& text);

// A call as people read it: its phone-system id, or #id when it has none.
QString describeCall(const CallIdentity& call);

} // namespace callqa::review

#pragma once

#include "review/checklists/checkliststore.h"
#include "review/storage/workspace.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace callqa::testing {

// The backends every storage test runs on.
inline const std::vector<review::Backend> kAllBackends = {review::Backend::Sqlite,
                                                          review::Backend::Postgres};

QString backendName(review::Backend backend);

// A fresh, empty workspace location: a new SQLite file in a temp folder, or a new database on the
// throwaway PostgreSQL cluster that ctest's `pg` fixture started. Fails the test with a reason when
// the cluster is not running (never skips silently).
class TestLocation {
public:
    explicit TestLocation(review::Backend backend);
    ~TestLocation();
    const QString& url() const { return m_url; }
    review::Backend backend() const { return m_backend; }

private:
    review::Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_database;
};

// Opens (and migrates) a workspace at a fresh location; REQUIREs success.
std::unique_ptr<review::Workspace> openWorkspace(const TestLocation& location);

// Adds a call by agent `agentExternalId` (created if new) straight into the library, for tests
// that need calls but no recordings. Returns the call's id.
qint64 addTestCall(review::Workspace& workspace, const QString& agentExternalId);

// Adds `count` calls straight through SQL in one transaction, a few hundred rows per statement
// (fast enough for tens of thousands), with phone-system ids `prefix`1, `prefix`2, ... and no
// agent. REQUIREs success.
void addTestCalls(review::Workspace& workspace, int count, const QString& prefix);

// Publishes the built-in default checklist ("support-call") as the workspace owner and returns
// its version 1; REQUIREs success.
// A user with this role (password LOGIN-pass), signed in; the workspace's first user is also an
// admin (a workspace's first user must be). Evaluations name their reviewer's user id.
review::Actor addReviewer(review::Workspace& workspace, const QString& login,
                          review::Role role = review::Role::Reviewer);

// A user with the agent role linked to agent `agentExternalId` (password LOGIN-pass), signed in.
review::Actor addAgentUser(review::Workspace& workspace, const QString& login,
                           const QString& agentExternalId);

review::ChecklistVersion publishDefaultChecklist(review::Workspace& workspace);

// The URL of the cluster's maintenance database, read from CALLQA_TEST_PG_STATE.
QString postgresAdminUrl();

} // namespace callqa::testing

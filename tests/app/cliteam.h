#pragma once

#include "review/storage/workspace.h"
#include "tests/app/clirunner.h"
#include "tests/support/testworkspace.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace callqa::testing {

// A team workspace for CLI tests: the users ada (admin), sara (supervisor), rita and omid
// (reviewers), carla (coach) and anna (agent a1), each with the password LOGIN-pass; the agent a1;
// the default checklist published; answer files full.json and partial.json in dir(). The
// workspace stays open in the test for counting rows.
class CliTeam {
public:
    explicit CliTeam(review::Backend backend);

    // Runs callqa --db URL --user LOGIN ARGS..., signed in with LOGIN-pass.
    CliRun as(const QString& login, const QStringList& args,
              QHash<QString, QString> env = {}) const;
    // SELECT count(*) FROM `table` (or any scalar query starting with SELECT).
    qint64 count(const QString& tableOrQuery) const;

    review::Workspace& workspace() const { return *m_workspace; }
    const QString& url() const { return m_location.url(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    const QString& checklistKey() const { return m_checklistKey; }

private:
    QTemporaryDir m_dir;
    TestLocation m_location;
    std::unique_ptr<review::Workspace> m_workspace;
    QString m_checklistKey;
};

} // namespace callqa::testing

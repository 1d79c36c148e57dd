#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace callqa::testing {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the callqa binary with a clean environment for the workspace and passwords (no
// CALLQA_DB, CALLQA_PASSWORD, CALLQA_NEW_PASSWORD unless given in `env`), LANG=C.UTF-8 unless
// given, and stdin not a terminal.
CliRun runCallqa(const QStringList& args, const QHash<QString, QString>& env = {});

// The environment that signs in with `password` (CALLQA_PASSWORD).
QHash<QString, QString> withPassword(const QString& password);

} // namespace callqa::testing

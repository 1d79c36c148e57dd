#include "tests/app/clirunner.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

namespace callqa::testing {

CliRun runCallqa(const QStringList& args, const QHash<QString, QString>& env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"CALLQA_DB", "CALLQA_PASSWORD", "CALLQA_NEW_PASSWORD"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLQA_BINARY), args);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(180000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QHash<QString, QString> withPassword(const QString& password)
{
    return {{QStringLiteral("CALLQA_PASSWORD"), password}};
}

} // namespace callqa::testing

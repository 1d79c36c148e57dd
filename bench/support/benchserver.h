#pragma once

#include <QString>
#include <QStringList>

namespace callqa::bench {

// The value after `name` on the command line, or `fallback`.
QString argument(const QStringList& args, const QString& name, const QString& fallback = {});

// The PostgreSQL server a benchmark runs against: --pg-url, the ctest cluster
// ($CALLQA_TEST_PG_STATE), or a throwaway cluster started here (scripts/pg-cluster.sh) and
// stopped when this goes.
class BenchServer {
public:
    BenchServer(const QStringList& args, const QString& scratch);
    ~BenchServer();
    BenchServer(const BenchServer&) = delete;
    BenchServer& operator=(const BenchServer&) = delete;

    // Empty when no server could be had.
    const QString& url() const { return m_url; }
    // A fresh, empty database on the server (its URL), or empty on failure.
    QString freshDatabase();

private:
    QString m_url;
    QString m_ownState;
};

} // namespace callqa::bench

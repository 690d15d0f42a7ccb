#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <string>

class QProcess;
class QTemporaryDir;

namespace ocopos::bench {

/// A throwaway PostgreSQL 15 server for the benchmarks, durable like a real
/// store's: fsync, synchronous_commit and full_page_writes on (the tests'
/// test::PgCluster turns them off, which would make commit figures meaningless).
/// initdb in a temporary folder on disk ($OCOPOS_BENCH_PG_DIR, else the system's
/// temporary folder), the server on 127.0.0.1 at a free port, SCRAM passwords
/// over TCP as on a real server. Run as root, the server runs as `postgres`.
/// The server dies with this process; the destructor stops it and removes the folder.
class PgBenchServer {
public:
    /// Starts the server. Throws std::runtime_error with its log when it can't.
    PgBenchServer();
    ~PgBenchServer();
    PgBenchServer(const PgBenchServer&) = delete;
    PgBenchServer& operator=(const PgBenchServer&) = delete;

    int port() const noexcept { return m_port; }
    /// `postgresql://ocopos:PASSWORD@127.0.0.1:PORT/DBNAME`.
    QString url(const QString& dbName) const;
    /// libpq's conninfo for a database (for the raw baselines).
    std::string conninfo(const QString& dbName) const;
    /// CREATE DATABASE (plain identifier), returns its URL.
    QString createDatabase(const QString& dbName);
    /// Runs statements on a database through libpq. Throws std::runtime_error.
    void exec(const QString& dbName, const QStringList& statements) const;
    /// The server settings that bound a commit's cost, as "name=value ...".
    QString durabilitySettings() const;
    /// The server's log so far.
    QString log() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
};

/// Parses `postgresql://user:pass@host:port/db` into libpq's conninfo words.
std::string conninfoFromUrl(const QString& url);

} // namespace ocopos::bench

#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace ocopos::test {

/// A throwaway PostgreSQL 15 cluster for tests: `initdb` in a temporary folder,
/// the server on 127.0.0.1 at a free port (and a Unix socket in that folder),
/// never the system's service. Run as root (CI), the server runs as the
/// `postgres` user, since initdb and postgres refuse root. The server is a
/// child that dies with the thread that started it (PR_SET_PDEATHSIG), so a
/// crashed test binary leaves no server behind; the destructor stops it and
/// removes the folder.
///
/// Start one per test binary (`shared()`), a fresh database per test
/// (`createDatabase`, optionally from a template database that is already
/// migrated, which is fast).
class PgCluster {
public:
    /// Whether PostgreSQL 15's server programs and Qt's QPSQL driver are here.
    /// A test that needs them should fail, not skip, when they are not: CI
    /// installs them (scripts/install-deps).
    static QString missingReason();

    /// Starts a cluster. Throws std::runtime_error with the server's log when it
    /// can't (bounded wait: 60 s).
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    /// The cluster of this test binary, started on first use, stopped at exit.
    static PgCluster& shared();

    int port() const noexcept { return m_port; }
    /// The superuser every test connects as. TCP connections need its password
    /// (SCRAM), as on a real server; the Unix socket in the cluster's folder trusts.
    static QString user() { return QStringLiteral("ocopos"); }
    static QString password() { return QStringLiteral("till-secret"); }
    /// `postgresql://ocopos:PASSWORD@127.0.0.1:PORT/DBNAME`.
    QString url(const QString& dbName) const;
    /// The folder of the server's Unix socket (`?host=` of a socket URL).
    QString socketDir() const;

    /// Creates a database (from `templateDb` when given) and returns its URL.
    /// Names are checked to be plain identifiers. Throws std::runtime_error.
    QString createDatabase(const QString& dbName, const QString& templateDb = QString());
    /// Drops a database, ending its connections first.
    void dropDatabase(const QString& dbName);
    /// A database name not used before in this cluster (`t_<n>`).
    QString freshName();
    /// Runs statements on the `postgres` maintenance database. Throws.
    void admin(const QStringList& statements);
    /// Runs statements in the database of `url` (a URL of this cluster) on a plain
    /// Qt connection, outside db::Database: to forge another program's database,
    /// or rows a store would never write. Throws std::runtime_error.
    static void execute(const QString& url, const QStringList& statements);

    /// The server's log so far (for failure messages).
    QString log() const;

private:
    void start();
    void stop() noexcept;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    int m_counter = 0;
    QString m_adminConnection;
};

} // namespace ocopos::test

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace ocopos::test {

/// The real `ocopos-centre` (docs/CENTRE.md) as a child process, for tests of
/// both sides of the store↔centre link: a fresh database on this test binary's
/// throwaway cluster (PgCluster::shared()), plain HTTP on 127.0.0.1 at a free
/// port. The program's path is compiled in ($OCOPOS_CENTRE overrides it).
///
///     test::CentreProcess centre;                  // started
///     const QString token = centre.addStore("QN-01", "Cửa hàng OCOP Hạ Long");
///     ... POST centre.url() + "/api/v1/batches" with "Authorization: Bearer " + token ...
///     centre.stop(); centre.start();               // same port, same database
///
/// Every wait is bounded (start: 30 s; stop: 15 s, then SIGKILL); failures
/// throw std::runtime_error with the centre's output.
class CentreProcess {
public:
    /// Creates the database and starts the centre.
    CentreProcess();
    /// Stops it (SIGTERM) if running; the database stays on the cluster.
    ~CentreProcess();
    CentreProcess(const CentreProcess&) = delete;
    CentreProcess& operator=(const CentreProcess&) = delete;

    /// Starts it again on the same port and database (after stop() or kill()).
    /// Returns when it answers HTTP.
    void start();
    /// SIGTERM, as a service manager stops it: batches in progress finish.
    void stop();
    /// SIGKILL: a crash.
    void kill();
    bool running() const;

    /// `http://127.0.0.1:PORT`, no trailing slash.
    QString url() const;
    quint16 port() const noexcept { return m_port; }
    /// The centre's database URL (PostgreSQL, with its password: tests only).
    QString databaseUrl() const { return m_dbUrl; }

    /// `ocopos-centre store add CODE NAME`: registers a store, returns its token.
    QString addStore(const QString& code, const QString& name);
    /// `ocopos-centre store revoke CODE`.
    void revoke(const QString& code);

    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs any admin command on the same database (`{"rejections", "--json"}`).
    Result admin(const QStringList& args) const;

    /// What the server wrote on stderr so far (its log lines).
    QString output() const;

private:
    std::unique_ptr<QProcess> m_server;
    QString m_dbUrl;
    quint16 m_port = 0;
    mutable QByteArray m_output;
};

/// The path of the built ocopos-centre.
QString centrePath();

} // namespace ocopos::test

#include "PgBenchServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace ocopos::bench {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
const QString kUser = QStringLiteral("ocopos");
const QString kPassword = QStringLiteral("bench-secret");

struct RunAs {
    bool needed = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

RunAs runAs()
{
    RunAs r;
    if (::geteuid() != 0)
        return r;
    const passwd* pw = ::getpwnam("postgres");
    if (!pw)
        throw std::runtime_error("running as root, and there is no 'postgres' user to run PostgreSQL as");
    r = {true, pw->pw_uid, pw->pw_gid};
    return r;
}

void prepareChild(QProcess& p, const RunAs& as, bool dieWithParent)
{
    const pid_t parent = ::getpid();
    p.setChildProcessModifier([as, dieWithParent, parent] {
        if (as.needed && (::setgroups(0, nullptr) != 0 || ::setgid(as.gid) != 0 || ::setuid(as.uid) != 0))
            ::_exit(126);
        if (dieWithParent) {
            ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
            if (::getppid() != parent)
                ::_exit(125);
        }
    });
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw std::runtime_error("no free TCP port on 127.0.0.1");
    }
    ::close(fd);
    return ntohs(a.sin_port);
}

std::string quoted(const QString& v)
{
    std::string s = "'";
    for (const char c : v.toStdString()) {
        if (c == '\'' || c == '\\')
            s += '\\';
        s += c;
    }
    return s + "'";
}

} // namespace

std::string conninfoFromUrl(const QString& location)
{
    const QUrl url(location);
    std::string c = "dbname=" + quoted(url.path().mid(1));
    if (!url.host().isEmpty())
        c += " host=" + quoted(url.host());
    if (url.port() > 0)
        c += " port=" + std::to_string(url.port());
    if (!url.userName().isEmpty())
        c += " user=" + quoted(url.userName(QUrl::FullyDecoded));
    if (!url.password().isEmpty())
        c += " password=" + quoted(url.password(QUrl::FullyDecoded));
    for (const auto& [k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        c.append(" ").append(k.toStdString()).append("=").append(quoted(v));
    return c;
}

PgBenchServer::PgBenchServer()
{
    const RunAs as = runAs();
    const QString base = qEnvironmentVariable("OCOPOS_BENCH_PG_DIR", QDir::tempPath());
    QDir().mkpath(base);
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/ocopos-bench-pg-XXXXXX"));
    if (!m_dir->isValid())
        throw std::runtime_error("cannot make a folder for the benchmark's PostgreSQL in " + base.toStdString());
    const QString pwfile = m_dir->filePath(QStringLiteral("pwfile"));
    {
        QFile pw(pwfile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(kPassword.toUtf8() + '\n') <= 0)
            throw std::runtime_error("cannot write the password file");
    }
    if (as.needed
        && (::chown(QFile::encodeName(m_dir->path()).constData(), as.uid, as.gid) != 0
            || ::chown(QFile::encodeName(pwfile).constData(), as.uid, as.gid) != 0))
        throw std::runtime_error("cannot give the benchmark's folder to the postgres user");
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QProcess initdb;
    prepareChild(initdb, as, false);
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(kBin + QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), kUser, QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-instructions")});
    if (!initdb.waitForFinished(180000) || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0)
        throw std::runtime_error("initdb failed: " + initdb.readAll().toStdString());

    const QString logFile = m_dir->filePath(QStringLiteral("server.log"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_server = std::make_unique<QProcess>();
        prepareChild(*m_server, as, true);
        m_server->setStandardOutputFile(logFile, QIODevice::Append);
        m_server->setStandardErrorFile(logFile, QIODevice::Append);
        // A real store's durability (the defaults, said out loud), and room for
        // the tills and the index builders.
        m_server->start(kBin + QStringLiteral("postgres"),
                        {QStringLiteral("-D"), data, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-k"),
                         m_dir->path(), QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                         QStringLiteral("-c"), QStringLiteral("fsync=on"), QStringLiteral("-c"),
                         QStringLiteral("synchronous_commit=on"), QStringLiteral("-c"), QStringLiteral("full_page_writes=on"),
                         QStringLiteral("-c"), QStringLiteral("max_connections=50"), QStringLiteral("-c"),
                         QStringLiteral("shared_buffers=128MB")});
        if (!m_server->waitForStarted(10000))
            throw std::runtime_error("postgres did not start: " + m_server->errorString().toStdString());
        const std::string info = conninfo(QStringLiteral("postgres"));
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (std::chrono::steady_clock::now() < deadline && m_server->state() == QProcess::Running) {
            if (PQping(info.c_str()) == PQPING_OK)
                return;
            QThread::msleep(50);
        }
        m_server->waitForFinished(5000);
        const QString serverLog = log();
        m_server.reset();
        if (!serverLog.contains(QLatin1String("could not bind")) && !serverLog.contains(QLatin1String("in use")))
            throw std::runtime_error("PostgreSQL did not become ready:\n" + serverLog.toStdString());
    }
    throw std::runtime_error("PostgreSQL could not bind a port:\n" + log().toStdString());
}

PgBenchServer::~PgBenchServer()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_server->processId()), SIGINT);
        if (!m_server->waitForFinished(30000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
    m_dir.reset();
}

QString PgBenchServer::url(const QString& dbName) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4").arg(kUser, kPassword).arg(m_port).arg(dbName);
}

std::string PgBenchServer::conninfo(const QString& dbName) const { return conninfoFromUrl(url(dbName)); }

void PgBenchServer::exec(const QString& dbName, const QStringList& statements) const
{
    PGconn* c = PQconnectdb(conninfo(dbName).c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        const std::string why = PQerrorMessage(c);
        PQfinish(c);
        throw std::runtime_error("cannot connect to the benchmark's PostgreSQL: " + why);
    }
    for (const QString& sql : statements) {
        PGresult* r = PQexec(c, sql.toUtf8().constData());
        const auto status = PQresultStatus(r);
        PQclear(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const std::string why = PQerrorMessage(c);
            PQfinish(c);
            throw std::runtime_error("PostgreSQL: " + sql.toStdString() + ": " + why);
        }
    }
    PQfinish(c);
}

QString PgBenchServer::createDatabase(const QString& dbName)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(dbName).hasMatch())
        throw std::runtime_error("not a plain database name: " + dbName.toStdString());
    exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(dbName)});
    return url(dbName);
}

QString PgBenchServer::durabilitySettings() const
{
    PGconn* c = PQconnectdb(conninfo(QStringLiteral("postgres")).c_str());
    QString out;
    if (PQstatus(c) == CONNECTION_OK) {
        for (const char* name : {"fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers"}) {
            PGresult* r = PQexec(c, (std::string("SHOW ") + name).c_str());
            if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
                out += QStringLiteral("%1%2=%3").arg(out.isEmpty() ? QString() : QStringLiteral(" "),
                                                     QString::fromLatin1(name), QString::fromUtf8(PQgetvalue(r, 0, 0)));
            PQclear(r);
        }
    }
    PQfinish(c);
    return out;
}

QString PgBenchServer::log() const
{
    QFile f(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace ocopos::bench

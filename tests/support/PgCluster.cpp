#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace ocopos::test {

namespace {

const QString kBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");

QString bin(const QString& name) { return kBinDir + QLatin1Char('/') + name; }

/// The account the server runs as when we are root (initdb and postgres refuse root).
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
    r.needed = true;
    r.uid = pw->pw_uid;
    r.gid = pw->pw_gid;
    return r;
}

/// Configures a QProcess child: drop to the postgres user when root, and die
/// with the thread that started it. Runs between fork and exec: syscalls only.
void prepareChild(QProcess& p, const RunAs& as, bool dieWithParent)
{
    const pid_t parent = ::getpid();
    p.setChildProcessModifier([as, dieWithParent, parent] {
        if (as.needed) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(as.gid) != 0 || ::setuid(as.uid) != 0)
                ::_exit(126);
        }
        // After the credential change, which would clear it.
        if (dieWithParent) {
            ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
            if (::getppid() != parent)
                ::_exit(125);
        }
    });
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("no free TCP port on 127.0.0.1: " + probe.errorString().toStdString());
    return probe.serverPort();
}

bool plainIdentifier(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch();
}

} // namespace

QString PgCluster::missingReason()
{
    for (const char* p : {"initdb", "postgres"}) {
        if (!QFileInfo(bin(QString::fromLatin1(p))).isExecutable())
            return QStringLiteral("%1 not found: install postgresql-15 (scripts/install-deps)").arg(bin(QString::fromLatin1(p)));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is missing: install libqt6sql6-psql (scripts/install-deps)");
    return QString();
}

PgCluster::PgCluster()
{
    if (const QString why = missingReason(); !why.isEmpty())
        throw std::runtime_error(why.toStdString());
    start();
}

PgCluster::~PgCluster() { stop(); }

PgCluster& PgCluster::shared()
{
    static PgCluster cluster;
    return cluster;
}

QString PgCluster::url(const QString& dbName) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4").arg(user(), password()).arg(m_port).arg(dbName);
}

QString PgCluster::socketDir() const { return m_dir ? m_dir->path() : QString(); }

QString PgCluster::log() const { return m_dir ? readAll(m_dir->filePath(QStringLiteral("server.log"))) : QString(); }

void PgCluster::start()
{
    const RunAs as = runAs();
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("ocopos-pg-XXXXXX")));
    if (!m_dir->isValid())
        throw std::runtime_error("cannot make a temporary folder for PostgreSQL");
    if (as.needed && ::chown(QFile::encodeName(m_dir->path()).constData(), as.uid, as.gid) != 0)
        throw std::runtime_error("cannot give the temporary folder to the postgres user");

    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString pwfile = m_dir->filePath(QStringLiteral("pwfile"));
    {
        QFile pw(pwfile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(password().toUtf8() + '\n') <= 0)
            throw std::runtime_error("cannot write the cluster's password file");
    }
    if (as.needed && ::chown(QFile::encodeName(pwfile).constData(), as.uid, as.gid) != 0)
        throw std::runtime_error("cannot give the password file to the postgres user");
    QProcess initdb;
    prepareChild(initdb, as, false);
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(bin(QStringLiteral("initdb")),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--pwfile=") + pwfile,
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync"),
                  QStringLiteral("--no-instructions")});
    if (!initdb.waitForFinished(120000) || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0)
        throw std::runtime_error("initdb failed: " + initdb.readAll().toStdString());

    // A port can be taken between probing and binding: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_server = std::make_unique<QProcess>();
        prepareChild(*m_server, as, true);
        m_server->setStandardOutputFile(m_dir->filePath(QStringLiteral("server.log")), QIODevice::Append);
        m_server->setStandardErrorFile(m_dir->filePath(QStringLiteral("server.log")), QIODevice::Append);
        // Durability settings off: a test cluster is thrown away, and the
        // tests kill clients, never the server.
        m_server->start(bin(QStringLiteral("postgres")),
                        {QStringLiteral("-D"), data, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-k"),
                         m_dir->path(), QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                         QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
                         QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
                         QStringLiteral("full_page_writes=off"), QStringLiteral("-c"), QStringLiteral("max_connections=200"),
                         QStringLiteral("-c"), QStringLiteral("shared_buffers=64MB"), QStringLiteral("-c"),
                         // $OCOPOS_TEST_PG_LOG=all logs every statement to the server log, which
                         // $OCOPOS_TEST_PG_LOG_COPY (a file) receives when the cluster stops.
                         QStringLiteral("log_statement=") + (qEnvironmentVariable("OCOPOS_TEST_PG_LOG") == QLatin1String("all")
                                                                  ? QStringLiteral("all") : QStringLiteral("none"))});
        if (!m_server->waitForStarted(10000))
            throw std::runtime_error("postgres did not start: " + m_server->errorString().toStdString());

        m_adminConnection = QStringLiteral("pgcluster-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (std::chrono::steady_clock::now() < deadline && m_server->state() == QProcess::Running) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
                db.setHostName(QStringLiteral("127.0.0.1"));
                db.setPort(m_port);
                db.setUserName(user());
                db.setPassword(password());
                db.setDatabaseName(QStringLiteral("postgres"));
                if (db.open())
                    return;
            }
            QSqlDatabase::removeDatabase(m_adminConnection);
            QThread::msleep(50);
        }
        m_server->waitForFinished(5000);
        const QString serverLog = log();
        m_server.reset();
        if (!serverLog.contains(QLatin1String("could not bind")) && !serverLog.contains(QLatin1String("in use")))
            throw std::runtime_error("PostgreSQL did not become ready on port " + std::to_string(m_port) + ":\n"
                                     + serverLog.toStdString());
    }
    throw std::runtime_error("PostgreSQL could not bind a port:\n" + log().toStdString());
}

void PgCluster::stop() noexcept
{
    if (!m_adminConnection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_adminConnection, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_adminConnection);
        m_adminConnection.clear();
    }
    if (m_server && m_server->state() != QProcess::NotRunning) {
        // SIGINT is PostgreSQL's "fast" shutdown: ends sessions, no checkpoint wait.
        ::kill(static_cast<pid_t>(m_server->processId()), SIGINT);
        if (!m_server->waitForFinished(15000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
    if (const QString copy = qEnvironmentVariable("OCOPOS_TEST_PG_LOG_COPY"); !copy.isEmpty() && m_dir) {
        QFile::remove(copy);
        QFile::copy(m_dir->filePath(QStringLiteral("server.log")), copy);
    }
    m_dir.reset();
}

void PgCluster::admin(const QStringList& statements)
{
    QSqlDatabase db = QSqlDatabase::database(m_adminConnection);
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw std::runtime_error("PostgreSQL: " + sql.toStdString() + ": " + q.lastError().text().toStdString());
    }
}

void PgCluster::execute(const QString& url, const QStringList& statements)
{
    const QString name = QStringLiteral("pgcluster-exec-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::string failure;
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            failure = "cannot connect to " + u.path().toStdString() + ": " + db.lastError().text().toStdString();
        for (const QString& sql : statements) {
            if (!failure.empty())
                break;
            QSqlQuery q(db);
            if (!q.exec(sql))
                failure = "PostgreSQL: " + sql.toStdString() + ": " + q.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.empty())
        throw std::runtime_error(failure);
}

QString PgCluster::createDatabase(const QString& dbName, const QString& templateDb)
{
    if (!plainIdentifier(dbName) || (!templateDb.isEmpty() && !plainIdentifier(templateDb)))
        throw std::runtime_error("not a plain database name: " + dbName.toStdString());
    QString sql = QStringLiteral("CREATE DATABASE %1").arg(dbName);
    if (!templateDb.isEmpty())
        sql += QStringLiteral(" TEMPLATE %1").arg(templateDb);
    admin({sql});
    return url(dbName);
}

void PgCluster::dropDatabase(const QString& dbName)
{
    if (!plainIdentifier(dbName))
        throw std::runtime_error("not a plain database name: " + dbName.toStdString());
    admin({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(dbName)});
}

QString PgCluster::freshName() { return QStringLiteral("t_%1").arg(++m_counter); }

} // namespace ocopos::test

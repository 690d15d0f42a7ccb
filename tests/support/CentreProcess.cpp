#include "CentreProcess.h"

#include "PgCluster.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

#include <stdexcept>

namespace ocopos::test {

QString centrePath()
{
    const QString env = qEnvironmentVariable("OCOPOS_CENTRE");
    return env.isEmpty() ? QStringLiteral(OCOPOS_TEST_CENTRE) : env;
}

namespace {
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("CentreProcess: no free port on 127.0.0.1");
    return probe.serverPort();
}

QProcessEnvironment centreEnvironment(const QString& dbUrl)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OCOPOS_CENTRE_DB"), dbUrl);
    return env;
}
} // namespace

CentreProcess::CentreProcess()
{
    PgCluster& cluster = PgCluster::shared();
    m_dbUrl = cluster.createDatabase(cluster.freshName());
    m_port = freePort();
    start();
}

CentreProcess::~CentreProcess()
{
    try {
        stop();
    } catch (...) {
    }
}

bool CentreProcess::running() const { return m_server && m_server->state() != QProcess::NotRunning; }

QString CentreProcess::url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

QString CentreProcess::output() const
{
    QByteArray all = m_output;
    if (m_server)
        all += m_server->readAllStandardError();
    m_output = all;
    return QString::fromUtf8(all);
}

void CentreProcess::start()
{
    if (running())
        return;
    m_server = std::make_unique<QProcess>();
    m_server->setProcessEnvironment(centreEnvironment(m_dbUrl));
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start(centrePath(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                                   QStringLiteral("--workers"), QStringLiteral("4")});
    if (!m_server->waitForStarted(10000))
        throw std::runtime_error("CentreProcess: cannot start " + centrePath().toStdString());
    // Until it accepts a connection (the port may still be in TIME_WAIT from
    // the last run: the server binds with SO_REUSEADDR, so it is free).
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        if (m_server->state() == QProcess::NotRunning)
            throw std::runtime_error("CentreProcess: ocopos-centre exited at start: " + output().toStdString());
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(200) && output().contains(QLatin1String("listening on")))
            return;
        m_server->waitForReadyRead(100);
    }
    const std::string out = output().toStdString();
    kill();
    throw std::runtime_error("CentreProcess: ocopos-centre did not answer within 30 s: " + out);
}

void CentreProcess::stop()
{
    if (!running())
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(15000)) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    output();
}

void CentreProcess::kill()
{
    if (!running())
        return;
    m_server->kill();
    m_server->waitForFinished(5000);
    output();
}

CentreProcess::Result CentreProcess::admin(const QStringList& args) const
{
    QProcess p;
    p.setProcessEnvironment(centreEnvironment(m_dbUrl));
    p.start(centrePath(), args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
        throw std::runtime_error("CentreProcess: ocopos-centre " + args.join(QLatin1Char(' ')).toStdString()
                                 + " did not finish");
    Result r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString CentreProcess::addStore(const QString& code, const QString& name)
{
    const Result r = admin({QStringLiteral("store"), QStringLiteral("add"), code, name, QStringLiteral("--json")});
    const QString token = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("token")).toString();
    if (r.exitCode != 0 || token.isEmpty())
        throw std::runtime_error("CentreProcess: store add " + code.toStdString() + " failed (exit "
                                 + std::to_string(r.exitCode) + "): " + r.err.toStdString());
    return token;
}

void CentreProcess::revoke(const QString& code)
{
    const Result r = admin({QStringLiteral("store"), QStringLiteral("revoke"), code});
    if (r.exitCode != 0)
        throw std::runtime_error("CentreProcess: store revoke " + code.toStdString() + " failed: " + r.err.toStdString());
}

} // namespace ocopos::test

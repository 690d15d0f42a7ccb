// The throwaway PostgreSQL cluster every `pg` test stands on: it starts on a
// free loopback port, gives each test its own database, and leaves nothing
// running or on disk when it is stopped.
#include "PgCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>

#include <gtest/gtest.h>

using ocopos::test::PgCluster;

namespace {

/// Opens a QPSQL connection for a `postgresql://` URL of the cluster.
class Connection {
public:
    explicit Connection(const QString& url, const QString& name) : m_name(name)
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        m_ok = db.open();
        m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    QSqlQuery query() { return QSqlQuery(QSqlDatabase::database(m_name)); }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

bool portAnswers(int port)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(port));
    const bool up = s.waitForConnected(2000);
    s.abort();
    return up;
}

} // namespace

TEST(PgClusterTest, DatabasesPerTestAreSeparateAndTemplatesCopyTheirRows)
{
    ASSERT_EQ(PgCluster::missingReason(), QString());
    PgCluster& cluster = PgCluster::shared();
    ASSERT_GT(cluster.port(), 0);

    const QString base = cluster.freshName();
    {
        Connection c(cluster.createDatabase(base), QStringLiteral("base"));
        ASSERT_TRUE(c.ok()) << c.error().toStdString();
        QSqlQuery q = c.query();
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (1, 'Nước mắm Cái Rồng')")));
    }
    const QString copy = cluster.freshName();
    const QString other = cluster.freshName();
    Connection a(cluster.createDatabase(copy, base), QStringLiteral("copy"));
    Connection b(cluster.createDatabase(other), QStringLiteral("other"));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    ASSERT_TRUE(b.ok()) << b.error().toStdString();

    QSqlQuery qa = a.query();
    ASSERT_TRUE(qa.exec(QStringLiteral("SELECT name FROM t WHERE id = 1")));
    ASSERT_TRUE(qa.next());
    EXPECT_EQ(qa.value(0).toString(), QStringLiteral("Nước mắm Cái Rồng"));  // UTF-8 both ways

    QSqlQuery qb = b.query();
    EXPECT_FALSE(qb.exec(QStringLiteral("SELECT name FROM t")));  // a fresh database has no table t
}

TEST(PgClusterTest, ListensOnLoopbackOnlyAndStopsCompletely)
{
    int port = 0;
    {
        PgCluster own;
        port = own.port();
        EXPECT_TRUE(portAnswers(port));
        Connection c(own.url(QStringLiteral("postgres")), QStringLiteral("own"));
        ASSERT_TRUE(c.ok()) << c.error().toStdString();
        QSqlQuery q = c.query();
        ASSERT_TRUE(q.exec(QStringLiteral("SHOW listen_addresses")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("127.0.0.1"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int / 10000")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 15);
    }
    EXPECT_FALSE(portAnswers(port));  // the server is gone with the fixture
}

TEST(PgClusterTest, DroppingADatabaseEndsItsConnections)
{
    PgCluster& cluster = PgCluster::shared();
    const QString name = cluster.freshName();
    Connection c(cluster.createDatabase(name), QStringLiteral("dropped"));
    ASSERT_TRUE(c.ok());
    cluster.dropDatabase(name);
    QSqlQuery q = c.query();
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT 1")));
    EXPECT_THROW(cluster.createDatabase(QStringLiteral("bad; DROP")), std::runtime_error);
}

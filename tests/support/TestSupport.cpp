#include "TestSupport.h"

#include "PgCluster.h"

#include "services/AuthService.h"
#include "services/CatalogImportService.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <stdexcept>

namespace ocopos::test {

namespace {
// Tests (and code they call) find the sources and the CLI through the
// environment; fill it in from the build when ctest or the shell did not.
const bool g_environment = [] {
    if (qEnvironmentVariableIsEmpty("OCOPOS_SOURCE_DIR"))
        qputenv("OCOPOS_SOURCE_DIR", OCOPOS_TEST_SOURCE_DIR);
    if (qEnvironmentVariableIsEmpty("OCOPOS_CLI"))
        qputenv("OCOPOS_CLI", OCOPOS_TEST_CLI);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();
} // namespace

bool testingOnPostgres()
{
    static const bool pg = qEnvironmentVariable("OCOPOS_TEST_BACKEND") == QLatin1String("postgres");
    return pg;
}

namespace {
/// A new, empty database on this binary's cluster; with `migrated`, a copy of a
/// template migrated once per binary (CREATE DATABASE ... TEMPLATE is much
/// faster than running the migrations again).
QString newPgDatabase(bool migrated)
{
    PgCluster& cluster = PgCluster::shared();
    static const QString templateName = [&] {
        const QString name = QStringLiteral("store_template");
        const QString url = cluster.createDatabase(name);
        { db::Database migrate(url); }
        return name;
    }();
    return cluster.createDatabase(cluster.freshName(), migrated ? templateName : QString());
}
} // namespace

QString TempStore::freshLocation(const QString& name)
{
    return testingOnPostgres() ? newPgDatabase(false) : m_dir.filePath(name);
}

TempStore::TempStore(const QString& now)
    : m_clock(core::parseIsoTime(now, "now"))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot make a temporary folder");
    m_location = testingOnPostgres() ? newPgDatabase(true) : m_dir.filePath(QStringLiteral("store.db"));
    m_db = std::make_unique<db::Database>(path());
    // Like the demo, a test store keeps the documented admin PIN 000000.
    services::AuthService(ctx()).ensureAdmin(services::InitialAdmin::Training);
}

TempStore::~TempStore() = default;

services::Session TempStore::admin()
{
    services::Session s;
    db::Query q(*m_db, QStringLiteral("SELECT id FROM users WHERE username = 'admin'"));
    s.userId = q.scalar()->toLongLong();
    s.username = QStringLiteral("admin");
    s.displayName = QStringLiteral("admin");
    s.role = core::Role::Admin;
    return s;
}

services::Session TempStore::addUser(const QString& name, core::Role role, const QString& producerCode, const QString& pin)
{
    services::AuthService auth(ctx());
    auth.addUser(admin(), services::NewUser{name, name, role, producerCode, pin});
    return auth.login(name, pin);
}

void TempStore::importProducers(const QByteArray& csv)
{
    services::CatalogImportService(ctx()).importProducers(admin(), csv);
}

void TempStore::importProducts(const QByteArray& csv)
{
    services::CatalogImportService(ctx()).importProducts(admin(), csv);
}

void TempStore::loadSmallCatalog()
{
    importProducers(
        "code,kind,name,parent_code,bank_bin,bank_account,commission_pct\n"
        "HTX-A,cooperative,HTX Nước mắm Cái Rồng,,970436,0141000765432,20\n"
        "HO-A1,household,Hộ Nguyễn Văn Hải,HTX-A,,,\n"
        "HO-A2,household,Hộ Trần Thị Lan,HTX-A,,,\n"
        "HTX-B,cooperative,HTX Trà hoa vàng Ba Chẽ,,,,\n"
        "HO-B1,household,Hộ Triệu Thị Mai,HTX-B,,,\n"
        "DN-C,enterprise,Công ty Nước khoáng Quang Hanh,,,,10\n");
    importProducts(
        "sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes,category,commission_pct,reorder_point,plu,ocop_stars\n"
        "NM-500,Nước mắm Cái Rồng,chai 500ml,unit,120000,8,HTX-A,consignment,8938505974194,Thực phẩm,,5,,4\n"
        "CM-KG,Chả mực Hạ Long,kg,weight,450000,8,HTX-A,consignment,,Thực phẩm,25,2,10001,5\n"
        "TRA-50,Trà hoa vàng Ba Chẽ,hộp 50g,unit,650000,8,HTX-B,consignment,8936045000014,Dược liệu,,,,5\n"
        "RUOU-500,Rượu ba kích,chai 500ml,unit,350000,10,HTX-B,consignment,8936289000016,Đồ uống,,,,4\n"
        "NK-500,Nước khoáng Quang Hanh,chai 500ml,unit,8000,8,DN-C,purchased,8936167000015,Đồ uống,,24,,4\n"
        "GA-KG,Gà Tiên Yên,kg,weight,220000,KCT,HTX-B,consignment,,Thực phẩm,,,10003,3\n");
}

CliResult runCli(const QStringList& args, const QProcessEnvironment& extra, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OCOPOS_USER"));
    env.remove(QStringLiteral("OCOPOS_PIN"));
    env.remove(QStringLiteral("OCOPOS_NOW"));
    env.remove(QStringLiteral("OCOPOS_DB"));
    for (const auto& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForStarted(10000))
        throw std::runtime_error("cannot start ocopos-cli at " + cliPath().toStdString());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        throw std::runtime_error("ocopos-cli did not finish");
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString testData(const QString& name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/") + name);
}

namespace {
QString fromEnv(const char* name, const char* builtIn)
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? QString::fromUtf8(builtIn) : v;
}
} // namespace

QString cliPath() { return fromEnv("OCOPOS_CLI", OCOPOS_TEST_CLI); }
QString saleWorkerPath() { return fromEnv("OCOPOS_SALE_WORKER", OCOPOS_TEST_SALE_WORKER); }
QString sourceDir() { return fromEnv("OCOPOS_SOURCE_DIR", OCOPOS_TEST_SOURCE_DIR); }

QByteArray readTestData(const QString& name)
{
    QFile f(testData(name));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read test data " + f.fileName().toStdString());
    return f.readAll();
}

bool hasProblem(const std::vector<Problem>& problems, int line, const std::string& field, const std::string& part)
{
    for (const auto& p : problems)
        if (p.line == line && p.field == field && p.why.find(part) != std::string::npos)
            return true;
    return false;
}

std::string describeAll(const std::vector<Problem>& problems)
{
    std::string out;
    for (const auto& p : problems)
        out += p.describe() + "\n";
    return out.empty() ? std::string("(no problems)") : out;
}

qint64 countRows(db::Database& db, const QString& table)
{
    db::Query q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.scalar()->toLongLong();
}

std::vector<std::string> databaseBackends()
{
    return {testingOnPostgres() ? "postgres" : "sqlite"};
}

} // namespace ocopos::test

// The portal in a real browser (CTest label `web`): the fixture's store history
// synced to the real centre, then tests/web/portal_browser.py drives Debian's
// headless chromium through it. Skipped only when chromium, chromedriver or
// python3-selenium is missing and $CI is not "true"; under CI it must run.
// $OCOPOS_PORTAL_SCREENSHOTS=DIR also saves every page at 360 and 1280 px.
#include "PortalFixture.h"

#include <QFileInfo>

namespace ocopos::test {
namespace {

bool browserTooling(QString* missing)
{
    for (const char* f : { "/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/python3" })
        if (!QFileInfo::exists(QString::fromLatin1(f))) {
            *missing = QString::fromLatin1(f);
            return false;
        }
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QStringLiteral("import selenium") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *missing = QStringLiteral("python3-selenium");
        return false;
    }
    return true;
}

using PortalBrowserTest = PortalFixture;

TEST_F(PortalBrowserTest, LogInDashboardStatementForeignUrlLogOut)
{
    QString missing;
    if (!browserTooling(&missing)) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            FAIL() << missing.toStdString() << " is missing and CI=true: scripts/install-deps installs it";
        GTEST_SKIP() << missing.toStdString() << " is not installed (scripts/install-deps)";
    }
    // What the centre's report says of cooperative A for November.
    const auto r = centre.admin({ QStringLiteral("report"), QStringLiteral("producers"), QStringLiteral("--from"),
        QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--json") });
    qint64 net = 0, payout = 0;
    for (const auto& v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("rows")].toArray()) {
        const QString key = v.toObject()[QStringLiteral("key")].toString();
        if (key == keyA || key.startsWith(keyA + QLatin1Char('/'))) {
            net += v.toObject()[QStringLiteral("net")].toInteger();
            payout += v.toObject()[QStringLiteral("payout")].toInteger();
        }
    }
    db::Query sale(store.db(), QStringLiteral("SELECT id FROM sales WHERE receipt_no = :r"));
    sale.bind(QStringLiteral(":r"), s4.receiptNo).exec();
    ASSERT_TRUE(sale.next());
    const qint64 s4Id = sale.value(0).toLongLong();
    sale.bind(QStringLiteral(":r"), s5.receiptNo).exec();
    ASSERT_TRUE(sale.next());
    const qint64 s5Id = sale.value(0).toLongLong();

    QStringList args { sourceDir() + QStringLiteral("/tests/web/portal_browser.py"), QStringLiteral("--url"),
        centre.url(), QStringLiteral("--login"), QStringLiteral("htxa"), QStringLiteral("--password"),
        QStringLiteral("mat-khau-thu-nghiem"), QStringLiteral("--month"), QStringLiteral("2026-11"),
        QStringLiteral("--expect-net"), QString::number(net), QStringLiteral("--expect-payout"),
        QString::number(payout), QStringLiteral("--statement-path"),
        QStringLiteral("/portal/statement.pdf?store=QN-01&id=%1").arg(statementA.settlementId),
        QStringLiteral("--statement-text"), statementA.producer.name, QStringLiteral("--foreign-path"),
        QStringLiteral("/portal/statement.pdf?store=QN-01&id=%1").arg(statementB.settlementId),
        QStringLiteral("--foreign-path"), QStringLiteral("/portal/verify?store=QN-01&sale=%1&line=1").arg(s4Id),
        QStringLiteral("--verify-path"), QStringLiteral("/portal/verify?store=QN-01&sale=%1&line=1").arg(s5Id),
        QStringLiteral("--admin-login"), QStringLiteral("tinh"), QStringLiteral("--store-login"),
        QStringLiteral("qn01") };
    const QString shots = qEnvironmentVariable("OCOPOS_PORTAL_SCREENSHOTS");
    if (!shots.isEmpty())
        args << QStringLiteral("--screenshots") << shots;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/bin/python3"), args);
    ASSERT_TRUE(p.waitForStarted(30000));
    const bool finished = p.waitForFinished(280000);
    const QByteArray out = p.readAll();
    if (!finished)
        p.kill();
    ASSERT_TRUE(finished) << out.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << out.toStdString();
}

} // namespace
} // namespace ocopos::test

// The cooperatives' portal (docs/PORTAL.md) against the real ocopos-centre over
// real HTTP: a store's history (ReportFixture, made through the sale engine)
// and its finalized statements arrive by a real sync; then each role logs in
// and every route is tried with another cooperative's ids.
#include "PortalFixture.h"

#include "db/centre/PortalRepository.h"

#include <QFile>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ocopos::test {
namespace {

using PortalTest = PortalFixture;

TEST_F(PortalTest, SessionCookieIsHttpOnlySecureStrict)
{
    Browser b(centre.url());
    const WebReply r = b.login(QStringLiteral("htxa"), QStringLiteral("mat-khau-thu-nghiem"));
    ASSERT_EQ(r.status, 303);
    const QByteArray cookie = r.header("Set-Cookie");
    EXPECT_TRUE(cookie.contains("ocopos_session=")) << cookie.toStdString();
    EXPECT_TRUE(cookie.contains("HttpOnly"));
    EXPECT_TRUE(cookie.contains("Secure"));
    EXPECT_TRUE(cookie.contains("SameSite=Strict"));
    EXPECT_EQ(b.get(QStringLiteral("/portal/dashboard?month=2026-11")).status, 200);
}

TEST_F(PortalTest, DashboardEqualsTheCentresReport)
{
    Browser b = loggedIn(QStringLiteral("htxa"));
    const WebReply page = b.get(QStringLiteral("/portal/dashboard?month=2026-11"));
    ASSERT_EQ(page.status, 200);
    const auto r = centre.admin({ QStringLiteral("report"), QStringLiteral("producers"), QStringLiteral("--from"),
        QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--json") });
    qint64 net = 0, commission = 0, payout = 0;
    for (const auto& v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("rows")].toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o[QStringLiteral("key")].toString();
        if (key == keyA || key.startsWith(keyA + QLatin1Char('/'))) {
            net += o[QStringLiteral("net")].toInteger();
            commission += o[QStringLiteral("commission")].toInteger();
            payout += o[QStringLiteral("payout")].toInteger();
        }
    }
    ASSERT_GT(net, 0);
    const QString html = page.text();
    EXPECT_TRUE(html.contains(QStringLiteral("data-net=\"%1\"").arg(net))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("data-commission=\"%1\"").arg(commission)));
    EXPECT_TRUE(html.contains(QStringLiteral("data-payout=\"%1\"").arg(payout)));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"report-check\">Số liệu khớp")));
    EXPECT_TRUE(html.contains(QStringLiteral("<svg")));
    // The store's own statement for the month says the same.
    EXPECT_EQ(payout, statementA.total.payout.dong());
}

// The dashboard's tables by product and by member household read the day sums
// each batch keeps (centre_sku_days, centre_household_days). They must equal a
// recount from the sale, lot and return lines the centre holds — the recount
// being migration 0003's backfill of a centre that held sales before it — also
// when a void and a return arrive in later batches than their sale.
TEST_F(PortalTest, ProductAndHouseholdDaySumsEqualTheLines)
{
    services::SyncService sync(store.ctx());
    at("2026-12-03T08:00:00+07:00");
    openShift(thu);
    at("2026-12-03T09:00:00+07:00");
    const auto d1 = sell(thu, {saleLine(QStringLiteral("NM-500"), QStringLiteral("2")),
                               saleLine(QStringLiteral("CM-KG"), QStringLiteral("0.500"))}, {cash(1000000)});
    const auto d2 = sell(thu, {saleLine(QStringLiteral("GA-KG"), QStringLiteral("1"))}, {cash(1000000)});
    sync.run(50);
    at("2026-12-03T10:00:00+07:00");
    services::SaleService(store.ctx()).voidSale(manager, d1.receiptNo);
    sync.run(50);
    at("2026-12-04T11:00:00+07:00");
    giveBack(d2.receiptNo, QStringLiteral("GA-KG"), QStringLiteral("0.400"));
    sync.run(50);
    ASSERT_EQ(sync.status().waiting, 0);

    db::Database::Options centreSchema;
    centreSchema.schema = db::Schema::Centre;
    db::Database cdb(centre.databaseUrl(), centreSchema);
    const auto rows = [&cdb](const QString& sql) {
        std::vector<QStringList> out;
        db::Query q(cdb, sql);
        q.exec();
        while (q.next()) {
            QStringList r;
            for (int i = 0; i < q.columnCount(); ++i)
                r << q.value(i).toString();
            out.push_back(r);
        }
        return out;
    };
    // A voided sale leaves its day's row at zero: every figure, not just the count.
    const QString sku = QStringLiteral(
        "SELECT store_id, owner, sku, day, lines, qty, gross_vnd, net_vnd, commission_vnd, payout_vnd, return_lines, "
        "return_qty, returns_vnd, return_comm_vnd, return_payout_vnd FROM centre_sku_days %1 ORDER BY 1, 2, 3, 4");
    const QString household = QStringLiteral(
        "SELECT store_id, owner, producer, day, lots, qty, amount_vnd FROM centre_household_days %1 ORDER BY 1, 2, 3, 4");
    EXPECT_TRUE(rows(sku.arg(QStringLiteral("WHERE lines = 0 AND return_lines = 0 AND (qty <> 0 OR gross_vnd <> 0 OR "
                                            "net_vnd <> 0 OR commission_vnd <> 0 OR payout_vnd <> 0)"))).empty());
    EXPECT_TRUE(rows(household.arg(QStringLiteral("WHERE lots = 0 AND (qty <> 0 OR amount_vnd <> 0)"))).empty());
    const auto keptSku = rows(sku.arg(QStringLiteral("WHERE lines <> 0 OR return_lines <> 0")));
    const auto keptHousehold = rows(household.arg(QStringLiteral("WHERE lots <> 0")));
    ASSERT_GE(keptSku.size(), 6u);

    QFile migration(QStringLiteral(":/ocopos-centre/migrations/0003_portal_sums.sql"));
    ASSERT_TRUE(migration.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(migration.readAll());
    const qsizetype backfill = text.indexOf(QStringLiteral("-- A centre that already holds sales"));
    ASSERT_GT(backfill, 0);
    cdb.execute(QStringLiteral("DELETE FROM centre_sku_days"));
    cdb.execute(QStringLiteral("DELETE FROM centre_household_days"));
    for (const QString& statement : text.mid(backfill).split(QLatin1Char(';')))
        if (statement.contains(QStringLiteral("INSERT")))
            cdb.execute(statement);
    EXPECT_EQ(rows(sku.arg(QString())), keptSku);
    EXPECT_EQ(rows(household.arg(QString())), keptHousehold);

    // December as the portal shows it: HTX-A's sale was voided, so nothing;
    // HTX-B sold 1 kg of GA-KG and took 0.4 kg back.
    db::PortalRepository portal(cdb);
    const QString from = QStringLiteral("2026-12-01"), to = QStringLiteral("2026-12-31");
    EXPECT_TRUE(portal.sumsByProduct({keyA, std::nullopt}, from, to).empty());
    EXPECT_TRUE(portal.sumsByHousehold({keyA, std::nullopt}, from, to).empty());
    const auto b = portal.sumsByProduct({keyB, std::nullopt}, from, to);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].group, QStringLiteral("GA-KG"));
    EXPECT_EQ(b[0].lines, 1);
    EXPECT_EQ(b[0].qty, 600);
    EXPECT_EQ(b[0].gross, d2.gross.dong());
    EXPECT_GT(b[0].returns, 0);
    EXPECT_EQ(b[0].net, d2.gross.dong() - b[0].returns);
    const auto bh = portal.sumsByHousehold({keyB, std::nullopt}, from, to);
    ASSERT_EQ(bh.size(), 1u);
    EXPECT_EQ(bh[0].qty, 1000);
    EXPECT_EQ(bh[0].lines, 1);

    // The lines page's pager counts from the same sums (without a household or
    // lot filter): it must be the number of lines the page lists, voids left out.
    for (const QString& key : {keyA, keyB}) {
        db::PortalLineFilter all;
        all.from = QStringLiteral("2026-11-01");
        all.to = QStringLiteral("2026-12-31");
        all.limit = 1000;
        for (const QString& bySku : {QString(), QStringLiteral("GA-KG"), QStringLiteral("NM-500")})
            for (const QString& byStore : {QString(), QStringLiteral("QN-01"), QStringLiteral("QN-99")}) {
                all.sku = bySku;
                all.store = byStore;
                const auto page = portal.lines({key, std::nullopt}, all);
                EXPECT_EQ(page.total, static_cast<qint64>(page.lines.size()))
                    << bySku.toStdString() << " " << byStore.toStdString();
            }
        all.sku.clear();
        all.store.clear();
        const qint64 total = portal.lines({key, std::nullopt}, all).total;
        EXPECT_GT(total, 0);
        all.offset = static_cast<int>(total);  // past the last line: no line, the same count
        const auto beyond = portal.lines({key, std::nullopt}, all);
        EXPECT_TRUE(beyond.lines.empty());
        EXPECT_EQ(beyond.total, total);
    }
}

TEST_F(PortalTest, MarkupFromAStoreIsShownAsText)
{
    Browser b = loggedIn(QStringLiteral("htxa"));
    const QString dashboard = b.get(QStringLiteral("/portal/dashboard?month=2026-11")).text();
    EXPECT_TRUE(dashboard.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"))) << dashboard.toStdString();
    EXPECT_FALSE(dashboard.contains(QStringLiteral("<script>")));
    const QString lines = b.get(QStringLiteral("/portal/lines?from=2026-11-01&to=2026-11-30&sku=%3Cscript%3E")).text();
    EXPECT_TRUE(lines.contains(QStringLiteral("value=\"&lt;script&gt;\"")));
    EXPECT_FALSE(lines.contains(QStringLiteral("<script>")));
}

TEST_F(PortalTest, EveryRouteRefusesAnotherCooperativesData)
{
    Browser a = loggedIn(QStringLiteral("htxa"));
    // B's statement, B's line (S4: GA-KG of HTX-B), B's household and lot filters.
    const QString bStatement = QStringLiteral("/portal/statement.pdf?store=QN-01&id=%1").arg(statementB.settlementId);
    const QString aStatement = QStringLiteral("/portal/statement.pdf?store=QN-01&id=%1").arg(statementA.settlementId);
    EXPECT_EQ(a.get(bStatement).status, 404);
    EXPECT_EQ(a.get(aStatement).status, 200);
    db::Query sale(store.db(), QStringLiteral("SELECT id FROM sales WHERE receipt_no = :r"));
    sale.bind(QStringLiteral(":r"), s4.receiptNo).exec();
    ASSERT_TRUE(sale.next());
    const qint64 s4Id = sale.value(0).toLongLong();
    sale.bind(QStringLiteral(":r"), s5.receiptNo).exec();
    ASSERT_TRUE(sale.next());
    const qint64 s5Id = sale.value(0).toLongLong();
    EXPECT_EQ(a.get(QStringLiteral("/portal/verify?store=QN-01&sale=%1&line=1").arg(s4Id)).status, 404);
    EXPECT_EQ(a.get(QStringLiteral("/portal/verify?store=QN-01&sale=%1&line=1").arg(s5Id)).status, 200);
    db::Query lot(store.db(), QStringLiteral("SELECT id FROM lots WHERE lot_code = 'G1'"));
    lot.exec();
    ASSERT_TRUE(lot.next());
    const QString range = QStringLiteral("/portal/lines?from=2026-11-01&to=2026-11-30");
    EXPECT_TRUE(a.get(range + QStringLiteral("&lot=%1").arg(lot.value(0).toLongLong()))
                    .text()
                    .contains(QStringLiteral("<span id=\"line-count\">0</span>")));
    EXPECT_TRUE(a.get(range + QStringLiteral("&household=") + QString::fromLatin1(QUrl::toPercentEncoding(keyB)))
                    .text()
                    .contains(QStringLiteral("<span id=\"line-count\">0</span>")));
    const QString csv = a.get(QStringLiteral("/portal/lines.csv?from=2026-11-01&to=2026-11-30")).text();
    EXPECT_FALSE(csv.contains(QStringLiteral("GA-KG")));
    EXPECT_TRUE(csv.contains(QStringLiteral("NM-500")));
    const QString statements = a.get(QStringLiteral("/portal/statements")).text();
    EXPECT_TRUE(statements.contains(QStringLiteral("id=%1\"").arg(statementA.settlementId)));
    EXPECT_FALSE(statements.contains(QStringLiteral("id=%1\"").arg(statementB.settlementId)));
    // Drafts of the running period: A's own owner code, not B's.
    const WebReply draft = a.get(QStringLiteral("/portal/draft.pdf?store=QN-01&owner=HTX-A"));
    EXPECT_EQ(draft.status, 200);
    EXPECT_TRUE(draft.body.startsWith("%PDF"));
    EXPECT_EQ(a.get(QStringLiteral("/portal/draft.pdf?store=QN-01&owner=HTX-B")).status, 404);
    EXPECT_EQ(a.get(QStringLiteral("/portal/draft.pdf?store=QN-02&owner=HTX-A")).status, 404);
    EXPECT_EQ(a.get(QStringLiteral("/portal/admin")).status, 403);
    EXPECT_EQ(a.get(QStringLiteral("/portal/store")).status, 403);
    EXPECT_EQ(a.get(QStringLiteral("/portal/nothing-here")).status, 404);

    // And the other way round.
    Browser b = loggedIn(QStringLiteral("htxb"));
    EXPECT_EQ(b.get(aStatement).status, 404);
    EXPECT_EQ(b.get(bStatement).status, 200);
    EXPECT_EQ(b.get(QStringLiteral("/portal/verify?store=QN-01&sale=%1&line=1").arg(s5Id)).status, 404);
    EXPECT_EQ(b.get(QStringLiteral("/portal/verify?store=QN-01&sale=%1&line=1").arg(s4Id)).status, 200);

    // Without a session nothing but the login page.
    Browser anon(centre.url());
    EXPECT_EQ(anon.get(aStatement).status, 303);
    EXPECT_EQ(anon.get(QStringLiteral("/portal/lines.csv")).status, 303);
    EXPECT_EQ(anon.get(QStringLiteral("/portal/admin")).status, 303);

    // The province sees every store; the store's manager only its own.
    Browser p = loggedIn(QStringLiteral("tinh"));
    EXPECT_EQ(p.get(QStringLiteral("/portal/admin")).status, 200);
    const QString all = p.get(QStringLiteral("/portal/lines.csv?from=2026-11-01&to=2026-11-30")).text();
    EXPECT_TRUE(all.contains(QStringLiteral("GA-KG")) && all.contains(QStringLiteral("NM-500"))) << all.toStdString();
    Browser m = loggedIn(QStringLiteral("qn01"));
    EXPECT_EQ(m.get(QStringLiteral("/portal/store")).status, 200);
    EXPECT_EQ(m.get(QStringLiteral("/portal/admin")).status, 403);
    EXPECT_TRUE(m.get(QStringLiteral("/portal/lines.csv?from=2026-11-01&to=2026-11-30"))
                    .text()
                    .contains(QStringLiteral("GA-KG")));
}

TEST_F(PortalTest, StatementPdfIsTheStoresStatement)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    Browser a = loggedIn(QStringLiteral("htxa"));
    const WebReply r = a.get(QStringLiteral("/portal/statement.pdf?store=QN-01&id=%1").arg(statementA.settlementId));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.header("Content-Type"), "application/pdf");
    ASSERT_TRUE(r.body.startsWith("%PDF"));
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("s.pdf")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(r.body);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), f.fileName(), QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(statementA.producer.name)) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromStdString(core::formatGrouped(statementA.total.payout.dong()))));
}

TEST_F(PortalTest, PostsWithoutTheCsrfTokenAreRefused)
{
    Browser a = loggedIn(QStringLiteral("htxa"));
    EXPECT_EQ(a.post(QStringLiteral("/portal/logout"), QUrlQuery()).status, 403);
    QUrlQuery wrong;
    wrong.addQueryItem(QStringLiteral("csrf"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    EXPECT_EQ(a.post(QStringLiteral("/portal/logout"), wrong).status, 403);
    EXPECT_EQ(a.get(QStringLiteral("/portal/dashboard")).status, 200); // still signed in

    // A login form posted without the cookie its token came with (another site's form).
    Browser other(centre.url());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("csrf"), QStringLiteral("x"));
    form.addQueryItem(QStringLiteral("login"), QStringLiteral("htxa"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("mat-khau-thu-nghiem"));
    EXPECT_EQ(other.post(QStringLiteral("/portal/login"), form).status, 403);
    EXPECT_EQ(other.cookies.count("ocopos_session"), 0u);
}

TEST_F(PortalTest, LogoutEndsTheSessionOnTheServer)
{
    Browser a = loggedIn(QStringLiteral("htxa"));
    const auto saved = a.cookies;
    const WebReply page = a.get(QStringLiteral("/portal/dashboard"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("csrf"), Browser::hidden(page.text(), QStringLiteral("csrf")));
    EXPECT_EQ(a.post(QStringLiteral("/portal/logout"), form).status, 303);
    EXPECT_EQ(a.cookies.count("ocopos_session"), 0u);
    // The old cookie, replayed, no longer opens anything.
    Browser replay(centre.url());
    replay.cookies = saved;
    EXPECT_EQ(replay.get(QStringLiteral("/portal/dashboard")).status, 303);
}

TEST_F(PortalTest, RepeatedWrongPasswordsLockTheUser)
{
    Browser b(centre.url());
    for (int i = 1; i < 5; ++i)
        EXPECT_EQ(b.login(QStringLiteral("htxa"), QStringLiteral("sai-mat-khau")).status, 401) << i;
    EXPECT_EQ(b.login(QStringLiteral("htxa"), QStringLiteral("sai-mat-khau")).status, 423);
    // Now even the right password is refused until the lock ends.
    EXPECT_EQ(b.login(QStringLiteral("htxa"), QStringLiteral("mat-khau-thu-nghiem")).status, 423);
    EXPECT_EQ(b.cookies.count("ocopos_session"), 0u);
    // Another user is not affected.
    EXPECT_EQ(b.login(QStringLiteral("htxb"), QStringLiteral("mat-khau-thu-nghiem")).status, 303);
}

TEST_F(PortalTest, LoginsAreRateLimited)
{
    Browser b(centre.url());
    // Unknown names never lock, but the limit per name stops guessing them.
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(b.login(QStringLiteral("khong-co"), QStringLiteral("x")).status, 401) << i;
    const WebReply r = b.login(QStringLiteral("khong-co"), QStringLiteral("x"));
    EXPECT_EQ(r.status, 429);
    EXPECT_FALSE(r.header("Retry-After").isEmpty());
}

TEST_F(PortalTest, CsvIsUtf8WithBom)
{
    Browser a = loggedIn(QStringLiteral("htxa"));
    const WebReply r = a.get(QStringLiteral("/portal/lines.csv?from=2026-11-01&to=2026-11-30"));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.startsWith("\xEF\xBB\xBF"
                                  "ngay,so_hoa_don"));
    EXPECT_TRUE(r.header("Content-Disposition").startsWith("attachment"));
    const QString page = a.get(QStringLiteral("/portal/lines?from=2026-11-01&to=2026-11-30")).text();
    const QRegularExpression count(QStringLiteral("<span id=\"line-count\">(\\d+)</span>"));
    const qsizetype rows = r.text().count(QStringLiteral("\r\n")) - 1;
    EXPECT_EQ(QString::number(rows), count.match(page).captured(1));
    EXPECT_GT(rows, 0);
}

} // namespace
} // namespace ocopos::test

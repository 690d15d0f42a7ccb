// Issue 14 end to end: three stores sell (sales, returns, voids) while the real
// ocopos-centre is stopped, crashes and restarts, and while the network cuts
// batches mid-way; at the end every store's totals by producer equal the
// centre's to the đồng, nothing doubled or missing, every chain verified.
// Also: a tampered store journal and a revoked token, seen from the store.
// Real PostgreSQL (the test cluster), real HTTP (ocopos-centre), a real TCP
// proxy that cuts connections — all on 127.0.0.1.
#include "CentreProcess.h"
#include "FlakyProxy.h"
#include "TestSupport.h"

#include "centre/ProducerKey.h"
#include "core/Clock.h"
#include "core/ErrorCodes.h"
#include "core/Errors.h"
#include "core/Quantity.h"
#include "db/Database.h"
#include "db/JournalRepository.h"
#include "services/AuthService.h"
#include "services/DemoData.h"
#include "services/ReportService.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"
#include "services/SyncService.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <random>

using namespace ocopos;
using namespace ocopos::services;

namespace {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "test_centre_sync";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

QJsonObject json(const QByteArray& bytes)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError) << bytes.toStdString();
    return d.object();
}

/// One store: its own SQLite database with the demo history, selling in-process
/// through the same services as the till, sending through SyncService (what the
/// app's sender and `ocopos-cli sync` run).
class Store {
public:
    Store(const QString& dir, const QString& code, unsigned seed)
        : m_code(code), m_clock(core::parseIsoTime(QStringLiteral("2026-11-28T09:00:00+07:00"), "now")), m_rng(seed)
    {
        m_path = dir + QLatin1Char('/') + code + QStringLiteral(".db");
        m_db = std::make_unique<db::Database>(m_path);
        loadDemoData(ctx());
        const auto session = [&](const char* role) {
            db::Query q(*m_db, QStringLiteral("SELECT id, username FROM users WHERE role = :r AND active = 1 ORDER BY id LIMIT 1"));
            q.bind(QStringLiteral(":r"), QString::fromLatin1(role)).exec();
            EXPECT_TRUE(q.next()) << role;
            Session s;
            s.userId = q.value(0).toLongLong();
            s.username = s.displayName = q.value(1).toString();
            s.role = *core::roleFromCode(role);
            return s;
        };
        m_cashier = session("cashier");
        m_manager = session("manager");
        m_admin = session("admin");
        for (const auto& row : ReportService(ctx()).stock(m_manager).rows)
            if (row.onHand.thousandths() >= 40000)
                m_skus.push_back(row.sku);
        EXPECT_GE(m_skus.size(), 5u) << code.toStdString();
        m_clock.set(core::parseIsoTime(QStringLiteral("2026-12-01T08:00:00+07:00"), "now"));
    }

    Context ctx() { return Context{*m_db, m_clock, nullptr, PinHashCost::minimum()}; }
    const QString& code() const { return m_code; }
    const QString& path() const { return m_path; }
    db::Database& db() { return *m_db; }

    /// Points the store at a centre (keeping its token when `token` is empty).
    void connect(const QString& url, const QString& token)
    {
        SettingsService settings(ctx());
        settings.set(m_admin, QStringLiteral("centre_url"), url);
        settings.set(m_admin, QStringLiteral("centre_store"), m_code);
        if (!token.isEmpty())
            settings.set(m_admin, QStringLiteral("centre_token"), token);
    }

    /// `n` sales of 1–3 lines; every 6th is voided at once, every 4th gets one
    /// unit back. Ten minutes apart, in one shift.
    void sell(int n)
    {
        try {
            ShiftService(ctx()).open(m_cashier, core::Money(0));
        } catch (const Conflict&) {
            // the shift of an earlier round is still open
        }
        std::uniform_int_distribution<std::size_t> pick(0, m_skus.size() - 1);
        std::uniform_int_distribution<int> lines(1, 3);
        for (int i = 0; i < n; ++i) {
            m_clock.advanceSecs(600);
            SaleRequest r;
            const int count = lines(m_rng);
            for (int l = 0; l < count; ++l) {
                SaleLineRequest line;
                line.code = m_skus[pick(m_rng)];
                line.qty = core::parseQuantity("1", "qty");
                r.lines.push_back(line);
            }
            r.payments.push_back(core::Payment{core::PaymentMethod::Cash, core::Money(20000000), QString()});
            const SaleResult s = SaleService(ctx()).commit(m_cashier, r);
            ++m_sales;
            if (m_sales % 6 == 0)
                SaleService(ctx()).voidSale(m_manager, s.receiptNo);
            else if (m_sales % 4 == 0)
                ReturnService(ctx()).returnItems(m_manager, s.receiptNo,
                                                 {{s.lines.front().sku, core::parseQuantity("1", "qty")}}, false);
        }
    }

    /// Sends; on failure returns the error's code (the failure is recorded).
    std::string sync()
    {
        try {
            SyncService(ctx()).run(50);
            return {};
        } catch (const Error& e) {
            return e.code();
        }
    }
    SyncStatus status() { return SyncService(ctx()).status(); }

    QString lastHash() { return db::JournalRepository(*m_db).lastHash().value_or(QString()); }

    /// The store's own report by owner over everything, keyed by the province key.
    std::map<QString, SalesFigures> byProducerKey()
    {
        const SalesReport r = ReportService(ctx()).sales(m_manager, QDate(2026, 1, 1), QDate(2026, 12, 31),
                                                         SalesGrouping::Owner);
        std::map<QString, SalesFigures> out;
        for (const auto& row : r.rows)
            out[keyOf(row.key)] = row.figures;
        return out;
    }

private:
    QString keyOf(const QString& code)
    {
        const centre::ProducerLookup lookup = [this](const QString& c) -> std::optional<centre::ProducerFacts> {
            db::Query q(*m_db, QStringLiteral("SELECT p.code, p.kind, parent.code, p.tax_code FROM producers p LEFT JOIN "
                                              "producers parent ON parent.id = p.parent_id WHERE p.code = :c"));
            q.bind(QStringLiteral(":c"), c).exec();
            if (!q.next())
                return std::nullopt;
            return centre::ProducerFacts{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString()};
        };
        return centre::producerKey(m_code, *lookup(code), lookup);
    }

    QString m_code;
    QString m_path;
    core::FixedClock m_clock;
    std::unique_ptr<db::Database> m_db;
    Session m_cashier, m_manager, m_admin;
    std::vector<QString> m_skus;
    std::mt19937 m_rng;
    int m_sales = 0;
};

class SyncEndToEnd : public ::testing::Test {
protected:
    void SetUp() override
    {
        ensureApplication();
        ASSERT_TRUE(m_dir.isValid());
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SyncEndToEnd, ThreeStoresOfflineRestartsAndCutBatchesEndEqualToTheDong)
{
    test::CentreProcess centre;
    test::FlakyProxy proxy(centre.port());
    const QString via = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    std::vector<std::unique_ptr<Store>> stores;
    for (const char* code : {"QN-HALONG-01", "QN-UONGBI-02", "QN-MONGCAI-03"}) {
        stores.push_back(std::make_unique<Store>(m_dir.path(), QString::fromLatin1(code), static_cast<unsigned>(stores.size() + 7)));
        stores.back()->connect(via, centre.addStore(QString::fromLatin1(code), QStringLiteral("Cửa hàng OCOP ") + code));
    }

    // 1. The centre is down: selling goes on, nothing is lost, failures back off.
    centre.stop();
    for (auto& s : stores) {
        s->sell(25);
        EXPECT_EQ(s->sync(), std::string(codes::syncUnreachable.id()));
        const SyncStatus st = s->status();
        EXPECT_EQ(st.failures, 1);
        EXPECT_GT(st.waiting, 600);  // the demo month and today's sales
        EXPECT_EQ(st.sentThrough, 0);
    }

    // 2. Back up; the network cuts the next two connections mid-request (Qt may
    // resend a request whose connection closed early: count tries, not calls).
    centre.start();
    proxy.cutRequests(2, 4000);
    int failed = 0;
    while (stores[0]->sync() == std::string(codes::syncUnreachable.id()) && failed < 5) {
        ++failed;
        EXPECT_EQ(stores[0]->status().sentThrough, 0);  // nothing half-taken
    }
    EXPECT_GE(failed, 1);
    EXPECT_EQ(proxy.cuts(), 2);
    EXPECT_EQ(stores[0]->status().waiting, 0);

    // 3. Store 2's first batch is stored but its answer is lost on the way back:
    // it comes again and is stored once (counted as duplicates).
    proxy.dropAnswers(1);
    qint64 duplicates = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        try {
            const SyncRun run = SyncService(stores[1]->ctx()).run(50);
            duplicates += run.duplicates;
            break;
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), codes::syncUnreachable.id());
            EXPECT_EQ(stores[1]->status().sentThrough, 0);
        }
    }
    EXPECT_EQ(duplicates, 50);  // exactly the batch whose answer was lost
    EXPECT_EQ(stores[1]->status().waiting, 0);

    // 4. More sales everywhere; the centre crashes (SIGKILL) and restarts, then is
    // stopped and started again, with sends in between.
    for (auto& s : stores)
        s->sell(15);
    centre.kill();
    EXPECT_EQ(stores[2]->sync(), std::string(codes::syncUnreachable.id()));
    centre.start();
    EXPECT_EQ(stores[2]->sync(), std::string());
    for (auto& s : stores)
        s->sell(10);
    centre.stop();
    for (auto& s : stores)
        EXPECT_EQ(s->sync(), std::string(codes::syncUnreachable.id()));
    centre.start();
    // Store 1 through the real ocopos-cli, as cron runs it (straight to the centre:
    // the proxy runs on this process's event loop, which waits for the CLI).
    stores[0]->connect(centre.url(), QString());
    {
        const auto r = test::runCli({QStringLiteral("--db"), stores[0]->path(), QStringLiteral("--json"), QStringLiteral("sync")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = json(r.out);
        EXPECT_EQ(o.value(QStringLiteral("waiting")).toInteger(), 0);
        EXPECT_GT(o.value(QStringLiteral("accepted")).toInteger(), 0);
        EXPECT_FALSE(o.value(QStringLiteral("last_sent_ref")).toString().isEmpty());
    }
    for (auto& s : stores) {
        EXPECT_EQ(s->sync(), std::string());
        const SyncStatus st = s->status();
        EXPECT_EQ(st.waiting, 0) << s->code().toStdString();
        EXPECT_EQ(st.failures, 0);
        EXPECT_TRUE(st.lastError.isEmpty());
    }

    // 5. Every chain whole at the centre: its last entry is each store's last.
    const QJsonObject list = json(centre.admin({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    std::map<QString, QJsonObject> byCode;
    for (const QJsonValue v : list.value(QStringLiteral("stores")).toArray())
        byCode[v.toObject().value(QStringLiteral("code")).toString()] = v.toObject();
    for (auto& s : stores) {
        ASSERT_TRUE(byCode.count(s->code()));
        EXPECT_EQ(byCode[s->code()].value(QStringLiteral("last_hash")).toString(), s->lastHash()) << s->code().toStdString();
        db::Query q(s->db(), QStringLiteral("SELECT COUNT(*) FROM journal"));
        EXPECT_EQ(byCode[s->code()].value(QStringLiteral("entries")).toInteger(), q.scalar()->toLongLong());
    }
    // Nothing refused along the way: cut batches are not tampering.
    const QJsonObject rejections = json(centre.admin({QStringLiteral("rejections"), QStringLiteral("--json")}).out);
    EXPECT_TRUE(rejections.value(QStringLiteral("rejections")).toArray().isEmpty());

    // 6. Totals by producer: Σ of the stores' own reports = the centre's, to the đồng.
    std::map<QString, SalesFigures> expected;
    SalesFigures all;
    for (auto& s : stores)
        for (const auto& [key, f] : s->byProducerKey()) {
            SalesFigures& e = expected[key];
            e.gross += f.gross;
            e.discount += f.discount;
            e.net += f.net;
            e.vat += f.vat;
            e.returns += f.returns;
            e.commission += f.commission;
            e.payout += f.payout;
            all.net += f.net;
            all.vat += f.vat;
            all.payout += f.payout;
        }
    const auto report = centre.admin({QStringLiteral("report"), QStringLiteral("producers"), QStringLiteral("--from"),
                                      QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                      QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    const QJsonObject r = json(report.out);
    std::map<QString, QJsonObject> centreRows;
    for (const QJsonValue v : r.value(QStringLiteral("rows")).toArray())
        centreRows[v.toObject().value(QStringLiteral("key")).toString()] = v.toObject();
    EXPECT_EQ(centreRows.size(), expected.size());
    for (const auto& [key, e] : expected) {
        ASSERT_TRUE(centreRows.count(key)) << key.toStdString();
        const QJsonObject& c = centreRows[key];
        EXPECT_EQ(c.value(QStringLiteral("gross")).toInteger(), e.gross.dong()) << key.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("discount")).toInteger(), e.discount.dong()) << key.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("net")).toInteger(), e.net.dong()) << key.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("vat")).toInteger(), e.vat.dong()) << key.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("returns")).toInteger(), e.returns.dong()) << key.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("commission")).toInteger(), e.commission.dong()) << key.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("payout")).toInteger(), e.payout.dong()) << key.toStdString();
    }
    const QJsonObject totals = r.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("net")).toInteger(), all.net.dong());
    EXPECT_EQ(totals.value(QStringLiteral("vat")).toInteger(), all.vat.dong());
    EXPECT_EQ(totals.value(QStringLiteral("payout")).toInteger(), all.payout.dong());
}

TEST_F(SyncEndToEnd, ATamperedJournalIsRefusedWithTheStoreAndEntryNamedAndTheSenderStops)
{
    test::CentreProcess centre;
    Store store(m_dir.path(), QStringLiteral("QN-TAMPER-01"), 3);
    store.connect(centre.url(), centre.addStore(store.code(), QStringLiteral("Cửa hàng thử")));
    ASSERT_EQ(store.sync(), std::string());  // the demo history goes through
    store.sell(3);
    // Someone edits an amount in the newest unsent sale's journal entry.
    db::Query find(store.db(), QStringLiteral("SELECT MAX(id) FROM journal WHERE kind = 'sale'"));
    const qint64 entry = find.scalar()->toLongLong();
    store.db().execute(QStringLiteral("UPDATE journal SET content = replace(content, '\"total\":', '\"total\":1') WHERE id = %1")
                           .arg(entry));
    EXPECT_EQ(store.sync(), std::string(codes::syncChainBroken.id()));
    const SyncStatus st = store.status();
    EXPECT_TRUE(st.refused);
    EXPECT_TRUE(st.lastError.contains(store.code())) << st.lastError.toStdString();
    EXPECT_TRUE(st.lastError.contains(QString::number(entry))) << st.lastError.toStdString();
    EXPECT_FALSE(SyncService(store.ctx()).due());  // the background sender waits for a person
    // The centre recorded it, naming the store and the entry, and stored none of that batch.
    const QJsonObject rej = json(centre.admin({QStringLiteral("rejections"), QStringLiteral("--json")}).out);
    const QJsonArray rows = rej.value(QStringLiteral("rejections")).toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("store")).toString(), store.code());
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("entry")).toInteger(), entry);
    // `sync` by hand tries again and is refused again (exit 5).
    const auto r = test::runCli({QStringLiteral("--db"), store.path(), QStringLiteral("sync")});
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QByteArray::number(entry))) << r.err.toStdString();
}

TEST_F(SyncEndToEnd, ARevokedTokenIsRefusedAndNothingIsMarkedSent)
{
    test::CentreProcess centre;
    Store store(m_dir.path(), QStringLiteral("QN-REVOKE-01"), 5);
    store.connect(centre.url(), centre.addStore(store.code(), QStringLiteral("Cửa hàng thử")));
    centre.revoke(store.code());
    EXPECT_EQ(store.sync(), std::string(codes::syncUnauthorized.id()));
    EXPECT_EQ(store.status().sentThrough, 0);
    const auto r = test::runCli({QStringLiteral("--db"), store.path(), QStringLiteral("--json"), QStringLiteral("sync")});
    EXPECT_EQ(r.exitCode, 6) << r.err.toStdString();
    EXPECT_EQ(json(r.out).value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("sync.unauthorized"));
    const QJsonObject list = json(centre.admin({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    EXPECT_EQ(list.value(QStringLiteral("stores")).toArray()[0].toObject().value(QStringLiteral("entries")).toInteger(), 0);
}

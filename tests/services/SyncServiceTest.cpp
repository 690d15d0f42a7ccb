// The store's side of the province centre link (docs/CENTRE.md): the outbox is
// written in the same transaction as what it names, batches carry the exact
// journal content and the master data it refers to, failures back off and are
// recorded, the centre token is never shown. The centre itself is exercised
// against the real ocopos-centre in tests/centre.
#include "ReportFixture.h"

#include "core/ErrorCodes.h"
#include "core/Errors.h"
#include "db/JournalRepository.h"
#include "db/SyncRepository.h"
#include "services/SettingsService.h"
#include "services/SettlementService.h"
#include "services/SyncService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <set>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;

namespace {

/// QNetworkAccessManager runs its own event loop: it needs an application object.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "test_services_sync";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);  // lives until the process ends
}

qint64 count(db::Database& db, const QString& sql)
{
    db::Query q(db, sql);
    return q.scalar()->toLongLong();
}

/// A 127.0.0.1 port on which nothing listens (bound, then closed).
quint16 closedPort()
{
    QTcpServer s;
    EXPECT_TRUE(s.listen(QHostAddress::LocalHost, 0));
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

class Sync : public ReportFixture {
protected:
    void SetUp() override
    {
        ensureApplication();
        ReportFixture::SetUp();
    }
    SyncService sync() { return SyncService(store.ctx()); }
    void configure(const QString& url)
    {
        SettingsService settings(store.ctx());
        settings.set(store.admin(), QStringLiteral("centre_url"), url);
        settings.set(store.admin(), QStringLiteral("centre_store"), QStringLiteral("QN-HL-01"));
        settings.set(store.admin(), QStringLiteral("centre_token"), QStringLiteral("k9T2-secret_token_value_0123456789"));
    }
};

} // namespace

TEST_F(Sync, EveryJournalEntryAndFinalizedSettlementHasItsOutboxRowInOrder)
{
    makeHistory();  // 5 sales, a void, 2 returns
    EXPECT_EQ(count(store.db(), QStringLiteral("SELECT COUNT(*) FROM journal")), 8);
    // One row per journal entry, in journal order.
    db::Query q(store.db(), QStringLiteral("SELECT o.type, o.ref_id, j.id FROM outbox o LEFT JOIN journal j "
                                           "ON o.type = 'journal' AND j.id = o.ref_id ORDER BY o.seq"));
    q.exec();
    qint64 previous = 0;
    int rows = 0;
    while (q.next()) {
        ++rows;
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("journal"));
        EXPECT_EQ(q.value(1).toLongLong(), q.value(2).toLongLong());
        EXPECT_GT(q.value(1).toLongLong(), previous);
        previous = q.value(1).toLongLong();
    }
    EXPECT_EQ(rows, 8);

    const auto st = SettlementService(store.ctx()).finalize(manager, QStringLiteral("HTX-A"), QDate(2026, 11, 1),
                                                            QDate(2026, 11, 3));
    EXPECT_EQ(count(store.db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = 'settlement' AND ref_id = %1")
                                    .arg(st.settlementId)),
              1);
    EXPECT_EQ(sync().status().waiting, 9);
}

TEST_F(Sync, ARefusedSaleLeavesNoOutboxRow)
{
    makeHistory();
    const qint64 before = count(store.db(), QStringLiteral("SELECT COUNT(*) FROM outbox"));
    openShift(thu);
    // More than the shelf holds: refused, nothing written.
    EXPECT_THROW(sell(thu, {saleLine(QStringLiteral("RUOU-500"), QStringLiteral("50"))}, {cash(50000000)}), Conflict);
    EXPECT_EQ(count(store.db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), before);
    sell(thu, {saleLine(QStringLiteral("RUOU-500"))}, {cash(350000)});
    EXPECT_EQ(count(store.db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), before + 1);
}

TEST_F(Sync, ABatchCarriesTheExactJournalAndTheMasterDataItNames)
{
    makeHistory();
    const auto items = db::SyncRepository(store.db()).pending(0, 100);
    ASSERT_EQ(items.size(), 8u);
    const QJsonObject batch = QJsonDocument::fromJson(sync().batchJson(QStringLiteral("QN-HL-01"), items)).object();
    EXPECT_EQ(batch.value(QStringLiteral("protocol")).toInt(), 1);
    EXPECT_EQ(batch.value(QStringLiteral("store")).toString(), QStringLiteral("QN-HL-01"));

    // Entries: the journal's own bytes, hashes and order.
    std::vector<db::JournalEntry> journal;
    db::JournalRepository(store.db()).forEachEntry([&](const db::JournalEntry& e) {
        journal.push_back(e);
        return true;
    });
    const QJsonArray entries = batch.value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 8);
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        const db::JournalEntry& j = journal[static_cast<std::size_t>(i)];
        EXPECT_EQ(e.value(QStringLiteral("type")).toString(), QStringLiteral("journal"));
        EXPECT_EQ(e.value(QStringLiteral("id")).toInteger(), j.id);
        EXPECT_EQ(e.value(QStringLiteral("kind")).toString(), j.kind);
        EXPECT_EQ(e.value(QStringLiteral("content")).toString().toUtf8(), j.content.toUtf8());
        EXPECT_EQ(e.value(QStringLiteral("prev_hash")).toString(), j.prevHash);
        EXPECT_EQ(e.value(QStringLiteral("hash")).toString(), j.hash);
        EXPECT_EQ(e.value(QStringLiteral("seq")).toInteger(), items[static_cast<std::size_t>(i)].seq);
    }
    EXPECT_EQ(entries[3].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("void"));

    // Master data: every owner and lot producer, their cooperatives, every product sold.
    std::set<QString> producers, skus;
    for (const QJsonValue p : batch.value(QStringLiteral("producers")).toArray())
        producers.insert(p.toObject().value(QStringLiteral("code")).toString());
    for (const QJsonValue p : batch.value(QStringLiteral("products")).toArray())
        skus.insert(p.toObject().value(QStringLiteral("sku")).toString());
    for (const char* code : {"HTX-A", "HO-A1", "HO-A2", "HTX-B", "HO-B1", "DN-C"})
        EXPECT_TRUE(producers.count(QString::fromLatin1(code))) << code;
    for (const char* sku : {"NM-500", "CM-KG", "TRA-50", "NK-500", "RUOU-500", "GA-KG"})
        EXPECT_TRUE(skus.count(QString::fromLatin1(sku))) << sku;
    for (const QJsonValue p : batch.value(QStringLiteral("producers")).toArray()) {
        if (p.toObject().value(QStringLiteral("code")).toString() == QLatin1String("HO-A1")) {
            EXPECT_EQ(p.toObject().value(QStringLiteral("parent")).toString(), QStringLiteral("HTX-A"));
        }
    }
}

TEST_F(Sync, NothingIsSentWithoutACentre)
{
    makeHistory();
    const SyncStatus st = sync().status();
    EXPECT_FALSE(st.configured);
    EXPECT_EQ(st.waiting, 8);
    EXPECT_FALSE(sync().due());
    try {
        sync().run();
        FAIL() << "sync without a centre";
    } catch (const Conflict& e) {
        EXPECT_EQ(e.code(), codes::syncNotConfigured.id());
    }
}

TEST_F(Sync, AnUnreachableCentreIsRecordedAndBacksOff)
{
    makeHistory();
    configure(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    EXPECT_TRUE(sync().due());
    try {
        sync().run();
        FAIL() << "sent to a closed port";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), codes::syncUnreachable.id());
        EXPECT_NE(std::string(e.what()).find("8 entries wait"), std::string::npos) << e.what();
    }
    SyncStatus st = sync().status();
    EXPECT_EQ(st.failures, 1);
    EXPECT_EQ(st.waiting, 8);
    EXPECT_EQ(st.sentThrough, 0);
    EXPECT_FALSE(st.refused);
    EXPECT_EQ(st.lastAttemptAt, QStringLiteral("2026-11-04T09:00:00+07:00"));
    EXPECT_EQ(st.nextAttemptAt, QStringLiteral("2026-11-04T09:00:05+07:00"));
    // The background sender waits out the backoff.
    EXPECT_FALSE(sync().due());
    store.clock().advanceSecs(5);
    EXPECT_TRUE(sync().due());
    EXPECT_THROW(sync().run(), Error);
    st = sync().status();
    EXPECT_EQ(st.failures, 2);
    EXPECT_EQ(st.nextAttemptAt, QStringLiteral("2026-11-04T09:00:15+07:00"));  // 10 s after the second try
}

TEST(SyncBackoff, DoublesFromFiveSecondsToAQuarterHour)
{
    EXPECT_EQ(SyncService::backoff(0).count(), 0);
    EXPECT_EQ(SyncService::backoff(1).count(), 5);
    EXPECT_EQ(SyncService::backoff(2).count(), 10);
    EXPECT_EQ(SyncService::backoff(3).count(), 20);
    EXPECT_EQ(SyncService::backoff(8).count(), 640);
    EXPECT_EQ(SyncService::backoff(9).count(), 900);
    EXPECT_EQ(SyncService::backoff(1000).count(), 900);
}

TEST_F(Sync, TheCentreSettingsAreCheckedAndTheTokenIsNeverShown)
{
    SettingsService settings(store.ctx());
    const auto refused = [&](const char* key, const char* value) {
        EXPECT_THROW(settings.set(store.admin(), QString::fromLatin1(key), QString::fromLatin1(value)), ValidationError)
            << key << " = " << value;
    };
    refused("centre_url", "http://centre.ocop.quangninh.vn");  // plain HTTP off this machine: the token would leak
    refused("centre_url", "ftp://centre.example");
    refused("centre_url", "https://user:pw@centre.example");
    refused("centre_url", "not a url");
    refused("centre_store", "qn 01");
    refused("centre_token", "short");
    EXPECT_NO_THROW(settings.set(store.admin(), QStringLiteral("centre_url"), QStringLiteral("https://centre.example:8443")));
    EXPECT_NO_THROW(settings.set(store.admin(), QStringLiteral("centre_url"), QStringLiteral("http://127.0.0.1:8080")));
    EXPECT_NO_THROW(settings.set(store.admin(), QStringLiteral("centre_url"), QString()));  // off again
    configure(QStringLiteral("https://centre.example:8443"));
    EXPECT_TRUE(sync().status().configured);
    EXPECT_TRUE(SettingsService::isSecret(QStringLiteral("centre_token")));
    EXPECT_EQ(SettingsService::shown(QStringLiteral("centre_token"), QStringLiteral("abc")), QStringLiteral("***"));
    EXPECT_EQ(SettingsService::shown(QStringLiteral("centre_store"), QStringLiteral("QN-HL-01")), QStringLiteral("QN-HL-01"));
    // Neither the audit log nor a refusal message carries it.
    EXPECT_EQ(count(store.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%secret_token%'")), 0);
    EXPECT_EQ(count(store.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail = 'centre_token: '''' -> ''***'''")),
              1);
    try {
        settings.set(store.admin(), QStringLiteral("centre_token"), QStringLiteral("bad token with spaces, secret!"));
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(std::string(e.what()).find("secret"), std::string::npos) << e.what();
    }
}

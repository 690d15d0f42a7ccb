// The province centre end to end: the real ocopos-centre on a throwaway
// PostgreSQL, real HTTP, batches built from a real store's journal (sales,
// a void and returns made through the sale engine: ReportFixture's history).
#include "CentreProcess.h"
#include "CentreTestSupport.h"
#include "PgCluster.h"
#include "ReportFixture.h"

#include "centre/ProducerKey.h"
#include "centre/Protocol.h"
#include "db/JournalRepository.h"
#include "services/ReportService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QJsonDocument>
#include <QUrl>

#include <gtest/gtest.h>

#include <map>

namespace ocopos::test {
namespace {

QJsonObject adminJson(const CentreProcess& centre, const QStringList& args)
{
    const auto r = centre.admin(args + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject storeRow(const CentreProcess& centre, const QString& code)
{
    for (const auto& v : adminJson(centre, {QStringLiteral("store"), QStringLiteral("list")})[QStringLiteral("stores")].toArray())
        if (v.toObject()[QStringLiteral("code")].toString() == code)
            return v.toObject();
    return {};
}

/// The centre's report by producer key over [from, to], by key.
std::map<QString, QJsonObject> centreReport(const CentreProcess& centre, const char* from, const char* to)
{
    std::map<QString, QJsonObject> out;
    const QJsonObject r = adminJson(centre, {QStringLiteral("report"), QStringLiteral("producers"), QStringLiteral("--from"),
                                             QString::fromLatin1(from), QStringLiteral("--to"), QString::fromLatin1(to)});
    for (const auto& v : r[QStringLiteral("rows")].toArray())
        out[v.toObject()[QStringLiteral("key")].toString()] = v.toObject();
    return out;
}

class CentreTest : public ReportFixture {
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        makeHistory();
        token = centre.addStore(QStringLiteral("QN-01"), QStringLiteral("Cửa hàng OCOP Hạ Long"));
    }

    HttpReply post(const QJsonArray& entries, const QString& t, const QString& storeCode = QStringLiteral("QN-01"))
    {
        return http(centre.url() + QStringLiteral("/api/v1/batches"), t, toBytes(batchOf(store, storeCode, entries)));
    }
    HttpReply post(const QJsonArray& entries) { return post(entries, token); }

    QString lastStoreHash() { return db::JournalRepository(store.db()).lastHash().value_or(QString()); }
    qint64 lastStoreId() { return journalEntries(store).last().toObject()[QStringLiteral("id")].toInteger(); }

    /// Every owner row of the store's own report equals the centre's row of its key, to the đồng.
    void expectSameAsStore(const char* from, const char* to)
    {
        const auto report = services::ReportService(store.ctx())
                                .sales(manager, QDate::fromString(QString::fromLatin1(from), Qt::ISODate),
                                       QDate::fromString(QString::fromLatin1(to), Qt::ISODate), services::SalesGrouping::Owner);
        const auto rows = centreReport(centre, from, to);
        ASSERT_FALSE(report.rows.empty());
        for (const auto& row : report.rows) {
            const QString key = QStringLiteral("HTX:") + row.key;  // the small catalogue's owners: no tax codes
            ASSERT_TRUE(rows.count(key)) << key.toStdString() << " " << from << ".." << to;
            const QJsonObject c = rows.at(key);
            const auto& f = row.figures;
            SCOPED_TRACE(key.toStdString() + " " + from + ".." + to);
            EXPECT_EQ(c[QStringLiteral("gross")].toInteger(), f.gross.dong());
            EXPECT_EQ(c[QStringLiteral("discount")].toInteger(), f.discount.dong());
            EXPECT_EQ(c[QStringLiteral("net")].toInteger(), f.net.dong());
            EXPECT_EQ(c[QStringLiteral("vat")].toInteger(), f.vat.dong());
            EXPECT_EQ(c[QStringLiteral("returns")].toInteger(), f.returns.dong());
            EXPECT_EQ(c[QStringLiteral("commission")].toInteger(), f.commission.dong());
            EXPECT_EQ(c[QStringLiteral("payout")].toInteger(), f.payout.dong());
            EXPECT_EQ(c[QStringLiteral("sales")].toInteger(), f.sales);
        }
        qint64 storeNet = 0, centreNet = 0;
        for (const auto& row : report.rows)
            storeNet += row.figures.net.dong();
        for (const auto& [key, c] : rows)
            centreNet += c[QStringLiteral("net")].toInteger();
        EXPECT_EQ(centreNet, storeNet);
    }

    CentreProcess centre;
    QString token;
};

TEST_F(CentreTest, StoresAChainedJournalAndItsReportByProducerEqualsTheStoresToTheDong)
{
    const QJsonArray entries = journalEntries(store);
    ASSERT_EQ(entries.size(), 8);  // 5 sales, a void, 2 returns
    const HttpReply r = post(entries);
    ASSERT_EQ(r.status, 200) << r.raw.toStdString();
    EXPECT_EQ(r.body[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    EXPECT_EQ(r.body[QStringLiteral("accepted")].toInteger(), 8);
    EXPECT_EQ(r.body[QStringLiteral("duplicates")].toInteger(), 0);
    EXPECT_EQ(r.body[QStringLiteral("journal_through")].toInteger(), lastStoreId());
    EXPECT_EQ(r.body[QStringLiteral("last_hash")].toString(), lastStoreHash());

    expectSameAsStore("2026-11-01", "2026-11-04");
    expectSameAsStore("2026-11-01", "2026-11-01");  // the voided sale's day
    expectSameAsStore("2026-11-03", "2026-11-03");  // returns only: on their own day
    expectSameAsStore("2026-11-01", "2026-11-30");  // a whole month: from the month sums
    expectSameAsStore("2026-10-15", "2026-12-31");  // whole months and partial ones
    expectSameAsStore("2026-11-02", "2027-01-31");

    const HttpReply state = http(centre.url() + QStringLiteral("/api/v1/state"), token);
    ASSERT_EQ(state.status, 200);
    EXPECT_EQ(state.body[QStringLiteral("store")].toString(), QStringLiteral("QN-01"));
    EXPECT_EQ(state.body[QStringLiteral("journal_through")].toInteger(), lastStoreId());
    EXPECT_EQ(state.body[QStringLiteral("last_hash")].toString(), lastStoreHash());
}

TEST_F(CentreTest, ABatchSentTwiceOrOverlappingIsStoredOnce)
{
    const QJsonArray all = journalEntries(store);
    QJsonArray firstThree;
    for (int i = 0; i < 3; ++i)
        firstThree.append(all[i]);
    ASSERT_EQ(post(firstThree).status, 200);
    const HttpReply again = post(firstThree);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.body[QStringLiteral("accepted")].toInteger(), 0);
    EXPECT_EQ(again.body[QStringLiteral("duplicates")].toInteger(), 3);
    const HttpReply rest = post(all);
    ASSERT_EQ(rest.status, 200) << rest.raw.toStdString();
    EXPECT_EQ(rest.body[QStringLiteral("accepted")].toInteger(), 5);
    EXPECT_EQ(rest.body[QStringLiteral("duplicates")].toInteger(), 3);
    ASSERT_EQ(post(all).body[QStringLiteral("duplicates")].toInteger(), 8);
    EXPECT_EQ(storeRow(centre, QStringLiteral("QN-01"))[QStringLiteral("entries")].toInteger(), 8);
    expectSameAsStore("2026-11-01", "2026-11-04");
}

TEST_F(CentreTest, ATamperedEntryIsRefusedWithStoreAndEntryNamedAndRecorded)
{
    // Someone edits an amount in the store's journal after the fact.
    const QJsonArray clean = journalEntries(store);
    const qint64 victim = clean[1].toObject()[QStringLiteral("id")].toInteger();
    db::Query(store.db(), QStringLiteral("UPDATE journal SET content = REPLACE(content, '\"total\":', '\"total\":1') "
                                         "WHERE id = :id"))
        .bind(QStringLiteral(":id"), victim)
        .exec();
    const HttpReply r = post(journalEntries(store));
    ASSERT_EQ(r.status, 409) << r.raw.toStdString();
    EXPECT_EQ(r.body[QStringLiteral("error")].toString(), QStringLiteral("chain_broken"));
    EXPECT_EQ(r.body[QStringLiteral("store")].toString(), QStringLiteral("QN-01"));
    EXPECT_EQ(r.body[QStringLiteral("entry")].toInteger(), victim);
    EXPECT_EQ(r.body[QStringLiteral("journal_through")].toInteger(), 0);
    EXPECT_EQ(r.body[QStringLiteral("last_hash")].toString(), centre::genesisHash());
    // Nothing of the batch was stored, not even the entry before the tampered one.
    EXPECT_EQ(storeRow(centre, QStringLiteral("QN-01"))[QStringLiteral("entries")].toInteger(), 0);
    EXPECT_TRUE(centreReport(centre, "2026-11-01", "2026-11-04").empty());
    // The province admin sees it.
    const QJsonArray rejections = adminJson(centre, {QStringLiteral("rejections")})[QStringLiteral("rejections")].toArray();
    ASSERT_EQ(rejections.size(), 1);
    EXPECT_EQ(rejections[0].toObject()[QStringLiteral("store")].toString(), QStringLiteral("QN-01"));
    EXPECT_EQ(rejections[0].toObject()[QStringLiteral("entry")].toInteger(), victim);
    EXPECT_EQ(rejections[0].toObject()[QStringLiteral("reason")].toString(), QStringLiteral("chain_broken"));
    const auto human = centre.admin({QStringLiteral("rejections")});
    EXPECT_TRUE(human.out.contains("QN-01")) << human.out.toStdString();

    // An entry the centre has, sent again with another hash, is refused too.
    QJsonArray first{clean[0]};
    ASSERT_EQ(post(first).status, 200);
    QJsonObject forged = clean[0].toObject();
    forged[QStringLiteral("hash")] = QString(64, QLatin1Char('a'));
    const HttpReply again = post(QJsonArray{forged});
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.body[QStringLiteral("error")].toString(), QStringLiteral("chain_broken"));
    EXPECT_EQ(adminJson(centre, {QStringLiteral("rejections")})[QStringLiteral("rejections")].toArray().size(), 2);
}

TEST_F(CentreTest, AGapIsOutOfOrderAndNotRecorded)
{
    const QJsonArray all = journalEntries(store);
    QJsonArray fromThird;
    for (int i = 2; i < all.size(); ++i)
        fromThird.append(all[i]);
    const HttpReply r = post(fromThird);
    ASSERT_EQ(r.status, 409) << r.raw.toStdString();
    EXPECT_EQ(r.body[QStringLiteral("error")].toString(), QStringLiteral("out_of_order"));
    EXPECT_EQ(r.body[QStringLiteral("entry")].toInteger(), all[2].toObject()[QStringLiteral("id")].toInteger());
    EXPECT_EQ(r.body[QStringLiteral("journal_through")].toInteger(), 0);
    EXPECT_TRUE(adminJson(centre, {QStringLiteral("rejections")})[QStringLiteral("rejections")].toArray().isEmpty());
    // The store resends from after journal_through and catches up.
    EXPECT_EQ(post(all).status, 200);
}

TEST_F(CentreTest, AWrongMissingOrRevokedTokenIs401AndChangesNothing)
{
    const QJsonArray all = journalEntries(store);
    for (const QString& t : {QString(), QStringLiteral("not-a-token"), token + QStringLiteral("x")}) {
        const HttpReply r = post(all, t);
        EXPECT_EQ(r.status, 401) << t.toStdString();
        EXPECT_EQ(r.body[QStringLiteral("error")].toString(), QStringLiteral("unauthorized"));
        EXPECT_EQ(http(centre.url() + QStringLiteral("/api/v1/state"), t).status, 401);
    }
    centre.revoke(QStringLiteral("QN-01"));
    EXPECT_EQ(post(all).status, 401);
    EXPECT_EQ(http(centre.url() + QStringLiteral("/api/v1/state"), token).status, 401);
    const QJsonObject row = storeRow(centre, QStringLiteral("QN-01"));
    EXPECT_EQ(row[QStringLiteral("entries")].toInteger(), 0);
    EXPECT_FALSE(row[QStringLiteral("revoked_at")].isNull());
    EXPECT_TRUE(adminJson(centre, {QStringLiteral("rejections")})[QStringLiteral("rejections")].toArray().isEmpty());
    EXPECT_TRUE(centreReport(centre, "2026-11-01", "2026-11-04").empty());

    // A new token works again; the old one does not.
    const QString fresh = adminJson(centre, {QStringLiteral("store"), QStringLiteral("token"), QStringLiteral("QN-01")})
                              [QStringLiteral("token")].toString();
    ASSERT_EQ(fresh.size(), 43);
    EXPECT_EQ(post(all, token).status, 401);
    EXPECT_EQ(post(all, fresh).status, 200);
}

TEST_F(CentreTest, AnotherStoresTokenIs403)
{
    const QString other = centre.addStore(QStringLiteral("QN-02"), QStringLiteral("Cửa hàng Móng Cái"));
    const HttpReply r = post(journalEntries(store), other, QStringLiteral("QN-01"));
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.body[QStringLiteral("error")].toString(), QStringLiteral("forbidden"));
    EXPECT_EQ(storeRow(centre, QStringLiteral("QN-01"))[QStringLiteral("entries")].toInteger(), 0);
    EXPECT_EQ(storeRow(centre, QStringLiteral("QN-02"))[QStringLiteral("entries")].toInteger(), 0);
}

TEST_F(CentreTest, AMalformedBatchIs400NamingTheField)
{
    const QString url = centre.url() + QStringLiteral("/api/v1/batches");
    const QJsonArray all = journalEntries(store);
    const auto expectField = [&](const QByteArray& body, const char* field) {
        const HttpReply r = http(url, token, body);
        EXPECT_EQ(r.status, 400) << field << " " << r.raw.toStdString();
        EXPECT_EQ(r.body[QStringLiteral("error")].toString(), QStringLiteral("bad_request"));
        EXPECT_EQ(r.body[QStringLiteral("field")].toString(), QString::fromLatin1(field)) << r.raw.toStdString();
    };
    expectField("not json", "body");
    QJsonObject b = batchOf(store, QStringLiteral("QN-01"), all);
    b.remove(QStringLiteral("protocol"));
    expectField(toBytes(b), "protocol");

    b = batchOf(store, QStringLiteral("QN-01"), all);
    QJsonArray entries = all;
    QJsonObject e1 = entries[1].toObject();
    e1[QStringLiteral("hash")] = QStringLiteral("xyz");
    entries[1] = e1;
    b[QStringLiteral("entries")] = entries;
    expectField(toBytes(b), "entries[1].hash");

    b = batchOf(store, QStringLiteral("QN-01"), all);
    QJsonArray producers = b[QStringLiteral("producers")].toArray();
    QJsonObject p0 = producers[0].toObject();
    p0[QStringLiteral("kind")] = QStringLiteral("guild");
    producers[0] = p0;
    b[QStringLiteral("producers")] = producers;
    expectField(toBytes(b), "producers[0].kind");

    // A content whose hash is right but whose amount is not a whole number.
    QString bad = all[0].toObject()[QStringLiteral("content")].toString();
    bad.replace(bad.indexOf(QStringLiteral("\"change\":")), 9, QStringLiteral("\"change\":0.5,\"x\":"));
    QJsonObject e0 = all[0].toObject();
    e0[QStringLiteral("content")] = bad;
    e0[QStringLiteral("hash")] = centre::chainHash(centre::genesisHash(), bad);
    b = batchOf(store, QStringLiteral("QN-01"), QJsonArray{e0});
    expectField(toBytes(b), "entries[0].content.change");
    EXPECT_EQ(storeRow(centre, QStringLiteral("QN-01"))[QStringLiteral("entries")].toInteger(), 0);

    // Over 1000 entries: 413.
    QJsonArray many;
    for (int i = 0; i < 1001; ++i)
        many.append(all[0]);
    const HttpReply big = http(url, token, toBytes(batchOf(store, QStringLiteral("QN-01"), many)));
    EXPECT_EQ(big.status, 413);
    EXPECT_EQ(big.body[QStringLiteral("error")].toString(), QStringLiteral("too_large"));
}

TEST_F(CentreTest, ARestartOrACrashKeepsEverything)
{
    const QJsonArray all = journalEntries(store);
    QJsonArray half;
    for (int i = 0; i < 4; ++i)
        half.append(all[i]);
    ASSERT_EQ(post(half).status, 200);
    centre.stop();
    centre.start();
    EXPECT_EQ(http(centre.url() + QStringLiteral("/api/v1/state"), token).body[QStringLiteral("journal_through")].toInteger(),
              all[3].toObject()[QStringLiteral("id")].toInteger());
    centre.kill();
    centre.start();
    const HttpReply r = post(all);
    ASSERT_EQ(r.status, 200) << r.raw.toStdString();
    EXPECT_EQ(r.body[QStringLiteral("accepted")].toInteger(), 4);
    EXPECT_EQ(r.body[QStringLiteral("duplicates")].toInteger(), 4);
    expectSameAsStore("2026-11-01", "2026-11-04");
}

TEST_F(CentreTest, AnUnreachableDatabaseIs503AndTheNextRequestReconnects)
{
    const QString dbName = QUrl(centre.databaseUrl()).path().mid(1);
    PgCluster::shared().admin({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(dbName),
                               QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                                   .arg(dbName)});
    const HttpReply down = post(journalEntries(store));
    EXPECT_EQ(down.status, 503) << down.raw.toStdString();
    EXPECT_EQ(down.body[QStringLiteral("error")].toString(), QStringLiteral("unavailable"));
    PgCluster::shared().admin({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(dbName)});
    // Every worker's connection broke: each reconnects on its next request.
    HttpReply up;
    for (int i = 0; i < 8 && up.status != 200; ++i)
        up = post(journalEntries(store));
    EXPECT_EQ(up.status, 200) << up.raw.toStdString();
    expectSameAsStore("2026-11-01", "2026-11-04");
}

TEST_F(CentreTest, ProducersAreMatchedByKeyAndConflictsAreListedNotMerged)
{
    ASSERT_EQ(post(journalEntries(store)).status, 200);
    // A second store: the same cooperative code under another name, and a tax code on DN-C.
    TempStore other;
    other.importProducers(
        "code,kind,name,parent_code,bank_bin,bank_account,commission_pct\n"
        "HTX-A,cooperative,HTX Chả mực Hạ Long,,,,20\n"
        "HO-A1,household,Hộ Nguyễn Văn Hải,HTX-A,,,\n"
        "HO-X,individual,Bà Tư,,,,\n");
    const QString token2 = centre.addStore(QStringLiteral("QN-02"), QStringLiteral("Cửa hàng Móng Cái"));
    QJsonObject b = batchOf(other, QStringLiteral("QN-02"), QJsonArray());
    QJsonArray producers = b[QStringLiteral("producers")].toArray();
    producers.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("QH")},
                                 {QStringLiteral("kind"), QStringLiteral("enterprise")},
                                 {QStringLiteral("name"), QStringLiteral("Công ty Nước khoáng Quang Hanh")},
                                 {QStringLiteral("parent"), QJsonValue()},
                                 {QStringLiteral("tax_code"), QStringLiteral("5700 100 200")},
                                 {QStringLiteral("district"), QJsonValue()},
                                 {QStringLiteral("province"), QJsonValue()}});
    b[QStringLiteral("producers")] = producers;
    ASSERT_EQ(http(centre.url() + QStringLiteral("/api/v1/batches"), token2, toBytes(b)).status, 200);

    std::map<QString, QJsonObject> keys;
    for (const auto& v : adminJson(centre, {QStringLiteral("producers")})[QStringLiteral("producers")].toArray())
        keys[v.toObject()[QStringLiteral("key")].toString()] = v.toObject();
    EXPECT_TRUE(keys.count(QStringLiteral("HTX:HTX-A")));
    EXPECT_EQ(keys[QStringLiteral("HTX:HTX-A")][QStringLiteral("stores")].toInteger(), 2);
    EXPECT_TRUE(keys.count(QStringLiteral("HTX:HTX-A/HO-A1")));
    EXPECT_EQ(keys[QStringLiteral("HTX:HTX-A/HO-A1")][QStringLiteral("stores")].toInteger(), 2);
    EXPECT_TRUE(keys.count(QStringLiteral("HTX:DN-C")));
    EXPECT_TRUE(keys.count(QStringLiteral("MST:5700100200")));
    EXPECT_TRUE(keys.count(QStringLiteral("STORE:QN-02/HO-X")));

    const QJsonArray conflicts =
        adminJson(centre, {QStringLiteral("producers"), QStringLiteral("--conflicts")})[QStringLiteral("conflicts")].toArray();
    ASSERT_EQ(conflicts.size(), 1) << QJsonDocument(conflicts).toJson().toStdString();
    const QJsonObject c = conflicts[0].toObject();
    EXPECT_EQ(c[QStringLiteral("key")].toString(), QStringLiteral("HTX:HTX-A"));
    EXPECT_EQ(c[QStringLiteral("store")].toString(), QStringLiteral("QN-02"));
    EXPECT_EQ(c[QStringLiteral("field")].toString(), QStringLiteral("name"));
    EXPECT_EQ(c[QStringLiteral("centre_value")].toString(), QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_EQ(c[QStringLiteral("store_value")].toString(), QStringLiteral("HTX Chả mực Hạ Long"));

    // The first store's producer gets a tax code: its sums move to the new key.
    db::Query(store.db(), QStringLiteral("UPDATE producers SET tax_code = '5700123456' WHERE code = 'HTX-A'")).exec();
    ASSERT_EQ(post(journalEntries(store)).status, 200);
    const auto rows = centreReport(centre, "2026-11-01", "2026-11-04");
    EXPECT_TRUE(rows.count(QStringLiteral("MST:5700123456")));
    EXPECT_FALSE(rows.count(QStringLiteral("HTX:HTX-A")));
}

TEST(ProducerKeyRule, FollowsTheNumberedRules)
{
    using centre::ProducerFacts;
    const std::map<QString, ProducerFacts> store{
        {QStringLiteral("HTX-A"), {QStringLiteral("HTX-A"), QStringLiteral("cooperative"), QString(), QString()}},
        {QStringLiteral("HO-1"), {QStringLiteral("HO-1"), QStringLiteral("household"), QStringLiteral("HTX-A"), QString()}},
        {QStringLiteral("HTX-T"), {QStringLiteral("HTX-T"), QStringLiteral("coop_group"), QString(), QStringLiteral(" 0101234567-001 ")}},
        {QStringLiteral("HO-2"), {QStringLiteral("HO-2"), QStringLiteral("individual"), QStringLiteral("HTX-T"), QString()}},
        {QStringLiteral("HO-3"), {QStringLiteral("HO-3"), QStringLiteral("household"), QString(), QString()}},
        {QStringLiteral("HO-4"), {QStringLiteral("HO-4"), QStringLiteral("household"), QStringLiteral("GONE"), QString()}},
        {QStringLiteral("HO-5"), {QStringLiteral("HO-5"), QStringLiteral("household"), QStringLiteral("HTX-A"), QStringLiteral("8001")}},
    };
    const centre::ProducerLookup lookup = [&](const QString& code) -> std::optional<ProducerFacts> {
        const auto it = store.find(code);
        return it == store.end() ? std::nullopt : std::optional<ProducerFacts>(it->second);
    };
    const auto key = [&](const char* code) {
        return centre::producerKey(QStringLiteral("S1"), store.at(QString::fromLatin1(code)), lookup);
    };
    EXPECT_EQ(key("HTX-A"), QStringLiteral("HTX:HTX-A"));
    EXPECT_EQ(key("HO-1"), QStringLiteral("HTX:HTX-A/HO-1"));
    EXPECT_EQ(key("HTX-T"), QStringLiteral("MST:0101234567-001"));
    EXPECT_EQ(key("HO-2"), QStringLiteral("MST:0101234567-001/HO-2"));
    EXPECT_EQ(key("HO-3"), QStringLiteral("STORE:S1/HO-3"));
    EXPECT_EQ(key("HO-4"), QStringLiteral("STORE:S1/HO-4"));
    EXPECT_EQ(key("HO-5"), QStringLiteral("MST:8001"));
    EXPECT_EQ(centre::normalizedName(QStringLiteral("  HTX  Nước mắm ")), centre::normalizedName(QStringLiteral("htx nước MẮM")));
    EXPECT_NE(centre::normalizedName(QStringLiteral("Hà")), centre::normalizedName(QStringLiteral("Hạ")));
}

TEST(CentreSchema, AStoreDatabaseIsNotACentresAndViceVersa)
{
    PgCluster& cluster = PgCluster::shared();
    const QString storeUrl = cluster.createDatabase(cluster.freshName());
    { db::Database storeDb(storeUrl); }
    db::Database::Options centreSchema;
    centreSchema.schema = db::Schema::Centre;
    try {
        db::Database wrong(storeUrl, centreSchema);
        FAIL() << "a store database opened as the centre's";
    } catch (const db::NotAStoreDatabase& e) {
        EXPECT_NE(std::string(e.what()).find("store database, not a province centre"), std::string::npos) << e.what();
    }
    const QString centreUrl = cluster.createDatabase(cluster.freshName());
    { db::Database centreDb(centreUrl, centreSchema); }
    try {
        db::Database wrong(centreUrl);
        FAIL() << "a centre database opened as a store";
    } catch (const db::NotAStoreDatabase& e) {
        EXPECT_NE(std::string(e.what()).find("province centre database, not a store"), std::string::npos) << e.what();
    }
    EXPECT_THROW(db::Database(QStringLiteral("/tmp/centre.sqlite"), centreSchema), db::NotAStoreDatabase);
}

TEST(CentreCommandLine, RefusesPlainHttpOnAPublicAddressAndASqlitePath)
{
    CentreProcess centre;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OCOPOS_CENTRE_DB"), centre.databaseUrl());
    p.setProcessEnvironment(env);
    p.start(centrePath(), {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.readAllStandardError().contains("--plain-http"));

    const auto sqlite = centre.admin({QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("store"),
                                      QStringLiteral("list")});
    EXPECT_EQ(sqlite.exitCode, 3);
    EXPECT_TRUE(sqlite.err.contains("PostgreSQL only")) << sqlite.err.toStdString();
    const auto dup = centre.admin({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("QN-01"), QStringLiteral("A")});
    EXPECT_EQ(dup.exitCode, 0);
    const auto again = centre.admin({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("QN-01"), QStringLiteral("B")});
    EXPECT_EQ(again.exitCode, 5);
    EXPECT_EQ(centre.admin({QStringLiteral("store"), QStringLiteral("revoke"), QStringLiteral("NOPE")}).exitCode, 4);
    EXPECT_EQ(centre.admin({QStringLiteral("report"), QStringLiteral("producers"), QStringLiteral("--from"),
                            QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01")})
                  .exitCode,
              3);
    EXPECT_EQ(centre.admin({QStringLiteral("frobnicate")}).exitCode, 2);
}


TEST(CentreCommandLine, ServesHttpsWithACertificateFromFiles)
{
    CentreProcess centre;  // its database; the HTTPS server below is a second process on it
    const QString token = centre.addStore(QStringLiteral("QN-01"), QStringLiteral("Cửa hàng"));
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("c.crt")), key = dir.filePath(QStringLiteral("c.key"));
    QProcess ssl;
    ssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                          QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                          QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    ASSERT_TRUE(ssl.waitForFinished(60000));
    ASSERT_EQ(ssl.exitCode(), 0) << ssl.readAllStandardError().toStdString();

    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OCOPOS_CENTRE_DB"), centre.databaseUrl());
    server.setProcessEnvironment(env);
    server.start(centrePath(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QByteArray err;
    for (int i = 0; i < 300 && !err.contains("listening on"); ++i) {
        server.waitForReadyRead(100);
        err += server.readAllStandardError();
    }
    ASSERT_TRUE(err.contains("listening on https://")) << err.toStdString();

    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/state").arg(port)));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = nam.get(req);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(reply->isFinished());
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200) << reply->errorString().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(reply->readAll()).object()[QStringLiteral("store")].toString(), QStringLiteral("QN-01"));
    delete reply;
    server.terminate();
    ASSERT_TRUE(server.waitForFinished(15000));
    EXPECT_EQ(server.exitCode(), 0) << server.readAllStandardError().toStdString();
}

} // namespace
} // namespace ocopos::test

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

#include "PortalRepository.h"
#include "PgArray.h"

namespace ocopos::db {

namespace {

/// The condition that keeps a row in the scope: `keyCol` is the row's province
/// key (of its owner), `storeCol` its store. A cooperative sees its key and its
/// members' '<key>/…' (starts_with: no LIKE pattern to escape).
QString scopeWhere(const QString& keyCol, const QString& storeCol)
{
    return QStringLiteral("(CAST(:sk AS TEXT) = '' OR %1 = :sk2 OR starts_with(%1, :skp)) "
                          "AND (CAST(:sid AS BIGINT) = 0 OR %2 = :sid2)")
        .arg(keyCol, storeCol);
}

/// Text to bind where the statement compares with '': a null QString would bind NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindScope(Query& q, const PortalScope& s)
{
    q.bind(QStringLiteral(":sk"), text(s.producerKey)).bind(QStringLiteral(":sk2"), text(s.producerKey));
    q.bind(QStringLiteral(":skp"), s.producerKey + QLatin1Char('/'));
    q.bind(QStringLiteral(":sid"), v64(s.storeId.value_or(0)))
        .bind(QStringLiteral(":sid2"), v64(s.storeId.value_or(0)));
}

/// The store producers (store, owner code) of a scope, as two bound arrays
/// that a statement unnests: `FROM unnest(CAST(:os AS BIGINT[]), CAST(:oc AS
/// TEXT[])) AS o(store_id, code)`. The planner then walks the sale lines by
/// their (store_id, owner, sale_date) index, a few hundred owners at most,
/// instead of joining a scope condition it cannot estimate against 5 M lines.
struct ScopeOwners {
    QString storeIds, codes;
};

const QString kOwnersFrom =
    QStringLiteral("unnest(CAST(:os AS BIGINT[]), CAST(:oc AS TEXT[])) AS o(store_id, code)");

void bindOwners(Query& q, const ScopeOwners& o)
{
    q.bind(QStringLiteral(":os"), o.storeIds).bind(QStringLiteral(":oc"), o.codes);
}

const QString kSumColumns
    = QStringLiteral("CAST(SUM(d.lines) AS BIGINT), CAST(SUM(d.receipts) AS BIGINT), CAST(SUM(d.gross_vnd) AS BIGINT), "
                     "CAST(SUM(d.net_vnd) AS BIGINT), CAST(SUM(d.returns_vnd) AS BIGINT), CAST(SUM(d.vat_vnd - "
                     "d.return_vat_vnd) AS BIGINT), "
                     "CAST(SUM(d.commission_vnd - d.return_comm_vnd) AS BIGINT), CAST(SUM(d.payout_vnd - "
                     "d.return_payout_vnd) AS BIGINT)");

const QString kJournalColumns
    = QStringLiteral("entry_id, ref_id, at, kind, prev_hash, hash, content, received_at FROM centre_journal ");

PortalJournalEntry readEntry(Query& q)
{
    PortalJournalEntry e;
    e.entryId = q.value(0).toLongLong();
    e.refId = q.value(1).toLongLong();
    e.at = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.prevHash = q.value(4).toString();
    e.hash = q.value(5).toString();
    e.content = q.value(6).toString();
    e.receivedAt = q.value(7).toString();
    return e;
}

} // namespace

namespace {
ScopeOwners scopeOwners(Database& db, const PortalScope& scope)
{
    Query q(db, QStringLiteral("SELECT store_id, code FROM centre_store_producers sp WHERE %1")
                    .arg(scopeWhere(QStringLiteral("sp.key"), QStringLiteral("sp.store_id"))));
    bindScope(q, scope);
    q.exec();
    PgArray ids, codes;
    while (q.next()) {
        ids.add(q.value(0).toLongLong());
        codes.add(q.value(1).toString());
    }
    return ScopeOwners{ids.take(), codes.take()};
}
} // namespace

std::optional<qint64> PortalRepository::storeIdByCode(const QString& code)
{
    Query q(m_db, QStringLiteral("SELECT id FROM centre_stores WHERE code = :c"));
    q.bind(QStringLiteral(":c"), code);
    const auto v = q.scalar();
    if (!v)
        return std::nullopt;
    return v->toLongLong();
}

std::optional<std::pair<QString, QString>> PortalRepository::producerName(const QString& key)
{
    Query q(m_db, QStringLiteral("SELECT name, kind FROM centre_producers WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key).exec();
    if (!q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toString(), q.value(1).toString());
}

std::vector<PortalStoreState> PortalRepository::storeStates()
{
    Query q(m_db,
        QStringLiteral(
            "SELECT s.id, s.code, s.name, s.created_at, COALESCE(s.revoked_at, ''), COALESCE(s.last_batch_at, ''), "
            "s.last_hash, s.journal_through, s.entries, s.settlements, "
            "(SELECT COUNT(*) FROM centre_rejections r WHERE r.store_id = s.id), "
            "COALESCE((SELECT r.at FROM centre_rejections r WHERE r.store_id = s.id ORDER BY r.id DESC LIMIT 1), ''), "
            "COALESCE((SELECT r.reason || ': ' || r.message FROM centre_rejections r WHERE r.store_id = s.id "
            "ORDER BY r.id DESC LIMIT 1), '') FROM centre_stores s ORDER BY s.code"));
    q.exec();
    std::vector<PortalStoreState> out;
    while (q.next()) {
        PortalStoreState s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.name = q.value(2).toString();
        s.createdAt = q.value(3).toString();
        s.revokedAt = q.value(4).toString();
        s.lastBatchAt = q.value(5).toString();
        s.lastHash = q.value(6).toString();
        s.journalThrough = q.value(7).toLongLong();
        s.entries = q.value(8).toLongLong();
        s.settlements = q.value(9).toLongLong();
        s.rejections = q.value(10).toLongLong();
        s.lastRejectionAt = q.value(11).toString();
        s.lastRejection = q.value(12).toString();
        out.push_back(s);
    }
    return out;
}

std::vector<PortalCooperative> PortalRepository::cooperatives()
{
    Query q(m_db,
        QStringLiteral(
            "SELECT p.key, p.name, p.kind, COALESCE(p.tax_code, ''), "
            "(SELECT COUNT(DISTINCT sp.store_id) FROM centre_store_producers sp WHERE sp.key = p.key), "
            "(SELECT COUNT(*) FROM centre_producers m WHERE starts_with(m.key, p.key || '/')), "
            "(SELECT COUNT(*) FROM centre_portal_users u WHERE u.producer_key = p.key AND u.disabled_at IS NULL) "
            "FROM centre_producers p WHERE p.kind IN ('cooperative', 'coop_group') ORDER BY p.name, p.key"));
    q.exec();
    std::vector<PortalCooperative> out;
    while (q.next())
        out.push_back(PortalCooperative { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong() });
    return out;
}

std::vector<PortalSums> PortalRepository::sumsBy(
    const PortalScope& scope, const QString& by, const QString& from, const QString& to)
{
    const bool byStore = by == QLatin1String("store");
    const QString group = byStore ? QStringLiteral("st.code, st.name") : QStringLiteral("CAST(d.day AS TEXT), ''");
    Query q(m_db,
        QStringLiteral("SELECT %1, %2 FROM centre_owner_days d JOIN centre_stores st ON st.id = d.store_id "
                       "WHERE d.day BETWEEN CAST(:f AS DATE) AND CAST(:t AS DATE) AND %3 GROUP BY 1, 2 ORDER BY 1")
            .arg(group, kSumColumns, scopeWhere(QStringLiteral("d.key"), QStringLiteral("d.store_id"))));
    q.bind(QStringLiteral(":f"), from).bind(QStringLiteral(":t"), to);
    bindScope(q, scope);
    q.exec();
    std::vector<PortalSums> out;
    while (q.next()) {
        PortalSums s;
        s.group = q.value(0).toString();
        s.label = q.value(1).toString();
        s.lines = q.value(2).toLongLong();
        s.receipts = q.value(3).toLongLong();
        s.gross = q.value(4).toLongLong();
        s.returns = q.value(6).toLongLong();
        s.net = q.value(5).toLongLong() - s.returns;
        s.vat = q.value(7).toLongLong();
        s.commission = q.value(8).toLongLong();
        s.payout = q.value(9).toLongLong();
        out.push_back(s);
    }
    return out;
}

std::vector<PortalSums> PortalRepository::sumsByProduct(
    const PortalScope& scope, const QString& from, const QString& to)
{
    // The day sums each batch keeps (centre_sku_days, migration 0003): sales
    // less voids on the sale's day, returns on theirs.
    Query q(m_db, QStringLiteral(
                      "SELECT d.sku, MIN(d.name), CAST(SUM(d.lines) AS BIGINT), CAST(SUM(d.qty - d.return_qty) AS BIGINT), "
                      "CAST(SUM(d.gross_vnd) AS BIGINT), CAST(SUM(d.net_vnd) AS BIGINT), CAST(SUM(d.returns_vnd) AS BIGINT), "
                      "CAST(SUM(d.commission_vnd - d.return_comm_vnd) AS BIGINT), "
                      "CAST(SUM(d.payout_vnd - d.return_payout_vnd) AS BIGINT) FROM %1 "
                      "JOIN centre_sku_days d ON d.store_id = o.store_id AND d.owner = o.code "
                      "AND d.day BETWEEN CAST(:f AS DATE) AND CAST(:t AS DATE) "
                      "GROUP BY d.sku HAVING SUM(d.lines) <> 0 OR SUM(d.return_lines) <> 0 ORDER BY 6 DESC, 1")
                      .arg(kOwnersFrom));
    q.bind(QStringLiteral(":f"), from).bind(QStringLiteral(":t"), to);
    bindOwners(q, scopeOwners(m_db, scope));
    q.exec();
    std::vector<PortalSums> out;
    while (q.next()) {
        PortalSums s;
        s.group = q.value(0).toString();
        s.label = q.value(1).toString();
        s.lines = q.value(2).toLongLong();
        s.qty = q.value(3).toLongLong();
        s.gross = q.value(4).toLongLong();
        s.returns = q.value(6).toLongLong();
        s.net = q.value(5).toLongLong() - s.returns;
        s.commission = q.value(7).toLongLong();
        s.payout = q.value(8).toLongLong();
        out.push_back(s);
    }
    return out;
}

std::vector<PortalSums> PortalRepository::sumsByHousehold(
    const PortalScope& scope, const QString& from, const QString& to)
{
    // centre_household_days (migration 0003): the lots sold, by the producer
    // whose lot it was, less voids.
    Query q(m_db, QStringLiteral(
                      "SELECT COALESCE(hp.key, 'STORE:' || st.code || '/' || d.producer), "
                      "MIN(COALESCE(hp.name, d.producer)), CAST(SUM(d.lots) AS BIGINT), CAST(SUM(d.qty) AS BIGINT), "
                      "CAST(SUM(d.amount_vnd) AS BIGINT) FROM %1 "
                      "JOIN centre_household_days d ON d.store_id = o.store_id AND d.owner = o.code "
                      "AND d.day BETWEEN CAST(:f AS DATE) AND CAST(:t AS DATE) "
                      "JOIN centre_stores st ON st.id = d.store_id "
                      "LEFT JOIN centre_store_producers hp ON hp.store_id = d.store_id AND hp.code = d.producer "
                      "GROUP BY 1 HAVING SUM(d.lots) <> 0 ORDER BY 5 DESC, 1")
                      .arg(kOwnersFrom));
    q.bind(QStringLiteral(":f"), from).bind(QStringLiteral(":t"), to);
    bindOwners(q, scopeOwners(m_db, scope));
    q.exec();
    std::vector<PortalSums> out;
    while (q.next()) {
        PortalSums s;
        s.group = q.value(0).toString();
        s.label = q.value(1).toString();
        s.lines = q.value(2).toLongLong();
        s.qty = q.value(3).toLongLong();
        s.net = q.value(4).toLongLong();
        out.push_back(s);
    }
    return out;
}

namespace {

const QString kLineSelect = QStringLiteral(
    "SELECT st.code, st.name, s.receipt_no, CAST(l.sale_date AS TEXT), s.at, l.sku, l.name, l.owner, sp.name, "
    "l.sale_id, l.line_no, l.qty, l.net_vnd, l.commission_vnd, l.payout_vnd, s.entry_id, "
    "COALESCE((SELECT string_agg(COALESCE(CAST(lt.lot_id AS TEXT), '') || '|' || lt.producer || '|' || "
    "CAST(lt.qty AS TEXT), ';' ORDER BY lt.seq) FROM centre_sale_line_lots lt WHERE lt.store_id = l.store_id "
    "AND lt.sale_id = l.sale_id AND lt.line_no = l.line_no AND lt.sale_date = l.sale_date), '')");
const QString kLineFrom = QStringLiteral(
    " FROM centre_sale_lines l "
    "JOIN centre_store_producers sp ON sp.store_id = l.store_id AND sp.code = l.owner "
    "JOIN centre_sales s ON s.store_id = l.store_id AND s.sale_id = l.sale_id AND s.sale_date = l.sale_date "
    "JOIN centre_stores st ON st.id = l.store_id ");

PortalLine readLine(Query& q)
{
    PortalLine l;
    l.storeCode = q.value(0).toString();
    l.storeName = q.value(1).toString();
    l.receiptNo = q.value(2).toString();
    l.saleDate = q.value(3).toString();
    l.at = q.value(4).toString();
    l.sku = q.value(5).toString();
    l.name = q.value(6).toString();
    l.owner = q.value(7).toString();
    l.ownerName = q.value(8).toString();
    l.saleId = q.value(9).toLongLong();
    l.lineNo = q.value(10).toLongLong();
    l.qty = q.value(11).toLongLong();
    l.net = q.value(12).toLongLong();
    l.commission = q.value(13).toLongLong();
    l.payout = q.value(14).toLongLong();
    l.entryId = q.value(15).toLongLong();
    l.lots = q.value(16).toString();
    return l;
}

} // namespace

PortalLinePage PortalRepository::lines(const PortalScope& scope, const PortalLineFilter& f)
{
    // The page's keys first (through the owners' index, filters, order, limit),
    // then the columns and each line's lots for those 50 rows only.
    const ScopeOwners owners = scopeOwners(m_db, scope);
    // The pager's count: without a household or lot filter it is the day sums'
    // (centre_sku_days counts exactly the unvoided lines by store, owner, SKU and
    // day), so the page query need not count every line of the period.
    const bool countFromSums = f.household.isEmpty() && !f.lot;
    std::optional<qint64> total;
    if (countFromSums) {
        Query c(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(d.lines), 0) AS BIGINT) FROM %1 "
                                     "JOIN centre_sku_days d ON d.store_id = o.store_id AND d.owner = o.code "
                                     "AND d.day BETWEEN CAST(:f AS DATE) AND CAST(:t AS DATE) "
                                     "JOIN centre_stores st ON st.id = d.store_id "
                                     "WHERE (CAST(:fs AS TEXT) = '' OR st.code = :fs2) "
                                     "AND (CAST(:fk AS TEXT) = '' OR d.sku = :fk2)")
                          .arg(kOwnersFrom));
        c.bind(QStringLiteral(":f"), f.from).bind(QStringLiteral(":t"), f.to);
        bindOwners(c, owners);
        c.bind(QStringLiteral(":fs"), text(f.store)).bind(QStringLiteral(":fs2"), text(f.store));
        c.bind(QStringLiteral(":fk"), text(f.sku)).bind(QStringLiteral(":fk2"), text(f.sku));
        total = c.scalar()->toLongLong();
        if (*total == 0 || f.offset >= *total)
            return PortalLinePage{{}, *total};
    }
    const QString lotMatch = QStringLiteral(
        "EXISTS (SELECT 1 FROM centre_sale_line_lots lt %1 WHERE lt.store_id = l.store_id AND lt.sale_id = l.sale_id "
        "AND lt.line_no = l.line_no AND lt.sale_date = l.sale_date AND %2)");
    Query q(m_db,
        QStringLiteral("WITH page AS (SELECT l.store_id, l.sale_id, l.line_no, l.sale_date, s.at, "
                       "%4 AS total FROM %1 "
                       "JOIN centre_sale_lines l ON l.store_id = o.store_id AND l.owner = o.code "
                       "AND l.sale_date BETWEEN CAST(:f AS DATE) AND CAST(:t AS DATE) "
                       "JOIN centre_sales s ON s.store_id = l.store_id AND s.sale_id = l.sale_id "
                       "AND s.sale_date = l.sale_date JOIN centre_stores st ON st.id = l.store_id "
                       "WHERE s.voided_entry_id IS NULL "
                       "AND (CAST(:fs AS TEXT) = '' OR st.code = :fs2) "
                       "AND (CAST(:fk AS TEXT) = '' OR l.sku = :fk2) "
                       "AND (CAST(:fh AS TEXT) = '' OR %2) AND (CAST(:fl AS BIGINT) < 0 OR %3) "
                       "ORDER BY l.sale_date DESC, s.at DESC, l.store_id, l.sale_id DESC, l.line_no "
                       "LIMIT :lim OFFSET :off) ")
                .arg(kOwnersFrom,
                    lotMatch.arg(QStringLiteral("JOIN centre_store_producers hp ON hp.store_id = lt.store_id "
                                                "AND hp.code = lt.producer"),
                        QStringLiteral("hp.key = :fh2")),
                    lotMatch.arg(QString(), QStringLiteral("lt.lot_id = :fl2")),
                    countFromSums ? QStringLiteral("CAST(0 AS BIGINT)") : QStringLiteral("COUNT(*) OVER ()"))
            + kLineSelect + QStringLiteral(", page.total") + kLineFrom
            + QStringLiteral("JOIN page ON page.store_id = l.store_id AND page.sale_id = l.sale_id "
                             "AND page.line_no = l.line_no AND page.sale_date = l.sale_date "
                             "ORDER BY l.sale_date DESC, s.at DESC, l.store_id, l.sale_id DESC, l.line_no"));
    q.bind(QStringLiteral(":f"), f.from).bind(QStringLiteral(":t"), f.to);
    bindOwners(q, owners);
    q.bind(QStringLiteral(":fs"), text(f.store)).bind(QStringLiteral(":fs2"), text(f.store));
    q.bind(QStringLiteral(":fk"), text(f.sku)).bind(QStringLiteral(":fk2"), text(f.sku));
    q.bind(QStringLiteral(":fh"), text(f.household)).bind(QStringLiteral(":fh2"), text(f.household));
    q.bind(QStringLiteral(":fl"), v64(f.lot.value_or(-1))).bind(QStringLiteral(":fl2"), v64(f.lot.value_or(-1)));
    q.bind(QStringLiteral(":lim"), f.limit).bind(QStringLiteral(":off"), f.offset);
    q.exec();
    PortalLinePage page;
    while (q.next()) {
        page.lines.push_back(readLine(q));
        page.total = q.value(17).toLongLong();
    }
    if (total)
        page.total = *total;
    return page;
}

std::optional<PortalLine> PortalRepository::line(
    const PortalScope& scope, const QString& storeCode, qint64 saleId, qint64 lineNo)
{
    Query q(m_db,
        kLineSelect + kLineFrom
            + QStringLiteral("WHERE st.code = :c AND l.sale_id = :s AND l.line_no = :n AND %1")
                  .arg(scopeWhere(QStringLiteral("sp.key"), QStringLiteral("l.store_id"))));
    q.bind(QStringLiteral(":c"), storeCode)
        .bind(QStringLiteral(":s"), v64(saleId))
        .bind(QStringLiteral(":n"), v64(lineNo));
    bindScope(q, scope);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readLine(q);
}

namespace {
const QString kSettlementSelect = QStringLiteral(
    "SELECT st.code, st.name, x.producer, sp.name, CAST(x.from_date AS TEXT), CAST(x.to_date AS TEXT), x.finalized_at, "
    "x.store_id, x.settlement_id, x.net_vnd, x.returns_vnd, x.commission_vnd, x.payout_vnd, %1 "
    "FROM centre_settlements x JOIN centre_store_producers sp ON sp.store_id = x.store_id AND sp.code = x.producer "
    "JOIN centre_stores st ON st.id = x.store_id WHERE %2 ");

PortalSettlement readSettlement(Query& q)
{
    PortalSettlement s;
    s.storeCode = q.value(0).toString();
    s.storeName = q.value(1).toString();
    s.producer = q.value(2).toString();
    s.producerName = q.value(3).toString();
    s.from = q.value(4).toString();
    s.to = q.value(5).toString();
    s.finalizedAt = q.value(6).toString();
    s.storeId = q.value(7).toLongLong();
    s.settlementId = q.value(8).toLongLong();
    s.net = q.value(9).toLongLong();
    s.returns = q.value(10).toLongLong();
    s.commission = q.value(11).toLongLong();
    s.payout = q.value(12).toLongLong();
    s.content = q.value(13).toString();
    return s;
}
} // namespace

std::vector<PortalSettlement> PortalRepository::settlements(const PortalScope& scope)
{
    Query q(m_db,
        kSettlementSelect.arg(QStringLiteral("''"), scopeWhere(QStringLiteral("sp.key"), QStringLiteral("x.store_id")))
            + QStringLiteral("ORDER BY x.to_date DESC, st.code, x.settlement_id DESC"));
    bindScope(q, scope);
    q.exec();
    std::vector<PortalSettlement> out;
    while (q.next())
        out.push_back(readSettlement(q));
    return out;
}

std::optional<PortalSettlement> PortalRepository::settlement(
    const PortalScope& scope, const QString& storeCode, qint64 settlementId)
{
    Query q(m_db,
        kSettlementSelect.arg(
            QStringLiteral("x.content"), scopeWhere(QStringLiteral("sp.key"), QStringLiteral("x.store_id")))
            + QStringLiteral("AND st.code = :c AND x.settlement_id = :i"));
    bindScope(q, scope);
    q.bind(QStringLiteral(":c"), storeCode).bind(QStringLiteral(":i"), v64(settlementId));
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readSettlement(q);
}

namespace {
const QString kOwnerSelect = QStringLiteral(
    "SELECT sp.store_id, st.code, st.name, sp.code, sp.name, sp.kind, COALESCE(sp.tax_code, ''), "
    "COALESCE(sp.district, ''), COALESCE(sp.province, ''), COALESCE((SELECT CAST(MAX(x.to_date) AS TEXT) "
    "FROM centre_settlements x WHERE x.store_id = sp.store_id AND x.producer = sp.code), '') "
    "FROM centre_store_producers sp JOIN centre_stores st ON st.id = sp.store_id ");

PortalDraftOwner readOwner(Query& q)
{
    PortalDraftOwner o;
    o.storeId = q.value(0).toLongLong();
    o.storeCode = q.value(1).toString();
    o.storeName = q.value(2).toString();
    o.owner = q.value(3).toString();
    o.ownerName = q.value(4).toString();
    o.kind = q.value(5).toString();
    o.taxCode = q.value(6).toString();
    o.district = q.value(7).toString();
    o.province = q.value(8).toString();
    o.lastSettledTo = q.value(9).toString();
    return o;
}
} // namespace

std::vector<PortalDraftOwner> PortalRepository::draftOwners(const PortalScope& scope, const QString& since)
{
    Query q(m_db,
        kOwnerSelect
            + QStringLiteral("WHERE %1 AND EXISTS (SELECT 1 FROM centre_owner_days d WHERE d.store_id = sp.store_id "
                             "AND d.owner = sp.code AND d.day >= CAST(:since AS DATE)) ORDER BY st.code, sp.name")
                  .arg(scopeWhere(QStringLiteral("sp.key"), QStringLiteral("sp.store_id"))));
    bindScope(q, scope);
    q.bind(QStringLiteral(":since"), since).exec();
    std::vector<PortalDraftOwner> out;
    while (q.next())
        out.push_back(readOwner(q));
    return out;
}

std::optional<PortalDraftOwner> PortalRepository::draftOwner(
    const PortalScope& scope, const QString& storeCode, const QString& owner)
{
    Query q(m_db,
        kOwnerSelect
            + QStringLiteral("WHERE %1 AND st.code = :c AND sp.code = :o")
                  .arg(scopeWhere(QStringLiteral("sp.key"), QStringLiteral("sp.store_id"))));
    bindScope(q, scope);
    q.bind(QStringLiteral(":c"), storeCode).bind(QStringLiteral(":o"), owner).exec();
    if (!q.next())
        return std::nullopt;
    return readOwner(q);
}

std::vector<PortalDraftLine> PortalRepository::draftLines(
    qint64 storeId, const QString& owner, const QString& from, const QString& to)
{
    Query q(m_db,
        QStringLiteral(
            "SELECT x.sku, COALESCE(MIN(x.name), MIN(p.name), x.sku), COALESCE(MIN(x.supply), MIN(p.supply), "
            "'consignment'), CAST(SUM(x.qty) AS BIGINT), CAST(SUM(x.gross) AS BIGINT), "
            "CAST(SUM(x.discount) AS BIGINT), CAST(SUM(x.net) AS BIGINT), CAST(SUM(x.ret) AS BIGINT), "
            "CAST(SUM(x.vat) AS BIGINT), CAST(SUM(x.comm) AS BIGINT), CAST(SUM(x.payout) AS BIGINT), "
            "CAST(SUM(x.sales) AS BIGINT) FROM ("
            "SELECT l.sku, l.name, l.supply, l.qty, l.gross_vnd AS gross, "
            "l.discount_vnd + l.sale_discount_vnd AS discount, l.net_vnd AS net, 0 AS ret, l.vat_vnd AS vat, "
            "l.commission_vnd AS comm, l.payout_vnd AS payout, 1 AS sales FROM centre_sale_lines l "
            "JOIN centre_sales s ON s.store_id = l.store_id AND s.sale_id = l.sale_id AND s.sale_date = l.sale_date "
            "WHERE l.store_id = :s AND l.owner = :o AND l.sale_date BETWEEN CAST(:f AS DATE) AND CAST(:t AS DATE) "
            "AND s.voided_entry_id IS NULL "
            "UNION ALL SELECT r.sku, NULL, NULL, -r.qty, 0, 0, -r.refund_vnd, r.refund_vnd, -r.vat_vnd, "
            "-r.commission_vnd, -r.payout_vnd, 0 FROM centre_return_lines r WHERE r.store_id = :s2 "
            "AND r.owner = :o2 AND r.return_date BETWEEN CAST(:f2 AS DATE) AND CAST(:t2 AS DATE)) x "
            "LEFT JOIN centre_products p ON p.store_id = :s3 AND p.sku = x.sku GROUP BY x.sku ORDER BY 2"));
    q.bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":s2"), v64(storeId))
        .bind(QStringLiteral(":s3"), v64(storeId));
    q.bind(QStringLiteral(":o"), owner).bind(QStringLiteral(":o2"), owner);
    q.bind(QStringLiteral(":f"), from)
        .bind(QStringLiteral(":f2"), from)
        .bind(QStringLiteral(":t"), to)
        .bind(QStringLiteral(":t2"), to);
    q.exec();
    std::vector<PortalDraftLine> out;
    while (q.next()) {
        PortalDraftLine l;
        l.sku = q.value(0).toString();
        l.name = q.value(1).toString();
        l.supply = q.value(2).toString();
        qint64* f[] = { &l.qty, &l.gross, &l.discount, &l.net, &l.returns, &l.vat, &l.commission, &l.payout, &l.sales };
        for (int i = 0; i < 9; ++i)
            *f[i] = q.value(3 + i).toLongLong();
        out.push_back(l);
    }
    return out;
}

std::vector<PortalDraftHousehold> PortalRepository::draftHouseholds(
    qint64 storeId, const QString& owner, const QString& from, const QString& to)
{
    Query q(m_db,
        QStringLiteral(
            "SELECT lt.producer, MIN(COALESCE(hp.name, lt.producer)), CAST(SUM(lt.amount_vnd) AS BIGINT) "
            "FROM centre_sale_line_lots lt JOIN centre_sale_lines l ON l.store_id = lt.store_id "
            "AND l.sale_id = lt.sale_id AND l.line_no = lt.line_no AND l.sale_date = lt.sale_date "
            "JOIN centre_sales s ON s.store_id = l.store_id AND s.sale_id = l.sale_id AND s.sale_date = l.sale_date "
            "LEFT JOIN centre_store_producers hp ON hp.store_id = lt.store_id AND hp.code = lt.producer "
            "WHERE lt.store_id = :s AND l.owner = :o AND lt.sale_date BETWEEN CAST(:f AS DATE) AND CAST(:t AS DATE) "
            "AND s.voided_entry_id IS NULL GROUP BY lt.producer ORDER BY 2"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":o"), owner);
    q.bind(QStringLiteral(":f"), from).bind(QStringLiteral(":t"), to).exec();
    std::vector<PortalDraftHousehold> out;
    while (q.next())
        out.push_back(PortalDraftHousehold { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    return out;
}

QString PortalRepository::unitOf(qint64 storeId, const QString& sku)
{
    Query q(m_db, QStringLiteral("SELECT unit FROM centre_products WHERE store_id = :s AND sku = :k"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":k"), sku);
    return q.scalar().value_or(QVariant(QString())).toString();
}

std::optional<PortalJournalEntry> PortalRepository::journalEntry(qint64 storeId, qint64 entryId)
{
    Query q(
        m_db, QStringLiteral("SELECT ") + kJournalColumns + QStringLiteral("WHERE store_id = :s AND entry_id = :e"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":e"), v64(entryId)).exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

std::optional<PortalJournalEntry> PortalRepository::previousEntry(qint64 storeId, qint64 entryId)
{
    Query q(m_db,
        QStringLiteral("SELECT ") + kJournalColumns
            + QStringLiteral("WHERE store_id = :s AND entry_id < :e ORDER BY entry_id DESC LIMIT 1"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":e"), v64(entryId)).exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

std::pair<qint64, qint64> PortalRepository::chainLinks(qint64 storeId, qint64 entryId)
{
    Query q(m_db,
        QStringLiteral("SELECT COUNT(*), COUNT(*) FILTER (WHERE (p IS NULL AND prev_hash <> repeat('0', 64)) "
                       "OR (p IS NOT NULL AND p <> prev_hash)) FROM (SELECT prev_hash, "
                       "lag(hash) OVER (ORDER BY entry_id) AS p FROM centre_journal "
                       "WHERE store_id = :s AND entry_id <= :e) x"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":e"), v64(entryId)).exec();
    if (!q.next())
        return { 0, 0 };
    return { q.value(0).toLongLong(), q.value(1).toLongLong() };
}

} // namespace ocopos::db

#include "StockRepository.h"

#include "MultiRow.h"
#include "core/Errors.h"

#include <algorithm>

namespace ocopos::db {

namespace {
QVariant textOrNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

QVariant dateOrNull(const std::optional<QDate>& d) { return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(); }
std::optional<QDate> readDate(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QString code(core::MovementKind k)
{
    const auto c = core::toCode(k);
    return QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size()));
}
std::string s(const QString& q) { return q.toStdString(); }

const QString kLotSelect = QStringLiteral(
    "SELECT l.id, l.product_id, pr.sku, l.receipt_id, r.number, l.producer_id, p.code, p.name, l.lot_code, "
    "l.produced_on, l.expires_on, l.unit_cost_vnd, l.received_qty, l.on_hand, l.received_at "
    "FROM lots l JOIN producers p ON p.id = l.producer_id JOIN goods_receipts r ON r.id = l.receipt_id "
    "JOIN products pr ON pr.id = l.product_id ");

LotInfo readLot(Query& q)
{
    LotInfo l;
    l.id = q.value(0).toLongLong();
    l.productId = q.value(1).toLongLong();
    l.sku = q.value(2).toString();
    l.receiptId = q.value(3).toLongLong();
    l.receiptNumber = q.value(4).toString();
    l.producerId = q.value(5).toLongLong();
    l.producerCode = q.value(6).toString();
    l.producerName = q.value(7).toString();
    l.lotCode = q.value(8).toString();
    l.producedOn = readDate(q.value(9));
    l.expiresOn = readDate(q.value(10));
    if (!q.value(11).isNull())
        l.unitCost = core::Money(q.value(11).toLongLong());
    l.receivedQty = core::Quantity::fromThousandths(q.value(12).toLongLong());
    l.onHand = core::Quantity::fromThousandths(q.value(13).toLongLong());
    l.receivedAt = q.value(14).toString();
    return l;
}

std::vector<LotInfo> readLots(Query& q)
{
    std::vector<LotInfo> out;
    while (q.next())
        out.push_back(readLot(q));
    return out;
}
} // namespace

core::LotSnapshot LotInfo::snapshot() const
{
    return core::LotSnapshot{id, producerId, expiresOn, receiptId, onHand};
}

void StockRepository::lotFault(const Movement& m)
{
    Query lot(m_db, QStringLiteral("SELECT l.product_id, l.on_hand, l.lot_code, p.sku FROM lots l "
                                   "JOIN products p ON p.id = l.product_id WHERE l.id = :id"));
    lot.bind(QStringLiteral(":id"), *m.lotId).exec();
    if (!lot.next())
        throw NotFound("no lot with id " + std::to_string(*m.lotId));
    const qint64 productId = lot.value(0).toLongLong();
    const auto onHand = core::Quantity::fromThousandths(lot.value(1).toLongLong());
    const QString lotCode = lot.value(2).toString();
    const QString sku = lot.value(3).toString();
    if (productId != m.productId)
        throw Conflict("lot " + s(lotCode) + " belongs to " + s(sku) + ", not to product id "
                       + std::to_string(m.productId));
    const core::Quantity after = onHand + m.qty;
    if (after.thousandths() < 0)
        throw Conflict("lot " + s(lotCode) + " of " + s(sku) + " has " + core::formatQuantity(onHand)
                       + " on hand; it cannot give " + core::formatQuantity(-m.qty));
    throw Conflict("lot " + s(lotCode) + " of " + s(sku) + " was changed while it was being written");
}

void StockRepository::moveLot(const Movement& m)
{
    // One statement when the lot is the product's and has enough on hand (a
    // sale: the lots were just read); the reads of lotFault only name the fault.
    Query upd(m_db, QStringLiteral("UPDATE lots SET on_hand = on_hand + :q WHERE id = :id AND product_id = :p "
                                   "AND on_hand + :q2 >= 0"));
    upd.bind(QStringLiteral(":q"), v64(m.qty.thousandths())).bind(QStringLiteral(":q2"), v64(m.qty.thousandths()))
        .bind(QStringLiteral(":id"), *m.lotId)
        .bind(QStringLiteral(":p"), m.productId).exec();
    if (upd.rowsAffected() != 1)
        lotFault(m);
}

namespace {
const QString kMovementColumns = QStringLiteral(
    "INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id, reason, ref_type, ref_id) VALUES ");

/// Binds a movement's nine columns from `first` on.
void bindMovement(Query& q, const Movement& m, int first)
{
    const auto name = [first](int c) { return first + c; };
    q.bind(name(0), v64(m.productId))
        .bind(name(1), m.lotId ? v64(*m.lotId) : QVariant())
        .bind(name(2), code(m.kind))
        .bind(name(3), v64(m.qty.thousandths()))
        .bind(name(4), m.at)
        .bind(name(5), v64(m.userId))
        .bind(name(6), textOrNull(m.reason))
        .bind(name(7), textOrNull(m.ref.type))
        .bind(name(8), m.ref.id ? v64(*m.ref.id) : QVariant());
}
} // namespace

qint64 StockRepository::addMovement(const Movement& m)
{
    if (m.qty.isZero())
        throw ValidationError("qty", "a stock movement of zero changes nothing");
    if (m.lotId)
        moveLot(m);
    static const MultiRowInsert ins(kMovementColumns, 9);
    Query q(m_db, m_db.withNewId(ins.sql(1)));
    bindMovement(q, m, ins.position(0, 0));
    q.exec();
    return q.lastInsertId();
}

void StockRepository::addMovements(const std::vector<Movement>& ms)
{
    for (const Movement& m : ms)
        if (m.qty.isZero())
            throw ValidationError("qty", "a stock movement of zero changes nothing");
    // One guarded update per lot, its movements summed (two lines of a sale may
    // draw on one lot): the lot ends where the movements one by one would leave it.
    std::vector<Movement> perLot;
    for (const Movement& m : ms) {
        if (!m.lotId)
            continue;
        auto it = std::find_if(perLot.begin(), perLot.end(), [&](const Movement& l) { return l.lotId == m.lotId; });
        if (it == perLot.end())
            perLot.push_back(m);
        else if (it->productId != m.productId)
            lotFault(m);  // a lot is one product's: names the mismatch
        else
            it->qty += m.qty;
    }
    for (const Movement& m : perLot)
        if (!m.qty.isZero())
            moveLot(m);
    static const MultiRowInsert ins(kMovementColumns, 9);
    for (std::size_t done = 0; done < ms.size();) {
        const std::size_t n = MultiRowInsert::chunk(m_db, ms.size() - done);
        Query q(m_db, ins.sql(n));
        for (std::size_t r = 0; r < n; ++r)
            bindMovement(q, ms[done + r], ins.position(r, 0));
        q.exec();
        done += n;
    }
}

std::vector<core::LotSnapshot> StockRepository::lotSnapshots(qint64 productId)
{
    return std::move(lotSnapshots(std::vector<qint64>{productId})[productId]);
}

std::map<qint64, std::vector<core::LotSnapshot>> StockRepository::lotSnapshots(const std::vector<qint64>& productIds)
{
    static const RepeatedLookup lookup(QStringLiteral(
        "SELECT product_id, id, producer_id, expires_on, receipt_id, on_hand FROM lots WHERE product_id = ? AND on_hand > 0"));
    std::map<qint64, std::vector<core::LotSnapshot>> out;
    std::vector<qlonglong> ids(productIds.begin(), productIds.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const qint64 id : ids)
        out[id];
    lookup.run(m_db, ids, [&](Query& q, std::size_t, std::size_t) {
        while (q.next())
            out[q.value(0).toLongLong()].push_back(
                core::LotSnapshot{q.value(1).toLongLong(), q.value(2).toLongLong(), readDate(q.value(3)),
                                  q.value(4).toLongLong(), core::Quantity::fromThousandths(q.value(5).toLongLong())});
    });
    for (auto& [id, lots] : out)
        std::sort(lots.begin(), lots.end(), [](const core::LotSnapshot& a, const core::LotSnapshot& b) { return a.lotId < b.lotId; });
    return out;
}

std::vector<LotInfo> StockRepository::lots(qint64 productId, bool withStockOnly)
{
    Query q(m_db, kLotSelect + QStringLiteral("WHERE l.product_id = :p")
                      + (withStockOnly ? QStringLiteral(" AND l.on_hand <> 0") : QString())
                      + QStringLiteral(" ORDER BY l.receipt_id, l.id"));
    q.bind(QStringLiteral(":p"), productId).exec();
    return readLots(q);
}

std::vector<LotInfo> StockRepository::lotsWithStock(std::optional<qint64> ownerId)
{
    QString sql = kLotSelect + QStringLiteral("WHERE l.on_hand <> 0");
    if (ownerId)
        sql += QStringLiteral(" AND pr.owner_id = :o");
    sql += QStringLiteral(" ORDER BY l.product_id, l.receipt_id, l.id");
    Query q(m_db, sql);
    if (ownerId)
        q.bind(QStringLiteral(":o"), *ownerId);
    q.exec();
    return readLots(q);
}

std::optional<LotInfo> StockRepository::lotById(qint64 lotId)
{
    Query q(m_db, kLotSelect + QStringLiteral("WHERE l.id = :id"));
    q.bind(QStringLiteral(":id"), lotId).exec();
    if (!q.next())
        return std::nullopt;
    return readLot(q);
}

std::optional<LotInfo> StockRepository::lotByCode(qint64 productId, const QString& lotCode)
{
    Query q(m_db, kLotSelect + QStringLiteral("WHERE l.product_id = :p AND l.lot_code = :c"));
    q.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":c"), lotCode).exec();
    if (!q.next())
        return std::nullopt;
    return readLot(q);
}

qint64 StockRepository::insertLot(const NewLot& lot)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO lots (product_id, receipt_id, producer_id, lot_code, produced_on, expires_on, unit_cost_vnd, "
        "received_qty, on_hand, received_at) VALUES (:p, :r, :prod, :code, :made, :exp, :cost, :qty, 0, :at)"));
    q.bind(QStringLiteral(":p"), lot.productId)
        .bind(QStringLiteral(":r"), lot.receiptId)
        .bind(QStringLiteral(":prod"), lot.producerId)
        .bind(QStringLiteral(":code"), lot.lotCode)
        .bind(QStringLiteral(":made"), dateOrNull(lot.producedOn))
        .bind(QStringLiteral(":exp"), dateOrNull(lot.expiresOn))
        .bind(QStringLiteral(":cost"), lot.unitCost ? v64(lot.unitCost->dong()) : QVariant())
        .bind(QStringLiteral(":qty"), v64(lot.receivedQty.thousandths()))
        .bind(QStringLiteral(":at"), lot.receivedAt)
        .exec();
    return q.lastInsertId();
}

std::vector<StockProduct> StockRepository::products(std::optional<qint64> ownerId, std::optional<qint64> productId)
{
    QString sql = QStringLiteral(
        "SELECT p.id, p.sku, p.name, p.unit, p.sold_by, p.supply, p.owner_id, o.code, o.name, p.reorder_point, "
        "p.ocop_cert_no, p.ocop_cert_expiry FROM products p JOIN producers o ON o.id = p.owner_id WHERE 1 = 1");
    if (ownerId)
        sql += QStringLiteral(" AND p.owner_id = :o");
    if (productId)
        sql += QStringLiteral(" AND p.id = :id");
    sql += QStringLiteral(" ORDER BY p.id");
    Query q(m_db, sql);
    if (ownerId)
        q.bind(QStringLiteral(":o"), *ownerId);
    if (productId)
        q.bind(QStringLiteral(":id"), *productId);
    q.exec();
    std::vector<StockProduct> out;
    while (q.next()) {
        StockProduct p;
        p.id = q.value(0).toLongLong();
        p.sku = q.value(1).toString();
        p.name = q.value(2).toString();
        p.unit = q.value(3).toString();
        p.soldBy = core::soldByFromCode(s(q.value(4).toString())).value_or(core::SoldBy::Unit);
        p.supply = core::supplyFromCode(s(q.value(5).toString())).value_or(core::Supply::Consignment);
        p.ownerId = q.value(6).toLongLong();
        p.ownerCode = q.value(7).toString();
        p.ownerName = q.value(8).toString();
        if (!q.value(9).isNull())
            p.reorderPoint = core::Quantity::fromThousandths(q.value(9).toLongLong());
        p.certNo = q.value(10).toString();
        p.certExpiry = readDate(q.value(11));
        out.push_back(std::move(p));
    }
    return out;
}

QString StockRepository::nextReceiptNumber()
{
    // Receipts are never deleted, so the count of PN- receipts is the last
    // sequence number (other rows, e.g. the demo history's DEMO- stock, don't count).
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM goods_receipts WHERE number LIKE 'PN-%'"));
    const qint64 next = q.scalar()->toLongLong() + 1;
    return QStringLiteral("PN-%1").arg(next, 6, 10, QLatin1Char('0'));
}

qint64 StockRepository::insertReceipt(const QString& number, qint64 producerId, const QString& at, qint64 userId,
                                      const QString& note)
{
    Query q(m_db, QStringLiteral("INSERT INTO goods_receipts (number, producer_id, received_at, user_id, note) "
                                 "VALUES (:n, :p, :at, :u, :note)"));
    q.bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":p"), producerId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":note"), textOrNull(note))
        .exec();
    return q.lastInsertId();
}

std::optional<StockRepository::ReceiptHeader> StockRepository::receiptByNumber(const QString& number)
{
    Query q(m_db, QStringLiteral("SELECT r.id, r.number, r.producer_id, r.received_at, u.username, r.note "
                                 "FROM goods_receipts r JOIN users u ON u.id = r.user_id WHERE r.number = :n"));
    q.bind(QStringLiteral(":n"), number).exec();
    if (!q.next())
        return std::nullopt;
    return ReceiptHeader{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

std::vector<LotInfo> StockRepository::receiptLots(qint64 receiptId)
{
    Query q(m_db, kLotSelect + QStringLiteral("WHERE l.receipt_id = :r ORDER BY l.id"));
    q.bind(QStringLiteral(":r"), receiptId).exec();
    return readLots(q);
}

qint64 StockRepository::insertStockCount(const QString& at, qint64 userId, const QString& note)
{
    Query q(m_db, QStringLiteral("INSERT INTO stock_counts (counted_at, user_id, note) VALUES (:at, :u, :note)"));
    q.bind(QStringLiteral(":at"), at).bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":note"), textOrNull(note)).exec();
    return q.lastInsertId();
}

void StockRepository::insertCountLine(qint64 countId, int lineNo, qint64 productId, qint64 lotId, bool byProduct,
                                      core::Quantity expected, core::Quantity counted)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO stock_count_lines (count_id, line_no, product_id, lot_id, by_product, expected_qty, counted_qty) "
        "VALUES (:c, :line, :p, :lot, :by, :exp, :cnt)"));
    q.bind(QStringLiteral(":c"), countId)
        .bind(QStringLiteral(":line"), lineNo)
        .bind(QStringLiteral(":p"), productId)
        .bind(QStringLiteral(":lot"), lotId)
        .bind(QStringLiteral(":by"), byProduct ? 1 : 0)
        .bind(QStringLiteral(":exp"), v64(expected.thousandths()))
        .bind(QStringLiteral(":cnt"), v64(counted.thousandths()))
        .exec();
}

std::vector<LedgerMismatch> StockRepository::ledgerMismatches()
{
    std::vector<LedgerMismatch> out;
    const auto q3 = [](qint64 t) { return core::Quantity::fromThousandths(t); };
    Query lots(m_db, QStringLiteral(
        "SELECT l.id, l.product_id, p.sku, l.lot_code, l.on_hand, "
        "(SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m WHERE m.lot_id = l.id) AS ledger "
        "FROM lots l JOIN products p ON p.id = l.product_id "
        "WHERE l.on_hand < 0 OR l.on_hand <> (SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m WHERE m.lot_id = l.id) "
        "ORDER BY l.product_id, l.id"));
    lots.exec();
    while (lots.next()) {
        LedgerMismatch x;
        x.lotId = lots.value(0).toLongLong();
        x.productId = lots.value(1).toLongLong();
        x.sku = lots.value(2).toString();
        x.lotCode = lots.value(3).toString();
        x.cached = q3(lots.value(4).toLongLong());
        x.ledger = q3(lots.value(5).toLongLong());
        x.what = x.cached != x.ledger ? QStringLiteral("lot on-hand differs from its ledger")
                                      : QStringLiteral("lot on-hand is negative");
        out.push_back(x);
    }
    // Per product: the lots' caches against the lotted movements booked under the
    // product. They differ when a movement names one product and another's lot.
    Query prods(m_db, QStringLiteral(
        "SELECT p.id, p.sku, "
        "(SELECT COALESCE(SUM(l.on_hand), 0) FROM lots l WHERE l.product_id = p.id) AS cached, "
        "(SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m WHERE m.product_id = p.id AND m.lot_id IS NOT NULL) AS ledger "
        "FROM products p ORDER BY p.id"));
    prods.exec();
    while (prods.next()) {
        const qint64 cached = prods.value(2).toLongLong();
        const qint64 ledger = prods.value(3).toLongLong();
        if (cached == ledger)
            continue;
        LedgerMismatch x;
        x.productId = prods.value(0).toLongLong();
        x.sku = prods.value(1).toString();
        x.cached = q3(cached);
        x.ledger = q3(ledger);
        x.what = QStringLiteral("the product's lots differ from the movements booked under it");
        out.push_back(x);
    }
    return out;
}

std::vector<StoredMovement> StockRepository::movements(qint64 productId)
{
    Query q(m_db, QStringLiteral(
        "SELECT m.id, m.product_id, m.lot_id, m.kind, m.qty, m.at, m.user_id, m.reason, m.ref_type, m.ref_id, "
        "u.username, l.lot_code FROM stock_movements m JOIN users u ON u.id = m.user_id "
        "LEFT JOIN lots l ON l.id = m.lot_id WHERE m.product_id = :p ORDER BY m.id"));
    q.bind(QStringLiteral(":p"), productId).exec();
    std::vector<StoredMovement> out;
    while (q.next()) {
        StoredMovement sm;
        sm.id = q.value(0).toLongLong();
        Movement& m = sm.movement;
        m.productId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            m.lotId = q.value(2).toLongLong();
        m.kind = core::movementKindFromCode(s(q.value(3).toString())).value_or(core::MovementKind::Adjustment);
        m.qty = core::Quantity::fromThousandths(q.value(4).toLongLong());
        m.at = q.value(5).toString();
        m.userId = q.value(6).toLongLong();
        m.reason = q.value(7).toString();
        m.ref.type = q.value(8).toString();
        if (!q.value(9).isNull())
            m.ref.id = q.value(9).toLongLong();
        sm.username = q.value(10).toString();
        sm.lotCode = q.value(11).toString();
        out.push_back(std::move(sm));
    }
    return out;
}

core::Quantity StockRepository::ledgerSum(qint64 lotId)
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(SUM(qty), 0) FROM stock_movements WHERE lot_id = :l"));
    q.bind(QStringLiteral(":l"), lotId);
    return core::Quantity::fromThousandths(q.scalar()->toLongLong());
}

} // namespace ocopos::db

#include "SaleFixtures.h"

#include "db/StockRepository.h"

namespace ocopos::test {

qint64 addLot(TempStore& store, const QString& sku, const QString& lotCode, const QString& producerCode,
              const QString& qty, std::optional<QDate> expiresOn)
{
    auto& db = store.db();
    db::TransactionGuard tx(db);
    const auto at = core::Clock::isoString(store.clock().now());
    db::Query prod(db, QStringLiteral("SELECT id FROM products WHERE sku = :s"));
    prod.bind(QStringLiteral(":s"), sku);
    const qint64 productId = prod.scalar()->toLongLong();
    db::Query producer(db, QStringLiteral("SELECT id FROM producers WHERE code = :c"));
    producer.bind(QStringLiteral(":c"), producerCode);
    const qint64 producerId = producer.scalar()->toLongLong();
    db::Query admin(db, QStringLiteral("SELECT id FROM users WHERE username = 'admin'"));
    const qint64 adminId = admin.scalar()->toLongLong();
    db::Query count(db, QStringLiteral("SELECT COUNT(*) + 1 FROM goods_receipts"));
    const qint64 n = count.scalar()->toLongLong();
    db::Query gr(db, QStringLiteral("INSERT INTO goods_receipts (number, producer_id, received_at, user_id) "
                                    "VALUES (:n, :p, :at, :u)"));
    gr.bind(QStringLiteral(":n"), QStringLiteral("TEST-%1").arg(n))
        .bind(QStringLiteral(":p"), producerId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":u"), adminId)
        .exec();
    const qint64 receiptId = gr.lastInsertId();
    const auto q = core::parseQuantity(qty.toStdString(), "qty");
    db::Query lot(db, QStringLiteral("INSERT INTO lots (product_id, receipt_id, producer_id, lot_code, expires_on, received_qty, "
                                     "on_hand, received_at) VALUES (:p, :r, :prod, :code, :exp, :q, 0, :at)"));
    lot.bind(QStringLiteral(":p"), productId)
        .bind(QStringLiteral(":r"), receiptId)
        .bind(QStringLiteral(":prod"), producerId)
        .bind(QStringLiteral(":code"), lotCode)
        .bind(QStringLiteral(":exp"), expiresOn ? QVariant(expiresOn->toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":q"), db::v64(q.thousandths()))
        .bind(QStringLiteral(":at"), at)
        .exec();
    const qint64 lotId = lot.lastInsertId();
    db::StockRepository(db).addMovement(db::Movement{productId, lotId, core::MovementKind::Receipt, q, at, adminId, QString(),
                                                     db::StockRef{QStringLiteral("goods_receipt"), receiptId}});
    tx.commit();
    return lotId;
}

services::SaleLineRequest saleLine(const QString& code, const QString& qty)
{
    services::SaleLineRequest l;
    l.code = code;
    if (!qty.isEmpty())
        l.qty = core::parseQuantity(qty.toStdString(), "qty");
    return l;
}

core::Payment cash(std::int64_t amount) { return core::Payment{core::PaymentMethod::Cash, core::Money(amount), {}}; }

std::int64_t ledgerOf(TempStore& store, qint64 lotId)
{
    db::Query q(store.db(), QStringLiteral("SELECT COALESCE(SUM(qty), 0) FROM stock_movements WHERE lot_id = :l"));
    q.bind(QStringLiteral(":l"), lotId);
    return q.scalar()->toLongLong();
}

std::int64_t onHandOf(TempStore& store, qint64 lotId)
{
    db::Query q(store.db(), QStringLiteral("SELECT on_hand FROM lots WHERE id = :l"));
    q.bind(QStringLiteral(":l"), lotId);
    return q.scalar()->toLongLong();
}

} // namespace ocopos::test

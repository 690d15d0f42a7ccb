#include "StockRepository.h"

namespace ocopos::db {

void StockRepository::addMovement(const Movement& m)
{
    Query q(m_db, QStringLiteral("INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id, reason, ref_type, "
                                 "ref_id) VALUES (:p, :lot, :kind, :qty, :at, :u, :reason, :rt, :rid)"));
    q.bind(QStringLiteral(":p"), m.productId)
        .bind(QStringLiteral(":lot"), m.lotId ? QVariant(*m.lotId) : QVariant())
        .bind(QStringLiteral(":kind"), QString::fromUtf8(core::toCode(m.kind).data()))
        .bind(QStringLiteral(":qty"), v64(m.qty.thousandths()))
        .bind(QStringLiteral(":at"), m.at)
        .bind(QStringLiteral(":u"), m.userId)
        .bind(QStringLiteral(":reason"), m.reason.isEmpty() ? QVariant() : QVariant(m.reason))
        .bind(QStringLiteral(":rt"), m.refType.isEmpty() ? QVariant() : QVariant(m.refType))
        .bind(QStringLiteral(":rid"), m.refId ? QVariant(m.refId) : QVariant())
        .exec();
    if (m.lotId) {
        Query up(m_db, QStringLiteral("UPDATE lots SET on_hand = on_hand + :q WHERE id = :id"));
        up.bind(QStringLiteral(":q"), v64(m.qty.thousandths())).bind(QStringLiteral(":id"), *m.lotId).exec();
    }
}

std::vector<core::LotSnapshot> StockRepository::lotSnapshots(qint64 productId)
{
    Query q(m_db, QStringLiteral("SELECT id, producer_id, expires_on, receipt_id, on_hand FROM lots "
                                 "WHERE product_id = :p AND on_hand > 0"));
    q.bind(QStringLiteral(":p"), productId).exec();
    std::vector<core::LotSnapshot> out;
    while (q.next()) {
        core::LotSnapshot s;
        s.lotId = q.value(0).toLongLong();
        s.producerId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            s.expiresOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        s.receiptOrder = q.value(3).toLongLong();
        s.onHand = core::Quantity::fromThousandths(q.value(4).toLongLong());
        out.push_back(s);
    }
    return out;
}

} // namespace ocopos::db

#include "DemoRepository.h"

namespace ocopos::db {

bool DemoRepository::hasStoreData()
{
    Query q(m_db, QStringLiteral("SELECT (SELECT COUNT(*) FROM products) + (SELECT COUNT(*) FROM producers) "
                                 "+ (SELECT COUNT(*) FROM users WHERE username <> 'admin') + (SELECT COUNT(*) FROM sales)"));
    return q.scalar()->toLongLong() > 0;
}

std::optional<DemoUser> DemoRepository::activeUser(const QString& username)
{
    Query q(m_db, QStringLiteral("SELECT id, display_name FROM users WHERE username = :u AND active = 1"));
    q.bind(QStringLiteral(":u"), username).exec();
    if (!q.next())
        return std::nullopt;
    return DemoUser{q.value(0).toLongLong(), q.value(1).toString()};
}

std::vector<DemoProductRow> DemoRepository::sellableProducts()
{
    enum Column { Id, OwnerId, Sku, SoldBy, Supply, Price };
    Query q(m_db, QStringLiteral("SELECT id, owner_id, sku, sold_by, supply, price_vnd FROM products WHERE active = 1 "
                                 "AND price_vnd > 0 ORDER BY id"));
    q.exec();
    std::vector<DemoProductRow> rows;
    while (q.next())
        rows.push_back({q.value(Id).toLongLong(), q.value(OwnerId).toLongLong(), q.value(Sku).toString(),
                        q.value(SoldBy).toString() == QLatin1String("weight"),
                        q.value(Supply).toString() == QLatin1String("purchased"), q.value(Price).toLongLong()});
    return rows;
}

std::int64_t DemoRepository::lotCount()
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM lots"));
    return q.scalar()->toLongLong();
}

std::vector<DemoLotRow> DemoRepository::demoLotsWithStock()
{
    Query q(m_db, QStringLiteral("SELECT l.id, l.product_id, l.on_hand FROM lots l JOIN goods_receipts r "
                                 "ON r.id = l.receipt_id WHERE r.number LIKE 'DEMO-%' AND l.on_hand > 0"));
    q.exec();
    std::vector<DemoLotRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return rows;
}

} // namespace ocopos::db

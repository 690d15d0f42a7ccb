#include "SearchIndexRepository.h"

namespace ocopos::db {

void SearchIndexRepository::useForOneFullRead()
{
    if (m_db.isPostgres())
        return;  // the server's cache is shared; nothing to tune per connection
    m_db.execute(QStringLiteral("PRAGMA mmap_size=0"));
    m_db.execute(QStringLiteral("PRAGMA cache_size=-4096"));
}

std::vector<SearchIndexRepository::Owner> SearchIndexRepository::owners()
{
    enum { Id, NameKey, Code };
    Query q(m_db, QStringLiteral("SELECT id, name_key, code FROM producers"));
    q.exec();
    std::vector<Owner> out;
    while (q.next())
        out.push_back(Owner{q.value(Id).toLongLong(), q.value(NameKey).toString(), q.value(Code).toString()});
    return out;
}

QString SearchIndexRepository::catalogToken()
{
    Query q(m_db, QStringLiteral("SELECT token FROM catalog_state WHERE id = 1"));
    const auto v = q.scalar();
    return v ? v->toString() : QString();
}

qint64 SearchIndexRepository::productCount()
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM products"));
    return q.scalar()->toLongLong();
}

void SearchIndexRepository::forEachProduct(const std::function<void(Product&&)>& row)
{
    enum { Id, Name, NameKey, Sku, OwnerId };
    Query q(m_db, QStringLiteral("SELECT id, name, name_key, sku, owner_id FROM products"));
    q.exec();
    while (q.next())
        row(Product{q.value(Id).toLongLong(), q.value(Name).toString(), q.value(NameKey).toString(),
                    q.value(Sku).toString(), q.value(OwnerId).toLongLong()});
}

void SearchIndexRepository::forEachBarcode(const std::function<void(qint64, const QString&)>& row)
{
    enum { ProductId, Code };
    Query q(m_db, QStringLiteral("SELECT product_id, code FROM barcodes"));
    q.exec();
    while (q.next())
        row(q.value(ProductId).toLongLong(), q.value(Code).toString());
}

} // namespace ocopos::db

// CentreRepository's producers and catalogue: each store's producers as it
// names them, the province's producers they are matched to, the conflicts of
// that matching, and the stores' products. Ingest and reports: CentreRepository.cpp.
#include "CentreRepository.h"
#include "PgArray.h"

namespace ocopos::db {

namespace {
QString orNull(const QString& s) { return s.isEmpty() ? QString() : s; }
QVariant textOrNull(const QString& s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); }
} // namespace

std::vector<CentreStoreProducer> CentreRepository::storeProducers(qint64 storeId)
{
    Query q(m_db, QStringLiteral("SELECT code, key, kind, name, COALESCE(parent, ''), COALESCE(tax_code, ''), "
                                 "COALESCE(district, ''), COALESCE(province, '') FROM centre_store_producers "
                                 "WHERE store_id = :s ORDER BY code"));
    q.bind(QStringLiteral(":s"), v64(storeId)).exec();
    std::vector<CentreStoreProducer> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return out;
}

void CentreRepository::upsertStoreProducer(qint64 storeId, const CentreStoreProducer& p, const QString& now)
{
    Query(m_db, QStringLiteral("INSERT INTO centre_store_producers (store_id, code, key, kind, name, parent, tax_code, "
                               "district, province, updated_at) VALUES (:s, :c, :k, :kind, :n, :p, :t, :d, :pr, :now) "
                               "ON CONFLICT (store_id, code) DO UPDATE SET key = EXCLUDED.key, kind = EXCLUDED.kind, "
                               "name = EXCLUDED.name, parent = EXCLUDED.parent, tax_code = EXCLUDED.tax_code, "
                               "district = EXCLUDED.district, province = EXCLUDED.province, updated_at = EXCLUDED.updated_at"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":c"), p.code)
        .bind(QStringLiteral(":k"), p.key)
        .bind(QStringLiteral(":kind"), p.kind)
        .bind(QStringLiteral(":n"), p.name)
        .bind(QStringLiteral(":p"), textOrNull(p.parent))
        .bind(QStringLiteral(":t"), textOrNull(p.taxCode))
        .bind(QStringLiteral(":d"), textOrNull(p.district))
        .bind(QStringLiteral(":pr"), textOrNull(p.province))
        .bind(QStringLiteral(":now"), now)
        .exec();
}

void CentreRepository::relabelOwnerDays(qint64 storeId, const QString& owner, const QString& key)
{
    for (const char* table : {"centre_owner_days", "centre_owner_months"})
        Query(m_db, QStringLiteral("UPDATE %1 SET key = :k WHERE store_id = :s AND owner = :o AND key <> :k")
                        .arg(QLatin1String(table)))
            .bind(QStringLiteral(":k"), key)
            .bind(QStringLiteral(":s"), v64(storeId))
            .bind(QStringLiteral(":o"), owner)
            .exec();
}

std::optional<CentreProducer> CentreRepository::producer(const QString& key)
{
    Query q(m_db, QStringLiteral("SELECT p.key, p.kind, p.name, p.name_folded, COALESCE(p.tax_code, ''), s.code, "
                                 "p.first_code FROM centre_producers p JOIN centre_stores s ON s.id = p.first_store_id "
                                 "WHERE p.key = :k"));
    q.bind(QStringLiteral(":k"), key).exec();
    if (!q.next())
        return std::nullopt;
    return CentreProducer{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), 0};
}

void CentreRepository::insertProducer(const CentreProducer& p, qint64 storeId, const QString& now)
{
    Query(m_db, QStringLiteral("INSERT INTO centre_producers (key, kind, name, name_folded, tax_code, first_store_id, "
                               "first_code, first_seen_at) VALUES (:k, :kind, :n, :f, :t, :s, :c, :now) "
                               "ON CONFLICT (key) DO NOTHING"))
        .bind(QStringLiteral(":k"), p.key)
        .bind(QStringLiteral(":kind"), p.kind)
        .bind(QStringLiteral(":n"), p.name)
        .bind(QStringLiteral(":f"), p.nameFolded)
        .bind(QStringLiteral(":t"), textOrNull(p.taxCode))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":c"), p.firstCode)
        .bind(QStringLiteral(":now"), now)
        .exec();
}

void CentreRepository::clearConflicts(qint64 storeId, const QString& code)
{
    Query(m_db, QStringLiteral("DELETE FROM centre_producer_conflicts WHERE store_id = :s AND code = :c"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":c"), code)
        .exec();
}

void CentreRepository::recordConflict(qint64 storeId, const CentreConflict& c, const QString& now)
{
    Query(m_db, QStringLiteral("INSERT INTO centre_producer_conflicts (key, store_id, code, field, centre_value, "
                               "store_value, seen_at) VALUES (:k, :s, :c, :f, :cv, :sv, :now) "
                               "ON CONFLICT (key, store_id, code, field) DO UPDATE SET centre_value = EXCLUDED.centre_value, "
                               "store_value = EXCLUDED.store_value, seen_at = EXCLUDED.seen_at"))
        .bind(QStringLiteral(":k"), c.key)
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":c"), c.code)
        .bind(QStringLiteral(":f"), c.field)
        .bind(QStringLiteral(":cv"), c.centreValue)
        .bind(QStringLiteral(":sv"), c.storeValue)
        .bind(QStringLiteral(":now"), now)
        .exec();
}

void CentreRepository::upsertProducts(qint64 storeId, const std::vector<CentreProduct>& rows, const QString& now)
{
    if (rows.empty())
        return;
    const std::size_t n = rows.size();
    PgArray sku(n), name(n), unit(n), vat(n), owner(n), category(n), stars(n), supply(n);
    for (const auto& p : rows) {
        sku.add(p.sku);
        name.add(p.name);
        unit.add(p.unit);
        vat.add(p.vat);
        owner.add(p.owner);
        category.add(orNull(p.category));
        stars.add(p.ocopStars);
        supply.add(p.supply);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_products AS p (store_id, sku, name, unit, vat, owner, category, ocop_stars, supply, "
                    "updated_at) SELECT :s, u.*, :now FROM unnest(CAST(:sku AS TEXT[]), CAST(:name AS TEXT[]), "
                    "CAST(:unit AS TEXT[]), CAST(:vat AS TEXT[]), CAST(:owner AS TEXT[]), CAST(:cat AS TEXT[]), "
                    "CAST(:stars AS BIGINT[]), CAST(:supply AS TEXT[])) AS u "
                    "ON CONFLICT (store_id, sku) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit, vat = EXCLUDED.vat, "
                    "owner = EXCLUDED.owner, category = EXCLUDED.category, ocop_stars = EXCLUDED.ocop_stars, "
                    "supply = EXCLUDED.supply, updated_at = EXCLUDED.updated_at "
                    "WHERE (p.name, p.unit, p.vat, p.owner, p.category, p.ocop_stars, p.supply) IS DISTINCT FROM "
                    "(EXCLUDED.name, EXCLUDED.unit, EXCLUDED.vat, EXCLUDED.owner, EXCLUDED.category, EXCLUDED.ocop_stars, "
                    "EXCLUDED.supply)"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":sku"), sku.take())
        .bind(QStringLiteral(":name"), name.take())
        .bind(QStringLiteral(":unit"), unit.take())
        .bind(QStringLiteral(":vat"), vat.take())
        .bind(QStringLiteral(":owner"), owner.take())
        .bind(QStringLiteral(":cat"), category.take())
        .bind(QStringLiteral(":stars"), stars.take())
        .bind(QStringLiteral(":supply"), supply.take())
        .exec();
}

std::vector<CentreProducer> CentreRepository::producers()
{
    Query q(m_db, QStringLiteral(
                      "SELECT p.key, p.kind, p.name, p.name_folded, COALESCE(p.tax_code, ''), s.code, p.first_code, "
                      "(SELECT COUNT(DISTINCT sp.store_id) FROM centre_store_producers sp WHERE sp.key = p.key) "
                      "FROM centre_producers p JOIN centre_stores s ON s.id = p.first_store_id ORDER BY p.key"));
    q.exec();
    std::vector<CentreProducer> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()});
    return out;
}

std::vector<CentreConflict> CentreRepository::conflicts()
{
    Query q(m_db, QStringLiteral("SELECT c.key, s.code, c.code, c.field, c.centre_value, c.store_value, c.seen_at "
                                 "FROM centre_producer_conflicts c JOIN centre_stores s ON s.id = c.store_id "
                                 "ORDER BY c.key, s.code, c.code, c.field"));
    q.exec();
    std::vector<CentreConflict> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

} // namespace ocopos::db

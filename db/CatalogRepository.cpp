#include "CatalogRepository.h"

#include "MultiRow.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace ocopos::db {

namespace {
QVariant textOrNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

/// The columns of a select list, joined: each list below is indexed by its enum,
/// so a position read is named where the row is mapped and nowhere else.
template <std::size_t N>
QString columnList(const std::array<const char*, N>& columns)
{
    QStringList out;
    for (const char* c : columns)
        out << QLatin1String(c);
    return out.join(QStringLiteral(", "));
}

enum ProducerColumn { PrId, PrCode, PrKind, PrName, PrParentId, PrParentCode, PrTaxCode, PrAddress, PrDistrict,
                      PrProvince, PrPhone, PrBankBin, PrBankAccount, PrCommission, ProducerColumnCount };
constexpr std::array<const char*, ProducerColumnCount> kProducerColumnNames = {
    "p.id", "p.code", "p.kind", "p.name", "p.parent_id", "pp.code", "p.tax_code", "p.address", "p.district",
    "p.province", "p.phone", "p.bank_bin", "p.bank_account", "p.commission_bp"};
const QString kProducerSelect = QStringLiteral("SELECT ") + columnList(kProducerColumnNames)
    + QStringLiteral(" FROM producers p LEFT JOIN producers pp ON pp.id = p.parent_id");

core::Producer readProducer(const Query& q)
{
    core::Producer p;
    p.id = q.value(PrId).toLongLong();
    p.code = q.value(PrCode).toString();
    p.kind = core::producerKindFromCode(q.value(PrKind).toString().toStdString()).value_or(core::ProducerKind::Individual);
    p.name = q.value(PrName).toString();
    if (!q.value(PrParentId).isNull())
        p.parentId = q.value(PrParentId).toLongLong();
    p.parentCode = q.value(PrParentCode).toString();
    p.taxCode = q.value(PrTaxCode).toString();
    p.address = q.value(PrAddress).toString();
    p.district = q.value(PrDistrict).toString();
    p.province = q.value(PrProvince).toString();
    p.phone = q.value(PrPhone).toString();
    p.bankBin = q.value(PrBankBin).toString();
    p.bankAccount = q.value(PrBankAccount).toString();
    if (!q.value(PrCommission).isNull())
        p.commission = core::BasisPoints{q.value(PrCommission).toLongLong()};
    return p;
}

enum ProductColumn { PId, PSku, PName, PUnit, PSoldBy, PPrice, PVat, PCategory, POwnerId, POwnerCode, POwnerName,
                     PStars, PCertNo, PCertExpiry, PSupply, PCommission, PReorderPoint, PPlu, PActive,
                     ProductColumnCount };
constexpr std::array<const char*, ProductColumnCount> kProductColumnNames = {
    "p.id", "p.sku", "p.name", "p.unit", "p.sold_by", "p.price_vnd", "p.vat", "p.category", "p.owner_id", "o.code",
    "o.name", "p.ocop_stars", "p.ocop_cert_no", "p.ocop_cert_expiry", "p.supply", "p.commission_bp",
    "p.reorder_point", "p.plu", "p.active"};
const QString kProductSelect = QStringLiteral("SELECT ") + columnList(kProductColumnNames)
    + QStringLiteral(" FROM products p JOIN producers o ON o.id = p.owner_id ");

/// What a scan selects after the product's columns.
enum ScanColumn { SOwnerCommission = ProductColumnCount, SBarcodes, SDefaultCommission, ScanColumnCount };
constexpr std::array<const char*, std::size_t{ScanColumnCount} - std::size_t{ProductColumnCount}> kScanExtraNames = {
    "o.commission_bp", "(SELECT group_concat(bc.code, char(31)) FROM barcodes bc WHERE bc.product_id = p.id)",
    "(SELECT value FROM settings WHERE key = 'default_commission_pct')"};
/// PostgreSQL's spelling of SQLite's group_concat (the one dialect point of a scan).
const QString kGroupConcatSqlite = QStringLiteral("group_concat(bc.code, char(31))");
const QString kGroupConcatPostgres = QStringLiteral("string_agg(bc.code, chr(31))");

core::Product readProduct(const Query& q)
{
    core::Product p;
    p.id = q.value(PId).toLongLong();
    p.sku = q.value(PSku).toString();
    p.name = q.value(PName).toString();
    p.unit = q.value(PUnit).toString();
    p.soldBy = core::soldByFromCode(q.value(PSoldBy).toString().toStdString()).value_or(core::SoldBy::Unit);
    p.price = core::Money(q.value(PPrice).toLongLong());
    p.vat = core::VatRate::parse(q.value(PVat).toString().toStdString());
    p.category = q.value(PCategory).toString();
    p.ownerId = q.value(POwnerId).toLongLong();
    p.ownerCode = q.value(POwnerCode).toString();
    p.ownerName = q.value(POwnerName).toString();
    if (!q.value(PStars).isNull())
        p.ocopStars = q.value(PStars).toInt();
    p.certNo = q.value(PCertNo).toString();
    if (!q.value(PCertExpiry).isNull())
        p.certExpiry = QDate::fromString(q.value(PCertExpiry).toString(), Qt::ISODate);
    p.supply = core::supplyFromCode(q.value(PSupply).toString().toStdString()).value_or(core::Supply::Consignment);
    if (!q.value(PCommission).isNull())
        p.commission = core::BasisPoints{q.value(PCommission).toLongLong()};
    if (!q.value(PReorderPoint).isNull())
        p.reorderPoint = core::Quantity::fromThousandths(q.value(PReorderPoint).toLongLong());
    p.plu = q.value(PPlu).toString();
    p.active = q.value(PActive).toInt() == 1;
    return p;
}

/// A one-column result (ids, codes): column 0 is the whole select list.
std::vector<QVariant> firstColumn(Query& q)
{
    std::vector<QVariant> out;
    while (q.next())
        out.push_back(q.value(0));
    return out;
}
} // namespace

std::optional<core::Producer> CatalogRepository::producerByCode(const QString& code)
{
    Query q(m_db, kProducerSelect + QStringLiteral(" WHERE p.code = :c"));
    q.bind(QStringLiteral(":c"), code).exec();
    if (!q.next())
        return std::nullopt;
    return readProducer(q);
}

std::optional<core::Producer> CatalogRepository::producerById(qint64 id)
{
    Query q(m_db, kProducerSelect + QStringLiteral(" WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readProducer(q);
}

std::vector<core::Producer> CatalogRepository::producers(std::optional<qint64> scope)
{
    QString sql = kProducerSelect;
    if (scope)
        sql += QStringLiteral(" WHERE p.id = :s OR p.parent_id = :s");
    Query q(m_db, sql);
    if (scope)
        q.bind(QStringLiteral(":s"), *scope);
    q.exec();
    std::vector<core::Producer> out;
    while (q.next())
        out.push_back(readProducer(q));
    return out;
}

qint64 CatalogRepository::upsertProducer(const core::Producer& p, const QString& nameKey, const QString& now)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO producers (code, kind, name, name_key, tax_code, address, district, province, phone, bank_bin, "
        "bank_account, commission_bp, created_at, updated_at) VALUES (:code, :kind, :name, :key, :tax, :addr, :dist, "
        ":prov, :phone, :bin, :acct, :comm, :now, :now) "
        "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name, name_key = excluded.name_key, "
        "tax_code = excluded.tax_code, address = excluded.address, district = excluded.district, "
        "province = excluded.province, phone = excluded.phone, bank_bin = excluded.bank_bin, "
        "bank_account = excluded.bank_account, commission_bp = excluded.commission_bp, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":code"), p.code)
        .bind(QStringLiteral(":kind"), QString::fromUtf8(core::toCode(p.kind).data()))
        .bind(QStringLiteral(":name"), p.name)
        .bind(QStringLiteral(":key"), nameKey)
        .bind(QStringLiteral(":tax"), textOrNull(p.taxCode))
        .bind(QStringLiteral(":addr"), textOrNull(p.address))
        .bind(QStringLiteral(":dist"), textOrNull(p.district))
        .bind(QStringLiteral(":prov"), textOrNull(p.province))
        .bind(QStringLiteral(":phone"), textOrNull(p.phone))
        .bind(QStringLiteral(":bin"), textOrNull(p.bankBin))
        .bind(QStringLiteral(":acct"), textOrNull(p.bankAccount))
        .bind(QStringLiteral(":comm"), p.commission ? v64(p.commission->bp) : QVariant())
        .bind(QStringLiteral(":now"), now)
        .exec();
    Query id(m_db, QStringLiteral("SELECT id FROM producers WHERE code = :c"));
    id.bind(QStringLiteral(":c"), p.code);
    return id.scalar()->toLongLong();
}

void CatalogRepository::setProducerParent(qint64 id, std::optional<qint64> parentId)
{
    Query q(m_db, QStringLiteral("UPDATE producers SET parent_id = :p WHERE id = :id"));
    q.bind(QStringLiteral(":p"), parentId ? QVariant(*parentId) : QVariant()).bind(QStringLiteral(":id"), id).exec();
}

std::vector<qint64> CatalogRepository::memberIds(qint64 producerId)
{
    Query q(m_db, QStringLiteral("SELECT id FROM producers WHERE parent_id = :p"));
    q.bind(QStringLiteral(":p"), producerId).exec();
    std::vector<qint64> out;
    for (const QVariant& id : firstColumn(q))
        out.push_back(id.toLongLong());
    return out;
}

std::optional<QString> CatalogRepository::memberWithMembers()
{
    Query q(m_db, QStringLiteral("SELECT p.code FROM producers c JOIN producers p ON p.id = c.parent_id "
                                 "WHERE p.parent_id IS NOT NULL LIMIT 1"));
    const auto code = q.scalar();
    return code ? std::optional<QString>(code->toString()) : std::nullopt;
}

void CatalogRepository::loadBarcodes(core::Product& p)
{
    Query q(m_db, QStringLiteral("SELECT code FROM barcodes WHERE product_id = :id ORDER BY code"));
    q.bind(QStringLiteral(":id"), p.id).exec();
    for (const QVariant& code : firstColumn(q))
        p.barcodes << code.toString();
}

void CatalogRepository::loadBarcodes(std::vector<core::Product>& products)
{
    // A statement per product is a round trip each on PostgreSQL: the SQL search
    // of a three-letter word at 300k products took ~11 s that way (bench_scale
    // --pg). Two fixed texts (the last id repeated to fill them) keep the
    // statement cache small.
    if (products.size() <= 1) {
        for (auto& p : products)
            loadBarcodes(p);
        return;
    }
    const std::size_t chunk = products.size() <= 16 ? 16 : 500;
    const auto text = [](std::size_t n) {
        QString list;
        for (std::size_t i = 0; i < n; ++i)
            list += (i ? QStringLiteral(", :i") : QStringLiteral(":i")) + QString::number(i);
        return QStringLiteral("SELECT product_id, code FROM barcodes WHERE product_id IN (") + list
               + QStringLiteral(") ORDER BY product_id, code");
    };
    static const QString small = text(16), large = text(500);
    std::unordered_map<qint64, core::Product*> byId;
    for (auto& p : products)
        byId.emplace(p.id, &p);
    for (std::size_t start = 0; start < products.size(); start += chunk) {
        Query q(m_db, chunk == 16 ? small : large);
        for (std::size_t i = 0; i < chunk; ++i)
            q.bind(QStringLiteral(":i") + QString::number(i), products[std::min(start + i, products.size() - 1)].id);
        q.exec();
        enum { BProductId, BCode };
        while (q.next())
            if (const auto it = byId.find(q.value(BProductId).toLongLong()); it != byId.end())
                it->second->barcodes << q.value(BCode).toString();
    }
}

std::optional<core::Product> CatalogRepository::productById(qint64 id)
{
    Query q(m_db, kProductSelect + QStringLiteral("WHERE p.id = :v"));
    q.bind(QStringLiteral(":v"), id).exec();
    if (!q.next())
        return std::nullopt;
    auto p = readProduct(q);
    loadBarcodes(p);
    return p;
}

std::vector<core::Product> CatalogRepository::productsByIds(const std::vector<qint64>& ids)
{
    std::vector<core::Product> found;
    if (ids.empty())
        return found;
    QString list;
    for (std::size_t i = 0; i < ids.size(); ++i)
        list += (i ? QStringLiteral(", :i") : QStringLiteral(":i")) + QString::number(i);
    {
        Query q(m_db, kProductSelect + QStringLiteral("WHERE p.id IN (") + list + QLatin1Char(')'));
        for (std::size_t i = 0; i < ids.size(); ++i)
            q.bind(QStringLiteral(":i") + QString::number(i), ids[i]);
        q.exec();
        while (q.next())
            found.push_back(readProduct(q));
    }
    {
        Query q(m_db, QStringLiteral("SELECT product_id, code FROM barcodes WHERE product_id IN (") + list
                          + QStringLiteral(") ORDER BY product_id, code"));
        for (std::size_t i = 0; i < ids.size(); ++i)
            q.bind(QStringLiteral(":i") + QString::number(i), ids[i]);
        q.exec();
        enum { BProductId, BCode };
        while (q.next()) {
            const qint64 id = q.value(BProductId).toLongLong();
            for (auto& p : found)
                if (p.id == id)
                    p.barcodes << q.value(BCode).toString();
        }
    }
    std::vector<core::Product> out;
    out.reserve(found.size());
    for (qint64 id : ids)
        for (auto& p : found)
            if (p.id == id) {
                out.push_back(std::move(p));
                break;
            }
    return out;
}

namespace {
/// The scan's statement for one key (`keyColumn = <placeholder>`); its last
/// column is `tag`, a number that tells scanMany which value a row answers.
struct ScanTexts {
    QString head;
    explicit ScanTexts(bool postgres)
    {
        head = QStringLiteral("SELECT ") + columnList(kProductColumnNames) + QStringLiteral(", ")
            + columnList(kScanExtraNames) + QStringLiteral(", ");
        if (postgres)
            head.replace(kGroupConcatSqlite, kGroupConcatPostgres);
    }
    QString one(CatalogRepository::ScanKey by, const QString& placeholder, const QString& tag) const
    {
        const QString select = head + tag;
        switch (by) {
        case CatalogRepository::ScanKey::Barcode:
            return select + QStringLiteral(" FROM barcodes b JOIN products p ON p.id = b.product_id JOIN producers o "
                                           "ON o.id = p.owner_id WHERE b.code = ") + placeholder;
        case CatalogRepository::ScanKey::Sku:
            return select + QStringLiteral(" FROM products p JOIN producers o ON o.id = p.owner_id WHERE p.sku = ") + placeholder;
        case CatalogRepository::ScanKey::Plu:
            break;
        }
        return select + QStringLiteral(" FROM products p JOIN producers o ON o.id = p.owner_id WHERE p.plu = ") + placeholder;
    }
};

constexpr std::size_t kScanKeys = 3;

/// scan()'s text per key, and scanMany()'s lookups per key.
struct ScanStatements {
    std::array<QString, kScanKeys> single;
    std::vector<RepeatedLookup> many;
    explicit ScanStatements(bool postgres)
    {
        const ScanTexts t(postgres);
        for (std::size_t k = 0; k < kScanKeys; ++k) {
            const auto by = static_cast<CatalogRepository::ScanKey>(k);
            single[k] = t.one(by, QStringLiteral(":v"), QStringLiteral("0"));
            many.emplace_back(t.one(by, QStringLiteral("?"), QStringLiteral("%1")));
        }
    }
    static const ScanStatements& of(const Database& db)
    {
        static const ScanStatements sqlite(false), postgres(true);
        return db.isPostgres() ? postgres : sqlite;
    }
};

CatalogRepository::Scanned readScanned(const Query& q)
{
    // Barcodes come back joined by \x1f (they are validated ASCII without control
    // characters) and are sorted here: group_concat promises no order.
    CatalogRepository::Scanned s{readProduct(q), std::nullopt, std::nullopt};
    if (const QVariant c = q.value(SOwnerCommission); !c.isNull())
        s.ownerCommission = core::BasisPoints{c.toLongLong()};
    if (const QVariant codes = q.value(SBarcodes); !codes.isNull()) {
        s.product.barcodes = codes.toString().split(QChar(0x1f), Qt::SkipEmptyParts);
        s.product.barcodes.sort();
    }
    if (const QVariant d = q.value(SDefaultCommission); !d.isNull())
        s.defaultCommissionPct = d.toString();
    return s;
}
} // namespace

std::optional<CatalogRepository::Scanned> CatalogRepository::scan(ScanKey by, const QString& value)
{
    Query q(m_db, ScanStatements::of(m_db).single[static_cast<std::size_t>(by)]);
    q.bind(QStringLiteral(":v"), value).exec();
    if (!q.next())
        return std::nullopt;
    return readScanned(q);
}

std::map<QString, CatalogRepository::Scanned> CatalogRepository::scanMany(ScanKey by, const std::vector<QString>& values)
{
    std::vector<QString> keys = values;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::map<QString, Scanned> out;
    ScanStatements::of(m_db).many[static_cast<std::size_t>(by)].run(m_db, keys, [&](Query& q, std::size_t first, std::size_t n) {
        while (q.next()) {
            const auto slot = static_cast<std::size_t>(q.value(ScanColumnCount).toLongLong());
            if (slot < n)
                out.emplace(keys[first + slot], readScanned(q));
        }
    });
    return out;
}

std::optional<core::Product> CatalogRepository::productBySku(const QString& sku)
{
    Query q(m_db, kProductSelect + QStringLiteral("WHERE p.sku = :v"));
    q.bind(QStringLiteral(":v"), sku).exec();
    if (!q.next())
        return std::nullopt;
    auto p = readProduct(q);
    loadBarcodes(p);
    return p;
}

std::optional<core::Product> CatalogRepository::productByBarcode(const QString& code)
{
    const qint64 id = barcodeOwner(code);
    return id ? productById(id) : std::nullopt;
}

qint64 CatalogRepository::barcodeOwner(const QString& code)
{
    Query q(m_db, QStringLiteral("SELECT product_id FROM barcodes WHERE code = :c"));
    q.bind(QStringLiteral(":c"), code);
    auto v = q.scalar();
    return v ? v->toLongLong() : 0;
}

qint64 CatalogRepository::pluOwner(const QString& plu)
{
    Query q(m_db, QStringLiteral("SELECT id FROM products WHERE plu = :c"));
    q.bind(QStringLiteral(":c"), plu);
    auto v = q.scalar();
    return v ? v->toLongLong() : 0;
}

std::vector<core::Product> CatalogRepository::products(const ProductFilter& f)
{
    QString sql = kProductSelect + QStringLiteral("WHERE 1 = 1");
    for (int i = 0; i < f.words.size(); ++i) {
        const QString w = QStringLiteral(":w%1").arg(i);
        sql += QStringLiteral(" AND (p.name_key LIKE %1 ESCAPE '\\' OR lower(p.sku) LIKE %1 ESCAPE '\\' "
                              "OR o.name_key LIKE %1 ESCAPE '\\' OR lower(o.code) LIKE %1 ESCAPE '\\' "
                              "OR EXISTS (SELECT 1 FROM barcodes b WHERE b.product_id = p.id "
                              "AND b.code LIKE %1 ESCAPE '\\'))")
                   .arg(w);
    }
    if (f.ownerId)
        sql += QStringLiteral(" AND p.owner_id = :owner");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT :lim");
    Query q(m_db, sql);
    for (int i = 0; i < f.words.size(); ++i) {
        // The words are text to find, not patterns: '%', '_' (SKUs have them)
        // and the escape character itself match literally.
        QString w = f.words[i];
        w.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        q.bind(QStringLiteral(":w%1").arg(i), QStringLiteral("%") + w + QStringLiteral("%"));
    }
    if (f.ownerId)
        q.bind(QStringLiteral(":owner"), *f.ownerId);
    if (f.limit > 0)
        q.bind(QStringLiteral(":lim"), f.limit);
    q.exec();
    std::vector<core::Product> out;
    while (q.next())
        out.push_back(readProduct(q));
    loadBarcodes(out);
    return out;
}

namespace {
void bindProduct(Query& q, const core::Product& p, const QString& nameKey, const QString& now)
{
    q.bind(QStringLiteral(":sku"), p.sku)
        .bind(QStringLiteral(":name"), p.name)
        .bind(QStringLiteral(":key"), nameKey)
        .bind(QStringLiteral(":unit"), p.unit)
        .bind(QStringLiteral(":sold"), QString::fromUtf8(core::toCode(p.soldBy).data()))
        .bind(QStringLiteral(":price"), static_cast<qlonglong>(p.price.dong()))
        .bind(QStringLiteral(":vat"), QString::fromStdString(p.vat.code()))
        .bind(QStringLiteral(":cat"), textOrNull(p.category))
        .bind(QStringLiteral(":owner"), p.ownerId)
        .bind(QStringLiteral(":stars"), p.ocopStars ? QVariant(*p.ocopStars) : QVariant())
        .bind(QStringLiteral(":cert"), textOrNull(p.certNo))
        .bind(QStringLiteral(":certexp"), p.certExpiry ? QVariant(p.certExpiry->toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":supply"), QString::fromUtf8(core::toCode(p.supply).data()))
        .bind(QStringLiteral(":comm"), p.commission ? v64(p.commission->bp) : QVariant())
        .bind(QStringLiteral(":reorder"), p.reorderPoint ? v64(p.reorderPoint->thousandths()) : QVariant())
        .bind(QStringLiteral(":plu"), textOrNull(p.plu))
        .bind(QStringLiteral(":now"), now);
}
} // namespace

qint64 CatalogRepository::insertProduct(const core::Product& p, const QString& nameKey, const QString& now)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO products (sku, name, name_key, unit, sold_by, price_vnd, vat, category, owner_id, ocop_stars, "
        "ocop_cert_no, ocop_cert_expiry, supply, commission_bp, reorder_point, plu, created_at, updated_at) VALUES "
        "(:sku, :name, :key, :unit, :sold, :price, :vat, :cat, :owner, :stars, :cert, :certexp, :supply, :comm, "
        ":reorder, :plu, :now, :now)"));
    bindProduct(q, p, nameKey, now);
    q.exec();
    return q.lastInsertId();
}

void CatalogRepository::updateProduct(const core::Product& p, const QString& nameKey, const QString& now)
{
    Query q(m_db, QStringLiteral(
        "UPDATE products SET sku = :sku, name = :name, name_key = :key, unit = :unit, sold_by = :sold, "
        "price_vnd = :price, vat = :vat, category = :cat, owner_id = :owner, ocop_stars = :stars, ocop_cert_no = :cert, "
        "ocop_cert_expiry = :certexp, supply = :supply, commission_bp = :comm, reorder_point = :reorder, plu = :plu, "
        "updated_at = :now WHERE id = :id"));
    bindProduct(q, p, nameKey, now);
    q.bind(QStringLiteral(":id"), p.id).exec();
}

void CatalogRepository::replaceBarcodes(qint64 productId, const QStringList& codes)
{
    Query del(m_db, QStringLiteral("DELETE FROM barcodes WHERE product_id = :id"));
    del.bind(QStringLiteral(":id"), productId).exec();
    Query ins(m_db, QStringLiteral("INSERT INTO barcodes (code, product_id) VALUES (:c, :id)"));
    for (const auto& c : codes)
        ins.bind(QStringLiteral(":c"), c).bind(QStringLiteral(":id"), productId).exec();
}

void CatalogRepository::setPriceAndVat(qint64 productId, core::Money price, const core::VatRate& vat, const QString& now)
{
    Query q(m_db, QStringLiteral("UPDATE products SET price_vnd = :p, vat = :v, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":p"), static_cast<qlonglong>(price.dong()))
        .bind(QStringLiteral(":v"), QString::fromStdString(vat.code()))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), productId)
        .exec();
}

} // namespace ocopos::db

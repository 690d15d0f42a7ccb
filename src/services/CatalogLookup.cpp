#include "CatalogLookup.h"

#include "ProductSearchIndex.h"
#include "SettingsService.h"
#include "core/Barcode.h"
#include "core/ErrorCodes.h"
#include "core/VietText.h"
#include "db/CatalogRepository.h"

#include <algorithm>

namespace ocopos::services {

using core::Product;
using core::Producer;

namespace {
std::string s(const QString& q) { return q.toStdString(); }

/// A cooperative session must name its producer; without one it sees nothing
/// (fail closed) rather than everything.
void requireCooperativeScope(const Session& actor)
{
    if (actor.isCooperative() && !actor.producerId)
        throw AuthError("cooperative user " + actor.username.toStdString() + " is bound to no producer");
}
} // namespace

std::vector<Producer> CatalogLookup::listProducers(const Session& actor)
{
    db::CatalogRepository repo(m_ctx.db);
    requireCooperativeScope(actor);
    if (!actor.isCooperative())
        requireRole(actor, core::Role::Manager, "listing producers");
    auto out = repo.producers(actor.isCooperative() ? actor.producerId : std::nullopt);
    std::sort(out.begin(), out.end(), [](const Producer& a, const Producer& b) {
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.code < b.code;
    });
    return out;
}

std::vector<Product> CatalogLookup::listProducts(const Session& actor, const QString& query,
                                                  const QString& producerCode, int limit)
{
    requireCooperativeScope(actor);
    db::CatalogRepository repo(m_ctx.db);
    db::CatalogRepository::ProductFilter f;
    f.words = core::searchKey(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!producerCode.isEmpty()) {
        auto p = repo.producerByCode(producerCode);
        if (!p)
            throw NotFound("no producer with code '" + s(producerCode) + "'");
        if (actor.isCooperative() && p->id != actor.producerId)
            throw AuthError("a cooperative user sees only its own products");
        f.ownerId = p->id;
    }
    if (actor.isCooperative())
        f.ownerId = actor.producerId;
    const auto byName = [](const Product& a, const Product& b) {
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.sku < b.sku;
    };
    // The index folds words as names are folded; '%' and '_' (literal in the SQL
    // search) are rare enough at the till to take the SQL path.
    if (m_ctx.searchIndex && m_ctx.searchIndex->ready() && limit > 0 && !query.contains(QLatin1Char('%')) && !query.contains(QLatin1Char('_')))
        return repo.productsByIds(m_ctx.searchIndex->search(query, limit, f.ownerId));  // same order as below
    auto out = repo.products(f);
    std::sort(out.begin(), out.end(), byName);
    if (limit > 0) {
        // A limited list is what a cashier types into: names that start with the
        // query first, each group by name. An unlimited list is simply by name.
        const QString folded = core::searchKey(query);
        if (!folded.isEmpty())
            std::stable_partition(out.begin(), out.end(),
                                  [&](const Product& p) { return core::searchKey(p.name).startsWith(folded); });
        if (static_cast<int>(out.size()) > limit)
            out.resize(static_cast<std::size_t>(limit));
    }
    return out;
}

Product CatalogLookup::showProduct(const Session& actor, const QString& code)
{
    db::CatalogRepository repo(m_ctx.db);
    auto p = repo.productBySku(code);
    if (!p)
        p = repo.productByBarcode(code);
    if (!p)
        throw NotFound(codes::productUnknownCode, "no product with SKU or barcode '" + s(code) + "'", {{"code", s(code)}});
    if (actor.isCooperative() && p->ownerId != actor.producerId)
        throw AuthError("a cooperative user sees only its own products");
    return *p;
}

namespace {
/// The values resolveCode tries for a GS1 code, in its order.
QStringList gs1Tries(const QString& code)
{
    QStringList tries{code};
    if (code.size() == 12)  // UPC-A may be stored as its EAN-13 form
        tries << QLatin1Char('0') + code;
    if (code.size() == 13 && code.startsWith(QLatin1Char('0')))
        tries << code.mid(1);
    return tries;
}
} // namespace

void CatalogLookup::prefetch(const std::vector<QString>& codes)
{
    using Key = db::CatalogRepository::ScanKey;
    std::vector<QString> barcodes, skus;
    for (const QString& raw : codes) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        switch (core::classifyCode(s(code))) {
        case core::CodeKind::Gs1:
            for (const QString& t : gs1Tries(code))
                barcodes.push_back(t);
            break;
        case core::CodeKind::Text:
        case core::CodeKind::BadLength:
            skus.push_back(code);
            skus.push_back(code.toUpper());
            break;
        case core::CodeKind::Scale:
        case core::CodeKind::BadCheck:
            break;
        }
    }
    db::CatalogRepository repo(m_ctx.db);
    const auto read = [&](Key by, const std::vector<QString>& values) {
        if (values.empty())
            return;
        const auto k = by == Key::Barcode ? 0 : 1;
        for (auto& [value, found] : repo.scanMany(by, values))
            m_found[k].insert_or_assign(value, std::move(found));
        m_asked[k].insert(values.begin(), values.end());
    };
    read(Key::Barcode, barcodes);
    read(Key::Sku, skus);
}

std::optional<db::CatalogRepository::Scanned> CatalogLookup::scan(db::CatalogRepository& repo,
                                                                  db::CatalogRepository::ScanKey by, const QString& value)
{
    if (by != db::CatalogRepository::ScanKey::Plu) {
        const auto k = by == db::CatalogRepository::ScanKey::Barcode ? 0 : 1;
        if (m_asked[k].count(value)) {
            const auto it = m_found[k].find(value);
            if (it == m_found[k].end())
                return std::nullopt;
            return it->second;
        }
    }
    return repo.scan(by, value);
}

ScanResult CatalogLookup::resolveCode(const QString& rawCode)
{
    using Key = db::CatalogRepository::ScanKey;
    const QString code = rawCode.trimmed();
    db::CatalogRepository repo(m_ctx.db);
    ScanResult r;
    r.code = code;
    if (code.isEmpty())
        throw ValidationError("code", "is empty");
    std::optional<db::CatalogRepository::Scanned> found;
    switch (core::classifyCode(s(code))) {
    case core::CodeKind::BadCheck:
        throw ValidationError(codes::barcodeCheckDigit, "code", "'" + s(code) + "' has a wrong check digit: scan it again",
                              {{"text", s(code)}});
    case core::CodeKind::Scale: {
        SettingsService settings(m_ctx);
        const auto reading = core::decodeScaleBarcode(s(code), settings.scaleConfig());
        found = scan(repo, Key::Plu, QString::fromStdString(reading.plu));
        if (!found)
            found = scan(repo, Key::Barcode, code);
        if (!found)
            throw NotFound(codes::productUnknownCode, "no product with PLU " + reading.plu + " (scale barcode " + s(code) + ")",
                           {{"code", s(code)}});
        r.weight = reading.weight;
        r.price = reading.price;
        if (r.weight && found->product.soldBy != core::SoldBy::Weight)
            throw ValidationError("code", "scale barcode " + s(code) + " carries a weight, but " + s(found->product.sku)
                                              + " is sold by unit");
        break;
    }
    case core::CodeKind::Gs1:
        for (const QString& t : gs1Tries(code)) {
            found = scan(repo, Key::Barcode, t);
            if (found)
                break;
        }
        if (!found)
            throw NotFound(codes::productUnknownCode, "unknown barcode " + s(code), {{"code", s(code)}});
        break;
    case core::CodeKind::Text:
    case core::CodeKind::BadLength:
        found = scan(repo, Key::Sku, code);
        if (!found)
            found = scan(repo, Key::Sku, code.toUpper());
        if (!found)
            found = scan(repo, Key::Barcode, code);
        if (!found)
            throw NotFound(codes::productUnknownCode, "no product with code " + s(code), {{"code", s(code)}});
        break;
    }
    if (!found)
        throw NotFound(codes::productUnknownCode, "no product with code " + s(code), {{"code", s(code)}});
    r.product = std::move(found->product);
    // commissionFor's rule, on values the statement brought along.
    if (r.product.commission)
        r.commission = *r.product.commission;
    else if (found->ownerCommission)
        r.commission = *found->ownerCommission;
    else {
        const QString pct = found->defaultCommissionPct.value_or(SettingsService::defaultValue(QStringLiteral("default_commission_pct")));
        r.commission = core::parsePercent(s(pct), "default_commission_pct");
    }
    return r;
}

core::BasisPoints CatalogLookup::commissionFor(const Product& p)
{
    if (p.commission)
        return *p.commission;
    db::CatalogRepository repo(m_ctx.db);
    if (auto owner = repo.producerById(p.ownerId); owner && owner->commission)
        return *owner->commission;
    return SettingsService(m_ctx).defaultCommission();
}

} // namespace ocopos::services

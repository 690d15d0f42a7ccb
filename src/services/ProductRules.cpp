#include "ProductRules.h"

#include "AuditLog.h"
#include "ProductSearchIndex.h"
#include "core/Barcode.h"
#include "core/Utf8.h"
#include "core/VietText.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"
#include "db/PriceRepository.h"

#include <algorithm>

namespace ocopos::services::catalog {

using core::qs;

namespace {
std::string s(const QString& q) { return q.toStdString(); }
} // namespace

const QRegularExpression& codePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,39}$"));
    return re;
}

void ProductChecks::checkSku(ProductDraft& d)
{
    const QString& sku = d.product.sku;
    if (sku.isEmpty())
        m_problems.add(d.line, "sku", "is required");
    else if (!codePattern().match(sku).hasMatch())
        m_problems.add(d.line, "sku", "'" + s(sku) + "' may hold only letters, digits, '.', '_' and '-' (40 at most)");
    else if (m_skus.count(sku))
        m_problems.add(d.line, "sku", "'" + s(sku) + "' is repeated (first on line " + std::to_string(m_skus[sku]) + ")");
    else
        m_skus[sku] = d.line;
    d.stored = sku.isEmpty() ? std::nullopt : m_repo.productBySku(sku);
}

void ProductChecks::check(ProductDraft& d)
{
    core::Product& p = d.product;
    const int line = d.line;
    if (p.name.isEmpty())
        m_problems.add(line, "name", "is required");
    if (p.unit.isEmpty())
        m_problems.add(line, "unit", "is required");
    if (!d.priceUnreadable && p.price.dong() <= 0)
        m_problems.add(line, "price", "must be more than 0 đồng");
    if (auto o = p.ownerCode.isEmpty() ? std::nullopt : m_repo.producerByCode(p.ownerCode)) {
        p.ownerId = o->id;
        p.ownerCode = o->code;
        p.ownerName = o->name;
    } else {
        m_problems.add(line, "owner_code", p.ownerCode.isEmpty() ? "is required" : "no producer with code '" + s(p.ownerCode) + "'");
    }
    if (d.barcodesGiven)
        checkBarcodes(d);
    if (p.ocopStars && (*p.ocopStars < 3 || *p.ocopStars > 5))
        m_problems.add(line, "ocop_stars", "'" + std::to_string(*p.ocopStars) + "' is not 3, 4 or 5");
    if (p.certExpiry && !p.certExpiry->isValid())
        m_problems.add(line, "ocop_cert_expiry", "is not a date");
    if (p.commission && (p.commission->bp < 0 || p.commission->bp > 10000))
        m_problems.add(line, "commission_pct", "'" + core::formatPercent(*p.commission) + "' is not between 0 and 100 %");
    if (p.reorderPoint && p.reorderPoint->thousandths() < 0)
        m_problems.add(line, "reorder_point", "'" + core::formatQuantity(*p.reorderPoint) + "' must not be negative");
    // Judged on the values the product will have: a kept reorder point of a
    // product that changes to sale by unit counts too.
    else if (p.reorderPoint && p.soldBy == core::SoldBy::Unit && !p.reorderPoint->isWhole())
        m_problems.add(line, "reorder_point", "'" + core::formatQuantity(*p.reorderPoint)
                                                  + "': a product sold by unit takes whole quantities");
    if (d.pluGiven)
        checkPlu(d);
}

void ProductChecks::checkBarcodes(ProductDraft& d)
{
    static const QRegularExpression textRe(QStringLiteral("^[A-Za-z0-9_.\\-]{1,40}$"));
    const int line = d.line;
    QStringList accepted;
    for (QString code : d.product.barcodes) {
        code = code.trimmed();
        if (code.isEmpty()) {
            m_problems.add(line, "barcodes", "an empty barcode");
            continue;
        }
        switch (core::classifyCode(s(code))) {
        case core::CodeKind::Gs1:
            // A UPC-A is kept in its EAN-13 form, so that the two spellings
            // of one code can't go to two products (resolveCode takes both).
            if (code.size() == 12)
                code.prepend(QLatin1Char('0'));
            break;
        case core::CodeKind::Scale:
            m_problems.add(line, "barcodes", "'" + s(code) + "' starts with 2: in-store numbers 20–29 are for scale labels (use plu)");
            continue;
        case core::CodeKind::BadCheck:
            m_problems.add(line, "barcodes", "'" + s(code) + "' has a wrong check digit");
            continue;
        case core::CodeKind::BadLength:
            m_problems.add(line, "barcodes", "'" + s(code) + "' is all digits but not 8, 12 or 13 long");
            continue;
        case core::CodeKind::Text:
            if (!textRe.match(code).hasMatch()) {
                m_problems.add(line, "barcodes", "'" + s(code) + "' is not a barcode");
                continue;
            }
            break;
        }
        if (m_barcodes.count(code)) {
            m_problems.add(line, "barcodes", "'" + s(code) + "' is also on line " + std::to_string(m_barcodes[code]));
            continue;
        }
        m_barcodes[code] = line;
        const qint64 holder = m_repo.barcodeOwner(code);
        if (holder != 0 && (!d.stored || holder != d.stored->id)) {
            const auto other = m_repo.productById(holder);
            d.takenBarcodes.emplace_back(code, other ? other->sku : QString());
        }
        accepted << code;
    }
    d.product.barcodes = accepted;
}

void ProductChecks::checkPlu(ProductDraft& d)
{
    static const QRegularExpression pluRe(QStringLiteral("^\\d{5}$"));
    const QString& plu = d.product.plu;
    if (plu.isEmpty())
        return;
    if (!pluRe.match(plu).hasMatch()) {
        m_problems.add(d.line, "plu", "'" + s(plu) + "' is not 5 digits");
    } else if (m_plus.count(plu)) {
        m_problems.add(d.line, "plu", "'" + s(plu) + "' is also on line " + std::to_string(m_plus[plu]));
    } else {
        m_plus[plu] = d.line;
        const qint64 holder = m_repo.pluOwner(plu);
        if (holder != 0 && (!d.stored || holder != d.stored->id))
            m_problems.add(d.line, "plu", "'" + s(plu) + "' belongs to another product");
    }
}

void ProductChecks::checkMovedBarcodes(const std::vector<ProductDraft>& drafts)
{
    for (const auto& d : drafts) {
        for (const auto& [code, otherSku] : d.takenBarcodes) {
            // clang 14 (the fuzz build) cannot capture a structured binding.
            const auto& sku = otherSku;
            const auto other = std::find_if(drafts.begin(), drafts.end(),
                                            [&sku](const ProductDraft& o) { return o.product.sku == sku; });
            if (other == drafts.end() || !other->barcodesGiven || other->product.barcodes.contains(code))
                m_problems.add(d.line, "barcodes", "'" + s(code) + "' belongs to product " + s(otherSku));
        }
    }
}

ImportResult storeProducts(Context& ctx, const Session& actor, std::vector<ProductDraft>& drafts, const QString& source)
{
    db::CatalogRepository repo(ctx.db);
    db::PriceRepository prices(ctx.db);
    ImportResult result;
    const QString now = core::Clock::isoString(ctx.clock.now());
    // Free the barcodes that move first, so no two products hold one at once.
    for (const auto& d : drafts)
        if (d.stored && d.barcodesGiven)
            repo.replaceBarcodes(d.stored->id, {});
    for (auto& d : drafts) {
        core::Product& p = d.product;
        const QString key = core::searchKey(p.name);
        if (d.stored) {
            p.id = d.stored->id;
            repo.updateProduct(p, key, now);
            if (d.stored->price != p.price || !(d.stored->vat == p.vat)) {
                prices.addHistory(p.id, now, actor.userId, source, d.stored->price, p.price, d.stored->vat, p.vat);
                audit(ctx, &actor, QStringLiteral("price_change"),
                      QStringLiteral("%1: %2 (VAT %3) -> %4 (VAT %5)")
                          .arg(p.sku, qs(core::formatVnd(d.stored->price)), qs(d.stored->vat.code()),
                               qs(core::formatVnd(p.price)), qs(p.vat.code())));
            }
            ++result.updated;
        } else {
            p.id = repo.insertProduct(p, key, now);
            prices.addHistory(p.id, now, actor.userId, source, std::nullopt, p.price, std::nullopt, p.vat);
            ++result.inserted;
        }
        if (d.barcodesGiven)
            repo.replaceBarcodes(p.id, p.barcodes);
    }
    return result;
}

void refreshSearchIndex(Context& ctx)
{
    // Names, SKUs, barcodes and owners change only through imports and the
    // editor; a full rebuild is simplest and such a change is rare (seconds at
    // 300k products: a till started with a background build rebuilds in the
    // background and searches SQL meanwhile).
    if (ctx.searchIndex)
        ctx.searchIndex->refresh(ctx.db);
}

} // namespace ocopos::services::catalog

#include "ProductEditService.h"

#include "AuditLog.h"
#include "CatalogLookup.h"
#include "ProductRules.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"

namespace ocopos::services {

core::Product ProductEditService::saveProduct(const Session& actor, const core::Product& product)
{
    requireRole(actor, core::Role::Manager, "editing products");
    db::CatalogRepository repo(m_ctx.db);
    ProblemList problems;
    catalog::ProductChecks checks(repo, problems);
    std::vector<catalog::ProductDraft> drafts(1);
    catalog::ProductDraft& d = drafts.front();
    d.product = product;
    checks.checkSku(d);
    if (d.stored)
        d.product.active = d.stored->active;  // not the editor's to change
    // The product is taken whole: its barcodes and PLU replace the stored ones.
    d.barcodesGiven = true;
    d.pluGiven = true;
    checks.check(d);
    checks.checkMovedBarcodes(drafts);
    problems.throwIfAny();

    db::TransactionGuard tx(m_ctx.db);
    const ImportResult result = catalog::storeProducts(m_ctx, actor, drafts, QStringLiteral("edit"));
    audit(m_ctx, &actor, QStringLiteral("product_edit"),
          QStringLiteral("%1 %2").arg(d.product.sku, result.inserted ? QStringLiteral("added") : QStringLiteral("updated")));
    tx.commit();
    catalog::refreshSearchIndex(m_ctx);
    return CatalogLookup(m_ctx).showProduct(actor, d.product.sku);
}

} // namespace ocopos::services

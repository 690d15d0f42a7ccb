#pragma once

#include "Session.h"

#include "core/Catalog.h"

namespace ocopos::services {

/// The inventory editor's product, saved (manager).
class ProductEditService {
public:
    explicit ProductEditService(Context ctx) : m_ctx(ctx) {}

    /// Saves one product as the editor shows it (manager): a new SKU is added, a
    /// known one updated, through the same checks as importProducts (check digits,
    /// a barcode or PLU held by another product, stars 3–5, ...). Problems come back
    /// per field with line 0, and then nothing is written. Unlike a file, the
    /// product is taken whole: an empty optional value (category, stars,
    /// certificate number and expiry, commission, reorder point, PLU) clears the
    /// stored one, and `barcodes` replaces the product's barcodes — an empty list
    /// removes them all (the product still sells by SKU). A price or VAT change is
    /// recorded in the price history as an "edit"; the audit log names the SKU.
    /// Returns the product as stored.
    core::Product saveProduct(const Session& actor, const core::Product& product);

private:
    Context m_ctx;
};

} // namespace ocopos::services

#pragma once

#include "Session.h"

#include <QByteArray>

namespace ocopos::services {

struct ImportResult {
    int inserted = 0;
    int updated = 0;
};

/// Producers and products from CSV files (manager). Imports are all-or-nothing:
/// any bad row refuses the whole file with every problem as `line N, field F: why`,
/// in line order. Imports upsert by code/SKU; an empty optional cell (or an absent
/// column) keeps the stored value. A UPC-A barcode is stored as its EAN-13.
/// Products pass the same checks as in ProductEditService.
class CatalogImportService {
public:
    explicit CatalogImportService(Context ctx) : m_ctx(ctx) {}

    ImportResult importProducers(const Session& actor, const QByteArray& csv);
    ImportResult importProducts(const Session& actor, const QByteArray& csv);

private:
    Context m_ctx;
};

} // namespace ocopos::services

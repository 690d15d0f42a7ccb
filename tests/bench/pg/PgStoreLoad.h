#pragma once

#include <QString>

namespace ocopos::bench {

/// Copies what the store generator wrote into a generated SQLite store
/// (producers, products, barcodes, price_history) into a PostgreSQL store that
/// db::Database has migrated and whose admin exists, with COPY through libpq,
/// resets the identity sequences and runs ANALYZE. Ids are kept, so
/// generatedBarcode(i) is product i on both. A stand-in until db::StoreCopy
/// (`ocopos-cli db copy`) exists. Throws std::runtime_error.
void copyGeneratedStore(const QString& sqlitePath, const QString& pgUrl);

} // namespace ocopos::bench

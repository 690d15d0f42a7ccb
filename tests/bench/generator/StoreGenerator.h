#pragma once

#include <QString>

#include <cstdint>

namespace ocopos::bench {

struct StoreSpec {
    int products = 300'000;
    int cooperatives = 400;        ///< each with `householdsPer` member households
    int householdsPer = 4;         ///< 400 × (1 + 4) = 2,000 producers
    std::uint32_t seed = 20261128;
};

/// Writes a realistic store to `path` (which must not exist): the schema and
/// admin through the real Database/AuthService, then producers, products,
/// EAN-13 barcodes (Vietnam prefix 893, valid check digit) and the price history
/// and audit rows an import writes, in one transaction with prepared statements.
/// name_key is core::searchKey(name), as the import computes it. Deterministic
/// for a seed. Throws std::runtime_error.
void generateStore(const QString& path, const StoreSpec& spec);

/// generateStore unless `path` already exists. Returns true when it generated.
bool ensureStore(const QString& path, const StoreSpec& spec);

/// The EAN-13 the generator gives product number `i` (1-based).
QString generatedBarcode(int i);

} // namespace ocopos::bench

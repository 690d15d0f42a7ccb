#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ocopos::db {
class Database;
}

namespace ocopos::services {

/// The cashier's search-as-you-type, in memory. Built once at start-up from the
/// products, their barcodes and their owners, it answers the same question as
/// CatalogService's SQL search — every folded query word occurs in the product's
/// name key, SKU, a barcode, or its owner's name key or code — and returns the
/// same first N ids in the same order: products whose name key starts with the
/// whole folded query first, then Vietnamese collation of the name, then SKU.
///
/// Why: at 300k products the SQL path (LIKE '%w%' over every row, then an ICU
/// sort of every match) takes hundreds of milliseconds. Here the collation order
/// is computed once (a rank per product), name words go through a vocabulary
/// (a few thousand distinct words, each with the ranks that use it), and the top
/// N come out by walking candidates in rank order and stopping early.
///
/// Not thread-safe for concurrent reload(); search() is const.
class ProductSearchIndex {
public:
    ProductSearchIndex() = default;

    /// Reads every product, barcode and producer. Throws DbError.
    void reload(db::Database& db);

    /// Up to `limit` product ids in listProducts order for a raw (unfolded) query,
    /// optionally only one owner's products.
    std::vector<qint64> search(const QString& query, int limit, std::optional<qint64> ownerId = std::nullopt) const;

    std::size_t size() const noexcept { return m_ids.size(); }
    /// Bytes held (approximate), for the memory figure.
    std::size_t memoryBytes() const noexcept;

private:
    struct Word {
        std::string text;
        std::vector<std::uint32_t> ranks;  ///< ascending
    };

    bool entryMatches(std::uint32_t rank, const std::string& word, const std::vector<char>& ownerHits,
                      std::uint64_t wordMask) const;
    std::string_view nameKey(std::uint32_t rank) const;
    std::string_view codes(std::uint32_t rank) const;

    std::vector<qint64> m_ids;               ///< by rank (collation order)
    std::vector<std::uint32_t> m_owner;      ///< by rank: index into m_owners
    std::string m_names;                     ///< name keys (UTF-8), by rank
    std::vector<std::uint32_t> m_nameAt;     ///< size()+1 offsets into m_names
    std::string m_codes;                     ///< lower(sku) \x1f barcodes..., by rank
    std::vector<std::uint32_t> m_codeAt;     ///< size()+1 offsets into m_codes
    std::vector<std::uint64_t> m_codeMask;   ///< by rank: bytes present in codes (a cheap filter)
    std::vector<std::uint32_t> m_byKey;      ///< ranks sorted by name key (prefix ranges)
    std::vector<Word> m_words;               ///< distinct name-key words
    struct Owner {
        qint64 id;
        std::string key;   ///< name_key \x1f lower(code)
        std::vector<std::uint32_t> ranks;
    };
    std::vector<Owner> m_owners;
    std::unordered_map<qint64, std::uint32_t> m_ownerIndex;
};

} // namespace ocopos::services

#pragma once

// The private part of ProductSearchIndex: one immutable build, shared by the
// index (ProductSearchIndex.cpp: building, searching) and its saved file
// (ProductSearchIndexFile.cpp). Not for use outside those two files.
#include "ProductSearchIndex.h"

#include <array>
#include <string_view>
#include <unordered_map>

class QCollator;

namespace ocopos::services {

/// The collator of core::compareVietnamese (same locale and options): the rank
/// order must be that comparison's order.
QCollator vietnameseCollator();

/// Thrown out of Data::load when the build is cancelled.
struct Cancelled {};

/// One immutable build: what search() reads.
class ProductSearchIndex::Data {
public:
    /// Builds from the catalogue (seconds at 300k products). Throws Cancelled when
    /// `cancel` is set, DbError.
    void load(db::Database& db, const std::atomic<bool>& cancel);
    /// Writes this build to `path` (atomically: a whole file or none) with the
    /// catalogue token it was built at. Returns the error, empty when saved.
    QString save(const QString& path, const QString& token) const;
    /// Reads a build saved at `token` from `path`. Returns why it cannot be used
    /// (another token or collation, a damaged or foreign file), empty when read.
    QString restore(const QString& path, const QString& token);
    std::vector<qint64> search(const QString& query, int limit, std::optional<qint64> ownerId) const;
    std::size_t size() const noexcept { return m_ids.size(); }
    std::size_t memoryBytes() const noexcept;

private:
    struct Word {
        std::string text;
        std::vector<std::uint32_t> ranks;  ///< ascending
    };
    struct Owner {
        qint64 id;
        std::string key;  ///< name_key \x1f lower(code)
        std::vector<std::uint32_t> ranks;
    };

    std::string_view nameKey(std::uint32_t r) const
    {
        return std::string_view(m_names).substr(m_nameAt[r], m_nameAt[r + 1] - m_nameAt[r]);
    }
    std::string_view codes(std::uint32_t r) const
    {
        return std::string_view(m_codes).substr(m_codeAt[r], m_codeAt[r + 1] - m_codeAt[r]);
    }
    /// The segment tree of minimum ranks over m_byKey (from m_byKey).
    void buildMinTree();
    /// The smallest rank among m_byKey[l, r) (r > l).
    std::uint32_t minRank(std::size_t l, std::size_t r) const;

    std::vector<qint64> m_ids;              ///< by rank (collation order)
    std::vector<std::uint32_t> m_owner;     ///< by rank: index into m_owners
    std::string m_names;                    ///< name keys (UTF-8), by rank
    std::vector<std::uint32_t> m_nameAt;    ///< size()+1 offsets into m_names
    std::string m_codes;                    ///< lower(sku) \x1f barcodes..., by rank
    std::vector<std::uint32_t> m_codeAt;    ///< size()+1 offsets into m_codes
    std::vector<std::uint64_t> m_codeMask;  ///< by rank: bytes present in codes (a cheap filter)
    std::vector<std::uint64_t> m_codePairs; ///< by rank: pairMask of the codes (the filter for longer words)
    std::array<bool, 256> m_codeBytes{};    ///< bytes present in any code: a word with others is in no code
    std::vector<std::uint32_t> m_byKey;     ///< ranks sorted by name key (prefix ranges)
    std::vector<std::uint32_t> m_keyPos;    ///< by rank: position in m_byKey
    std::vector<std::uint32_t> m_minTree;   ///< segment tree of minimum ranks over m_byKey
    std::size_t m_leaves = 0;               ///< first leaf of m_minTree
    std::vector<Word> m_words;              ///< distinct name-key words
    std::vector<Owner> m_owners;
    std::unordered_map<qint64, std::uint32_t> m_ownerIndex;
};

} // namespace ocopos::services

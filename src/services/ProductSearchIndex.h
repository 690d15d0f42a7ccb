#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace ocopos::db {
class Database;
}

namespace ocopos::services {

/// The cashier's search-as-you-type, in memory. Built from the products, their
/// barcodes and their owners, it answers the same question as CatalogLookup's
/// SQL search — every folded query word occurs in the product's name key, SKU, a
/// barcode, or its owner's name key or code — and returns the same first N ids in
/// the same order: products whose name key starts with the whole folded query
/// first, then Vietnamese collation of the name, then SKU.
///
/// Why: at 300k products the SQL path (LIKE '%w%' over every row, then an ICU
/// sort of every match) takes a second or more. Here the collation order is
/// computed once (a rank per product), name words go through a vocabulary (a few
/// thousand distinct words, each with the ranks that use it), and the top N come
/// out in rank order with an early stop.
///
/// Building takes seconds at 300k products, so a till does not wait for it:
/// startBuild() builds on a second thread with its own connection (Qt Sql
/// connections belong to one thread) while CatalogLookup answers from SQL until
/// ready(). search() may be called from any thread while a build runs: a finished
/// build is published as one immutable snapshot.
class ProductSearchIndex {
public:
    ProductSearchIndex();
    ~ProductSearchIndex();
    ProductSearchIndex(const ProductSearchIndex&) = delete;
    ProductSearchIndex& operator=(const ProductSearchIndex&) = delete;

    /// Builds on the calling thread from `db` and publishes. Throws DbError.
    void reload(db::Database& db);
    /// Builds on a second thread from its own connection to `databasePath`; the
    /// current snapshot (if any) is dropped first, so searches go to SQL until the
    /// new one is ready. A failed build is logged and leaves the index not ready.
    /// With `savedPath` (savedPathFor()), an index saved there at the catalogue's
    /// current token is read instead of building (tens of ms instead of seconds),
    /// and a build is saved there for the next start; the file is only a cache.
    void startBuild(const QString& databasePath, const QString& savedPath = QString());
    /// Where a till keeps the saved index of a store: `<file>.search` beside a
    /// SQLite store; for a PostgreSQL store, a file in the user's cache folder
    /// named by a hash of the URL.
    static QString savedPathFor(const QString& databasePath);
    /// For a program that changed the catalogue and keeps no index (`ocopos-cli
    /// import`): builds the index now and saves it where a till on this machine
    /// reads it at its next start, which then need not build (seconds, and the
    /// build's memory peak, at a large store). SQLite stores only: the tills of a
    /// PostgreSQL store keep theirs in their own machines' cache folders. A
    /// failure is logged, never thrown: the file is only a cache.
    static void saveForNextStart(const QString& databasePath);
    /// Whether the published snapshot was read from the saved file (else built).
    bool loadedFromFile() const noexcept { return m_loaded.load(std::memory_order_acquire); }
    /// After a catalogue change through `db`: a background rebuild when the index
    /// was started with startBuild(), else reload(db).
    void refresh(db::Database& db);
    /// Whether a snapshot is published (searches may use it).
    bool ready() const noexcept { return m_ready.load(std::memory_order_acquire); }
    /// Waits for a running background build (no-op when none).
    void wait();

    /// Up to `limit` product ids in listProducts order for a raw (unfolded) query,
    /// optionally only one owner's products. Empty when not ready().
    std::vector<qint64> search(const QString& query, int limit, std::optional<qint64> ownerId = std::nullopt) const;

    std::size_t size() const;
    /// Bytes held (approximate), for the memory figure.
    std::size_t memoryBytes() const;

    class Data;

private:
    std::shared_ptr<const Data> snapshot() const;
    void publish(std::shared_ptr<const Data> data);
    void stopBuilder();

    mutable std::mutex m_mutex;
    std::shared_ptr<const Data> m_data;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_loaded{false};
    std::thread m_builder;
    QString m_path;  ///< set by startBuild(): refresh() rebuilds in the background
    QString m_savedPath;
};

} // namespace ocopos::services

#pragma once

#include "Database.h"

#include <functional>
#include <vector>

namespace ocopos::db {

/// What the in-memory product search (services::ProductSearchIndex) is built
/// from: the whole catalogue, streamed. Rows go to a callback rather than into a
/// vector because at 300k products a copy of every row is memory a till keeps.
class SearchIndexRepository {
public:
    explicit SearchIndexRepository(Database& db) : m_db(db) {}

    /// For a connection that only builds the index: it reads the whole catalogue
    /// once, so a small page cache and no memory map (a mapped file would stay in
    /// the till's RSS).
    void useForOneFullRead();

    struct Owner {
        qint64 id = 0;
        QString nameKey;
        QString code;
    };
    std::vector<Owner> owners();

    /// The catalogue's token (migration 0011): replaced by every change to what
    /// the index is built from; empty when it cannot be trusted.
    QString catalogToken();

    qint64 productCount();
    struct Product {
        qint64 id = 0;
        QString name;
        QString nameKey;
        QString sku;
        qint64 ownerId = 0;
    };
    /// Every product, in no particular order. An exception from `row` stops the read.
    void forEachProduct(const std::function<void(Product&&)>& row);
    /// Every barcode with its product, in no particular order.
    void forEachBarcode(const std::function<void(qint64 productId, const QString& code)>& row);

private:
    Database& m_db;
};

} // namespace ocopos::db

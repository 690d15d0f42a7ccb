#include "Lookup.h"

#include "db/CatalogRepository.h"
#include "db/UserLookup.h"

namespace ocopos::services {

QString Lookup::displayName(const QString& username)
{
    if (username.isEmpty())
        return {};
    const auto name = db::UserLookup(m_ctx.db).displayName(username);
    return name && !name->isEmpty() ? *name : username;
}

std::optional<core::Producer> Lookup::producerByCode(const QString& code)
{
    return db::CatalogRepository(m_ctx.db).producerByCode(code);
}

std::optional<core::Producer> Lookup::producerById(qint64 id) { return db::CatalogRepository(m_ctx.db).producerById(id); }

std::optional<core::Product> Lookup::productBySku(const QString& sku) { return db::CatalogRepository(m_ctx.db).productBySku(sku); }

std::optional<core::Product> Lookup::productByCode(const QString& code)
{
    db::CatalogRepository repo(m_ctx.db);
    auto p = repo.productBySku(code);
    if (!p)
        p = repo.productByBarcode(code);
    return p;
}

} // namespace ocopos::services

#pragma once

#include "Session.h"

#include "core/Catalog.h"

#include <QString>

#include <optional>

namespace ocopos::services {

/// Read-only lookups for what a printed document shows that a service result
/// does not carry: users' display names, producers, products by code. No role
/// check: the caller has already made the one its document needs.
class Lookup {
public:
    explicit Lookup(Context ctx) : m_ctx(ctx) {}

    /// The user's display name; the username itself when it has none or is
    /// unknown; empty for an empty username.
    QString displayName(const QString& username);
    std::optional<core::Producer> producerByCode(const QString& code);
    std::optional<core::Producer> producerById(qint64 id);
    std::optional<core::Product> productBySku(const QString& sku);
    /// By SKU, else by barcode.
    std::optional<core::Product> productByCode(const QString& code);

private:
    Context m_ctx;
};

} // namespace ocopos::services

#pragma once

#include "Session.h"

#include "core/Catalog.h"
#include "db/ReportRepository.h"

#include <QDate>

#include <optional>

namespace ocopos::services {

/// What a user may see of sales, stock, movements and statements: everything
/// (manager, admin) or one owner's (a cooperative user: the products it owns,
/// their lots, the sale lines of them, their returns, its statements). The one
/// place this rule lives: ReportService and SettlementService build a scope
/// first and every repository query takes its filter.
class DataScope {
public:
    /// The scope of `actor` for reading `what`. Throws AuthError for a role that
    /// may not read it (a cashier; an inactive cooperative binding).
    static DataScope of(const Session& actor, const char* what);

    bool all() const { return !m_owner.has_value(); }
    /// The one owner a cooperative user sees; nullopt for everything.
    std::optional<qint64> ownerId() const { return m_owner; }

    /// A producer's code may be asked for when it is the cooperative itself or
    /// one of its member households. Throws AuthError otherwise.
    void requireProducer(const core::Producer& p) const;
    /// A product may be seen when its owner is in scope. Throws AuthError.
    void requireOwner(qint64 ownerId, const QString& what) const;

    /// The filter of a report over [from, to] (store-local days, inclusive).
    /// Throws ValidationError when from is after to.
    db::ReportFilter filter(const QDate& from, const QDate& to) const;
    /// The same, narrowed to one owner's lines (a settlement); the producer must be in scope.
    db::ReportFilter filterForOwner(const QDate& from, const QDate& to, const core::Producer& owner) const;

private:
    std::optional<qint64> m_owner;
};

} // namespace ocopos::services

#include "ReportScope.h"

#include "core/Errors.h"

namespace ocopos::services {

namespace {
const char* kOthers = "a cooperative user sees only its own products, sales, stock and statements";
}

DataScope DataScope::of(const Session& actor, const char* what)
{
    DataScope s;
    if (actor.isCooperative()) {
        if (!actor.producerId)
            throw AuthError(actor.username.toStdString() + " is a cooperative user bound to no producer");
        s.m_owner = actor.producerId;
        return s;
    }
    requireRole(actor, core::Role::Manager, what);
    return s;
}

void DataScope::requireProducer(const core::Producer& p) const
{
    if (m_owner && p.id != *m_owner && p.parentId != m_owner)
        throw AuthError(std::string(kOthers) + "; " + p.code.toStdString() + " is another producer");
}

void DataScope::requireOwner(qint64 ownerId, const QString& what) const
{
    if (m_owner && ownerId != *m_owner)
        throw AuthError(std::string(kOthers) + "; " + what.toStdString() + " is another producer's");
}

db::ReportFilter DataScope::filter(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        throw ValidationError("from", "a report needs --from and --to dates");
    if (from > to)
        throw ValidationError("to", "the period ends (" + to.toString(Qt::ISODate).toStdString() + ") before it starts ("
                                        + from.toString(Qt::ISODate).toStdString() + ")");
    return db::ReportFilter{from.toString(Qt::ISODate), to.toString(Qt::ISODate), m_owner};
}

db::ReportFilter DataScope::filterForOwner(const QDate& from, const QDate& to, const core::Producer& owner) const
{
    requireProducer(owner);
    db::ReportFilter f = filter(from, to);
    f.ownerId = owner.id;
    return f;
}

} // namespace ocopos::services

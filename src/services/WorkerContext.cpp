#include "WorkerContext.h"

#include "db/Database.h"

namespace ocopos::services {

WorkerSource WorkerSource::of(const Context& ctx)
{
    return WorkerSource{ctx.db.path(), &ctx.clock, ctx.pinHashCost, ctx.till};
}

WorkerContext::WorkerContext(const WorkerSource& source)
    : m_db(std::make_unique<db::Database>(source.dbPath)),
      m_ctx{*m_db, *source.clock, nullptr, source.pinHashCost, source.till}
{
}

WorkerContext::~WorkerContext() = default;

} // namespace ocopos::services

#include "ThreadConnection.h"

#include "db/Database.h"

namespace ocopos::services {

ThreadConnection::ThreadConnection(const QString& path, const core::Clock& clock)
    : m_db(std::make_unique<db::Database>(path)), m_ctx{*m_db, clock}
{
}

ThreadConnection::~ThreadConnection() = default;

} // namespace ocopos::services

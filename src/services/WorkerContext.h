#pragma once

#include "Session.h"

#include <QString>

#include <memory>

namespace ocopos::services {

/// What a worker thread needs to open a Context of its own, captured on the
/// thread that owns the original (a SQLite connection belongs to the thread that
/// opened it, so a worker never uses the GUI thread's).
struct WorkerSource {
    QString dbPath;
    const core::Clock* clock = nullptr;
    PinHashCost pinHashCost;
    QString till;

    static WorkerSource of(const Context& ctx);
};

/// A Context on the current (worker) thread: its own connection to the same
/// database, the same clock and PIN cost, no in-memory search index (searches go
/// to SQL). Closed when destroyed, which must happen on the same thread.
class WorkerContext {
public:
    /// Opens the database. Throws DbError.
    explicit WorkerContext(const WorkerSource& source);
    ~WorkerContext();
    WorkerContext(const WorkerContext&) = delete;
    WorkerContext& operator=(const WorkerContext&) = delete;

    Context& ctx() noexcept { return m_ctx; }

private:
    std::unique_ptr<db::Database> m_db;
    Context m_ctx;
};

} // namespace ocopos::services

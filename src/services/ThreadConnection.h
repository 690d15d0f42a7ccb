#pragma once

#include "Session.h"

#include <memory>

namespace ocopos::services {

/// A database connection of the current thread's own, to the file another
/// Context works on, and a Context over it: for work on a worker thread (a
/// report), since a connection is not shared between threads. Lets a caller
/// above services (the UI) open one without naming the db layer. Make and
/// destroy it on the same thread.
class ThreadConnection {
public:
    /// Opens `path`. Throws StorageError (db::DbError) when it can't.
    ThreadConnection(const QString& path, const core::Clock& clock);
    ~ThreadConnection();
    ThreadConnection(const ThreadConnection&) = delete;
    ThreadConnection& operator=(const ThreadConnection&) = delete;

    Context& ctx() noexcept { return m_ctx; }

private:
    std::unique_ptr<db::Database> m_db;
    Context m_ctx;
};

} // namespace ocopos::services

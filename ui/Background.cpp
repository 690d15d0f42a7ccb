#include "Background.h"

#include <QThread>

#include <memory>

namespace ocopos::ui {

namespace {
/// A child of the object that started the work, owning the thread. Destroyed
/// when the work is done, or with its owner, it waits for the thread first: the
/// work uses what the owner's caller keeps alive (the clock, the database file),
/// and a QThread destroyed while running aborts the program.
class WorkerGuard : public QObject {
public:
    WorkerGuard(QThread* thread, QObject* owner) : QObject(owner), m_thread(thread) {}
    ~WorkerGuard() override
    {
        m_thread->wait();
        delete m_thread;
    }
    WorkerGuard(const WorkerGuard&) = delete;
    WorkerGuard& operator=(const WorkerGuard&) = delete;

private:
    QThread* m_thread;
};
} // namespace

void runInBackground(QObject* owner, const services::WorkerSource& source,
                     std::function<void(services::Context&)> work, std::function<void(std::exception_ptr)> done)
{
    auto error = std::make_shared<std::exception_ptr>();
    QThread* thread = QThread::create([source, work = std::move(work), error] {
        try {
            services::WorkerContext worker(source);  // opened and closed on this thread
            work(worker.ctx());
        } catch (...) {
            *error = std::current_exception();
        }
    });
    auto* guard = new WorkerGuard(thread, owner);
    // finished() comes from the worker; queued to the guard's (GUI) thread, so
    // `done` runs there, and not at all once the owner is gone.
    QObject::connect(thread, &QThread::finished, guard, [guard, error, done = std::move(done)] {
        guard->deleteLater();
        done(*error);
    });
    thread->start();
}

} // namespace ocopos::ui

#pragma once

#include "services/WorkerContext.h"

#include <QObject>

#include <exception>
#include <functional>

namespace ocopos::ui {

/// Runs `work` on a new thread with a Context of its own (a connection opened
/// there, services::WorkerContext) so that slow work — argon2id, VACUUM INTO, a
/// big import — never freezes the window. `done` is then called on `owner`'s
/// (GUI) thread with the exception `work` threw, if any. If `owner` is destroyed
/// first, it waits for the thread and `done` is not called.
void runInBackground(QObject* owner, const services::WorkerSource& source,
                     std::function<void(services::Context&)> work, std::function<void(std::exception_ptr)> done);

} // namespace ocopos::ui

#pragma once

#include <QString>

#include <memory>
#include <string>

namespace spdlog {
class logger;
}

namespace ocopos::core {

/// Sets up logging: a rotating file `ocopos.log` in `dir` (5 × 2 MB) shared by
/// the named loggers (`db`, `sale`, `printing`, `ui`, `cli`, ...), made the
/// default logger, and Qt's own messages routed into it. Never writes to stdout
/// (the CLI's JSON goes there). With an empty dir, or if the file cannot be
/// opened, logs go nowhere.
void initLogging(const QString& dir);

/// A named logger sharing the configured sinks (created on first use).
std::shared_ptr<spdlog::logger> logger(const std::string& name);

} // namespace ocopos::core

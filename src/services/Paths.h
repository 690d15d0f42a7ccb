#pragma once

#include "core/Clock.h"

#include <QString>

#include <memory>

namespace ocopos::services {

/// The platform's application data folder for OCOPOS (created if missing).
QString dataDirectory();
/// `--db` is handled by the caller; this is `$OCOPOS_DB`, else `ocopos.db` in the data folder.
QString databasePathFromEnvironment();
/// `$OCOPOS_NOW` (ISO 8601) when set, else the system clock. ValidationError for a bad value.
std::unique_ptr<core::Clock> clockFromEnvironment();

} // namespace ocopos::services

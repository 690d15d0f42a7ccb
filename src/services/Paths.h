#pragma once

#include "core/Clock.h"

#include <QString>

#include <memory>

namespace ocopos::services {

/// The platform's application data folder for OCOPOS (created if missing).
QString dataDirectory();
/// `--db` is handled by the caller; this is `$OCOPOS_DB`, else the `database`
/// of this machine's connection file (connectionFile()), else `ocopos.db` in
/// the data folder.
QString databasePathFromEnvironment();
/// `--till` is handled by the caller; this is `$OCOPOS_TILL`, else the `till` of
/// the connection file, else empty (the store's `till` setting).
QString tillFromEnvironment();
/// This machine's connection file, `ocopos/connection.conf` in the platform's
/// config folder (`~/.config/ocopos/connection.conf` on Debian): an INI file
/// whose `[connection]` section may hold `database` (a path or a PostgreSQL URL)
/// and `till`, so that each till PC of a shared store starts on the right store
/// as the right till without options. Readable by its owner only: a URL there
/// may hold a password.
QString connectionFile();
/// `$OCOPOS_NOW` (ISO 8601) when set, else the system clock. ValidationError for a bad value.
std::unique_ptr<core::Clock> clockFromEnvironment();

} // namespace ocopos::services

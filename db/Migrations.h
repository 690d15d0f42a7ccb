#pragma once

#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace ocopos::db {

class Database;

/// Which schema a Database holds: a store's (db/migrations) or the province
/// centre's (db/centre/migrations, PostgreSQL only). Each refuses the other's
/// database untouched, by its marker tables.
enum class Schema { Store, Centre };

/// One numbered migration script, `NNNN_name.sql`: its version is NNNN, never
/// its place in the list (numbers may have gaps; a shipped script is never
/// edited, a change is a new file).
struct Migration {
    int version = 0;
    QString name;  ///< the file name, e.g. "0004_reports.sql"
    QString path;
};

/// The migrations in version order: the built-in ones (a Qt resource), or the
/// `NNNN_name.sql` files in `dir`. Throws DbError on a badly named script or two
/// scripts with one number.
std::vector<Migration> migrationScripts(const QString& dir = QString());
/// The centre's built-in migrations (db/centre/migrations, a Qt resource).
std::vector<Migration> centreMigrationScripts();

/// The newest built-in migration's number: the schema version this build
/// writes (what `--version` prints).
int newestSchemaVersion(Schema schema = Schema::Store);

/// SHA-256 (hex) of a script's bytes, as recorded in schema_migrations.
QString migrationSha256(const Migration& m);

/// The value of `PRAGMA application_id` that marks an OCOPOS store ("OCOP").
inline constexpr int kStoreApplicationId = 0x4F434F50;

/// Reads, without writing, what the open file is: throws NotAStoreDatabase when
/// it is some other program's, NewerSchemaError when it holds a version `scripts`
/// do not know (above the newest, or one this build never had). Returns the
/// applied versions (empty for a new, empty file).
std::set<int> inspectStore(Database& db, const std::vector<Migration>& scripts, Schema schema = Schema::Store);

/// Brings the schema to `target` (a file number; default the newest): records a
/// file migrated by the old scheme in schema_migrations, then runs each missing
/// script up to `target` in its own transaction with its schema_migrations row.
/// Throws DbError naming the failing script; that script leaves no trace.
void migrateSchema(Database& db, const std::vector<Migration>& scripts, std::optional<int> target);

/// A migration statement (written for SQLite) as PostgreSQL needs it: 64-bit
/// integers, identity columns for the rowid ids. Exposed for tests.
QString postgresStatement(const QString& sqliteDdl);

/// The newest file number applied (0 for a new file).
int appliedSchemaVersion(Database& db);

} // namespace ocopos::db

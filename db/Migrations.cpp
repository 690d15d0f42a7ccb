#include "Migrations.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>

#include <spdlog/spdlog.h>

static void initMigrationResources() { Q_INIT_RESOURCE(migrations); }
static void initCentreMigrationResources() { Q_INIT_RESOURCE(centre_migrations); }

namespace ocopos::db {

namespace {

/// The scripts as the old scheme numbered them: PRAGMA user_version counted the
/// files applied in list order, and the list was 0001, 0002, 0004, 0005 when the
/// scheme changed. A file with no schema_migrations table and user_version N ran
/// the first N of these.
constexpr int kOldSchemeOrder[] = {1, 2, 4, 5};

std::string str(const QString& s) { return s.toStdString(); }

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        db.fail(QStringLiteral("cannot read ") + db.displayName(), sql, q.lastError());
    return q.next() ? q.value(0) : QVariant();
}

// The dialects of the schema bookkeeping are here, in stamp() and in
// postgresStatement().
bool hasTable(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.prepare(db.isPostgres() ? QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = "
                                               "current_schema() AND table_name = :t")
                              : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :t"));
    q.bindValue(QStringLiteral(":t"), table);
    if (!q.exec())
        db.fail(QStringLiteral("cannot read ") + db.displayName(), QStringLiteral("SELECT FROM the table list"),
                q.lastError());
    return q.next();
}

/// The first table of the database in name order, if any: a new database has none.
QString firstTable(Database& db)
{
    return scalar(db, db.isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                       "table_schema = current_schema() ORDER BY table_name LIMIT 1")
                                      : QStringLiteral("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                                       "ORDER BY name LIMIT 1"))
        .toString();
}

/// Keeps the SQLite header in step with schema_migrations, for tools (and for
/// builds before schema_migrations, which refuse a user_version above theirs).
/// PostgreSQL has no header: schema_migrations alone says.
void stamp(Database& db, int version)
{
    if (db.isPostgres())
        return;
    db.execute(QStringLiteral("PRAGMA user_version=%1").arg(version));
    db.execute(QStringLiteral("PRAGMA application_id=%1").arg(kStoreApplicationId));
}

void createBookkeeping(Database& db)
{
    db.execute(QStringLiteral("CREATE TABLE schema_migrations (version %1 PRIMARY KEY, name TEXT NOT NULL, "
                              "sha256 TEXT, applied_at TEXT NOT NULL)")
                   .arg(db.isPostgres() ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER")));
}

void record(Database& db, int version, const QString& name, const QVariant& sha)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, sha256, applied_at) "
                             "VALUES (:v, :n, :s, :t)"));
    q.bindValue(QStringLiteral(":v"), version);
    q.bindValue(QStringLiteral(":n"), name);
    q.bindValue(QStringLiteral(":s"), sha);
    q.bindValue(QStringLiteral(":t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        db.fail(QStringLiteral("cannot record migration ") + name, QStringLiteral("INSERT INTO schema_migrations"),
                q.lastError());
}

/// Whether a migration is recorded, read inside the transaction that would run
/// it: another till starting at the same moment may have run it first.
bool recorded(Database& db, int version)
{
    if (!hasTable(db, QStringLiteral("schema_migrations")))
        return false;
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = %1").arg(version)).toInt()
           > 0;
}

const Migration* find(const std::vector<Migration>& scripts, int version)
{
    for (const auto& m : scripts)
        if (m.version == version)
            return &m;
    return nullptr;
}

[[noreturn]] void refuseUnknown(Database& db, int version, int known)
{
    throw NewerSchemaError("database " + str(db.displayName()) + " has schema version " + std::to_string(version)
                               + ", which this program (newest " + std::to_string(known)
                               + ") does not know: it comes from a newer or another build; it was not changed",
                           "schema_migrations", "");
}

/// The versions recorded in schema_migrations, or those an old-scheme file ran.
std::set<int> appliedVersions(Database& db, bool* oldScheme)
{
    std::set<int> out;
    *oldScheme = false;
    if (hasTable(db, QStringLiteral("schema_migrations"))) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations")))
            db.fail(QStringLiteral("cannot read ") + db.displayName(),
                    QStringLiteral("SELECT version FROM schema_migrations"), q.lastError());
        while (q.next())
            out.insert(q.value(0).toInt());
        return out;
    }
    if (db.isPostgres())
        return out;  // no header, so no old scheme
    const int position = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (position <= 0)
        return out;
    *oldScheme = true;
    if (position > static_cast<int>(std::size(kOldSchemeOrder)))
        return {position * 10000};  // no build numbered this many by position: unknown
    for (int i = 0; i < position; ++i)
        out.insert(kOldSchemeOrder[i]);
    return out;
}

} // namespace

QString postgresStatement(const QString& sqliteDdl)
{
    // SQLite's INTEGER is 64-bit and INTEGER PRIMARY KEY is the rowid; in
    // PostgreSQL INTEGER is 32-bit (too small for a year of đồng) and ids come
    // from an identity column. Nothing else in the migrations differs.
    static const QRegularExpression rowid(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"), QRegularExpression::CaseInsensitiveOption);
    // A guard trigger (BEFORE UPDATE [OF ...] / DELETE ... RAISE(ABORT, 'why')),
    // the one kind of trigger the migrations use, becomes a PL/pgSQL function
    // raising the same message and a row trigger calling it.
    static const QRegularExpression guard(
        QStringLiteral("^CREATE\\s+TRIGGER\\s+(\\w+)\\s+BEFORE\\s+(UPDATE(?:\\s+OF\\s+[\\w\\s,]+?)?|DELETE)\\s+ON\\s+(\\w+)\\s+"
                       "BEGIN\\s+SELECT\\s+RAISE\\s*\\(\\s*ABORT\\s*,\\s*'([^']*)'\\s*\\)\\s*;\\s*END$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = guard.match(sqliteDdl.trimmed()); m.hasMatch()) {
        const QString name = m.captured(1);
        return QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RAISE EXCEPTION "
                              "'%2'; END $f$; CREATE TRIGGER %1 BEFORE %3 ON %4 FOR EACH ROW EXECUTE FUNCTION %1_fn()")
            .arg(name, m.captured(4), m.captured(2).simplified(), m.captured(3));
    }
    // An AFTER trigger whose body is one statement (the catalogue token's, 0011)
    // becomes a statement-level trigger calling a function that runs it; SQLite's
    // random token becomes PostgreSQL's.
    static const QRegularExpression after(
        QStringLiteral("^CREATE\\s+TRIGGER\\s+(\\w+)\\s+AFTER\\s+(INSERT|DELETE|UPDATE(?:\\s+OF\\s+[\\w\\s,]+?)?)\\s+"
                       "ON\\s+(\\w+)\\s+BEGIN\\s+([^;]+);\\s*END$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = after.match(sqliteDdl.trimmed()); m.hasMatch()) {
        const QString name = m.captured(1);
        QString body = m.captured(4).simplified();
        body.replace(QStringLiteral("lower(hex(randomblob(16)))"),
                     QStringLiteral("md5(random()::text || clock_timestamp()::text)"));
        return QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN %2; RETURN NULL; "
                              "END $f$; CREATE TRIGGER %1 AFTER %3 ON %4 FOR EACH STATEMENT EXECUTE FUNCTION %1_fn()")
            .arg(name, body, m.captured(2).simplified(), m.captured(3));
    }
    QString out = sqliteDdl;
    out.replace(QStringLiteral("lower(hex(randomblob(16)))"), QStringLiteral("md5(random()::text || clock_timestamp()::text)"));
    out.replace(rowid, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    out.replace(integer, QStringLiteral("BIGINT"));
    return out;
}

std::vector<Migration> migrationScripts(const QString& dir)
{
    initMigrationResources();
    static const QRegularExpression named(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir d(dir.isEmpty() ? QStringLiteral(":/ocopos/migrations") : dir);
    std::vector<Migration> out;
    for (const QString& f : d.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = named.match(f);
        const int version = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (version <= 0)
            throw DbError("migration " + str(f) + " is not named NNNN_name.sql with NNNN from 0001", "", "");
        if (!out.empty() && out.back().version == version)
            throw DbError("migrations " + str(out.back().name) + " and " + str(f) + " share version "
                              + std::to_string(version),
                          "", "");
        out.push_back({version, f, d.filePath(f)});
    }
    return out;
}

std::vector<Migration> centreMigrationScripts()
{
    initCentreMigrationResources();
    return migrationScripts(QStringLiteral(":/ocopos-centre/migrations"));
}

int newestSchemaVersion(Schema schema)
{
    const auto scripts = schema == Schema::Store ? migrationScripts() : centreMigrationScripts();
    return scripts.empty() ? 0 : scripts.back().version;
}

QString migrationSha256(const Migration& m)
{
    QFile f(m.path);
    if (!f.open(QIODevice::ReadOnly))
        throw DbError("cannot read migration " + str(m.name), "", str(f.errorString()));
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

std::set<int> inspectStore(Database& db, const std::vector<Migration>& scripts, Schema schema)
{
    const auto foreign = [&](const std::string& why) {
        return NotAStoreDatabase(str(db.displayName()) + " is not an OCOPOS database (" + why + "); it was not changed",
                                 "", "");
    };
    const int appId = db.isPostgres() ? 0 : scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    if (appId != 0 && appId != kStoreApplicationId)
        throw foreign("it belongs to another program, application_id " + std::to_string(appId));
    bool oldScheme = false;
    const std::set<int> applied = appliedVersions(db, &oldScheme);
    if (applied.empty()) {
        // A new, empty file. One that already holds tables is some other program's.
        const QString table = firstTable(db);
        if (!table.isEmpty())
            throw foreign("it holds '" + str(table) + "' but no OCOPOS schema version");
        return applied;
    }
    // Every version of ours has the tables of 0001; a file whose header merely
    // carries a user_version is not ours (carrying it forward would write to it).
    // PostgreSQL has no application_id: every database there is checked so
    // (another program may well keep a schema_migrations table of its own).
    // A store's and a centre's databases are told apart by their marker tables,
    // whatever their version numbers (each schema numbers its own scripts).
    if (db.isPostgres()) {
        const bool centre = schema == Schema::Centre;
        if (hasTable(db, centre ? QStringLiteral("journal") : QStringLiteral("centre_stores")))
            throw NotAStoreDatabase(str(db.displayName())
                                        + (centre ? " is an OCOPOS store database, not a province centre's"
                                                  : " is an OCOPOS province centre database, not a store's")
                                        + "; it was not changed",
                                    "", "");
    }
    if ((appId == 0 && oldScheme) || db.isPostgres()) {
        static const char* const storeTables[] = {"settings", "users", "products", "sales", "sale_lines", "journal"};
        static const char* const centreTables[] = {"centre_stores", "centre_journal"};
        const auto check = [&](const auto& tables) {
            for (const char* table : tables)
                if (!hasTable(db, QString::fromLatin1(table)))
                    throw foreign("it has a schema version but no '" + std::string(table) + "' table");
        };
        if (schema == Schema::Centre)
            check(centreTables);
        else
            check(storeTables);
    }
    const int known = scripts.empty() ? 0 : scripts.back().version;
    for (int v : applied)
        if (!find(scripts, v))
            refuseUnknown(db, v, known);
    return applied;
}

void migrateSchema(Database& db, const std::vector<Migration>& scripts, std::optional<int> target)
{
    const int known = scripts.empty() ? 0 : scripts.back().version;
    const int want = target.value_or(known);
    if (want < 0 || want > known)
        throw DbError("cannot migrate to schema version " + std::to_string(want) + ": this program knows up to "
                          + std::to_string(known),
                      "", "");
    bool oldScheme = false;
    std::set<int> applied = appliedVersions(db, &oldScheme);
    if (oldScheme) {
        // Carry a file of the old scheme forward: the positions it counted become
        // the file numbers they stood for. The text it ran was not recorded.
        TransactionGuard tx(db);
        createBookkeeping(db);
        for (int v : applied)
            record(db, v, find(scripts, v) ? find(scripts, v)->name : QString::number(v), QVariant());
        stamp(db, *applied.rbegin());
        tx.commit();
        spdlog::info("db: {} recorded its old-scheme versions in schema_migrations", str(db.displayName()));
    }
    for (const Migration& m : scripts) {
        if (m.version > want || applied.count(m.version))
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            throw DbError("cannot read migration " + str(m.name), "", str(f.errorString()));
        const QByteArray bytes = f.readAll();
        TransactionGuard tx(db);
        if (recorded(db, m.version)) {
            applied.insert(m.version);
            continue;
        }
        if (!hasTable(db, QStringLiteral("schema_migrations")))
            createBookkeeping(db);
        for (QString stmt : splitSqlStatements(QString::fromUtf8(bytes))) {
            if (db.isPostgres())
                stmt = postgresStatement(stmt);
            QSqlQuery q(db.connection());
            if (!q.exec(stmt))
                db.fail(QStringLiteral("migration %1 failed").arg(m.name), stmt, q.lastError());
        }
        record(db, m.version, m.name,
               QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        stamp(db, std::max(m.version, applied.empty() ? 0 : *applied.rbegin()));
        tx.commit();
        applied.insert(m.version);
        spdlog::info("db: migrated {} to version {} ({})", str(db.displayName()), m.version, str(m.name));
    }
}

int appliedSchemaVersion(Database& db)
{
    if (!hasTable(db, QStringLiteral("schema_migrations")))
        return db.isPostgres() ? 0 : scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
}

} // namespace ocopos::db

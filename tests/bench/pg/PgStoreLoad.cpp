#include "PgStoreLoad.h"

#include "PgBenchServer.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace ocopos::bench {

namespace {

struct PgConn {
    PGconn* c;
    explicit PgConn(const std::string& info) : c(PQconnectdb(info.c_str()))
    {
        if (PQstatus(c) != CONNECTION_OK)
            throw std::runtime_error(std::string("cannot connect to PostgreSQL: ") + PQerrorMessage(c));
    }
    ~PgConn() { PQfinish(c); }
    void exec(const std::string& sql, ExecStatusType want = PGRES_COMMAND_OK)
    {
        PGresult* r = PQexec(c, sql.c_str());
        const bool ok = PQresultStatus(r) == want;
        PQclear(r);
        if (!ok)
            throw std::runtime_error("PostgreSQL: " + sql + ": " + PQerrorMessage(c));
    }
};

/// COPY's text format: backslash, tab, newline and carriage return escaped.
void appendCopyText(std::string& out, const unsigned char* s, int n)
{
    for (int i = 0; i < n; ++i) {
        switch (s[i]) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += static_cast<char>(s[i]);
        }
    }
}

void copyTable(sqlite3* lite, PgConn& pg, const std::string& table)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(lite, ("SELECT * FROM " + table).c_str(), -1, &st, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(lite));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
    const int n = sqlite3_column_count(st);
    std::string cols;
    for (int i = 0; i < n; ++i)
        cols += std::string(i ? ", " : "") + sqlite3_column_name(st, i);
    pg.exec("COPY " + table + " (" + cols + ") FROM STDIN", PGRES_COPY_IN);
    std::string buf;
    const auto flush = [&] {
        if (PQputCopyData(pg.c, buf.data(), static_cast<int>(buf.size())) != 1)
            throw std::runtime_error(std::string("COPY: ") + PQerrorMessage(pg.c));
        buf.clear();
    };
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < n; ++i) {
            if (i)
                buf += '\t';
            switch (sqlite3_column_type(st, i)) {
            case SQLITE_NULL: buf += "\\N"; break;
            case SQLITE_INTEGER: buf += std::to_string(sqlite3_column_int64(st, i)); break;
            case SQLITE_TEXT: appendCopyText(buf, sqlite3_column_text(st, i), sqlite3_column_bytes(st, i)); break;
            default: throw std::runtime_error("copy " + table + ": a column that is neither integer nor text");
            }
        }
        buf += '\n';
        if (buf.size() > (1 << 20))
            flush();
    }
    if (rc != SQLITE_DONE)
        throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(lite));
    if (!buf.empty())
        flush();
    if (PQputCopyEnd(pg.c, nullptr) != 1)
        throw std::runtime_error(std::string("COPY end: ") + PQerrorMessage(pg.c));
    PGresult* r;
    bool ok = true;
    std::string why;
    while ((r = PQgetResult(pg.c)) != nullptr) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            why = PQresultErrorMessage(r);
        }
        PQclear(r);
    }
    if (!ok)
        throw std::runtime_error("COPY " + table + ": " + why);
}

} // namespace

void copyGeneratedStore(const QString& sqlitePath, const QString& pgUrl)
{
    sqlite3* lite = nullptr;
    if (sqlite3_open_v2(sqlitePath.toUtf8().constData(), &lite, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(lite);
        throw std::runtime_error("cannot open " + sqlitePath.toStdString());
    }
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> guard(lite, sqlite3_close);
    PgConn pg(conninfoFromUrl(pgUrl));
    pg.exec("BEGIN");
    for (const char* t : {"producers", "products", "barcodes", "price_history"})
        copyTable(lite, pg, t);
    for (const char* t : {"producers", "products", "price_history"})
        pg.exec(std::string("SELECT setval(pg_get_serial_sequence('") + t + "', 'id'), (SELECT MAX(id) FROM " + t + "))",
                PGRES_TUPLES_OK);
    pg.exec("COMMIT");
    pg.exec("ANALYZE");
}

} // namespace ocopos::bench

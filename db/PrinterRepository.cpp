#include "PrinterRepository.h"

namespace ocopos::db {

namespace {

PrinterRow printerFrom(Query& q)
{
    return PrinterRow { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0,
        q.value(4).toInt() != 0, q.value(5).toString() };
}

const QString kJobColumns = QStringLiteral(
    "id, till, kind, ref, kick, reprint, created_at, created_by, attempts, last_attempt_at, last_error, "
    "last_error_code, printed_at");

PrintJobRow jobFrom(Query& q)
{
    PrintJobRow j;
    j.id = q.value(0).toLongLong();
    j.till = q.value(1).toString();
    j.kind = q.value(2).toString();
    j.ref = q.value(3).toString();
    j.kick = q.value(4).toInt() != 0;
    j.reprint = q.value(5).toInt() != 0;
    j.createdAt = q.value(6).toString();
    j.createdBy = q.value(7).toString();
    j.attempts = q.value(8).toInt();
    j.lastAttemptAt = q.value(9).toString();
    j.lastError = q.value(10).toString();
    j.lastErrorCode = q.value(11).toString();
    j.printedAt = q.value(12).toString();
    return j;
}

} // namespace

std::optional<PrinterRow> PrinterRepository::printer(const QString& till)
{
    Query q(m_db,
        QStringLiteral("SELECT till, uri, width_mm, auto_print, kick_on_cash, updated_at FROM printers "
                       "WHERE till = :t"));
    q.bind(QStringLiteral(":t"), till).exec();
    if (!q.next())
        return std::nullopt;
    return printerFrom(q);
}

std::vector<PrinterRow> PrinterRepository::printers()
{
    Query q(m_db,
        QStringLiteral("SELECT till, uri, width_mm, auto_print, kick_on_cash, updated_at FROM printers "
                       "ORDER BY till"));
    q.exec();
    std::vector<PrinterRow> out;
    while (q.next())
        out.push_back(printerFrom(q));
    return out;
}

void PrinterRepository::setPrinter(const PrinterRow& r)
{
    Query q(m_db,
        QStringLiteral("INSERT INTO printers (till, uri, width_mm, auto_print, kick_on_cash, updated_at) "
                       "VALUES (:t, :u, :w, :a, :k, :at) ON CONFLICT (till) DO UPDATE SET uri = excluded.uri, "
                       "width_mm = excluded.width_mm, auto_print = excluded.auto_print, "
                       "kick_on_cash = excluded.kick_on_cash, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":t"), r.till)
        .bind(QStringLiteral(":u"), r.uri)
        .bind(QStringLiteral(":w"), r.widthMm)
        .bind(QStringLiteral(":a"), r.autoPrint ? 1 : 0)
        .bind(QStringLiteral(":k"), r.kickOnCash ? 1 : 0)
        .bind(QStringLiteral(":at"), r.updatedAt)
        .exec();
}

bool PrinterRepository::removePrinter(const QString& till)
{
    Query q(m_db, QStringLiteral("DELETE FROM printers WHERE till = :t"));
    q.bind(QStringLiteral(":t"), till).exec();
    return q.rowsAffected() > 0;
}

qint64 PrinterRepository::addJob(const PrintJobRow& j)
{
    Query q(m_db,
        QStringLiteral("INSERT INTO print_jobs (till, kind, ref, kick, reprint, created_at, created_by) "
                       "VALUES (:t, :k, :r, :kick, :re, :at, :by) RETURNING id"));
    q.bind(QStringLiteral(":t"), j.till)
        .bind(QStringLiteral(":k"), j.kind)
        .bind(QStringLiteral(":r"), j.ref)
        .bind(QStringLiteral(":kick"), j.kick ? 1 : 0)
        .bind(QStringLiteral(":re"), j.reprint ? 1 : 0)
        .bind(QStringLiteral(":at"), j.createdAt)
        .bind(QStringLiteral(":by"), j.createdBy)
        .exec();
    return q.lastInsertId();
}

std::optional<PrintJobRow> PrinterRepository::job(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM print_jobs WHERE id = :id"));
    q.bind(QStringLiteral(":id"), QVariant(static_cast<qlonglong>(id))).exec();
    if (!q.next())
        return std::nullopt;
    return jobFrom(q);
}

std::vector<PrintJobRow> PrinterRepository::unprinted(const QString& till)
{
    Query q(m_db,
        QStringLiteral("SELECT ") + kJobColumns
            + QStringLiteral(" FROM print_jobs WHERE printed_at IS NULL AND (:all = 1 OR till = :t) "
                             "ORDER BY id"));
    // A flag rather than comparing the till with '': an empty QString binds as NULL.
    q.bind(QStringLiteral(":all"), till.isEmpty() ? 1 : 0).bind(QStringLiteral(":t"), till).exec();
    std::vector<PrintJobRow> out;
    while (q.next())
        out.push_back(jobFrom(q));
    return out;
}

void PrinterRepository::recordFailure(qint64 id, const QString& at, const QString& code, const QString& error)
{
    Query q(m_db,
        QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, last_attempt_at = :at, "
                       "last_error = :e, last_error_code = :c WHERE id = :id"));
    q.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":e"), error)
        .bind(QStringLiteral(":c"), code)
        .bind(QStringLiteral(":id"), QVariant(static_cast<qlonglong>(id)))
        .exec();
}

bool PrinterRepository::markPrinted(qint64 id, const QString& at)
{
    Query q(m_db,
        QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, last_attempt_at = :at, "
                       "printed_at = :at2 WHERE id = :id AND printed_at IS NULL"));
    q.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":at2"), at)
        .bind(QStringLiteral(":id"), QVariant(static_cast<qlonglong>(id)))
        .exec();
    return q.rowsAffected() > 0;
}

} // namespace ocopos::db

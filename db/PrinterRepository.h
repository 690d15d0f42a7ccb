#pragma once

#include "Database.h"

#include <QString>
#include <optional>
#include <vector>

namespace ocopos::db {

/// A till's receipt printer (table `printers`, migration 0009).
struct PrinterRow {
    QString till;
    QString uri;
    int widthMm = 80;
    bool autoPrint = true;
    bool kickOnCash = true;
    QString updatedAt;
};

/// One document waiting for, or sent to, a till's printer (table `print_jobs`).
struct PrintJobRow {
    qint64 id = 0;
    QString till;
    QString kind; ///< receipt, return, void, z_report, x_report
    QString ref; ///< receipt number, return number or shift id
    bool kick = false;
    bool reprint = false;
    QString createdAt;
    QString createdBy;
    int attempts = 0;
    QString lastAttemptAt;
    QString lastError;
    QString lastErrorCode;
    QString printedAt; ///< empty while unprinted
};

/// SQL of the receipt printers and the print queue. Rules are services::PrinterService's.
class PrinterRepository {
public:
    explicit PrinterRepository(Database& db)
        : m_db(db)
    {
    }

    std::optional<PrinterRow> printer(const QString& till);
    std::vector<PrinterRow> printers();
    void setPrinter(const PrinterRow& row);
    /// True when there was one to remove.
    bool removePrinter(const QString& till);

    /// Adds a job; returns its id.
    qint64 addJob(const PrintJobRow& job);
    std::optional<PrintJobRow> job(qint64 id);
    /// Jobs not printed yet, oldest first; all tills when `till` is empty.
    std::vector<PrintJobRow> unprinted(const QString& till);
    /// A failed attempt: counts it and keeps the error.
    void recordFailure(qint64 id, const QString& at, const QString& code, const QString& error);
    /// Marks the job printed unless it already was; false when it already was.
    bool markPrinted(qint64 id, const QString& at);

private:
    Database& m_db;
};

} // namespace ocopos::db

#pragma once

#include "Database.h"

#include <QString>
#include <optional>
#include <vector>

namespace ocopos::db {

/// One row of `einvoices` (migration 0010).
struct EInvoiceRow {
    qint64 id = 0;
    QString kind; ///< original, adjustment, cancel
    QString form; ///< "1" or "2"
    QString series;
    int year = 0;
    qint64 number = 0;
    QString issuedOn; ///< YYYY-MM-DD
    qint64 saleId = 0;
    std::optional<qint64> returnId;
    std::optional<qint64> refersTo;
    qint64 total = 0;
    QString xml;
    QString xmlSha256;
    QString status = QStringLiteral("pending");
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
    QString providerRef;
    QString authorityCode; ///< MCCQT
    QString rejectReason;
    QString statusAt;
    QString receiptNo; ///< the sale's, joined
};

/// What the sender records about one invoice after an attempt.
struct EInvoiceOutcome {
    QString status; ///< sent, accepted, rejected, or pending (try again)
    QString providerRef;
    QString authorityCode;
    QString rejectReason;
    QString lastError;
    QString nextAttemptAt; ///< for pending and sent
    QString at;
};

struct EInvoiceCounts {
    qint64 pending = 0; ///< pending and sent (waiting for the tax authority's code)
    qint64 accepted = 0;
    qint64 rejected = 0;
};

/// SQL of the e-invoice table. The number is taken inside the caller's
/// transaction, which holds the store's write lock: gapless per series and year.
class EInvoiceRepository {
public:
    explicit EInvoiceRepository(Database& db)
        : m_db(db)
    {
    }

    /// MAX(number) + 1 of the series and year (1 for the first).
    qint64 nextNumber(const QString& series, int year);
    /// Inserts and returns the id.
    qint64 insert(const EInvoiceRow& row);
    std::optional<EInvoiceRow> byId(qint64 id);
    /// The invoices of a sale (original, then adjustments and cancel), oldest first.
    std::vector<EInvoiceRow> bySale(qint64 saleId);
    std::optional<EInvoiceRow> byReturn(qint64 returnId);
    /// Invoices due to be sent at `nowUtc` (pending or sent whose next attempt,
    /// a UTC time, has come) with an id above `afterId`, by id, at most `limit`.
    std::vector<EInvoiceRow> due(const QString& nowUtc, qint64 afterId, int limit);
    /// By status (empty: all) and issue date range (inclusive, empty: open), by id.
    std::vector<EInvoiceRow> list(const QString& status, const QString& from, const QString& to);
    void recordOutcome(qint64 id, const EInvoiceOutcome& o);
    /// Counts over invoices issued in [from, to] (YYYY-MM-DD), and the rejected ones' rows.
    EInvoiceCounts counts(const QString& from, const QString& to);

private:
    Database& m_db;
};

} // namespace ocopos::db

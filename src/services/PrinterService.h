#pragma once

#include "Session.h"
#include "core/Errors.h"

#include <QString>
#include <optional>
#include <vector>

namespace ocopos::services {

/// A till's receipt printer (docs/PRINTERS.md).
struct PrinterSettings {
    QString till;
    QString uri; ///< tcp://HOST:PORT, file:/dev/usb/lp0 or cups:QUEUE
    int widthMm = 80; ///< 80 or 58
    bool autoPrint = true; ///< print the receipt as soon as the sale is committed
    bool kickOnCash = true; ///< open the cash drawer after a sale or return with cash
};

/// One document in the print queue.
struct PrintJob {
    qint64 id = 0;
    QString till;
    QString kind; ///< receipt, return, void, z_report, x_report
    QString ref; ///< receipt number (receipt, void), return id (return), shift id (z_report, x_report)
    bool kick = false;
    bool reprint = false;
    QString createdAt;
    QString createdBy;
    int attempts = 0;
    QString lastAttemptAt;
    QString lastError;
    QString lastErrorCode;
    QString printedAt;

    bool printed() const { return !printedAt.isEmpty(); }
};

/// The receipt printers of the tills and the print queue: what is printed where,
/// what waits, and who opened the cash drawer and why. It never talks to a
/// printer itself (docs::PrintQueue does, outside any transaction): a sale is
/// committed first and printed after, so a printer can never cost a sale.
class PrinterService {
public:
    explicit PrinterService(Context ctx)
        : m_ctx(ctx)
    {
    }

    /// The printer of `till` (this program's till when empty); nullopt when it has none.
    std::optional<PrinterSettings> printer(const QString& till = QString());
    std::vector<PrinterSettings> printers();
    /// Sets a till's printer (manager). ValidationError for a bad URI or width
    /// (field printer or width), or a bad till code.
    void setPrinter(const Session& actor, PrinterSettings settings);
    /// Removes a till's printer (manager). NotFound when it had none.
    void removePrinter(const Session& actor, const QString& till);

    /// Queues a document for this till's printer; returns the job's id.
    qint64 enqueue(const Session* actor, const QString& kind, const QString& ref, bool kick, bool reprint = false);
    /// NotFound for an unknown id.
    PrintJob job(qint64 id);
    /// Jobs not printed yet, oldest first: of `till` (this till when empty), or of
    /// every till when `allTills`.
    std::vector<PrintJob> unprinted(const QString& till = QString(), bool allTills = false);
    /// A failed attempt: the job stays queued with the error's code and message.
    void recordFailure(qint64 id, const Error& error);
    /// The printer took the job. False when it was already marked printed.
    bool markPrinted(qint64 id);

    /// Allows opening the cash drawer without a sale: a cashier, manager or admin,
    /// with a reason, written to the audit log ("drawer_open"). AuthError for
    /// another role, ValidationError (field reason) for an empty reason.
    void authoriseDrawer(const Session& actor, const QString& reason);

private:
    QString tillOrDefault(const QString& till);
    Context m_ctx;
};

} // namespace ocopos::services

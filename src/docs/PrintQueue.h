#pragma once

#include "core/Errors.h"
#include "printing/Composer.h"
#include "printing/PrinterLink.h"
#include "services/PrinterService.h"
#include "services/ReturnService.h"
#include "services/SaleTypes.h"
#include "services/Session.h"
#include "services/ShiftService.h"

#include <QByteArray>
#include <optional>
#include <string>

namespace ocopos::docs {

/// How one print job went. A printer failure is an outcome, not an exception:
/// the sale (or return, or shift close) it belongs to is already committed.
struct PrintAttempt {
    qint64 jobId = 0;
    bool printed = false;
    std::string errorCode; ///< printer.offline, printer.paper_out, ... when not printed
    QString error; ///< the message, for the CLI and the log
    ErrorArgs errorArgs; ///< the error's arguments, for a screen's sentence
    std::optional<printing::escpos::Status> status;
};

/// Documents on the till's thermal printer (docs/PRINTERS.md): the receipt,
/// return and void slips and the X/Z report as ESC/POS raster, through the
/// print queue. Every document is queued first (services::PrinterService, its
/// own small transaction after the operation's) and then sent; a job that fails
/// stays queued with its error until it is retried ("Retry") or left for later
/// ("Print later"), and a retry of a job that printed is refused, so a receipt
/// prints once. Every call that prints takes an optional `uri` (the CLI's
/// `--printer`) that overrides the till's printer for that job; empty means the
/// till's. The drawer is kicked only with a sale or return that had cash
/// (when the till's setting says so) or by openDrawer(), never otherwise.
class PrintQueue {
public:
    explicit PrintQueue(services::Context ctx, printing::PrinterTimeouts timeouts = {});

    /// This till's printer; nullopt when none is set up.
    std::optional<services::PrinterSettings> printer();

    /// After a committed sale: queues its receipt (with the drawer kick when
    /// paid partly in cash) and prints it now if the till prints automatically.
    /// nullopt when the till has no printer (and no `uri` is given).
    std::optional<PrintAttempt> afterSale(
        const services::Session& actor, const services::SaleResult& sale, const QString& uri = QString());
    /// After a committed return (refunded in cash: the drawer opens).
    std::optional<PrintAttempt> afterReturn(
        const services::Session& actor, const services::ReturnResult& ret, const QString& uri = QString());
    /// After a void: the void slip (no kick: a void gives back what the payment
    /// screen handles, and the spec allows the kick only after a sale or return).
    std::optional<PrintAttempt> afterVoid(
        const services::Session& actor, const services::SaleResult& voided, const QString& uri = QString());
    /// After a shift is closed (Z) or an X report is asked for.
    std::optional<PrintAttempt> afterShiftReport(
        const services::Session& actor, const services::ShiftReport& report, const QString& uri = QString());

    /// Queues without printing ("Print later" for a document not yet queued).
    qint64 enqueue(
        const services::Session* actor, const QString& kind, const QString& ref, bool kick, bool reprint = false);
    /// Sends a queued job. Conflict (print.already_printed) when it was printed
    /// already; printer.not_configured when the till has no printer.
    PrintAttempt print(qint64 jobId, const QString& uri = QString());
    /// Every unprinted job of this till, oldest first; stops at the first failure.
    std::vector<PrintAttempt> printPending(const QString& uri = QString());
    /// A reprint of a stored sale ("BẢN IN LẠI", or its void slip when voided), never with a kick.
    PrintAttempt reprint(const services::Session& actor, const QString& receiptNo, const QString& uri = QString());

    /// Opens the cash drawer without a sale: cashier or above, with a reason, in
    /// the audit log (services::PrinterService::authoriseDrawer), then the kick.
    /// Throws the printer's error when the kick cannot be sent (the audit entry stays:
    /// someone asked).
    void openDrawer(const services::Session& actor, const QString& reason, const QString& uri = QString());

    /// The ESC/POS bytes of a queued job (rendered now, from the stored data).
    QByteArray bytesOf(const services::PrintJob& job);

    /// A test page for a printer that may not be saved yet: the store, the
    /// printer's address and width, every Vietnamese letter, a QR and a barcode.
    static QByteArray testPage(const QString& uri, printing::RollWidth width, const QString& storeName);
    /// Sends `bytes` to `uri`. Throws the printer's error.
    static printing::PrintOutcome send(
        const QString& uri, const QByteArray& bytes, printing::PrinterTimeouts timeouts = {});

private:
    std::optional<PrintAttempt> queueAndMaybePrint(
        const services::Session& actor, const QString& kind, const QString& ref, bool kick, const QString& uri);
    services::Context m_ctx;
    printing::PrinterTimeouts m_timeouts;
};

} // namespace ocopos::docs

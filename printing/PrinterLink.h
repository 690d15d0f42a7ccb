#pragma once

#include "EscPos.h"
#include "core/PrinterAddress.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ocopos::printing {

using core::PrinterAddress;

/// How long a link waits, in milliseconds.
struct PrinterTimeouts {
    int connect = 3000; ///< a TCP connection
    int status = 700; ///< an answer to DLE EOT (a printer that never answers is not an error)
    int write = 15000; ///< the printer taking the next bytes (it prints ~100 mm/s)
};

/// What a job's delivery learned.
struct PrintOutcome {
    qint64 bytes = 0;
    /// The printer's status, when it answered DLE EOT (network printers mostly do).
    std::optional<escpos::Status> status;
    /// True when the printer answered a status request sent after the job, so it had read all of it.
    bool confirmed = false;
};

/// Sends ESC/POS bytes to one printer. Each send() is one connection (or one
/// open of the device, or one `lp` run). Failures throw Error with a stable code
/// (core/ErrorCodes.h) and a message for the cashier:
///  - printer.refused: nothing listens at the address (printer on, wrong port?);
///  - printer.offline: no answer in time, or the printer says it is offline,
///    cover open or in error; a device file that does not exist;
///  - printer.paper_out: the printer says the paper has run out;
///  - printer.closed: the connection was cut while the job was being sent;
///  - printer.failed: anything else (permissions, `lp` refusing the job).
/// On TCP the printer is asked for its status (DLE EOT 1 and 4) before the job,
/// which is not sent when the printer says it cannot print.
class PrinterLink {
public:
    explicit PrinterLink(PrinterAddress address, PrinterTimeouts timeouts = {});

    PrintOutcome send(const QByteArray& job) const;
    /// Only asks the status (TCP); nullopt when the printer does not answer or is not on TCP.
    std::optional<escpos::Status> status() const;

    const PrinterAddress& address() const noexcept { return m_address; }

private:
    PrintOutcome sendTcp(const QByteArray& job, bool statusOnly) const;
    PrintOutcome sendFile(const QByteArray& job) const;
    PrintOutcome sendCups(const QByteArray& job) const;

    PrinterAddress m_address;
    PrinterTimeouts m_timeouts;
};

} // namespace ocopos::printing

#pragma once

#include "MonoBitmap.h"

#include <QByteArray>
#include <cstdint>
#include <optional>

/// The few ESC/POS commands OCOPOS sends (Epson's command set, which 58/80 mm
/// thermal printers of every brand follow). Everything printed is a raster
/// image: code pages (CP1258, TCVN-3) print Vietnamese marks wrongly on many
/// printers, a raster never does.
namespace ocopos::printing::escpos {

inline constexpr char kEsc = 0x1b;
inline constexpr char kGs = 0x1d;
inline constexpr char kDle = 0x10;
inline constexpr char kEot = 0x04;

/// Rows per `GS v 0` band: small enough for the receive buffer of cheap printers.
inline constexpr int kBandRows = 128;

/// `ESC @`: resets the printer (modes, not the buffer).
QByteArray init();
/// The image as `GS v 0` raster bands of at most `bandRows` rows, mode 0 (normal size).
QByteArray raster(const MonoBitmap& image, int bandRows = kBandRows);
/// `ESC d n`: feeds n lines.
QByteArray feed(int lines);
/// `GS V 66 n`: feeds the paper to the cutter (plus n dots) and cuts it, leaving a hinge.
QByteArray cut();
/// `ESC p 0 25 250`: a 50 ms pulse on the drawer kick-out connector's pin 2, opening the cash drawer.
QByteArray kick();

/// What `DLE EOT n` asks.
enum class StatusKind : std::uint8_t { Printer = 1, Offline = 2, Error = 3, Paper = 4 };
QByteArray statusRequest(StatusKind kind);

/// A printer's answers to the status requests, merged.
struct Status {
    bool offline = false; ///< n=1 bit 3
    bool coverOpen = false; ///< n=2 bit 2
    bool feedButton = false; ///< n=2 bit 3
    bool paperOut = false; ///< n=2 bit 5 or n=4 bits 5–6
    bool error = false; ///< n=2 bit 6, or n=3 cutter/unrecoverable bits
    bool paperNearEnd = false; ///< n=4 bits 2–3 (prints; the roll should be changed soon)

    /// Something that stops a job: the printer will not print now.
    bool blocking() const { return offline || coverOpen || paperOut || error; }
};

/// True for a byte shaped like a status answer (bits 1 and 4 set, 0 and 7 clear).
bool isStatusByte(std::uint8_t b);
/// Adds the answer `b` to a request of `kind` to `status`. False when `b` is
/// not a status byte (nothing changes).
bool applyStatus(Status& status, StatusKind kind, std::uint8_t b);

/// A whole print job: init, the drawer kick if asked (first, so the drawer opens
/// while the receipt prints), the raster, and the cut if asked.
struct JobOptions {
    bool cut = true;
    bool kick = false;
};
QByteArray job(const MonoBitmap& image, JobOptions options = {});
/// Only the drawer kick (the "open drawer" button): init and `ESC p`.
QByteArray kickOnly();

} // namespace ocopos::printing::escpos

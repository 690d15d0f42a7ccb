#pragma once

#include "printing/MonoBitmap.h"

#include <QByteArray>
#include <string>
#include <vector>

namespace ocopos::test {

/// An ESC/POS stream read back, as a test sees what a printer would do with it:
/// the raster bands put together into one image, and the commands in order.
/// Knows exactly the commands OCOPOS sends (ESC @, ESC p, ESC d, GS v 0, GS V,
/// DLE EOT); anything else is an error, so a stray byte cannot go unnoticed.
struct EscPosPrint {
    printing::MonoBitmap image; ///< every GS v 0 band, top to bottom
    std::vector<std::string> commands; ///< "init", "kick", "raster", "feed", "cut", "status"
    int kicks = 0;
    int cuts = 0;
    int statusRequests = 0;
    /// The bytes of each drawer kick: 1B 70 m t1 t2.
    std::vector<QByteArray> kickBytes;

    /// Set if the stream broke off or held an unknown byte: where, and what.
    std::string error;
    bool ok() const { return error.empty(); }
};

EscPosPrint decodeEscPos(const QByteArray& stream);

/// The image as 8-bit grey (for zxing) with a white border of `quiet` dots.
std::vector<unsigned char> grayWithBorder(const printing::MonoBitmap& image, int quiet, int& width, int& height);

/// Texts of the barcodes zxing finds in the image ("QRCode", "Code128", ...).
std::vector<std::string> decodeBarcodes(const printing::MonoBitmap& image, const std::string& formats);

/// Writes the image as a 1-bit PNG-free PGM (P5) file, for looking at a failure.
bool writePgm(const printing::MonoBitmap& image, const std::string& path);

} // namespace ocopos::test

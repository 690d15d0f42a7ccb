#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ocopos::core {

/// A QR code's modules, row by row (error correction M, 8-bit mode, automatic
/// version). No quiet zone: the printed page and the screen add their own.
struct QrMatrix {
    int size = 0;                    ///< modules per side
    std::vector<std::uint8_t> dark;  ///< size × size, 1 = dark
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
};

/// Encodes `payload` (bytes, e.g. a VietQR string) with libqrencode: the one QR
/// encoder, used by printing and by the screens. Throws ValidationError("qr", ...)
/// when it cannot (a payload too long for a QR code).
QrMatrix encodeQr(const std::string& payload);

} // namespace ocopos::core

#pragma once

#include "Money.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ocopos::core {

/// CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor.
std::uint16_t crc16CcittFalse(const std::string& bytes);

/// A NAPAS VietQR (EMVCo merchant-presented) transfer to an account.
struct VietQrTransfer {
    std::string bankBin;          ///< 6 digits
    std::string account;          ///< up to 19 characters
    std::optional<Money> amount;  ///< dynamic QR (tag 01 = 12) when present
    std::string purpose;          ///< tag 62/08
    std::string service = "QRIBFTTA";
};

/// Builds the payload. The purpose is folded to ASCII without diacritics and cut
/// to 25 characters. Throws ValidationError for a bad BIN, account or amount.
std::string buildVietQr(const VietQrTransfer& t);

/// Parses and verifies a payload: TLV structure, CRC, NAPAS GUID, currency 704,
/// country VN. Throws ValidationError("vietqr", why).
VietQrTransfer parseVietQr(const std::string& payload);

/// ASCII, no diacritics (đ -> d), printable only, at most `max` characters.
std::string asciiPurpose(const std::string& utf8, std::size_t max = 25);

} // namespace ocopos::core

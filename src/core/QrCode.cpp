#include "QrCode.h"

#include "Errors.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace ocopos::core {

QrMatrix encodeQr(const std::string& payload)
{
    // libqrencode owns the result; QRcode_free is its only correct release.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(payload.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        const int err = errno;
        throw ValidationError("qr", "cannot make a QR code of " + std::to_string(payload.size())
                                        + " bytes: " + std::strerror(err));
    }
    QrMatrix q;
    q.size = code->width;
    const auto n = static_cast<std::size_t>(q.size) * static_cast<std::size_t>(q.size);
    q.dark.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        q.dark[i] = code->data[i] & 1u;  // bit 0: dark module; other bits are libqrencode's bookkeeping
    return q;
}

} // namespace ocopos::core

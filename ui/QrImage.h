#pragma once

#include <QImage>
#include <QString>

namespace ocopos::ui {

/// A QR code (core::encodeQr: error correction M, 8-bit mode) as a black-on-white
/// image with a 4-module quiet zone, `scale` pixels per module. A null image when
/// the payload can't be encoded.
QImage qrImage(const QString& payload, int scale = 6);

} // namespace ocopos::ui

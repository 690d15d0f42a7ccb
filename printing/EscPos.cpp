#include "EscPos.h"

#include <algorithm>
#include <stdexcept>

namespace ocopos::printing::escpos {

namespace {
char byte(int v) { return static_cast<char>(static_cast<std::uint8_t>(v & 0xff)); }
} // namespace

QByteArray init() { return QByteArray{kEsc, '@'}; }

QByteArray raster(const MonoBitmap& image, int bandRows)
{
    if (bandRows < 1 || bandRows > 0xffff)
        throw std::invalid_argument("escpos::raster: band rows out of range");
    QByteArray out;
    const int bpr = image.bytesPerRow();
    out.reserve(image.height() * bpr + (image.height() / bandRows + 1) * 8);
    const auto* bits = reinterpret_cast<const char*>(image.bytes().data());
    for (int y = 0; y < image.height(); y += bandRows) {
        const int rows = std::min(bandRows, image.height() - y);
        out.append(kGs).append('v').append('0').append(byte(0));
        out.append(byte(bpr)).append(byte(bpr >> 8)).append(byte(rows)).append(byte(rows >> 8));
        out.append(bits + static_cast<std::ptrdiff_t>(y) * bpr, static_cast<qsizetype>(rows) * bpr);
    }
    return out;
}

QByteArray feed(int lines) { return QByteArray{kEsc, 'd', byte(std::clamp(lines, 0, 255))}; }

QByteArray cut() { return QByteArray{kGs, 'V', byte(66), byte(0)}; }

QByteArray kick() { return QByteArray{kEsc, 'p', byte(0), byte(25), byte(250)}; }

QByteArray statusRequest(StatusKind kind) { return QByteArray{kDle, kEot, byte(static_cast<int>(kind))}; }

bool isStatusByte(std::uint8_t b) { return (b & 0x93) == 0x12; }

bool applyStatus(Status& s, StatusKind kind, std::uint8_t b)
{
    if (!isStatusByte(b))
        return false;
    switch (kind) {
    case StatusKind::Printer:
        s.offline = s.offline || (b & 0x08);
        break;
    case StatusKind::Offline:
        s.coverOpen = s.coverOpen || (b & 0x04);
        s.feedButton = s.feedButton || (b & 0x08);
        s.paperOut = s.paperOut || (b & 0x20);
        s.error = s.error || (b & 0x40);
        break;
    case StatusKind::Error:
        s.error = s.error || (b & 0x68);
        break;
    case StatusKind::Paper:
        s.paperNearEnd = s.paperNearEnd || (b & 0x0c);
        s.paperOut = s.paperOut || (b & 0x60);
        break;
    }
    return true;
}

QByteArray job(const MonoBitmap& image, JobOptions options)
{
    QByteArray out = init();
    if (options.kick)
        out += kick();
    out += raster(image);
    if (options.cut)
        out += cut();
    return out;
}

QByteArray kickOnly() { return init() + kick(); }

} // namespace ocopos::printing::escpos

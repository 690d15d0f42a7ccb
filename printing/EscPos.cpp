#include "EscPos.h"

#include <algorithm>
#include <initializer_list>
#include <stdexcept>

namespace ocopos::printing::escpos {

namespace {
char byte(int v)
{
    return static_cast<char>(static_cast<std::uint8_t>(v & 0xff));
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(values.size()));
    for (int v : values)
        out.append(byte(v));
    return out;
}
} // namespace

QByteArray init()
{
    return bytes({ kEsc, '@' });
}

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

QByteArray feed(int lines)
{
    return bytes({ kEsc, 'd', std::clamp(lines, 0, 255) });
}

QByteArray cut()
{
    return bytes({ kGs, 'V', 66, 0 });
}

QByteArray kick()
{
    return bytes({ kEsc, 'p', 0, 25, 250 });
}

QByteArray statusRequest(StatusKind kind)
{
    return bytes({ kDle, kEot, static_cast<int>(kind) });
}

bool isStatusByte(std::uint8_t b)
{
    return (b & 0x93) == 0x12;
}

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

QByteArray kickOnly()
{
    return init() + kick();
}

} // namespace ocopos::printing::escpos

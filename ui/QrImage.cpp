#include "QrImage.h"

#include "core/Errors.h"
#include "core/QrCode.h"

#include <QPainter>

namespace ocopos::ui {

QImage qrImage(const QString& payload, int scale)
{
    if (scale < 1)
        return {};
    core::QrMatrix code;
    try {
        code = core::encodeQr(payload.toStdString());
    } catch (const ValidationError&) {
        return {};
    }
    constexpr int quiet = 4;
    const int modules = code.size;
    const int side = (modules + 2 * quiet) * scale;
    QImage img(side, side, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x)
            if (code.at(x, y))
                p.drawRect((x + quiet) * scale, (y + quiet) * scale, scale, scale);
    return img;
}

} // namespace ocopos::ui

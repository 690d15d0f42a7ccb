#include "EscPosDecoder.h"

#include <ZXing/ReadBarcode.h>
#include <cstdio>

namespace ocopos::test {

EscPosPrint decodeEscPos(const QByteArray& s)
{
    EscPosPrint out;
    const auto at = [&](qsizetype i) { return static_cast<unsigned char>(s[i]); };
    const auto need = [&](qsizetype i, qsizetype n) { return i + n <= s.size(); };
    int width = -1;
    qsizetype i = 0;
    while (i < s.size()) {
        const unsigned char c = at(i);
        const auto fail = [&](const std::string& why) { out.error = why + " at byte " + std::to_string(i); };
        if (c == 0x1b && need(i, 2) && at(i + 1) == '@') {
            out.commands.push_back("init");
            i += 2;
        } else if (c == 0x1b && need(i, 5) && at(i + 1) == 'p') {
            out.commands.push_back("kick");
            out.kickBytes.push_back(s.mid(i, 5));
            ++out.kicks;
            i += 5;
        } else if (c == 0x1b && need(i, 3) && at(i + 1) == 'd') {
            out.commands.push_back("feed");
            i += 3;
        } else if (c == 0x1d && need(i, 8) && at(i + 1) == 'v' && at(i + 2) == '0') {
            if (at(i + 3) != 0) {
                fail("GS v 0 with a scaled mode");
                break;
            }
            const int bpr = at(i + 4) | (at(i + 5) << 8);
            const int rows = at(i + 6) | (at(i + 7) << 8);
            if (!need(i + 8, static_cast<qsizetype>(bpr) * rows)) {
                fail("GS v 0 band cut short");
                break;
            }
            if (width < 0) {
                width = bpr * 8;
                out.image = printing::MonoBitmap(width, 0);
            } else if (bpr * 8 != width) {
                fail("GS v 0 band of another width");
                break;
            }
            printing::MonoBitmap band(width, rows);
            std::copy(s.begin() + i + 8, s.begin() + i + 8 + static_cast<qsizetype>(bpr) * rows, band.bytes().begin());
            out.image.append(band);
            out.commands.push_back("raster");
            i += 8 + static_cast<qsizetype>(bpr) * rows;
        } else if (c == 0x1d && need(i, 3) && at(i + 1) == 'V') {
            const unsigned char m = at(i + 2);
            const bool withFeed = m == 65 || m == 66;
            if (withFeed && !need(i, 4)) {
                fail("GS V cut short");
                break;
            }
            out.commands.push_back("cut");
            ++out.cuts;
            i += withFeed ? 4 : 3;
        } else if (c == 0x10 && need(i, 3) && at(i + 1) == 0x04) {
            out.commands.push_back("status");
            ++out.statusRequests;
            i += 3;
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%02X", c);
            fail(std::string("unknown or truncated command 0x") + hex);
            break;
        }
    }
    return out;
}

std::vector<unsigned char> grayWithBorder(const printing::MonoBitmap& image, int quiet, int& width, int& height)
{
    width = image.width() + 2 * quiet;
    height = image.height() + 2 * quiet;
    std::vector<unsigned char> px(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 255);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.black(x, y))
                px[static_cast<std::size_t>(y + quiet) * static_cast<std::size_t>(width)
                    + static_cast<std::size_t>(x + quiet)]
                    = 0;
    return px;
}

std::vector<std::string> decodeBarcodes(const printing::MonoBitmap& image, const std::string& formats)
{
    int w = 0, h = 0;
    const auto px = grayWithBorder(image, 40, w, h);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormatsFromString(formats));
    hints.setTryHarder(true);
    const ZXing::ImageView view(px.data(), w, h, ZXing::ImageFormat::Lum);
    std::vector<std::string> out;
    for (const auto& r : ZXing::ReadBarcodes(view, hints))
        if (r.isValid())
            out.push_back(r.text());
    return out;
}

bool writePgm(const printing::MonoBitmap& image, const std::string& path)
{
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return false;
    std::fprintf(f, "P5\n%d %d\n255\n", image.width(), image.height());
    const auto gray = image.toGray();
    const bool ok = std::fwrite(gray.data(), 1, gray.size(), f) == gray.size();
    return std::fclose(f) == 0 && ok;
}

} // namespace ocopos::test

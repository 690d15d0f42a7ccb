#include "PdfTools.h"
#include "printing/BarcodeEncoders.h"
#include "printing/PdfError.h"

#include "core/Barcode.h"
#include "core/Errors.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::printing;
using ocopos::printing::test::GrayImage;
using ocopos::printing::test::decodeBarcodes;

namespace {

/// Draws modules as an image (3 px each, 10 modules of quiet zone) for a reader.
GrayImage barsImage(const BarModules& m)
{
    const int scale = 3, quiet = 10, height = 60;
    GrayImage img;
    img.width = (static_cast<int>(m.size()) + 2 * quiet) * scale;
    img.height = height;
    img.pixels.assign(static_cast<std::size_t>(img.width * img.height), 255);
    for (int y = 10; y < height - 10; ++y)
        for (std::size_t i = 0; i < m.size(); ++i)
            if (m[i])
                for (int k = 0; k < scale; ++k)
                    img.pixels[static_cast<std::size_t>(y * img.width + (quiet + static_cast<int>(i)) * scale + k)] = 0;
    return img;
}

GrayImage qrImage(const QrMatrix& q)
{
    const int scale = 4, quiet = 4;
    GrayImage img;
    img.width = img.height = (q.size + 2 * quiet) * scale;
    img.pixels.assign(static_cast<std::size_t>(img.width * img.height), 255);
    for (int y = 0; y < q.size; ++y)
        for (int x = 0; x < q.size; ++x)
            if (q.at(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        img.pixels[static_cast<std::size_t>(((quiet + y) * scale + dy) * img.width + (quiet + x) * scale + dx)] = 0;
    return img;
}

} // namespace

TEST(Ean13, MatchesAnIndependentEncoder)
{
    for (const std::string code : {"8936045120019", "8934563138165", "4006381333931", "0012345678905"}) {
        ASSERT_TRUE(core::hasValidGs1Check(code)) << code;
        const BarModules ours = encodeEan13(code);
        ASSERT_EQ(ours.size(), 95u);
        const auto theirs = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(0).encode(code, 95, 1);
        ASSERT_EQ(theirs.width(), 95);
        for (int i = 0; i < 95; ++i)
            EXPECT_EQ(ours[static_cast<std::size_t>(i)], theirs.get(i, 0)) << code << " module " << i;
    }
}

TEST(Ean13, DecodesAndAddsTheCheckDigit)
{
    EXPECT_EQ(ean13WithCheckDigit("893604512001"), "8936045120019");
    EXPECT_EQ(decodeBarcodes(barsImage(encodeEan13("893604512001")), "EAN13"),
              std::vector<std::string>{"8936045120019"});
}

TEST(Ean13, RefusesBadInput)
{
    EXPECT_THROW(encodeEan13("8936045120018"), ValidationError); // wrong check digit
    EXPECT_THROW(encodeEan13("89360451200"), ValidationError);
    EXPECT_THROW(encodeEan13("89360451200A"), ValidationError);
    EXPECT_THROW(encodeEan13(""), ValidationError);
}

TEST(Ean13, GuardsAreTheStartCentreAndEnd)
{
    int guards = 0;
    for (std::size_t i = 0; i < 95; ++i)
        guards += isEan13GuardModule(i) ? 1 : 0;
    EXPECT_EQ(guards, 11);
    EXPECT_TRUE(isEan13GuardModule(0));
    EXPECT_TRUE(isEan13GuardModule(47));
    EXPECT_TRUE(isEan13GuardModule(94));
    EXPECT_FALSE(isEan13GuardModule(3));
}

TEST(Code128, SkusDecodeToThemselves)
{
    for (const std::string sku : {"CM-HL-KG", "TVB-DR-10", "a b~{}|", "NM-CR-500", "12345678", "1234567"}) {
        const BarModules m = encodeCode128(sku);
        EXPECT_EQ((m.size() - 13) % 11, 0u) << sku; // whole symbols plus the 13-module stop
        EXPECT_EQ(decodeBarcodes(barsImage(m), "Code128"), std::vector<std::string>{sku}) << sku;
    }
}

TEST(Code128, EvenDigitRunsUseCodeSetC)
{
    // Start C + 4 pairs + check + stop, against start B + 8 characters + check + stop.
    EXPECT_EQ(encodeCode128("12345678").size(), static_cast<std::size_t>(11 * 6 + 13));
    EXPECT_EQ(encodeCode128("1234567").size(), static_cast<std::size_t>(11 * 9 + 13));
}

TEST(Code128, RefusesWhatItCannotEncode)
{
    EXPECT_THROW(encodeCode128(""), ValidationError);
    EXPECT_THROW(encodeCode128("Nước"), ValidationError);
    EXPECT_THROW(encodeCode128("tab\there"), ValidationError);
}

TEST(QrCode, ComesFromLibqrencodeAndDecodes)
{
    const std::string payload =
        "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung "
        "ho lu lut6304C15C";
    const QrMatrix q = encodeQr(payload);
    EXPECT_EQ((q.size - 17) % 4, 0); // a QR version: 21, 25, 29, ...
    EXPECT_EQ(q.dark.size(), static_cast<std::size_t>(q.size * q.size));
    EXPECT_EQ(decodeBarcodes(qrImage(q), "QRCode"), std::vector<std::string>{payload});
}

TEST(QrCode, TooLongIsAPdfError)
{
    EXPECT_THROW(encodeQr(std::string(5000, 'A')), ValidationError);
}

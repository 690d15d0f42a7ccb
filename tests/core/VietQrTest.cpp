#include "core/Errors.h"
#include "core/VietQr.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::core;

TEST(VietQr, CrcCheckValue) { EXPECT_EQ(crc16CcittFalse("123456789"), 0x29B1); }

TEST(VietQr, WorkedExampleFromDomainDoc)
{
    const std::string expected =
        "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung "
        "ho lu lut6304C15C";
    VietQrTransfer t;
    t.bankBin = "970415";
    t.account = "0011001932418";
    t.amount = Money(120000);
    t.purpose = "ung ho lu lut";
    EXPECT_EQ(buildVietQr(t), expected);
    const auto parsed = parseVietQr(expected);
    EXPECT_EQ(parsed.bankBin, "970415");
    EXPECT_EQ(parsed.account, "0011001932418");
    ASSERT_TRUE(parsed.amount);
    EXPECT_EQ(parsed.amount->dong(), 120000);
    EXPECT_EQ(parsed.purpose, "ung ho lu lut");
    EXPECT_EQ(parsed.service, "QRIBFTTA");
}

TEST(VietQr, PurposeIsAsciiAndShort)
{
    EXPECT_EQ(asciiPurpose("Thanh toán đơn Q01-000017"), "Thanh toan don Q01-000017");
    EXPECT_EQ(asciiPurpose("Đặc sản Quảng Ninh rất ngon và rẻ"), "Dac san Quang Ninh rat ng");
    EXPECT_EQ(asciiPurpose("Q01-000017"), "Q01-000017");
    VietQrTransfer t{"970436", "1023456789", Money(185000), "Q01-000017", "QRIBFTTA"};
    const auto payload = buildVietQr(t);
    EXPECT_NE(payload.find("010212"), std::string::npos);  // dynamic
    EXPECT_NE(payload.find("5406185000"), std::string::npos);
    EXPECT_EQ(parseVietQr(payload).purpose, "Q01-000017");
    t.amount.reset();
    EXPECT_NE(buildVietQr(t).find("010211"), std::string::npos);  // static without amount
}

TEST(VietQr, RefusesBadInputAndTamperedPayloads)
{
    EXPECT_THROW(buildVietQr({"97041", "123", Money(1), "", "QRIBFTTA"}), ValidationError);
    EXPECT_THROW(buildVietQr({"970415", "", Money(1), "", "QRIBFTTA"}), ValidationError);
    EXPECT_THROW(buildVietQr({"970415", "12345678901234567890", Money(1), "", "QRIBFTTA"}), ValidationError);
    EXPECT_THROW(buildVietQr({"970415", "123", Money(0), "", "QRIBFTTA"}), ValidationError);
    std::string p = buildVietQr({"970415", "123456", Money(50000), "Q01-000001", "QRIBFTTA"});
    std::string tampered = p;
    tampered.replace(tampered.find("50000"), 5, "90000");
    EXPECT_THROW(parseVietQr(tampered), ValidationError);
    EXPECT_THROW(parseVietQr("garbage"), ValidationError);
}

#include "printing/MoneyInWords.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

using namespace ocopos::printing;
using ocopos::core::Money;

namespace {
std::string words(std::int64_t n, NumberWordsStyle style = {}) { return moneyInWords(Money(n), style); }
} // namespace

TEST(MoneyInWords, TheInvoiceExample) { EXPECT_EQ(words(45000), "Bốn mươi lăm nghìn đồng"); }

TEST(MoneyInWords, UnitsAndTens)
{
    EXPECT_EQ(words(0), "Không đồng");
    EXPECT_EQ(words(1), "Một đồng");
    EXPECT_EQ(words(4), "Bốn đồng");
    EXPECT_EQ(words(5), "Năm đồng");
    EXPECT_EQ(words(10), "Mười đồng");
    EXPECT_EQ(words(11), "Mười một đồng");  // not "mốt" after "mười"
    EXPECT_EQ(words(14), "Mười bốn đồng");
    EXPECT_EQ(words(15), "Mười lăm đồng");  // "lăm" after a ten
    EXPECT_EQ(words(20), "Hai mươi đồng");
    EXPECT_EQ(words(21), "Hai mươi mốt đồng");
    EXPECT_EQ(words(24), "Hai mươi tư đồng");
    EXPECT_EQ(words(25), "Hai mươi lăm đồng");
    EXPECT_EQ(words(31), "Ba mươi mốt đồng");
    EXPECT_EQ(words(44), "Bốn mươi tư đồng");
    EXPECT_EQ(words(55), "Năm mươi lăm đồng");
    EXPECT_EQ(words(99), "Chín mươi chín đồng");
}

TEST(MoneyInWords, HundredsWithLinhOrLe)
{
    EXPECT_EQ(words(100), "Một trăm đồng");
    EXPECT_EQ(words(101), "Một trăm linh một đồng"); // "một", not "mốt", after "linh"
    EXPECT_EQ(words(104), "Một trăm linh bốn đồng");
    EXPECT_EQ(words(105), "Một trăm linh năm đồng"); // "năm", not "lăm", after "linh"
    EXPECT_EQ(words(105, {true, false}), "Một trăm lẻ năm đồng");
    EXPECT_EQ(words(110), "Một trăm mười đồng");
    EXPECT_EQ(words(115), "Một trăm mười lăm đồng");
    EXPECT_EQ(words(121), "Một trăm hai mươi mốt đồng");
    EXPECT_EQ(words(999), "Chín trăm chín mươi chín đồng");
}

TEST(MoneyInWords, ThousandsSayEmptyHundreds)
{
    EXPECT_EQ(words(1000), "Một nghìn đồng");
    EXPECT_EQ(words(1000, {false, true}), "Một ngàn đồng");
    EXPECT_EQ(words(1001), "Một nghìn không trăm linh một đồng");
    EXPECT_EQ(words(1010), "Một nghìn không trăm mười đồng");
    EXPECT_EQ(words(1050), "Một nghìn không trăm năm mươi đồng");
    EXPECT_EQ(words(1005, {true, true}), "Một ngàn không trăm lẻ năm đồng");
    EXPECT_EQ(words(10000), "Mười nghìn đồng");
    EXPECT_EQ(words(15000), "Mười lăm nghìn đồng");
    EXPECT_EQ(words(21000), "Hai mươi mốt nghìn đồng");
    EXPECT_EQ(words(100000), "Một trăm nghìn đồng");
    EXPECT_EQ(words(105000), "Một trăm linh năm nghìn đồng");
    EXPECT_EQ(words(185000), "Một trăm tám mươi lăm nghìn đồng");
}

TEST(MoneyInWords, MillionsSkipEmptyGroups)
{
    EXPECT_EQ(words(1000000), "Một triệu đồng");
    EXPECT_EQ(words(1000005), "Một triệu không trăm linh năm đồng");
    EXPECT_EQ(words(1000010), "Một triệu không trăm mười đồng");
    EXPECT_EQ(words(1005000), "Một triệu không trăm linh năm nghìn đồng");
    EXPECT_EQ(words(1200000), "Một triệu hai trăm nghìn đồng");
    EXPECT_EQ(words(2021000), "Hai triệu không trăm hai mươi mốt nghìn đồng");
    EXPECT_EQ(words(20000100), "Hai mươi triệu một trăm đồng");
    EXPECT_EQ(words(63160000), "Sáu mươi ba triệu một trăm sáu mươi nghìn đồng");
    EXPECT_EQ(words(100000000), "Một trăm triệu đồng");
}

TEST(MoneyInWords, BillionsAndBeyond)
{
    EXPECT_EQ(words(1000000000), "Một tỷ đồng");
    EXPECT_EQ(words(1000000001), "Một tỷ không trăm linh một đồng");
    EXPECT_EQ(words(1234567891),
              "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt đồng");
    EXPECT_EQ(words(1000000000000), "Một nghìn tỷ đồng");
    EXPECT_EQ(words(25000000000000), "Hai mươi lăm nghìn tỷ đồng");
    EXPECT_EQ(words(std::numeric_limits<std::int64_t>::max()),
              "Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ "
              "tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng");
}

TEST(MoneyInWords, Negative)
{
    EXPECT_EQ(words(-45000), "Âm bốn mươi lăm nghìn đồng");
    EXPECT_EQ(words(std::numeric_limits<std::int64_t>::min()).rfind("Âm chín tỷ", 0), 0u);
}

TEST(MoneyInWords, NumberInWordsIsLowerCaseWithoutCurrency)
{
    EXPECT_EQ(numberInWords(0), "không");
    EXPECT_EQ(numberInWords(1005), "một nghìn không trăm linh năm");
    EXPECT_EQ(numberInWords(-1), "âm một");
}

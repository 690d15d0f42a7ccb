#pragma once

#include "Money.h"

#include <cstdint>
#include <string>

namespace ocopos::core {

/// Regional choices in reading numbers aloud; both are correct Vietnamese.
struct NumberWordsStyle {
    /// 105: "một trăm linh năm" (northern, the default on invoices) or "một trăm lẻ năm".
    bool useLe = false;
    /// 1.000: "nghìn" (default) or "ngàn".
    bool useNgan = false;
};

/// Reads a whole number in Vietnamese, lower case: 45000 → "bốn mươi lăm nghìn",
/// 105 → "một trăm linh năm", 21 → "hai mươi mốt", 15 → "mười lăm",
/// 24 → "hai mươi tư", 1005000 → "một triệu không trăm linh năm nghìn",
/// 0 → "không", negatives start with "âm". Above 999 tỷ the tỷ repeats
/// (10^12 → "một nghìn tỷ").
std::string numberInWords(std::int64_t n, NumberWordsStyle style = {});

/// An amount as invoices spell it: capitalised, ending in "đồng":
/// 45.000 ₫ → "Bốn mươi lăm nghìn đồng"; 0 → "Không đồng".
std::string moneyInWords(Money amount, NumberWordsStyle style = {});

} // namespace ocopos::core

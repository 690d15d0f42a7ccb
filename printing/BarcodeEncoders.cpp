#include "BarcodeEncoders.h"

#include "core/Barcode.h"
#include "core/Errors.h"

#include <array>

namespace ocopos::printing {

namespace {

// EAN-13 "L" (odd parity) patterns; "R" is L inverted and "G" is R reversed.
constexpr std::array<const char*, 10> kEanL = {"0001101", "0011001", "0010011", "0111101", "0100011",
                                                "0110001", "0101111", "0111011", "0110111", "0001011"};
// Which of the six left digits use G rather than L, chosen by the first digit.
constexpr std::array<const char*, 10> kEanParity = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                                     "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};

// Code 128 symbol widths (bar, space, bar, space, bar, space) for values 0–106;
// 106 is the stop pattern with its final bar.
constexpr std::array<const char*, 107> kCode128 = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};
constexpr int kStartB = 104;
constexpr int kStartC = 105;
constexpr int kStop = 106;

void appendPattern(BarModules& out, const char* bits)
{
    for (const char* p = bits; *p; ++p)
        out.push_back(*p == '1');
}

void appendWidths(BarModules& out, const char* widths)
{
    bool bar = true;
    for (const char* p = widths; *p; ++p) {
        out.insert(out.end(), static_cast<std::size_t>(*p - '0'), bar);
        bar = !bar;
    }
}

bool allDigits(const std::string& s)
{
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

std::string ean13WithCheckDigit(const std::string& digits)
{
    if (!allDigits(digits) || (digits.size() != 12 && digits.size() != 13))
        throw ValidationError("ean13", "'" + digits + "' is not 12 or 13 digits");
    if (digits.size() == 12)
        return digits + static_cast<char>('0' + core::gs1CheckDigit(digits));
    if (!core::hasValidGs1Check(digits))
        throw ValidationError("ean13", "'" + digits + "' has a wrong check digit");
    return digits;
}

BarModules encodeEan13(const std::string& input)
{
    const std::string d = ean13WithCheckDigit(input);
    BarModules m;
    m.reserve(95);
    appendPattern(m, "101");
    const char* parity = kEanParity[static_cast<std::size_t>(d[0] - '0')];
    for (std::size_t i = 1; i <= 6; ++i) {
        const char* l = kEanL[static_cast<std::size_t>(d[i] - '0')];
        if (parity[i - 1] == 'L') {
            appendPattern(m, l);
        } else {
            for (int k = 6; k >= 0; --k) // G: the R pattern (inverted L) reversed
                m.push_back(l[k] == '0');
        }
    }
    appendPattern(m, "01010");
    for (std::size_t i = 7; i <= 12; ++i) {
        const char* l = kEanL[static_cast<std::size_t>(d[i] - '0')];
        for (int k = 0; k < 7; ++k)
            m.push_back(l[k] == '0');
    }
    appendPattern(m, "101");
    return m;
}

bool isEan13GuardModule(std::size_t module)
{
    return module < 3 || (module >= 45 && module < 50) || (module >= 92 && module < 95);
}

BarModules encodeCode128(const std::string& text)
{
    if (text.empty())
        throw ValidationError("code128", "nothing to encode");
    std::vector<int> values;
    // Code set C packs two digits per symbol: an all-digit SKU prints half as wide.
    if (allDigits(text) && text.size() % 2 == 0) {
        values.push_back(kStartC);
        for (std::size_t i = 0; i < text.size(); i += 2)
            values.push_back((text[i] - '0') * 10 + (text[i + 1] - '0'));
    } else {
        values.push_back(kStartB);
        for (unsigned char c : text) {
            if (c < 32 || c > 126)
                throw ValidationError("code128", "'" + text + "' has a character Code 128 set B cannot encode");
            values.push_back(c - 32);
        }
    }
    int sum = values.front();
    for (std::size_t i = 1; i < values.size(); ++i)
        sum += static_cast<int>(i) * values[i];
    values.push_back(sum % 103);
    values.push_back(kStop);

    BarModules m;
    for (int v : values)
        appendWidths(m, kCode128[static_cast<std::size_t>(v)]);
    return m;
}

} // namespace ocopos::printing

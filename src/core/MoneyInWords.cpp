#include "MoneyInWords.h"

#include <QString>

#include <array>
#include <vector>

namespace ocopos::core {

namespace {

constexpr std::array<const char*, 10> kDigits = {"không", "một", "hai", "ba", "bốn",
                                                  "năm", "sáu", "bảy", "tám", "chín"};
constexpr std::uint64_t kBillion = 1'000'000'000;

void add(std::vector<std::string>& words, std::string w) { words.push_back(std::move(w)); }

/// Reads 0..999. `full` means something bigger was read before this group, so
/// an empty hundreds place is said ("không trăm") and a lone unit gets "linh":
/// 1.005 is "một nghìn không trăm linh năm", but 5 alone is "năm".
void readGroup(unsigned group, bool full, const NumberWordsStyle& style, std::vector<std::string>& words)
{
    const unsigned h = group / 100;
    const unsigned t = (group / 10) % 10;
    const unsigned u = group % 10;
    const bool sayHundreds = full || h > 0;
    if (sayHundreds) {
        add(words, kDigits[h]);
        add(words, "trăm");
    }
    if (t == 0) {
        if (u == 0)
            return;
        if (sayHundreds)
            add(words, style.useLe ? "lẻ" : "linh");
        add(words, kDigits[u]); // after "linh" 1, 4, 5 keep their plain names
        return;
    }
    if (t == 1) {
        add(words, "mười");
        if (u == 5)
            add(words, "lăm");
        else if (u != 0)
            add(words, kDigits[u]); // "mười một", "mười bốn"
        return;
    }
    add(words, kDigits[t]);
    add(words, "mươi");
    switch (u) {
    case 0: break;
    case 1: add(words, "mốt"); break;
    case 4: add(words, "tư"); break;
    case 5: add(words, "lăm"); break;
    default: add(words, kDigits[u]); break;
    }
}

/// Reads 1..999.999.999 as millions, thousands and units.
void readBelowBillion(std::uint64_t n, bool full, const NumberWordsStyle& style, std::vector<std::string>& words)
{
    const std::array<unsigned, 3> groups = {static_cast<unsigned>(n / 1'000'000),
                                            static_cast<unsigned>((n / 1000) % 1000),
                                            static_cast<unsigned>(n % 1000)};
    const std::array<const char*, 3> names = {"triệu", style.useNgan ? "ngàn" : "nghìn", ""};
    bool started = full;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i] == 0)
            continue; // an empty group is skipped: 1.000.000 is just "một triệu"
        readGroup(groups[i], started, style, words);
        if (*names[i])
            add(words, names[i]);
        started = true;
    }
}

void readNumber(std::uint64_t n, const NumberWordsStyle& style, std::vector<std::string>& words)
{
    if (n >= kBillion) {
        // Vietnamese has no word above tỷ: 10^12 is "một nghìn tỷ", 10^18 "một tỷ tỷ".
        readNumber(n / kBillion, style, words);
        add(words, "tỷ");
        if (n % kBillion != 0)
            readBelowBillion(n % kBillion, true, style, words);
        return;
    }
    readBelowBillion(n, false, style, words);
}

} // namespace

std::string numberInWords(std::int64_t n, NumberWordsStyle style)
{
    if (n == 0)
        return kDigits[0];
    std::vector<std::string> words;
    // The unsigned magnitude, so INT64_MIN reads too.
    const std::uint64_t magnitude = n < 0 ? static_cast<std::uint64_t>(-(n + 1)) + 1 : static_cast<std::uint64_t>(n);
    if (n < 0)
        add(words, "âm");
    readNumber(magnitude, style, words);
    std::string out;
    for (const auto& w : words) {
        if (!out.empty())
            out += ' ';
        out += w;
    }
    return out;
}

std::string moneyInWords(Money amount, NumberWordsStyle style)
{
    QString text = QString::fromStdString(numberInWords(amount.dong(), style) + " đồng");
    text[0] = text[0].toUpper();
    return text.toStdString();
}

} // namespace ocopos::core

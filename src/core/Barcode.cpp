#include "Barcode.h"

#include "ErrorCodes.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace ocopos::core {

namespace {
bool allDigits(const std::string& s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

int gs1CheckDigit(const std::string& body)
{
    int sum = 0;
    int weight = 3;
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidGs1Check(const std::string& code)
{
    if (!allDigits(code) || (code.size() != 8 && code.size() != 12 && code.size() != 13))
        return false;
    return gs1CheckDigit(code.substr(0, code.size() - 1)) == code.back() - '0';
}

CodeKind classifyCode(const std::string& code)
{
    if (!allDigits(code))
        return CodeKind::Text;
    if (code.size() != 8 && code.size() != 12 && code.size() != 13)
        return CodeKind::BadLength;
    if (!hasValidGs1Check(code))
        return CodeKind::BadCheck;
    if (code.size() == 13 && code[0] == '2')
        return CodeKind::Scale;
    return CodeKind::Gs1;
}

ScaleConfig::ScaleConfig()
{
    for (int p = 20; p <= 29; ++p)
        m_layouts[p] = ScaleLayout{};
}

void ScaleConfig::set(int prefix, ScaleLayout layout)
{
    if (prefix < 20 || prefix > 29)
        throw ValidationError("scale_layouts", "prefix " + std::to_string(prefix) + " is not 20–29");
    const int digits = layout.itemDigits + layout.valueDigits + (layout.valueCheckDigit ? 1 : 0);
    if (layout.itemDigits < 1 || layout.valueDigits < 4 || layout.valueDigits > 6 || digits != 10)
        throw ValidationError("scale_layouts",
                              "prefix " + std::to_string(prefix)
                                  + ": item, value and value-check digits must make 10");
    m_layouts[prefix] = layout;
}

const ScaleLayout& ScaleConfig::layout(int prefix) const { return m_layouts.at(prefix); }

std::string ScaleConfig::serialize() const
{
    std::string out;
    for (const auto& [p, l] : m_layouts) {
        if (!out.empty())
            out += ',';
        out += std::to_string(p) + '=' + (l.value == ScaleLayout::Value::WeightGrams ? "weight" : "price")
            + ':' + std::to_string(l.itemDigits) + ':' + std::to_string(l.valueDigits)
            + (l.valueCheckDigit ? ":check" : "");
    }
    return out;
}

ScaleConfig ScaleConfig::parse(const std::string& text)
{
    ScaleConfig config;
    std::stringstream in(text);
    std::string entry;
    while (std::getline(in, entry, ',')) {
        if (entry.empty())
            continue;
        const auto bad = [&] {
            return ValidationError("scale_layouts",
                                   "'" + entry + "' is not PREFIX=weight|price:ITEM:VALUE[:check]");
        };
        const auto eq = entry.find('=');
        if (eq == std::string::npos)
            throw bad();
        std::vector<std::string> parts;
        std::stringstream rest(entry.substr(eq + 1));
        std::string part;
        while (std::getline(rest, part, ':'))
            parts.push_back(part);
        if (parts.size() < 3 || parts.size() > 4 || !allDigits(entry.substr(0, eq)) || !allDigits(parts[1])
            || !allDigits(parts[2]) || (parts.size() == 4 && parts[3] != "check")
            || (parts[0] != "weight" && parts[0] != "price") || eq > 2 || parts[1].size() > 2
            || parts[2].size() > 2)
            throw bad();
        ScaleLayout l;
        l.value = parts[0] == "weight" ? ScaleLayout::Value::WeightGrams : ScaleLayout::Value::PriceDong;
        l.itemDigits = std::stoi(parts[1]);
        l.valueDigits = std::stoi(parts[2]);
        l.valueCheckDigit = parts.size() == 4;
        config.set(std::stoi(entry.substr(0, eq)), l);
    }
    return config;
}

int gs1PriceCheckDigit(const std::string& digits)
{
    // GS1 GenSpecs 7.9.2/7.9.3: weighting factors 2-, 3, 5+, 5- per position.
    const auto w2m = [](int d) { int p = d * 2; return (p % 10 + 10 - p / 10) % 10; };
    const auto w3 = [](int d) { return (d * 3) % 10; };
    const auto w5p = [](int d) { int p = d * 5; return (p / 10 + p) % 10; };
    const auto w5m = [](int d) { int p = d * 5; return (p % 10 + 10 - p / 10 % 10) % 10; };
    std::vector<int> d;
    for (char c : digits)
        d.push_back(c - '0');
    if (d.size() == 4) {
        const int sum = w2m(d[0]) + w2m(d[1]) + w3(d[2]) + w5m(d[3]);
        return (sum * 3) % 10;
    }
    if (d.size() == 5) {
        const int sum = w5p(d[0]) + w2m(d[1]) + w5m(d[2]) + w5p(d[3]) + w2m(d[4]);
        const int r = (10 - sum % 10) % 10;
        // The check digit is the digit whose 5- weighted product is r.
        for (int c = 0; c < 10; ++c)
            if (w5m(c) == r)
                return c;
    }
    throw ValidationError("barcode", "price check needs 4 or 5 digits");
}

ScaleReading decodeScaleBarcode(const std::string& code, const ScaleConfig& config)
{
    if (classifyCode(code) != CodeKind::Scale)
        throw ValidationError(codes::barcodeMalformed, "barcode", "'" + code + "' is not an in-store scale barcode",
                              {{"text", code}});
    const int prefix = std::stoi(code.substr(0, 2));
    const ScaleLayout& l = config.layout(prefix);
    ScaleReading r;
    r.plu = code.substr(2, static_cast<std::size_t>(l.itemDigits));
    auto pos = 2 + static_cast<std::size_t>(l.itemDigits);
    std::string value = code.substr(pos + (l.valueCheckDigit ? 1 : 0), static_cast<std::size_t>(l.valueDigits));
    if (l.valueCheckDigit) {
        if (value.size() < 4 || value.size() > 5 || gs1PriceCheckDigit(value) != code[pos] - '0')
            throw ValidationError(codes::barcodeCheckDigit, "barcode",
                                  "'" + code + "' has a wrong price/weight check digit", {{"text", code}});
    }
    const std::int64_t v = std::stoll(value);
    if (l.value == ScaleLayout::Value::WeightGrams) {
        if (v == 0)
            throw ValidationError("barcode", "'" + code + "' carries a zero weight");
        r.weight = Quantity::fromThousandths(v); // grams are thousandths of a kg
    } else {
        r.price = Money(v);
    }
    return r;
}

std::string makeScaleBarcode(int prefix, const std::string& plu, std::int64_t grams)
{
    std::string g = std::to_string(grams);
    if (plu.size() != 5 || g.size() > 5 || prefix < 20 || prefix > 29)
        throw ValidationError("barcode", "cannot make a scale barcode from these values");
    std::string body = std::to_string(prefix) + plu + std::string(5 - g.size(), '0') + g;
    return body + static_cast<char>('0' + gs1CheckDigit(body));
}

} // namespace ocopos::core

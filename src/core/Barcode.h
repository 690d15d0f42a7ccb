#pragma once

#include "Money.h"
#include "Quantity.h"

#include <map>
#include <optional>
#include <string>

namespace ocopos::core {

enum class Symbology { Ean13, Ean8, UpcA };

/// GS1 mod-10 check digit for the digits of `body` (without the check digit):
/// weights 3,1,3,... from the right.
int gs1CheckDigit(const std::string& body);

/// True if `code` is all digits, of a GS1 length (8, 12, 13) and its check digit is right.
bool hasValidGs1Check(const std::string& code);

/// What a scanned code is, before any lookup.
enum class CodeKind {
    Gs1,        ///< a valid EAN-13 / EAN-8 / UPC-A (not in-store)
    Scale,      ///< a valid EAN-13 with prefix 20–29 (in-store / scale)
    Text,       ///< not all digits: an SKU or other store code
    BadCheck,   ///< looks like EAN/UPC but the check digit is wrong
    BadLength,  ///< all digits but of no GS1 length (may still be an SKU)
};

CodeKind classifyCode(const std::string& code);

/// How one in-store prefix (20–29) lays out its 13 digits:
/// prefix(2) + item code (itemDigits) + value (valueDigits) [+ value check] + check.
struct ScaleLayout {
    enum class Value { WeightGrams, PriceDong };
    Value value = Value::WeightGrams;
    int itemDigits = 5;
    int valueDigits = 5;
    /// A GS1 price/weight check digit between item and value (takes one digit of
    /// the item field when present).
    bool valueCheckDigit = false;
};

/// Layouts per prefix; every prefix 20–29 defaults to weight in grams, 5+5.
class ScaleConfig {
public:
    ScaleConfig();
    void set(int prefix, ScaleLayout layout);
    const ScaleLayout& layout(int prefix) const;
    /// "20=weight:5:5,21=price:5:5:check,..." (round-trips with parse).
    std::string serialize() const;
    static ScaleConfig parse(const std::string& text);

private:
    std::map<int, ScaleLayout> m_layouts;
};

struct ScaleReading {
    std::string plu;          ///< the item code, as written (5 digits by default)
    std::optional<Quantity> weight; ///< thousandths of a kg when weight-embedded
    std::optional<Money> price;     ///< đồng when price-embedded
};

/// Decodes a valid in-store EAN-13. Throws ValidationError("barcode", ...) for a
/// code that is not one, or whose value check digit is wrong.
ScaleReading decodeScaleBarcode(const std::string& code, const ScaleConfig& config);

/// Builds a weight scale barcode (for demo data and tests): prefix, PLU, grams.
std::string makeScaleBarcode(int prefix, const std::string& plu, std::int64_t grams);

/// GS1 price/weight check digit (4- or 5-digit field), GS1 General Specifications 7.9.
int gs1PriceCheckDigit(const std::string& digits);

} // namespace ocopos::core

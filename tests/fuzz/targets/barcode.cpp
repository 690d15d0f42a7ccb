// What a scanner or a scale label hands the till: classified without fault; an
// in-store EAN-13 decodes under every layout of the scale settings (or is refused);
// the scale settings text itself parses or is refused, and round-trips.
#include "core/Barcode.h"

#include "../FuzzSupport.h"

using namespace ocopos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string s = fuzz::text(data, size);
    const auto kind = core::classifyCode(s);
    (void)kind;
    (void)core::hasValidGs1Check(s);
    static const core::ScaleConfig weight; // 5+5 grams everywhere
    static const core::ScaleConfig price = core::ScaleConfig::parse("20=price:5:5,21=price:4:5:check,22=weight:6:4,"
                                                                    "23=price:5:4:check");
    for (const auto* config : { &weight, &price }) {
        core::ScaleReading r;
        if (fuzz::accepts([&] { r = core::decodeScaleBarcode(s, *config); })) {
            FUZZ_CHECK(r.weight.has_value() != r.price.has_value());
            FUZZ_CHECK(!r.weight || r.weight->thousandths() >= 0);
            FUZZ_CHECK(!r.price || r.price->dong() >= 0);
        }
    }
    core::ScaleConfig parsed;
    if (fuzz::accepts([&] { parsed = core::ScaleConfig::parse(s); }))
        FUZZ_CHECK(core::ScaleConfig::parse(parsed.serialize()).serialize() == parsed.serialize());
    return 0;
}

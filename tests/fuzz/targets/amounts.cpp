// Money, quantities and percentages as typed or imported: parsed or refused with
// the field named; what parses formats back to text that parses to the same value.
#include "../FuzzSupport.h"
#include "core/Money.h"
#include "core/Quantity.h"

using namespace ocopos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string s = fuzz::text(data, size);
    core::Money m;
    if (fuzz::accepts([&] { m = core::parseMoney(s, "price"); })) {
        core::Money back;
        FUZZ_CHECK(fuzz::accepts([&] { back = core::parseMoney(std::to_string(m.dong()), "price"); }));
        FUZZ_CHECK(back.dong() == m.dong());
    }
    if (fuzz::accepts([&] { m = core::parseAmountInput(s); })) {
        FUZZ_CHECK(m.dong() >= 0);
        core::Money back;
        FUZZ_CHECK(fuzz::accepts([&] { back = core::parseAmountInput(core::formatGrouped(m.dong())); }));
        FUZZ_CHECK(back.dong() == m.dong());
    }
    for (bool negative : { false, true }) {
        core::Quantity q;
        if (fuzz::accepts([&] { q = core::parseQuantity(s, "qty", negative); })) {
            FUZZ_CHECK(negative || q.thousandths() >= 0);
            core::Quantity back;
            FUZZ_CHECK(fuzz::accepts([&] { back = core::parseQuantity(core::formatQuantity(q), "qty", negative); }));
            FUZZ_CHECK(back.thousandths() == q.thousandths());
        }
    }
    core::BasisPoints p;
    if (fuzz::accepts([&] { p = core::parsePercent(s, "commission_pct"); })) {
        core::BasisPoints back;
        FUZZ_CHECK(fuzz::accepts([&] { back = core::parsePercent(core::formatPercent(p), "commission_pct"); }));
        FUZZ_CHECK(back.bp == p.bp);
    }
    return 0;
}

// VietQR: any payload parses (CRC, TLV, NAPAS fields checked) or is refused; what
// parses builds back to a payload that parses to the same transfer. Transfers made
// from the bytes build (or are refused) and parse back to themselves.
#include "core/VietQr.h"

#include "../FuzzSupport.h"

using namespace ocopos;

namespace {

bool same(const core::VietQrTransfer& a, const core::VietQrTransfer& b)
{
    return a.bankBin == b.bankBin && a.account == b.account && a.amount.has_value() == b.amount.has_value()
        && (!a.amount || a.amount->dong() == b.amount->dong()) && a.purpose == b.purpose && a.service == b.service;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string s = fuzz::text(data, size);
    core::VietQrTransfer t;
    if (fuzz::accepts([&] { t = core::parseVietQr(s); })) {
        std::string rebuilt;
        if (fuzz::accepts([&] { rebuilt = core::buildVietQr(t); })) {
            core::VietQrTransfer again;
            FUZZ_CHECK(fuzz::accepts([&] { again = core::parseVietQr(rebuilt); }));
            FUZZ_CHECK(same(t, again) || again.purpose == core::asciiPurpose(t.purpose));
        }
    }
    // A transfer made of the bytes: BIN, account, amount, purpose split at '|'.
    const auto part = [&](std::size_t i) {
        std::size_t start = 0;
        for (std::size_t k = 0; k < i; ++k) {
            start = s.find('|', start);
            if (start == std::string::npos)
                return std::string();
            ++start;
        }
        const auto end = s.find('|', start);
        return s.substr(start, end == std::string::npos ? std::string::npos : end - start);
    };
    core::VietQrTransfer made;
    made.bankBin = part(0);
    made.account = part(1);
    const std::string amount = part(2);
    if (!amount.empty() && amount.size() < 16 && amount.find_first_not_of("0123456789") == std::string::npos)
        made.amount = core::Money(std::stoll(amount));
    made.purpose = part(3);
    std::string payload;
    if (fuzz::accepts([&] { payload = core::buildVietQr(made); })) {
        core::VietQrTransfer back;
        FUZZ_CHECK(fuzz::accepts([&] { back = core::parseVietQr(payload); }));
        FUZZ_CHECK(back.bankBin == made.bankBin && back.account == made.account);
        FUZZ_CHECK(back.amount.has_value() == made.amount.has_value());
        FUZZ_CHECK(!made.amount || back.amount->dong() == made.amount->dong());
        FUZZ_CHECK(back.purpose == core::asciiPurpose(made.purpose));
        FUZZ_CHECK(core::crc16CcittFalse(payload.substr(0, payload.size() - 4)) != 0 || payload.size() >= 4);
    }
    return 0;
}

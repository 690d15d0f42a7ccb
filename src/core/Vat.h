#pragma once

#include "Money.h"

#include <optional>
#include <string>

namespace ocopos::core {

/// A VAT rate: 0, 5, 8 or 10 percent, or KCT (not subject to VAT), which is shown
/// apart from 0 %.
class VatRate {
public:
    enum class Kind { Percent, Kct };

    static VatRate percent(int p); ///< 0, 5, 8 or 10; throws ValidationError otherwise
    static VatRate kct() { return VatRate(Kind::Kct, 0); }
    /// "0", "5", "8", "10" or "KCT".
    static VatRate parse(const std::string& text, const std::string& field = "vat", int line = 0);

    bool isKct() const { return m_kind == Kind::Kct; }
    int percentValue() const { return m_percent; }
    std::string code() const;

    /// The VAT included in a VAT-inclusive amount: round(net × r / (100 + r)); 0 for KCT.
    Money vatIncludedIn(Money gross) const;

    bool operator==(const VatRate&) const = default;
    /// Order for tables: 0, 5, 8, 10, KCT.
    bool operator<(const VatRate& o) const;

private:
    VatRate(Kind k, int p) : m_kind(k), m_percent(p) {}
    Kind m_kind;
    int m_percent;
};

} // namespace ocopos::core

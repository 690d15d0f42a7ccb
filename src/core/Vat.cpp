#include "Vat.h"

#include "Arithmetic.h"
#include "Errors.h"

namespace ocopos::core {

VatRate VatRate::percent(int p)
{
    if (p != 0 && p != 5 && p != 8 && p != 10)
        throw ValidationError("vat", std::to_string(p) + " is not a VAT rate (0, 5, 8, 10 or KCT)");
    return VatRate(Kind::Percent, p);
}

VatRate VatRate::parse(const std::string& text, const std::string& field, int line)
{
    if (text == "KCT" || text == "kct")
        return kct();
    if (text == "0" || text == "5" || text == "8" || text == "10")
        return VatRate(Kind::Percent, std::stoi(text));
    throw ValidationError(field, "'" + text + "' is not a VAT rate (0, 5, 8, 10 or KCT)", line);
}

std::string VatRate::code() const { return isKct() ? "KCT" : std::to_string(m_percent); }

Money VatRate::vatIncludedIn(Money gross) const
{
    if (isKct() || m_percent == 0)
        return Money(0);
    return Money(mulDivRound(gross.dong(), m_percent, 100 + m_percent));
}

bool VatRate::operator<(const VatRate& o) const
{
    if (isKct() != o.isKct())
        return !isKct();
    return m_percent < o.m_percent;
}

} // namespace ocopos::core

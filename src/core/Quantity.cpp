#include "Quantity.h"

#include "Arithmetic.h"
#include "Decimal.h"
#include "ErrorCodes.h"

namespace ocopos::core {

Quantity Quantity::units(std::int64_t whole) { return Quantity(checkedMul(whole, 1000)); }
Quantity Quantity::operator+(Quantity o) const { return Quantity(checkedAdd(m_t, o.m_t)); }
Quantity Quantity::operator-(Quantity o) const { return Quantity(checkedSub(m_t, o.m_t)); }
Quantity Quantity::operator-() const { return Quantity(checkedSub(0, m_t)); }
Quantity& Quantity::operator+=(Quantity o) { return *this = *this + o; }
Quantity& Quantity::operator-=(Quantity o) { return *this = *this - o; }

Quantity parseQuantity(const std::string& text, const std::string& field, bool allowNegative)
{
    return Quantity::fromThousandths(parseScaledDecimal(text, 3, field, allowNegative));
}

std::string formatQuantity(Quantity q)
{
    return formatScaledDecimal(q.thousandths(), 3, false);
}

BasisPoints parsePercent(const std::string& text, const std::string& field, std::int64_t maxBp)
{
    const auto bp = parseScaledDecimal(text, 2, field);
    if (bp > maxBp)
        throw ValidationError(codes::percentTooHigh, field,
                              "'" + text + "' is above " + formatScaledDecimal(maxBp, 2, true) + " %",
                              {{"text", text}, {"max", formatScaledDecimal(maxBp, 2, true)}});
    return BasisPoints{bp};
}

std::string formatPercent(BasisPoints p)
{
    return formatScaledDecimal(p.bp, 2, true);
}

} // namespace ocopos::core

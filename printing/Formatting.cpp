#include "Formatting.h"

#include <algorithm>

namespace ocopos::printing::text {

namespace {
std::string decimalComma(std::string s)
{
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
}
} // namespace

std::string money(Money m) { return core::formatVnd(m); }

std::string deduction(Money m) { return m.isZero() ? core::formatVnd(m) : core::formatVnd(-m); }

std::string quantity(Quantity q) { return decimalComma(core::formatQuantity(q)); }

std::string quantityTimesPrice(Quantity q, Money unitPrice, bool byWeight, const QString& unit)
{
    if (byWeight) {
        const std::string u = unit.isEmpty() ? "kg" : unit.toStdString();
        return quantity(q) + " " + u + " × " + money(unitPrice) + "/" + u;
    }
    return quantity(q) + " × " + money(unitPrice);
}

std::string percent(BasisPoints p) { return decimalComma(core::formatPercent(p)) + "%"; }

std::string vatRate(const VatRate& r) { return r.isKct() ? "KCT" : std::to_string(r.percentValue()) + "%"; }

std::string date(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")).toStdString() : ""; }

std::string dateTime(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")).toStdString() : "";
}

std::string paymentMethod(core::PaymentMethod m)
{
    switch (m) {
    case core::PaymentMethod::Cash: return "Tiền mặt";
    case core::PaymentMethod::Card: return "Thẻ";
    case core::PaymentMethod::BankQr: return "Chuyển khoản";
    }
    return "";
}

std::string supply(core::Supply s) { return s == core::Supply::Consignment ? "Ký gửi" : "Mua đứt"; }

std::string shortHash(const QString& hex) { return hex.left(12).toLower().toStdString(); }

std::string bankLine(const BankAccount& bank)
{
    std::string out;
    for (const QString& part : {bank.bankName, bank.account, bank.accountName}) {
        if (part.isEmpty())
            continue;
        if (!out.empty())
            out += " · ";
        out += part.toStdString();
    }
    return out;
}

} // namespace ocopos::printing::text

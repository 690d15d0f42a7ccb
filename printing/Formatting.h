#pragma once

#include "DocumentData.h"

#include <string>

namespace ocopos::printing::text {

/// `45.000 ₫` (core::formatVnd).
std::string money(Money m);
/// `-24.000 ₫` for a deduction of 24.000 ₫ (zero stays `0 ₫`).
std::string deduction(Money m);
/// Vietnamese decimal comma: "2", "0,350".
std::string quantity(Quantity q);
/// "2 × 120.000 ₫" or, by weight, "0,350 kg × 450.000 ₫/kg".
std::string quantityTimesPrice(Quantity q, Money unitPrice, bool byWeight, const QString& unit);
/// "10%", "12,5%".
std::string percent(BasisPoints p);
/// "8%", "0%", "KCT".
std::string vatRate(const VatRate& r);
/// "26/06/2026".
std::string date(const QDate& d);
/// "26/06/2026 14:35".
std::string dateTime(const QDateTime& t);
/// "Tiền mặt", "Thẻ", "Chuyển khoản".
std::string paymentMethod(core::PaymentMethod m);
/// "Ký gửi" / "Mua đứt".
std::string supply(core::Supply s);
/// The first 12 hex digits of a journal hash, lower case.
std::string shortHash(const QString& hex);
/// "Vietcombank · 0123456789 · NGUYEN VAN A" (the parts that are present).
std::string bankLine(const BankAccount& bank);

} // namespace ocopos::printing::text

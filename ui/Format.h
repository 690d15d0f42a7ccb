#pragma once

#include "core/Cart.h"
#include "core/Domain.h"

#include <QString>

#include <exception>

namespace ocopos::ui {

/// Text for numbers the services computed: the UI formats, it never calculates.
QString money(core::Money m);
/// Quantities and percents are written the Vietnamese way, to sit beside money
/// (`45.000 ₫`, dots group thousands): a decimal COMMA, trailing zeros trimmed
/// (`0,35 kg`, `2,5`, `12,5 %`), and no thousands grouping (`1500`, never
/// `1.500`). So a quantity on screen never contains a dot, "1.500 kg" can't be
/// misread as fifteen hundred kilos, and every displayed value typed back into
/// parseQty (which takes a comma or a dot) gives the same number. Receipts
/// (printing::text::quantity) use the same comma but keep three decimals on
/// paper (`0,350 kg`, the scale's gram): same separator, same value.
///
/// "2", "2,5": a quantity without its unit.
QString quantity(core::Quantity q);
/// "2", "0,35 kg": units as a number, weights in kg.
QString quantity(core::Quantity q, core::SoldBy soldBy);
/// "12 hộp", "0,35 kg": the number and the given unit (none when empty).
QString quantity(core::Quantity q, const QString& unit);
/// "12,5": a percentage without its sign, for a field captioned "(%)".
QString percentNumber(core::BasisPoints bp);
/// "12,5 %".
QString percent(core::BasisPoints bp);
/// "−10 %" or "−5.000 ₫"; empty for none.
QString discount(const core::Discount& d);
QString roleName(core::Role role);
/// A producer's name short enough for a table column: legal forms abbreviated
/// the way Vietnamese shops write them (Công ty TNHH → Cty, Hợp tác xã → HTX,
/// Tổ hợp tác → THT) and a trailing note in brackets dropped.
QString shortProducerName(const QString& name);
QString paymentMethodName(core::PaymentMethod method);

/// Parses what a cashier types as an amount: "45000", "45.000", "45 000",
/// "45k", "1,5k" (1.500 ₫), "1.500k" (1.500.000 ₫); exactly
/// core::parseAmountInput, whose rules and refusals ("1.5k", "1,5", "-5k")
/// are the program's one definition. Throws ValidationError (field "amount").
core::Money parseAmount(const QString& text);
/// "2", "0.35", "0,35" (comma as decimal point). Throws ValidationError.
core::Quantity parseQty(const QString& text);
/// "12,5", "12.5" or "12,5 %" (up to two decimals, at most 100). Throws ValidationError.
core::BasisPoints parsePercent(const QString& text, const std::string& field = "percent");
/// "10%" (percent, up to two decimals) or an amount by core::parseAmountInput,
/// the same rules as parseAmount ("5k", "2.500"); empty or 0 for none. Throws
/// ValidationError (field "discount").
core::Discount parseDiscount(const QString& text);

/// A sentence for the user, in the UI language, for an error a service threw,
/// translated from the error's code and arguments (core/ErrorCodes.h); a code
/// without a sentence gets its kind in words and the service's English detail.
/// Never reads the message text. The error goes to the `ui` log.
QString errorText(const std::exception& e);

} // namespace ocopos::ui

#pragma once

#include "core/Cart.h"
#include "core/Domain.h"

#include <QString>

#include <exception>

namespace ocopos::ui {

/// Text for numbers the services computed: the UI formats, it never calculates.
QString money(core::Money m);
/// "2", "0.350 kg": units as a number, weights in kg.
QString quantity(core::Quantity q, core::SoldBy soldBy = core::SoldBy::Unit);
/// "−10 %" or "−5.000 ₫"; empty for none.
QString discount(const core::Discount& d);
QString roleName(core::Role role);
/// A producer's name short enough for a table column: legal forms abbreviated
/// the way Vietnamese shops write them (Công ty TNHH → Cty, Hợp tác xã → HTX,
/// Tổ hợp tác → THT) and a trailing note in brackets dropped.
QString shortProducerName(const QString& name);
QString paymentMethodName(core::PaymentMethod method);

/// Parses what a cashier types as an amount: "45000", "45.000", "45 000" or
/// "45k" (thousands). Throws ValidationError.
core::Money parseAmount(const QString& text);
/// "2", "0.35", "0,35" (comma as decimal point). Throws ValidationError.
core::Quantity parseQty(const QString& text);
/// "10%" (percent, up to two decimals) or an amount as parseAmount; empty or 0
/// for none. Throws ValidationError.
core::Discount parseDiscount(const QString& text);

/// A sentence for the user, in the UI language, for an error a service threw:
/// its kind in words, then the service's own detail. The error goes to the `ui` log.
QString errorText(const std::exception& e);

} // namespace ocopos::ui

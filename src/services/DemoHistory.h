#pragma once

#include "Session.h"

namespace ocopos::services {

struct DemoHistorySummary {
    int sales = 0;    ///< completed (voided ones not counted)
    int voided = 0;
    int returns = 0;
    int lots = 0;     ///< lots it received itself (0 when the store already had stock)
};

/// A month of realistic sales before today for the demo store, made through
/// ShiftService, SaleService and ReturnService with a clock moved day by day:
/// a shift a day for the demo cashiers, several hundred receipts of one to four
/// lines (weighed goods, line and sale discounts within the 10 % a cashier may
/// give, cash / card / VietQR / split payments), a few returns days later and
/// two voids, so that every owner has a statement worth reading. Deterministic
/// (fixed seed, dates relative to today). Stock comes from the lots already
/// received; only when there are none does it receive its own (one receipt,
/// lots from the owners' member households, unit costs for purchased goods).
/// Needs the demo users (thungan1, thungan2, quanly) and products.
DemoHistorySummary loadDemoHistory(Context ctx, int days = 30);

} // namespace ocopos::services

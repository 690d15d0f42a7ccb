#pragma once

// The words live in core (e-invoices spell the total too, and core may not use
// printing); printing keeps its names so documents need not change.
#include "core/MoneyInWords.h"

namespace ocopos::printing {

using core::moneyInWords;
using core::numberInWords;
using core::NumberWordsStyle;

} // namespace ocopos::printing

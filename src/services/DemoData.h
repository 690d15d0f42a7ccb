#pragma once

#include "Session.h"

namespace ocopos::services {

struct DemoSummary {
    int producers = 0;
    int products = 0;
    int users = 0;
    int lots = 0;
    int sales = 0;
};

/// Loads the bundled Quảng Ninh demo store (a Qt resource) through the same
/// services a user would: settings, producers, products, users for each role
/// (PINs in the README), scheduled VAT changes. Refused if the database already
/// holds products, so it never mixes with real data.
DemoSummary loadDemoData(Context ctx);

/// Whether the store holds nothing of its own yet (no producers, products,
/// sales): a new store, into which the demo may go.
bool isNewStore(Context ctx);

} // namespace ocopos::services

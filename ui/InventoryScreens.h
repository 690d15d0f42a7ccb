#pragma once

namespace ocopos::ui {

class ScreenRegistry;

/// Gives the manager's inventory screens ("inventory", "goods_receipt",
/// "stocktake", "alerts") their factories.
void provideInventoryScreens(ScreenRegistry& registry);

} // namespace ocopos::ui

#include "InventoryScreens.h"

#include "AlertsScreen.h"
#include "GoodsReceiptScreen.h"
#include "InventoryScreen.h"
#include "ScreenRegistry.h"
#include "StocktakeScreen.h"

namespace ocopos::ui {

namespace {
template <typename Screen> std::function<QWidget*(const ScreenEnv&, QWidget*)> factory()
{
    return [](const ScreenEnv& env, QWidget* parent) -> QWidget* { return new Screen(env, parent); };
}
} // namespace

void provideInventoryScreens(ScreenRegistry& registry)
{
    registry.provide(QStringLiteral("inventory"), factory<InventoryScreen>());
    registry.provide(QStringLiteral("goods_receipt"), factory<GoodsReceiptScreen>());
    registry.provide(QStringLiteral("stocktake"), factory<StocktakeScreen>());
    registry.provide(QStringLiteral("alerts"), factory<AlertsScreen>());
}

} // namespace ocopos::ui

#include "BackOfficeScreens.h"

#include "ReportsScreen.h"
#include "ScreenRegistry.h"
#include "SettingsScreen.h"
#include "SettlementsScreen.h"
#include "UsersScreen.h"

namespace ocopos::ui {

namespace {
template <typename Screen>
std::function<QWidget*(const ScreenEnv&, QWidget*)> factory()
{
    return [](const ScreenEnv& env, QWidget* parent) -> QWidget* { return new Screen(env, parent); };
}
} // namespace

void provideBackOfficeScreens(ScreenRegistry& registry)
{
    registry.provide(QStringLiteral("reports"), factory<ReportsScreen>());
    registry.provide(QStringLiteral("settlements"), factory<SettlementsScreen>());
    registry.provide(QStringLiteral("users"), factory<UsersScreen>());
    registry.provide(QStringLiteral("settings"), factory<SettingsScreen>());
}

} // namespace ocopos::ui

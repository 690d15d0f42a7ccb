#pragma once

namespace ocopos::ui {

class ScreenRegistry;

/// Gives the registry its reports, settlements, users and settings screens
/// (ScreenRegistry::standard() keeps their places and roles).
void provideBackOfficeScreens(ScreenRegistry& registry);

} // namespace ocopos::ui

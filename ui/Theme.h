#pragma once

class QApplication;
class QString;

namespace ocopos::ui {

/// Fonts and the style sheet: Noto Sans (every Vietnamese letter) when the
/// system has it, large touch-friendly buttons, the colours of the screens.
void applyTheme(QApplication& app);

/// Installs the translation for `language` ("vi" or "en"; English is the source
/// text) from the embedded .qm, replacing any installed before. Returns false
/// when the translation is missing from the build.
bool installLanguage(const QString& language);
/// The language installed last ("vi" or "en").
QString currentLanguage();

} // namespace ocopos::ui

#pragma once

#include <QString>
#include <QStringList>

namespace ocopos::printing {

/// The two TrueType files a PdfDocument embeds.
struct FontFiles {
    QString regular;
    QString bold;
    QString origin; ///< which rule found them (for logs and error messages)
};

/// Finds Noto Sans Regular and Bold at run time, first match wins:
///  1. `$OCOPOS_FONT_DIR`;
///  2. `../share/ocopos/fonts` next to the running executable (the install layout);
///  3. the build tree's subset fonts (compiled in, for running from a build);
///  4. the system's Noto Sans: Debian's fonts-noto-core path, then fontconfig
///     (`fc-match`), accepted only if fontconfig really answers with Noto Sans.
/// In a folder the Latin + Vietnamese subset (`NotoSans-Regular-vi.ttf`) is
/// preferred over the whole font (`NotoSans-Regular.ttf`).
class FontLocator {
public:
    /// Throws PdfError naming every place looked at when no rule finds both files.
    static FontFiles locate();

    /// The pair in `dir`, if both files are there (subset names first).
    static bool findInDirectory(const QString& dir, FontFiles& out);

    /// Where rule 2 and 3 look, for diagnostics.
    static QStringList candidateDirectories();
};

} // namespace ocopos::printing

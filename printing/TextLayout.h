#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ocopos::printing {

/// Width in points of a UTF-8 string in one fixed font and size. Widths are
/// taken to add up (no kerning), as they do in libharu.
using MeasureFn = std::function<double(std::string_view utf8)>;

/// Breaks `utf8` into lines no wider than `maxWidth`, greedily at spaces.
/// A '\n' forces a break; runs of spaces collapse to one. A word wider than the
/// line is cut between characters, never inside one: a combining mark stays with
/// its letter. Joining the lines with single spaces gives back the text with its
/// whitespace collapsed (for text without forced breaks or cut words). An empty
/// text gives no lines.
std::vector<std::string> wrapText(std::string_view utf8, double maxWidth, const MeasureFn& measure);

/// Like wrapText, but with lines of even length: the narrowest width that
/// still gives as few lines (for centred titles, so a name does not end in one
/// orphaned word).
std::vector<std::string> wrapTextBalanced(std::string_view utf8, double maxWidth, const MeasureFn& measure);

/// Cuts `utf8` to fit `maxWidth`, ending with "…" when anything was cut.
std::string elideText(std::string_view utf8, double maxWidth, const MeasureFn& measure);

/// Decodes UTF-8 into code points; invalid bytes become U+FFFD.
std::u32string decodeUtf8(std::string_view utf8);
/// Encodes code points as UTF-8.
std::string encodeUtf8(std::u32string_view text);

/// True for combining marks that must stay with the letter before them.
bool isCombiningMark(char32_t c);

} // namespace ocopos::printing

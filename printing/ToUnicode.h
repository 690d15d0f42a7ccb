#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ocopos::printing {

/// Collects the characters drawn with one font and writes the ToUnicode CMap
/// that maps them back to text.
///
/// Why: libharu 2.3.0 writes its UTF-8 *encoding* CMap (`begincidrange`) where a
/// ToUnicode CMap (`beginbfrange`) belongs. poppler warns and falls back to the
/// embedded font's own cmap, which happens to work; other readers (and copy and
/// paste) need a real one. With libharu's UTF-8 encoder every character code is
/// the character's Unicode value (BMP only), so the map is the identity over
/// the characters used.
class ToUnicodeRecorder {
public:
    ToUnicodeRecorder();
    void add(std::string_view utf8);
    bool empty() const noexcept { return m_count == 0; }
    /// The highest character code added (0 when none).
    char32_t maxCode() const noexcept { return m_max; }
    /// The CMap program for the characters added so far.
    std::string cmap() const;

private:
    std::vector<bool> m_used;       // one flag per BMP code point
    std::vector<bool> m_usedBlocks; // one flag per 256 code points, so cmap() skips empty blocks
    std::size_t m_count = 0;
    char32_t m_max = 0;
};

/// The ToUnicode CMap mapping each 2-byte code in `codes` (sorted, unique, BMP)
/// to the same Unicode value, in ranges that never cross a 256-code block.
std::string identityToUnicodeCMap(const std::vector<char16_t>& codes);

} // namespace ocopos::printing

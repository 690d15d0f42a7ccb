#include "ToUnicode.h"

#include "TextLayout.h"

#include <algorithm>
#include <cstdio>

namespace ocopos::printing {

ToUnicodeRecorder::ToUnicodeRecorder() : m_used(0x10000, false), m_usedBlocks(0x100, false) {}

void ToUnicodeRecorder::add(std::string_view utf8)
{
    for (char32_t c : decodeUtf8(utf8)) {
        // libharu draws characters beyond the BMP as spaces; they have no code here.
        if (c < 0x10000 && !m_used[c]) {
            m_used[c] = true;
            m_usedBlocks[c >> 8] = true;
            m_max = std::max(m_max, c);
            ++m_count;
        }
    }
}

std::string ToUnicodeRecorder::cmap() const
{
    std::vector<char16_t> codes;
    codes.reserve(m_count);
    for (std::size_t block = 0; block < m_usedBlocks.size(); ++block) {
        if (!m_usedBlocks[block])
            continue;
        for (std::size_t c = block << 8; c < (block + 1) << 8; ++c)
            if (m_used[c])
                codes.push_back(static_cast<char16_t>(c));
    }
    return identityToUnicodeCMap(codes);
}

std::string identityToUnicodeCMap(const std::vector<char16_t>& codes)
{
    struct Range {
        unsigned from, to;
    };
    std::vector<Range> ranges;
    for (char16_t c : codes) {
        const unsigned u = c;
        // A bfrange may only vary in its last byte.
        if (!ranges.empty() && ranges.back().to + 1 == u && (ranges.back().from >> 8) == (u >> 8))
            ranges.back().to = u;
        else
            ranges.push_back({u, u});
    }

    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    char line[40];
    for (std::size_t i = 0; i < ranges.size(); i += 100) { // at most 100 entries per section
        const std::size_t n = std::min<std::size_t>(100, ranges.size() - i);
        out += std::to_string(n) + " beginbfrange\n";
        for (std::size_t k = i; k < i + n; ++k) {
            std::snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n", ranges[k].from, ranges[k].to, ranges[k].from);
            out += line;
        }
        out += "endbfrange\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

} // namespace ocopos::printing

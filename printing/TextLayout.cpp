#include "TextLayout.h"

namespace ocopos::printing {

namespace {

// Widths are sums of rounded glyph advances: allow for the last bit of floating-point noise.
constexpr double kEpsilon = 1e-6;

// A no-break space (as in "45.000 ₫") is not a break opportunity.
bool isSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\r'; }

/// Cuts one over-long word into pieces that fit, at character boundaries.
std::vector<std::u32string> cutWord(const std::u32string& word, double maxWidth, const MeasureFn& measure)
{
    std::vector<std::u32string> pieces;
    std::u32string piece;
    std::size_t i = 0;
    while (i < word.size()) {
        // One user-perceived character: a base and the combining marks after it.
        std::size_t j = i + 1;
        while (j < word.size() && isCombiningMark(word[j]))
            ++j;
        const std::u32string cluster = word.substr(i, j - i);
        if (!piece.empty() && measure(encodeUtf8(piece + cluster)) > maxWidth + kEpsilon) {
            pieces.push_back(piece);
            piece.clear();
        }
        // A single character wider than the line still goes on a line of its own.
        piece += cluster;
        i = j;
    }
    if (!piece.empty())
        pieces.push_back(piece);
    return pieces;
}

} // namespace

bool isCombiningMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
        || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

std::u32string decodeUtf8(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        int extra = 0;
        char32_t cp = 0;
        if (b0 < 0x80) {
            cp = b0;
        } else if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2) {
            extra = 1;
            cp = b0 & 0x1Fu;
        } else if ((b0 & 0xF0) == 0xE0) {
            extra = 2;
            cp = b0 & 0x0Fu;
        } else if ((b0 & 0xF8) == 0xF0 && b0 <= 0xF4) {
            extra = 3;
            cp = b0 & 0x07u;
        } else {
            out += U'\uFFFD';
            ++i;
            continue;
        }
        if (i + static_cast<std::size_t>(extra) >= s.size()) { // truncated sequence
            out += U'\uFFFD';
            ++i;
            continue;
        }
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((b & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (b & 0x3Fu);
        }
        const bool overlong = (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (!ok || overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out += U'\uFFFD';
            ++i;
            continue;
        }
        out += cp;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

std::string encodeUtf8(std::u32string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::vector<std::string> wrapText(std::string_view utf8, double maxWidth, const MeasureFn& measure)
{
    std::vector<std::string> lines;
    const std::u32string text = decodeUtf8(utf8);

    // Paragraphs split at forced breaks; each wraps on its own.
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(U'\n', start);
        if (end == std::u32string::npos)
            end = text.size();
        const std::u32string paragraph = text.substr(start, end - start);

        std::vector<std::u32string> words;
        std::u32string word;
        for (char32_t c : paragraph) {
            if (isSpace(c)) {
                if (!word.empty())
                    words.push_back(std::move(word));
                word.clear();
            } else {
                word += c;
            }
        }
        if (!word.empty())
            words.push_back(std::move(word));

        // Widths add up (libharu places glyphs by advance, without kerning), so
        // each word is measured once rather than every candidate line.
        std::u32string line;
        double lineWidth = 0;
        const double space = words.empty() ? 0 : measure(" ");
        const auto flush = [&] {
            if (!line.empty())
                lines.push_back(encodeUtf8(line));
            line.clear();
            lineWidth = 0;
        };
        for (const auto& w : words) {
            const double ww = measure(encodeUtf8(w));
            if (!line.empty() && lineWidth + space + ww <= maxWidth + kEpsilon) {
                line += U' ';
                line += w;
                lineWidth += space + ww;
                continue;
            }
            flush();
            if (ww <= maxWidth + kEpsilon) {
                line = w;
                lineWidth = ww;
                continue;
            }
            auto pieces = cutWord(w, maxWidth, measure);
            for (std::size_t k = 0; k + 1 < pieces.size(); ++k)
                lines.push_back(encodeUtf8(pieces[k]));
            line = pieces.back();
            lineWidth = measure(encodeUtf8(line));
        }
        flush();
        if (end == text.size())
            break;
        start = end + 1;
    }
    return lines;
}

std::vector<std::string> wrapTextBalanced(std::string_view utf8, double maxWidth, const MeasureFn& measure)
{
    auto best = wrapText(utf8, maxWidth, measure);
    if (best.size() < 2)
        return best;
    const std::size_t count = best.size();
    double lo = maxWidth / static_cast<double>(count);
    double hi = maxWidth;
    // Twenty halvings get within a millionth of the width: far below a glyph.
    for (int i = 0; i < 20; ++i) {
        const double mid = (lo + hi) / 2;
        auto lines = wrapText(utf8, mid, measure);
        if (lines.size() <= count) {
            hi = mid;
            best = std::move(lines);
        } else {
            lo = mid;
        }
    }
    return best;
}

std::string elideText(std::string_view utf8, double maxWidth, const MeasureFn& measure)
{
    if (measure(utf8) <= maxWidth + kEpsilon)
        return std::string(utf8);
    const std::u32string text = decodeUtf8(utf8);
    std::u32string kept;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = i + 1;
        while (j < text.size() && isCombiningMark(text[j]))
            ++j;
        const std::u32string next = kept + text.substr(i, j - i);
        if (measure(encodeUtf8(next + U'…')) > maxWidth + kEpsilon)
            break;
        kept = next;
        i = j;
    }
    while (!kept.empty() && kept.back() == U' ')
        kept.pop_back();
    return encodeUtf8(kept + U'…');
}

} // namespace ocopos::printing

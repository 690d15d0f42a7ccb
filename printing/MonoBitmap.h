#pragma once

#include <cstdint>
#include <vector>

namespace ocopos::printing {

/// A 1-bit image as a thermal head prints it: rows of `bytesPerRow()` bytes, the
/// leftmost dot in the most significant bit, a set bit is a black dot. This is
/// exactly the data layout of ESC/POS `GS v 0`.
class MonoBitmap {
public:
    MonoBitmap() = default;
    MonoBitmap(int width, int height);

    int width() const noexcept { return m_width; }
    int height() const noexcept { return m_height; }
    int bytesPerRow() const noexcept { return (m_width + 7) / 8; }
    const std::vector<std::uint8_t>& bytes() const noexcept { return m_bits; }
    std::vector<std::uint8_t>& bytes() noexcept { return m_bits; }

    bool black(int x, int y) const noexcept;
    /// Sets one dot; outside the image it does nothing.
    void set(int x, int y) noexcept;
    /// Fills [x0, x1) × [y0, y1), clipped to the image.
    void fill(int x0, int y0, int x1, int y1) noexcept;
    /// Grows (or shrinks) the image downwards; new rows are white.
    void setHeight(int height);
    /// Appends `other` (same width) under this image.
    void append(const MonoBitmap& other);

    /// 8-bit grey (0 black, 255 white), one byte a dot: for decoders and PNGs.
    std::vector<std::uint8_t> toGray() const;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint8_t> m_bits;
};

} // namespace ocopos::printing

#include "MonoBitmap.h"

#include <algorithm>
#include <stdexcept>

namespace ocopos::printing {

MonoBitmap::MonoBitmap(int width, int height)
    : m_width(std::max(0, width))
    , m_height(std::max(0, height))
{
    m_bits.assign(static_cast<std::size_t>(bytesPerRow()) * static_cast<std::size_t>(m_height), 0);
}

bool MonoBitmap::black(int x, int y) const noexcept
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return false;
    const auto i
        = static_cast<std::size_t>(y) * static_cast<std::size_t>(bytesPerRow()) + static_cast<std::size_t>(x / 8);
    return (m_bits[i] & (0x80u >> (x % 8))) != 0;
}

void MonoBitmap::set(int x, int y) noexcept
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    const auto i
        = static_cast<std::size_t>(y) * static_cast<std::size_t>(bytesPerRow()) + static_cast<std::size_t>(x / 8);
    m_bits[i] = static_cast<std::uint8_t>(m_bits[i] | (0x80u >> (x % 8)));
}

void MonoBitmap::fill(int x0, int y0, int x1, int y1) noexcept
{
    x0 = std::max(x0, 0);
    y0 = std::max(y0, 0);
    x1 = std::min(x1, m_width);
    y1 = std::min(y1, m_height);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            set(x, y);
}

void MonoBitmap::setHeight(int height)
{
    m_height = std::max(0, height);
    m_bits.resize(static_cast<std::size_t>(bytesPerRow()) * static_cast<std::size_t>(m_height), 0);
}

void MonoBitmap::append(const MonoBitmap& other)
{
    if (other.m_width != m_width)
        throw std::invalid_argument("MonoBitmap::append: widths differ");
    m_bits.insert(m_bits.end(), other.m_bits.begin(), other.m_bits.end());
    m_height += other.m_height;
}

std::vector<std::uint8_t> MonoBitmap::toGray() const
{
    std::vector<std::uint8_t> out(static_cast<std::size_t>(m_width) * static_cast<std::size_t>(m_height), 255);
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x)
            if (black(x, y))
                out[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(x)] = 0;
    return out;
}

} // namespace ocopos::printing

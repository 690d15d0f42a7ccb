#include "TableLayout.h"

#include "core/Errors.h"

namespace ocopos::printing {

double alignedX(double left, double boxWidth, double textWidth, Align align)
{
    switch (align) {
    case Align::Left: return left;
    case Align::Center: return left + (boxWidth - textWidth) / 2;
    case Align::Right: return left + boxWidth - textWidth;
    }
    return left;
}

TableLayout::TableLayout(double left, double totalWidth, const std::vector<ColumnSpec>& specs, double gap)
    : m_left(left), m_totalWidth(totalWidth)
{
    if (specs.empty())
        throw ValidationError("table", "a table needs at least one column");
    double fixed = gap * static_cast<double>(specs.size() - 1);
    double weights = 0;
    for (const auto& s : specs) {
        if (s.fixedWidth > 0)
            fixed += s.fixedWidth;
        else
            weights += s.weight;
    }
    const double rest = totalWidth - fixed;
    if (rest < 0 || (weights > 0 && rest <= 0))
        throw ValidationError("table", "columns are wider than the table (" + std::to_string(fixed) + " > "
                                           + std::to_string(totalWidth) + " pt)");
    double x = left;
    for (const auto& s : specs) {
        const double w = s.fixedWidth > 0 ? s.fixedWidth : rest * s.weight / weights;
        m_columns.push_back(Column{x, w, s.align, s.header});
        x += w + gap;
    }
}

double TableLayout::textX(std::size_t i, double textWidth) const
{
    const auto& c = m_columns.at(i);
    return alignedX(c.x, c.width, textWidth, c.align);
}

} // namespace ocopos::printing

#pragma once

#include "DocumentLayout.h"

#include <QString>

#include <vector>

namespace ocopos::printing {

/// How one table column is sized: a fixed width in points, or a share (weight)
/// of what the fixed columns leave.
struct ColumnSpec {
    QString header;
    double fixedWidth = 0; ///< points; 0 means "shares the rest by weight"
    double weight = 1;
    Align align = Align::Left;
};

/// Where each column of a table lies. Pure arithmetic, so it is unit-tested.
class TableLayout {
public:
    struct Column {
        double x = 0;     ///< left edge of the cell's text area
        double width = 0; ///< text width (the gap is outside it)
        Align align = Align::Left;
        QString header;
    };

    /// Lays `specs` out from `left` across `totalWidth`, with `gap` points between
    /// columns. Throws ValidationError when the fixed widths and gaps do not fit.
    TableLayout(double left, double totalWidth, const std::vector<ColumnSpec>& specs, double gap = 4);

    std::size_t size() const noexcept { return m_columns.size(); }
    const Column& column(std::size_t i) const { return m_columns.at(i); }
    const std::vector<Column>& columns() const noexcept { return m_columns; }
    double left() const noexcept { return m_left; }
    double right() const noexcept { return m_left + m_totalWidth; }

    /// The x at which text `textWidth` wide starts in column `i`, by its alignment.
    double textX(std::size_t i, double textWidth) const;

private:
    double m_left;
    double m_totalWidth;
    std::vector<Column> m_columns;
};

/// Where text `textWidth` wide starts in a box [left, left + boxWidth].
double alignedX(double left, double boxWidth, double textWidth, Align align);

} // namespace ocopos::printing

#include "MultiRow.h"

#include "DbError.h"

#include <QStringList>

#include <bit>

namespace ocopos::db {

QString repeated(const QString& part, std::size_t n, const QString& separator)
{
    QStringList parts;
    for (std::size_t i = 0; i < n; ++i)
        parts << QString(part).replace(QStringLiteral("%1"), QString::number(i));
    return parts.join(separator);
}

MultiRowInsert::MultiRowInsert(const QString& head, int columns, const QString& tail) : m_columns(columns)
{
    if (columns <= 0)
        throw DbError("a multi-row insert needs columns", head.toStdString(), "");
    QStringList marks;
    for (int c = 0; c < columns; ++c)
        marks << QStringLiteral("?");
    const QString row = marks.join(QStringLiteral(", "));
    for (std::size_t slot = 0; slot < m_sql.size(); ++slot) {
        QString sql = head;
        sql += repeated(QLatin1Char('(') + row + QLatin1Char(')'), std::size_t{1} << slot, QStringLiteral(", "));
        if (!tail.isEmpty())
            sql += QLatin1Char(' ') + tail;
        m_sql[slot] = sql;
    }
}

std::size_t MultiRowInsert::chunk(std::size_t left) noexcept
{
    if (left == 0)
        return 0;
    return std::bit_floor(std::min(left, kMaxRows));
}

const QString& MultiRowInsert::sql(std::size_t rows) const
{
    if (rows == 0 || rows > kMaxRows || !std::has_single_bit(rows))
        throw DbError("a multi-row insert of " + std::to_string(rows) + " rows: not a chunk", "", "");
    return m_sql[static_cast<std::size_t>(std::countr_zero(rows))];
}

} // namespace ocopos::db

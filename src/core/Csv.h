#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ocopos::core {

/// One data row of a CSV file, with its 1-based line number in the file (the
/// header is line 1) so errors can name it.
struct CsvRow {
    int line = 0;
    std::map<QString, QString> fields; ///< column -> value (trimmed, NFC)

    /// The value, or nullopt when the column is absent or the cell empty
    /// (an empty optional field means "not given").
    std::optional<QString> get(const QString& column) const;
};

struct CsvTable {
    QStringList header;
    std::vector<CsvRow> rows;
};

/// Parses UTF-8 CSV per RFC 4180 (comma, double-quote quoting, CRLF or LF, a
/// UTF-8 BOM ignored). Checks the header: every column known, every required
/// column present, none repeated; every row has the header's number of cells.
/// All problems are collected and thrown as one ValidationError naming lines and fields.
CsvTable parseCsv(const QByteArray& data, const std::set<QString>& known,
                  const std::set<QString>& required);

/// Quotes a cell for CSV output when it needs it.
QString csvEscape(const QString& cell);

} // namespace ocopos::core

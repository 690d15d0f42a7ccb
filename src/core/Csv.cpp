#include "Csv.h"

#include "Errors.h"
#include "VietText.h"

#include <QStringDecoder>

#include <algorithm>

namespace ocopos::core {

std::optional<QString> CsvRow::get(const QString& column) const
{
    auto it = fields.find(column);
    if (it == fields.end() || it->second.isEmpty())
        return std::nullopt;
    return it->second;
}

namespace {
struct RawRecord {
    int line = 0;
    QStringList cells;
};

/// A quoting problem found while splitting, placed by record and cell so that it
/// can name its column once the header is known.
struct QuoteProblem {
    int line = 0;
    std::size_t record = 0;
    qsizetype cell = 0;
    std::string why;
};

std::vector<RawRecord> splitRecords(const QString& text, std::vector<QuoteProblem>& problems)
{
    std::vector<RawRecord> out;
    RawRecord cur;
    QString cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    int line = 1;
    cur.line = 1;
    const auto endCell = [&] {
        cur.cells << cell;
        cell.clear();
        cellWasQuoted = false;
    };
    const auto endRecord = [&] {
        endCell();
        const bool blank = cur.cells.size() == 1 && cur.cells.front().isEmpty();
        if (!blank)
            out.push_back(cur);
        cur = RawRecord{};
        cur.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || cellWasQuoted)
                problems.push_back({line, out.size(), cur.cells.size(), "a quote inside an unquoted cell"});
            inQuotes = true;
            cellWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                continue;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            if (cellWasQuoted)
                problems.push_back({line, out.size(), cur.cells.size(), "text after a closing quote"});
            cell += c;
        }
    }
    if (inQuotes)
        problems.push_back({cur.line, out.size(), cur.cells.size(), "a quoted cell is never closed"});
    if (!cell.isEmpty() || !cur.cells.isEmpty() || cellWasQuoted)
        endRecord();
    return out;
}
} // namespace

CsvTable parseCsv(const QByteArray& data, const std::set<QString>& known,
                  const std::set<QString>& required)
{
    ProblemList problems;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        // Name the first line that is not UTF-8 (a UTF-8 sequence never holds '\n').
        int line = 1;
        for (const QByteArray& l : data.split('\n')) {
            QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = d(l);
            if (d.hasError())
                break;
            ++line;
        }
        problems.add(line, "file", "is not valid UTF-8 (save the file as UTF-8)");
        problems.throwIfAny();
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QuoteProblem> quoting;
    auto records = splitRecords(text, quoting);
    for (const auto& q : quoting) {
        std::string field = "row";
        if (q.record == 0)
            field = "header";
        else if (q.cell < records.front().cells.size())
            field = records.front().cells[q.cell].trimmed().toLower().toStdString();
        problems.add(q.line, field, q.why);
    }
    problems.throwIfAny();
    if (records.empty())
        throw ValidationError("file", "is empty: a header row is needed", 1);

    CsvTable table;
    const RawRecord& head = records.front();
    std::set<QString> seen;
    for (const auto& raw : head.cells) {
        const QString col = raw.trimmed().toLower();
        if (col.isEmpty())
            problems.add(head.line, "header", "an empty column name");
        else if (!known.count(col))
            problems.add(head.line, col.toStdString(), "unknown column");
        else if (!seen.insert(col).second)
            problems.add(head.line, col.toStdString(), "column repeated");
        table.header << col;
    }
    for (const auto& r : required)
        if (!seen.count(r))
            problems.add(head.line, r.toStdString(), "required column missing");
    problems.throwIfAny();

    for (std::size_t k = 1; k < records.size(); ++k) {
        const RawRecord& rec = records[k];
        // A row of nothing but blanks (",,,," as spreadsheets save below the
        // data, or spaces) is a blank line, whatever its number of cells.
        if (std::all_of(rec.cells.begin(), rec.cells.end(), [](const QString& c) { return c.trimmed().isEmpty(); }))
            continue;
        if (rec.cells.size() != table.header.size()) {
            problems.add(rec.line, "row", "has " + std::to_string(rec.cells.size()) + " cells, the header has "
                                              + std::to_string(table.header.size()));
            continue;
        }
        CsvRow row;
        row.line = rec.line;
        for (qsizetype c = 0; c < rec.cells.size(); ++c)
            row.fields[table.header[c]] = normalizeText(rec.cells[c]);
        table.rows.push_back(std::move(row));
    }
    problems.throwIfAny();
    return table;
}

QString csvEscape(const QString& cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString q = cell;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace ocopos::core

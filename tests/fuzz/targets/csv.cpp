// The CSV reader of every import (products, producers, prices, goods receipts,
// stocktakes): any bytes are parsed or refused with a ValidationError naming the
// line; a parsed table has the header's cells on every row, numbered lines that
// grow, and cells that survive csvEscape → parseCsv unchanged.
#include "core/Csv.h"

#include "../FuzzSupport.h"

using namespace ocopos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::set<QString> known { QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"),
        QStringLiteral("vat"), QStringLiteral("note") };
    static const std::set<QString> required { QStringLiteral("sku") };
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    core::CsvTable table;
    if (!fuzz::accepts([&] { table = core::parseCsv(bytes, known, required); }))
        return 0;
    int last = 1;
    for (const auto& row : table.rows) {
        FUZZ_CHECK(row.line > last);
        last = row.line;
        FUZZ_CHECK(row.fields.size() <= static_cast<std::size_t>(table.header.size()));
    }
    // Write the table back and read it again: the same cells.
    QByteArray out = table.header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const auto& row : table.rows) {
        QStringList cells;
        for (const auto& h : table.header) {
            const auto it = row.fields.find(h);
            cells << core::csvEscape(it == row.fields.end() ? QString() : it->second);
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    core::CsvTable again;
    FUZZ_CHECK(fuzz::accepts([&] { again = core::parseCsv(out, known, required); }));
    FUZZ_CHECK(again.rows.size() == table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        for (const auto& h : table.header)
            FUZZ_CHECK(again.rows[i].get(h) == table.rows[i].get(h));
    return 0;
}

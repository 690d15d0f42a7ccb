#pragma once

#include "ReportService.h"

#include <QByteArray>
#include <QJsonObject>

namespace ocopos::services {

/// cli.md `report sales`: {"from","to","by","rows":[...],"totals":{...}}; each row
/// has its key (`day`, `sku`, `category`, `vat_rate`, `method`, `cashier`,
/// `producer`, `owner`), `name` where the key has one, `qty` by product, and
/// gross, discount, net, vat, returns, commission, payout, sales (by producer
/// also `unlotted`). A cooperative user's report says whose it is in `scope`.
QJsonObject salesReportJson(const SalesReport& r);

/// The rows of a report as CSV for spreadsheets: UTF-8 with a byte-order mark
/// (Excel takes a CSV without one for the Windows code page and garbles
/// Vietnamese; LibreOffice and our own parser accept it), a header row of the
/// JSON field names, RFC 4180 quoting, CRLF line ends, amounts as whole đồng and
/// quantities as decimals with a point. No totals row: a spreadsheet sums.
QByteArray salesReportCsv(const SalesReport& r);

/// {"products":[{"sku","name","unit","owner","supply","category","price","on_hand",
/// "lots","cost_value","uncosted_qty","retail_value","value"}],"totals":{...}}.
QJsonObject stockReportJson(const StockReport& r);
QByteArray stockReportCsv(const StockReport& r);

/// The byte-order mark every CSV export starts with.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

} // namespace ocopos::services

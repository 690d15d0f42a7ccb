#include "SaleReader.h"

#include "core/Errors.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <string_view>

namespace ocopos::services {

using core::Money;

std::optional<SaleResult> SaleReader::byId(qint64 saleId)
{
    db::Query s(m_ctx.db, QStringLiteral(
        "SELECT s.receipt_no, s.at, s.till, u.username, u.display_name, s.shift_id, s.status, s.gross_vnd, "
        "s.discount_vnd, s.total_vnd, s.vat_vnd, s.paid_vnd, s.change_vnd, o.username, "
        "(SELECT hash FROM journal j WHERE j.kind = 'sale' AND j.ref_id = s.id) "
        "FROM sales s JOIN users u ON u.id = s.cashier_id LEFT JOIN users o ON o.id = s.override_by WHERE s.id = :id"));
    s.bind(QStringLiteral(":id"), saleId).exec();
    if (!s.next())
        return std::nullopt;
    SaleResult r;
    r.saleId = saleId;
    r.receiptNo = s.value(0).toString();
    r.time = QDateTime::fromString(s.value(1).toString(), Qt::ISODate);
    r.till = s.value(2).toString();
    r.cashier = s.value(3).toString();
    r.cashierName = s.value(4).toString();
    r.shiftId = s.value(5).toLongLong();
    r.status = s.value(6).toString();
    r.gross = Money(s.value(7).toLongLong());
    r.discount = Money(s.value(8).toLongLong());
    r.total = Money(s.value(9).toLongLong());
    r.vatTotal = Money(s.value(10).toLongLong());
    r.paid = Money(s.value(11).toLongLong());
    r.change = Money(s.value(12).toLongLong());
    r.overrideBy = s.value(13).toString();
    r.journalHash = s.value(14).toString();

    db::Query l(m_ctx.db, QStringLiteral(
        "SELECT l.id, l.line_no, l.sku, l.name, l.unit, l.sold_by, l.qty, l.unit_price_vnd, l.gross_vnd, "
        "l.line_discount_vnd, l.sale_discount_vnd, l.net_vnd, l.vat_rate, l.vat_vnd, o.code, o.name, l.supply, "
        "l.commission_bp, l.commission_vnd, l.payout_vnd, l.unlotted, p.ocop_stars, l.product_id "
        "FROM sale_lines l JOIN producers o ON o.id = l.owner_id JOIN products p ON p.id = l.product_id "
        "WHERE l.sale_id = :id ORDER BY l.line_no"));
    l.bind(QStringLiteral(":id"), saleId).exec();
    std::map<core::VatRate, core::VatRow> rows;
    while (l.next()) {
        SaleLineResult line;
        line.lineId = l.value(0).toLongLong();
        line.lineNo = l.value(1).toInt();
        line.sku = l.value(2).toString();
        line.name = l.value(3).toString();
        line.unit = l.value(4).toString();
        line.soldBy = core::soldByFromCode(l.value(5).toString().toStdString()).value_or(core::SoldBy::Unit);
        line.qty = core::Quantity::fromThousandths(l.value(6).toLongLong());
        line.unitPrice = Money(l.value(7).toLongLong());
        line.gross = Money(l.value(8).toLongLong());
        line.discount = Money(l.value(9).toLongLong());
        line.saleDiscount = Money(l.value(10).toLongLong());
        line.net = Money(l.value(11).toLongLong());
        line.vatRate = core::VatRate::parse(l.value(12).toString().toStdString());
        line.vat = Money(l.value(13).toLongLong());
        line.ownerCode = l.value(14).toString();
        line.ownerName = l.value(15).toString();
        line.supply = core::supplyFromCode(l.value(16).toString().toStdString()).value_or(core::Supply::Consignment);
        line.commissionPct = core::BasisPoints{l.value(17).toLongLong()};
        line.commission = Money(l.value(18).toLongLong());
        line.payout = Money(l.value(19).toLongLong());
        line.unlotted = l.value(20).toInt() == 1;
        if (!l.value(21).isNull())
            line.ocopStars = l.value(21).toInt();
        line.productId = l.value(22).toLongLong();
        r.saleDiscount += line.saleDiscount;
        auto& row = rows.try_emplace(line.vatRate, core::VatRow{line.vatRate, {}, {}, {}}).first->second;
        row.amount += line.net;
        row.vat += line.vat;
        row.base = row.amount - row.vat;
        r.lines.push_back(line);
    }
    for (auto& [rate, row] : rows)
        r.vat.push_back(row);

    db::Query a(m_ctx.db, QStringLiteral(
        "SELECT a.sale_line_id, a.lot_id, lt.lot_code, p.code, p.name, a.qty, a.amount_vnd FROM sale_line_lots a "
        "JOIN sale_lines l ON l.id = a.sale_line_id JOIN producers p ON p.id = a.producer_id "
        "LEFT JOIN lots lt ON lt.id = a.lot_id WHERE l.sale_id = :id ORDER BY l.line_no, a.seq"));
    a.bind(QStringLiteral(":id"), saleId).exec();
    while (a.next()) {
        const qint64 lineId = a.value(0).toLongLong();
        for (auto& line : r.lines) {
            if (line.lineId != lineId)
                continue;
            SaleLotResult lot;
            if (!a.value(1).isNull())
                lot.lotId = a.value(1).toLongLong();
            lot.lotCode = a.value(2).toString();
            lot.producerCode = a.value(3).toString();
            lot.producerName = a.value(4).toString();
            lot.qty = core::Quantity::fromThousandths(a.value(5).toLongLong());
            lot.amount = Money(a.value(6).toLongLong());
            line.lots.push_back(lot);
        }
    }

    db::Query p(m_ctx.db, QStringLiteral("SELECT method, amount_vnd, reference, vietqr FROM payments WHERE sale_id = :id "
                                         "ORDER BY seq"));
    p.bind(QStringLiteral(":id"), saleId).exec();
    while (p.next()) {
        PaymentResult pay;
        pay.method = core::paymentMethodFromCode(p.value(0).toString().toStdString()).value_or(core::PaymentMethod::Cash);
        pay.amount = Money(p.value(1).toLongLong());
        pay.reference = p.value(2).toString();
        pay.vietqr = p.value(3).toString();
        if (r.vietqr.isEmpty() && !pay.vietqr.isEmpty())
            r.vietqr = pay.vietqr;
        r.payments.push_back(pay);
    }
    return r;
}

SaleResult SaleReader::byReceipt(const QString& receiptNo)
{
    db::Query q(m_ctx.db, QStringLiteral("SELECT id FROM sales WHERE receipt_no = :r"));
    q.bind(QStringLiteral(":r"), receiptNo);
    auto id = q.scalar();
    if (!id)
        throw NotFound("no receipt " + receiptNo.toStdString());
    return *byId(id->toLongLong());
}

namespace {

/// Writes canonical JSON exactly as QJsonDocument::toJson(Compact) does for the
/// values used here (a test compares the two over many sales and every UTF-16
/// code unit): keys are written in sorted order by the caller, integers in
/// decimal, strings as UTF-8 with '"', '\\' and the controls escaped
/// (\b \f \n \r \t, else \u00xx) and an unpaired surrogate as \uxxxx.
class CanonicalWriter {
public:
    explicit CanonicalWriter(qsizetype reserve) { m_out.reserve(reserve); }

    CanonicalWriter& raw(const char* text)
    {
        m_out.append(text);
        return *this;
    }
    /// `,"key":` (no comma for the first member of an object)
    CanonicalWriter& key(const char* k, bool first = false)
    {
        if (!first)
            m_out.append(',');
        m_out.append('"');
        m_out.append(k);
        m_out.append("\":");
        return *this;
    }
    CanonicalWriter& integer(std::int64_t v)
    {
        char buf[24];
        char* end = buf + sizeof buf;
        char* p = end;
        std::uint64_t u = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
        do {
            *--p = static_cast<char>('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--p = '-';
        m_out.append(p, end - p);
        return *this;
    }
    CanonicalWriter& money(Money m) { return integer(m.dong()); }
    CanonicalWriter& string(QStringView s)
    {
        static constexpr char hex[] = "0123456789abcdef";
        m_out.append('"');
        const char16_t* p = s.utf16();
        const char16_t* const end = p + s.size();
        while (p != end) {
            const char16_t u = *p++;
            if (u < 0x80) {
                if (u >= 0x20 && u != 0x22 && u != 0x5c) {
                    m_out.append(static_cast<char>(u));
                    continue;
                }
                m_out.append('\\');
                switch (u) {
                case 0x22: m_out.append('"'); break;
                case 0x5c: m_out.append('\\'); break;
                case 0x08: m_out.append('b'); break;
                case 0x0c: m_out.append('f'); break;
                case 0x0a: m_out.append('n'); break;
                case 0x0d: m_out.append('r'); break;
                case 0x09: m_out.append('t'); break;
                default: {
                    const char e[] = {'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                    m_out.append(e, sizeof e);
                }
                }
            } else if (u < 0x800) {
                const char e[] = {static_cast<char>(0xc0 | (u >> 6)), static_cast<char>(0x80 | (u & 0x3f))};
                m_out.append(e, sizeof e);
            } else if (u < 0xd800 || u > 0xdfff) {
                const char e[] = {static_cast<char>(0xe0 | (u >> 12)), static_cast<char>(0x80 | ((u >> 6) & 0x3f)),
                                  static_cast<char>(0x80 | (u & 0x3f))};
                m_out.append(e, sizeof e);
            } else if (u < 0xdc00 && p != end && *p >= 0xdc00 && *p <= 0xdfff) {
                const char32_t c = 0x10000 + ((static_cast<char32_t>(u) - 0xd800) << 10) + (*p++ - 0xdc00);
                const char e[] = {static_cast<char>(0xf0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3f)),
                                  static_cast<char>(0x80 | ((c >> 6) & 0x3f)), static_cast<char>(0x80 | (c & 0x3f))};
                m_out.append(e, sizeof e);
            } else {
                const char e[] = {'\\', 'u', hex[u >> 12], hex[(u >> 8) & 0xf], hex[(u >> 4) & 0xf], hex[u & 0xf]};
                m_out.append(e, sizeof e);
            }
        }
        m_out.append('"');
        return *this;
    }
    CanonicalWriter& string(std::string_view s) { return string(QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()))); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

QByteArray canonicalSale(const SaleResult& s)
{
    // Keys in the order QJsonObject keeps them (sorted), as the journal has
    // always stored them: the hash input is unchanged.
    CanonicalWriter w(512 + 400 * static_cast<qsizetype>(s.lines.size()));
    w.raw("{").key("cashier", true).string(s.cashier)
        .key("change").money(s.change)
        .key("discount").money(s.discount)
        .key("gross").money(s.gross)
        .key("kind").raw("\"sale\"")
        .key("lines").raw("[");
    bool firstLine = true;
    for (const auto& l : s.lines) {
        if (!firstLine)
            w.raw(",");
        firstLine = false;
        w.raw("{").key("commission", true).money(l.commission)
            .key("commission_bp").integer(l.commissionPct.bp)
            .key("discount").money(l.discount)
            .key("gross").money(l.gross)
            .key("line").integer(l.lineNo)
            .key("lots").raw("[");
        bool firstLot = true;
        for (const auto& lot : l.lots) {
            if (!firstLot)
                w.raw(",");
            firstLot = false;
            w.raw("{").key("amount", true).money(lot.amount).key("lot");
            if (lot.lotId)
                w.integer(*lot.lotId);
            else
                w.raw("null");
            w.key("producer").string(lot.producerCode)
                .key("qty").integer(lot.qty.thousandths())
                .raw("}");
        }
        w.raw("]")
            .key("name").string(l.name)
            .key("net").money(l.net)
            .key("owner").string(l.ownerCode)
            .key("payout").money(l.payout)
            .key("qty").integer(l.qty.thousandths())
            .key("sale_discount").money(l.saleDiscount)
            .key("sku").string(l.sku)
            .key("supply").string(core::toCode(l.supply))
            .key("unit_price").money(l.unitPrice)
            .key("vat").money(l.vat)
            .key("vat_rate").string(QString::fromStdString(l.vatRate.code()))
            .raw("}");
    }
    w.raw("]").key("paid").money(s.paid).key("payments").raw("[");
    bool firstPay = true;
    for (const auto& p : s.payments) {
        if (!firstPay)
            w.raw(",");
        firstPay = false;
        w.raw("{").key("amount", true).money(p.amount)
            .key("method").string(core::toCode(p.method))
            .key("reference").string(p.reference)
            .raw("}");
    }
    w.raw("]")
        .key("receipt_no").string(s.receiptNo)
        .key("till").string(s.till)
        .key("time").string(s.time.toString(Qt::ISODate))
        .key("total").money(s.total)
        .key("vat").money(s.vatTotal)
        .raw("}");
    return w.take();
}

QByteArray canonicalVoid(const QString& receiptNo, const QString& at, const QString& by)
{
    const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("void")},
                        {QStringLiteral("receipt_no"), receiptNo},
                        {QStringLiteral("time"), at},
                        {QStringLiteral("by"), by}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ocopos::services

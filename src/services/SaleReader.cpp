#include "SaleReader.h"

#include "EInvoiceService.h"
#include "db/EInvoiceRepository.h"

#include "core/Errors.h"
#include "db/SaleRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <string_view>

namespace ocopos::services {

using core::Money;

namespace {

SaleResult saleResult(db::SaleRepository& repo, const db::StoredSale& s)
{
    SaleResult r;
    r.saleId = s.id;
    r.receiptNo = s.receiptNo;
    r.time = QDateTime::fromString(s.at, Qt::ISODate);
    r.till = s.till;
    r.cashier = s.cashier;
    r.cashierName = s.cashierName;
    r.shiftId = s.shiftId;
    r.status = s.status;
    r.gross = s.gross;
    r.discount = s.discount;
    r.saleDiscountGiven = s.saleDiscount;
    r.total = s.total;
    r.vatTotal = s.vat;
    r.paid = s.paid;
    r.change = s.change;
    r.overrideBy = s.overrideBy;
    r.journalHash = s.journalHash;
    r.voidedAt = s.voidedAt;
    r.voidedBy = s.voidedBy;

    std::map<core::VatRate, core::VatRow> rows;
    for (const db::StoredLine& stored : repo.linesOf(s.id)) {
        const db::SaleLineRow& l = stored.line;
        SaleLineResult line;
        line.lineId = stored.id;
        line.productId = l.productId;
        line.lineNo = l.lineNo;
        line.sku = l.sku;
        line.name = l.name;
        line.unit = l.unit;
        line.soldBy = l.soldBy;
        line.qty = l.qty;
        line.unitPrice = l.unitPrice;
        line.gross = l.gross;
        line.discount = l.lineDiscount;
        line.discountGiven = l.discount;
        line.saleDiscount = l.saleDiscount;
        line.net = l.net;
        line.vatRate = l.vatRate;
        line.vat = l.vat;
        line.ownerCode = stored.ownerCode;
        line.ownerName = stored.ownerName;
        line.supply = l.supply;
        line.commissionPct = l.commissionPct;
        line.commission = l.commission;
        line.payout = l.payout;
        line.unlotted = l.unlotted;
        line.ocopStars = stored.ocopStars;
        r.saleDiscount += line.saleDiscount;
        auto& row = rows.try_emplace(line.vatRate, core::VatRow{line.vatRate, {}, {}, {}}).first->second;
        row.amount += line.net;
        row.vat += line.vat;
        row.base = row.amount - row.vat;
        r.lines.push_back(line);
    }
    for (auto& [rate, row] : rows)
        r.vat.push_back(row);

    for (const db::StoredAllocation& a : repo.allocationsOf(s.id))
        for (auto& line : r.lines)
            if (line.lineId == a.lineId)
                line.lots.push_back(SaleLotResult{a.lotId, a.lotCode, a.producerCode, a.producerName, a.qty, a.amount});

    for (const db::PaymentRow& p : repo.paymentsOf(s.id)) {
        if (r.vietqr.isEmpty() && !p.vietqr.isEmpty())
            r.vietqr = p.vietqr;
        r.payments.push_back(PaymentResult{p.method, p.amount, p.reference, p.vietqr});
    }
    return r;
}

} // namespace

namespace {

/// The sale's own e-invoice and a void's cancelling one, when there are.
SaleResult withEInvoices(db::Database& db, SaleResult r)
{
    for (const db::EInvoiceRow& row : db::EInvoiceRepository(db).bySale(r.saleId)) {
        if (row.kind == QLatin1String("original") && !r.einvoice)
            r.einvoice = EInvoiceService::refOf(row);
        else if (row.kind == QLatin1String("cancel"))
            r.einvoiceCancel = EInvoiceService::refOf(row);
    }
    return r;
}

} // namespace

std::optional<SaleResult> SaleReader::byId(qint64 saleId)
{
    db::SaleRepository repo(m_ctx.db);
    const auto sale = repo.saleById(saleId);
    if (!sale)
        return std::nullopt;
    return withEInvoices(m_ctx.db, saleResult(repo, *sale));
}

SaleResult SaleReader::byReceipt(const QString& receiptNo)
{
    db::SaleRepository repo(m_ctx.db);
    const auto sale = repo.saleByReceipt(receiptNo);
    if (!sale)
        throw NotFound("no receipt " + receiptNo.toStdString());
    return withEInvoices(m_ctx.db, saleResult(repo, *sale));
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
        .key("discount").money(s.discount);
    // Only when the sale has an invoice, so entries from before e-invoicing keep their text.
    if (s.einvoice)
        w.key("einvoice").raw(canonicalEInvoice(*s.einvoice).constData());
    w.key("gross").money(s.gross)
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

QByteArray canonicalVoid(const QString& receiptNo, const QString& at, const QString& by, const EInvoiceRef* cancel)
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("void")},
                  {QStringLiteral("receipt_no"), receiptNo},
                  {QStringLiteral("time"), at},
                  {QStringLiteral("by"), by}};
    if (cancel)
        o[QStringLiteral("einvoice")] = QJsonDocument::fromJson(canonicalEInvoice(*cancel)).object();
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ocopos::services

#include "DocumentMappers.h"

#include "core/Barcode.h"

#include <QStringList>

#include <utility>

namespace ocopos::docs {

using printing::BankAccount;
using printing::LotCredit;
using printing::VatSummaryRow;

namespace {

std::vector<VatSummaryRow> vatRows(const std::vector<core::VatRow>& rows)
{
    std::vector<VatSummaryRow> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back({r.rate, r.amount, r.vat, r.base});
    return out;
}

std::vector<printing::PaymentLine> paymentLines(const std::vector<services::PaymentResult>& payments)
{
    std::vector<printing::PaymentLine> out;
    for (const auto& p : payments)
        out.push_back({p.method, p.amount, p.reference, p.vietqr.toStdString()});
    return out;
}

QString nameOr(const QString& name, const QString& fallback) { return name.isEmpty() ? fallback : name; }

} // namespace

QString bankName(const QString& bin)
{
    // NAPAS BINs of the banks Vietnamese cooperatives bank with most.
    static const std::map<QString, QString> names{
        {QStringLiteral("970400"), QStringLiteral("Saigonbank")},     {QStringLiteral("970403"), QStringLiteral("Sacombank")},
        {QStringLiteral("970405"), QStringLiteral("Agribank")},       {QStringLiteral("970406"), QStringLiteral("DongA Bank")},
        {QStringLiteral("970407"), QStringLiteral("Techcombank")},    {QStringLiteral("970409"), QStringLiteral("Bac A Bank")},
        {QStringLiteral("970412"), QStringLiteral("PVcomBank")},      {QStringLiteral("970415"), QStringLiteral("VietinBank")},
        {QStringLiteral("970416"), QStringLiteral("ACB")},            {QStringLiteral("970418"), QStringLiteral("BIDV")},
        {QStringLiteral("970419"), QStringLiteral("NCB")},            {QStringLiteral("970422"), QStringLiteral("MB")},
        {QStringLiteral("970423"), QStringLiteral("TPBank")},         {QStringLiteral("970425"), QStringLiteral("ABBANK")},
        {QStringLiteral("970426"), QStringLiteral("MSB")},            {QStringLiteral("970427"), QStringLiteral("VietABank")},
        {QStringLiteral("970428"), QStringLiteral("Nam A Bank")},     {QStringLiteral("970431"), QStringLiteral("Eximbank")},
        {QStringLiteral("970432"), QStringLiteral("VPBank")},         {QStringLiteral("970436"), QStringLiteral("Vietcombank")},
        {QStringLiteral("970437"), QStringLiteral("HDBank")},         {QStringLiteral("970440"), QStringLiteral("SeABank")},
        {QStringLiteral("970441"), QStringLiteral("VIB")},            {QStringLiteral("970443"), QStringLiteral("SHB")},
        {QStringLiteral("970448"), QStringLiteral("OCB")},            {QStringLiteral("970449"), QStringLiteral("LPBank")},
        {QStringLiteral("970452"), QStringLiteral("KienlongBank")},   {QStringLiteral("970454"), QStringLiteral("Bản Việt")},
    };
    const auto it = names.find(bin);
    return it == names.end() ? QString() : it->second;
}

printing::StoreInfo storeInfo(const StoreSettings& s)
{
    printing::StoreInfo out;
    out.name = s.name;
    out.address = s.address;
    out.taxCode = s.taxCode;
    out.bank = BankAccount{s.bankBin, s.bankAccount, s.bankAccountName, bankName(s.bankBin)};
    out.receiptFooter = s.receiptFooter;
    out.einvoiceLookupUrl = s.einvoiceLookupUrl;
    return out;
}

printing::RollWidth rollWidth(const StoreSettings& s)
{
    return s.receiptWidthMm == 58 ? printing::RollWidth::Mm58 : printing::RollWidth::Mm80;
}

printing::PartyInfo partyInfo(const core::Producer& p)
{
    QStringList address;
    for (const QString& part : {p.address, p.district, p.province})
        if (!part.trimmed().isEmpty())
            address << part.trimmed();
    printing::PartyInfo out;
    out.code = p.code;
    out.name = p.name;
    out.taxCode = p.taxCode;
    out.address = address.join(QStringLiteral(", "));
    out.phone = p.phone;
    out.bank = BankAccount{p.bankBin, p.bankAccount, QString(), bankName(p.bankBin)};
    return out;
}

printing::ReceiptData receiptData(const services::SaleResult& sale, const printing::StoreInfo& store, bool reprint,
                                  const DiscountPercents& percents)
{
    printing::ReceiptData d;
    d.store = store;
    d.receiptNo = sale.receiptNo;
    d.time = sale.time;
    d.till = sale.till;
    d.cashier = nameOr(sale.cashierName, sale.cashier);
    core::Money lineDiscounts;
    for (const auto& l : sale.lines) {
        printing::ReceiptLine line;
        line.name = l.name;
        line.unit = l.unit;
        line.byWeight = l.soldBy == core::SoldBy::Weight;
        line.quantity = l.qty;
        line.unitPrice = l.unitPrice;
        line.gross = l.gross;
        line.lineDiscount = l.discount;
        if (const auto p = percents.lines.find(l.lineNo); p != percents.lines.end() && !l.discount.isZero())
            line.lineDiscountPercent = p->second;
        line.net = l.net;
        line.vat = l.vatRate;
        line.ocopStars = l.ocopStars.value_or(0);
        for (const auto& lot : l.lots)
            line.lots.push_back(LotCredit{lot.lotCode, lot.producerName, lot.qty});
        lineDiscounts = lineDiscounts + l.discount;
        d.lines.push_back(std::move(line));
    }
    d.gross = sale.gross;
    d.lineDiscounts = lineDiscounts;
    d.saleDiscount = sale.saleDiscount;
    if (!sale.saleDiscount.isZero())
        d.saleDiscountPercent = percents.sale;
    d.total = sale.total;
    d.vat = vatRows(sale.vat);
    d.payments = paymentLines(sale.payments);
    d.paid = sale.paid;
    d.change = sale.change;
    d.journalHash = sale.journalHash;
    d.reprint = reprint;
    if (sale.einvoice) {
        printing::ReceiptEInvoice e;
        e.form = sale.einvoice->form;
        e.series = sale.einvoice->series;
        e.number = sale.einvoice->number;
        if (sale.einvoice->status == QLatin1String("accepted"))
            e.authorityCode = sale.einvoice->authorityCode;
        e.lookupUrl = store.einvoiceLookupUrl;
        e.lookupKey = QStringLiteral("%1-%2").arg(e.series).arg(e.number);
        d.einvoice = e;
    }
    return d;
}

printing::ReturnSlipData returnSlipData(const services::ReturnResult& ret, const services::SaleResult& original,
                                        const printing::StoreInfo& store, const ReturnContext& context)
{
    printing::ReturnSlipData d;
    d.store = store;
    d.returnNo = ret.number;
    d.originalReceiptNo = ret.receiptNo;
    d.originalTime = original.time;
    d.time = ret.time;
    d.till = context.till;
    d.manager = nameOr(context.managerName, ret.user);
    d.reason = ret.reason;
    d.damaged = ret.damaged;
    std::map<std::string, VatSummaryRow> byRate;  // keyed by the rate's code; printed in the sale's order
    for (const auto& l : ret.lines) {
        const services::SaleLineResult* sold = nullptr;
        for (const auto& s : original.lines)
            if (s.lineNo == l.saleLineNo || (l.saleLineNo == 0 && s.sku == l.sku))
                sold = &s;
        printing::ReturnSlipLine line;
        line.name = l.name;
        line.unit = sold ? sold->unit : QString();
        line.byWeight = sold && sold->soldBy == core::SoldBy::Weight;
        line.quantity = l.qty;
        line.refund = l.refund;
        line.vat = l.vatRate;
        for (const auto& lot : l.lots) {
            QString producer = lot.producerCode;
            if (sold)
                for (const auto& sl : sold->lots)
                    if (sl.producerCode == lot.producerCode && !sl.producerName.isEmpty())
                        producer = sl.producerName;
            line.lots.push_back(LotCredit{lot.lotCode, producer, lot.qty});
        }
        auto& row = byRate.try_emplace(l.vatRate.code(), VatSummaryRow{l.vatRate, {}, {}, {}}).first->second;
        row.amount = row.amount + l.refund;
        row.vat = row.vat + l.vat;
        row.netOfVat = row.amount - row.vat;
        d.lines.push_back(std::move(line));
    }
    for (const auto& v : original.vat)
        if (auto it = byRate.find(v.rate.code()); it != byRate.end()) {
            d.vat.push_back(it->second);
            byRate.erase(it);
        }
    for (auto& [code, row] : byRate)
        d.vat.push_back(row);
    d.totalRefund = ret.refund;
    d.refundMethod = core::PaymentMethod::Cash;  // cli.md: returns are refunded in cash
    d.journalHash = ret.journalHash;
    return d;
}

printing::VoidSlipData voidSlipData(const services::SaleResult& voided, const printing::StoreInfo& store,
                                    const QString& managerName, const QDateTime& voidedAt)
{
    printing::VoidSlipData d;
    d.store = store;
    d.receiptNo = voided.receiptNo;
    d.saleTime = voided.time;
    d.voidTime = voidedAt;
    d.till = voided.till;
    d.cashier = nameOr(voided.cashierName, voided.cashier);
    d.manager = managerName;
    for (const auto& l : voided.lines)
        d.lines.push_back({l.name, l.qty, l.soldBy == core::SoldBy::Weight, l.unit, l.net});
    d.total = voided.total;
    d.payments = paymentLines(voided.payments);
    d.journalHash = voided.journalHash;
    return d;
}

printing::ZReportData zReportData(const services::ShiftReport& r, const printing::StoreInfo& store, const ShiftExtras& x)
{
    printing::ZReportData d;
    d.store = store;
    d.closing = !r.shift.open;
    d.shiftId = QString::number(r.shift.id);
    d.till = r.shift.till;
    d.openedBy = nameOr(x.openedByName, r.shift.openedBy);
    d.closedBy = d.closing ? nameOr(x.closedByName, r.shift.closedBy) : QString();
    d.openedAt = r.shift.openedAt;
    d.closedAt = d.closing ? r.shift.closedAt : x.printedAt;
    d.salesCount = r.sales;
    d.voidCount = x.voidCount;
    d.returnCount = r.returns;
    d.firstReceiptNo = r.firstReceipt;
    d.lastReceiptNo = r.lastReceipt;
    d.grossSales = r.gross;
    d.discounts = r.discounts;
    d.netSales = r.total;
    d.voidedTotal = x.voidedTotal;
    d.returnsTotal = r.refunds;
    for (const auto& [method, amount] : r.byMethod) {
        const auto count = x.paymentCounts.find(method);
        d.payments.push_back({method, count == x.paymentCounts.end() ? 0 : count->second, amount});
    }
    d.vat = vatRows(r.vat);
    d.openingFloat = r.shift.openingFloat;
    d.cashSales = r.cashIn - r.changeGiven;
    d.cashRefunds = r.refunds;  // every refund is paid in cash (cli.md `return`)
    d.expectedCash = r.expectedCash;
    d.countedCash = r.counted;
    d.variance = r.variance;
    d.journalHash = r.journalHash;
    d.syncWaiting = r.syncWaiting;
    if (r.einvoices)
        d.einvoices = printing::ZReportData::EInvoices{r.einvoices->pending, r.einvoices->accepted,
                                                       r.einvoices->rejected, r.einvoices->rejections};
    return d;
}

printing::GoodsReceiptNoteData goodsReceiptNoteData(const services::GoodsReceipt& g, const printing::StoreInfo& store,
                                                    const printing::PartyInfo& supplier, const QString& receivedByName,
                                                    const std::function<core::Supply(const QString& sku)>& supplyOf)
{
    printing::GoodsReceiptNoteData d;
    d.store = store;
    d.noteNo = g.number;
    d.receivedAt = QDateTime::fromString(g.receivedAt, Qt::ISODate);
    d.receivedBy = nameOr(receivedByName, g.username);
    d.supplier = supplier;
    if (d.supplier.name.isEmpty()) {
        d.supplier.code = g.supplierCode;
        d.supplier.name = g.supplierName;
    }
    for (const auto& l : g.lines) {
        printing::GoodsReceiptLine line;
        line.sku = l.sku;
        line.name = l.name;
        line.unit = l.unit;
        line.lotCode = l.lotCode;
        line.producerName = nameOr(l.producerName, l.producerCode);
        line.productionDate = l.producedOn;
        line.expiryDate = l.expiresOn;
        line.quantity = l.qty;
        line.unitCost = l.unitCost;
        line.lineCost = l.cost();
        line.supply = supplyOf(l.sku);
        d.lines.push_back(std::move(line));
    }
    d.totalCost = g.totalCost();
    d.note = g.note;
    return d;
}

QString statementNumber(const services::Statement& s)
{
    if (s.finalized && s.settlementId > 0)
        return QStringLiteral("QT-%1").arg(s.settlementId, 6, 10, QLatin1Char('0'));
    return QStringLiteral("NHÁP-%1-%2-%3")
        .arg(s.producer.code, s.from.toString(QStringLiteral("ddMMyy")), s.to.toString(QStringLiteral("ddMMyy")));
}

printing::SettlementStatementData settlementData(const services::Statement& s, const printing::StoreInfo& store,
                                                 const std::function<QString(const QString& sku)>& unitOf,
                                                 const QDateTime& issuedAt,
                                                 const std::map<QString, core::BasisPoints>& commissionPercent)
{
    printing::SettlementStatementData d;
    d.store = store;
    // The statement carries the store as it was when it was frozen.
    if (!s.storeName.isEmpty())
        d.store.name = s.storeName;
    if (!s.storeAddress.isEmpty())
        d.store.address = s.storeAddress;
    if (!s.storeTaxCode.isEmpty())
        d.store.taxCode = s.storeTaxCode;
    d.producer = partyInfo(s.producer);
    d.statementNo = statementNumber(s);
    d.from = s.from;
    d.to = s.to;
    const QDateTime finalizedAt = QDateTime::fromString(s.finalizedAt, Qt::ISODate);
    d.issuedAt = s.finalized && finalizedAt.isValid() ? finalizedAt : issuedAt;
    d.finalized = s.finalized;
    for (const auto& l : s.lines) {
        printing::SettlementLine line;
        line.sku = l.sku;
        line.name = l.name;
        line.unit = unitOf(l.sku);
        line.supply = l.supply;
        line.quantity = l.qty;
        line.net = l.net;
        line.returns = l.returns;
        if (const auto p = commissionPercent.find(l.sku); p != commissionPercent.end() && l.supply == core::Supply::Consignment)
            line.commissionPercent = p->second;
        line.commission = l.commission;
        line.payout = l.payout;
        d.lines.push_back(std::move(line));
    }
    for (const auto& h : s.households)
        d.households.push_back({h.producer, h.name, std::nullopt, h.net, h.returns, h.payout});
    const auto totals = [](const services::StatementTotals& t) {
        return printing::SettlementTotals{t.net, t.returns, t.commission, t.payout};
    };
    d.consignment = totals(s.consignment);
    d.purchased = totals(s.purchased);
    d.total = totals(s.total);
    d.vietQr = s.vietqr.toStdString();
    if (s.vietqr.isEmpty()) {
        if (s.total.payout.dong() == 0)
            d.noVietQrReason = QStringLiteral("Không phát sinh khoản thanh toán trong kỳ.");
        else if (s.total.payout.dong() < 0)
            d.noVietQrReason = QStringLiteral("Hàng trả lại vượt doanh số: %1 còn nợ cửa hàng %2, không có mã VietQR.")
                                   .arg(s.producer.name, QString::fromStdString(core::formatVnd(-s.total.payout)));
        else if (s.producer.bankBin.isEmpty() || s.producer.bankAccount.isEmpty())
            d.noVietQrReason = QStringLiteral("%1 chưa đăng ký tài khoản ngân hàng: không có mã VietQR; cửa hàng thanh toán "
                                              "bằng tiền mặt có ký nhận.")
                                   .arg(s.producer.name);
        else
            d.noVietQrReason = QStringLiteral("Tài khoản ngân hàng của %1 không dùng được cho VietQR: cửa hàng thanh toán "
                                              "bằng chuyển khoản thường hoặc tiền mặt có ký nhận.")
                                   .arg(s.producer.name);
    }
    return d;
}

printing::SalesGroupBy groupBy(services::SalesGrouping by)
{
    using G = services::SalesGrouping;
    using P = printing::SalesGroupBy;
    switch (by) {
    case G::Day: return P::Day;
    case G::Product: return P::Product;
    case G::Category: return P::Category;
    case G::Vat: return P::VatRate;
    case G::Payment: return P::PaymentMethod;
    case G::Cashier: return P::Cashier;
    case G::Producer: return P::Producer;
    case G::Owner: return P::Owner;
    case G::ProductSupply: return P::Product;
    }
    return P::Day;
}

namespace {
printing::SalesReportRow reportRow(const QString& key, const QString& label, const services::SalesFigures& f)
{
    return printing::SalesReportRow{key, label, f.qty, f.gross, f.discount, f.net, f.vat, f.returns, f.commission, f.payout,
                                    static_cast<int>(f.sales)};
}
} // namespace

printing::SalesReportData salesReportData(const services::SalesReport& r, const printing::StoreInfo& store,
                                          const QDateTime& generatedAt, const QString& scopeName)
{
    printing::SalesReportData d;
    d.store = store;
    d.from = r.from;
    d.to = r.to;
    d.groupBy = groupBy(r.by);
    d.generatedAt = generatedAt;
    if (!r.scopeOwner.isEmpty())
        d.scope = scopeName.isEmpty() ? r.scopeOwner : scopeName + QStringLiteral(" (") + r.scopeOwner + QLatin1Char(')');
    for (const auto& row : r.rows)
        d.rows.push_back(reportRow(row.key.isEmpty() && r.by == services::SalesGrouping::Category
                                       ? QStringLiteral("(không phân loại)")
                                       : row.key,
                                   row.label, row.figures));
    d.totals = reportRow(QStringLiteral("Tổng cộng"), QString(), r.totals);
    return d;
}

printing::ShelfLabelData shelfLabel(const core::Product& p)
{
    printing::ShelfLabelData d;
    d.name = p.name;
    const bool byWeight = p.soldBy == core::SoldBy::Weight;
    d.unit = byWeight ? QStringLiteral("kg") : p.unit;
    d.price = p.price;
    d.byWeight = byWeight;
    d.ocopStars = p.ocopStars.value_or(0);
    for (const QString& b : p.barcodes) {
        const auto kind = core::classifyCode(b.toStdString());
        if (b.size() == 13 && (kind == core::CodeKind::Gs1 || kind == core::CodeKind::Scale)) {
            d.ean13 = b;
            break;
        }
    }
    d.sku = p.sku;
    d.producerName = p.ownerName;
    return d;
}

} // namespace ocopos::docs

#include "Documents.h"

#include "core/Errors.h"
#include "printing/GoodsReceiptNotePdf.h"
#include "printing/PdfDocument.h"
#include "printing/ReceiptPdf.h"
#include "printing/ReturnSlipPdf.h"
#include "printing/SalesReportPdf.h"
#include "printing/SettlementStatementPdf.h"
#include "printing/ShelfLabelsPdf.h"
#include "printing/VoidSlipPdf.h"
#include "printing/ZReportPdf.h"
#include "services/CatalogLookup.h"
#include "services/Lookup.h"
#include "services/SaleReader.h"
#include "services/SettingsService.h"

namespace ocopos::docs {

namespace {

/// One label per code, in order; an empty list or code is refused.
template <class Find>
std::vector<printing::ShelfLabelData> labelsFor(const QStringList& codes, Find find)
{
    if (codes.isEmpty())
        throw ValidationError("codes", "is empty: give at least one SKU or barcode");
    std::vector<printing::ShelfLabelData> labels;
    int i = 0;
    for (const QString& code : codes) {
        ++i;
        const QString c = code.trimmed();
        if (c.isEmpty())
            throw ValidationError("codes", "code " + std::to_string(i) + " is empty");
        labels.push_back(shelfLabel(find(c)));
    }
    return labels;
}

template <class Document>
QByteArray pdfOf(const Document& document)
{
    printing::PdfDocument pdf = document.render();
    return pdf.toBytes();
}

} // namespace

StoreSettings Documents::storeSettings()
{
    services::SettingsService settings(m_ctx);
    StoreSettings s;
    s.name = settings.get(QStringLiteral("store_name"));
    s.address = settings.get(QStringLiteral("store_address"));
    s.taxCode = settings.get(QStringLiteral("store_tax_code"));
    s.bankBin = settings.get(QStringLiteral("bank_bin"));
    s.bankAccount = settings.get(QStringLiteral("bank_account"));
    s.bankAccountName = settings.get(QStringLiteral("bank_account_name"));
    s.receiptFooter = settings.get(QStringLiteral("receipt_footer"));
    s.receiptWidthMm = settings.get(QStringLiteral("receipt_width_mm")).toInt();
    s.einvoiceLookupUrl = settings.get(QStringLiteral("einvoice_lookup_url"));
    return s;
}

QString Documents::displayName(const QString& username) { return services::Lookup(m_ctx).displayName(username); }

DiscountPercents Documents::discountPercents(const services::SaleResult& sale)
{
    DiscountPercents p;
    if (sale.saleDiscountGiven.kind == core::Discount::Kind::Percent)
        p.sale = core::BasisPoints{sale.saleDiscountGiven.value};
    for (const auto& line : sale.lines)
        if (line.discountGiven.kind == core::Discount::Kind::Percent)
            p.lines[line.lineNo] = core::BasisPoints{line.discountGiven.value};
    return p;
}

printing::ReceiptData Documents::receiptData(const services::SaleResult& sale, bool reprint)
{
    return docs::receiptData(sale, storeInfo(storeSettings()), reprint, discountPercents(sale));
}

QByteArray Documents::receipt(const services::SaleResult& sale, bool reprint)
{
    return pdfOf(printing::ReceiptPdf(receiptData(sale, reprint), rollWidth(storeSettings())));
}

QByteArray Documents::reprint(const services::Session& actor, const QString& receiptNo)
{
    const services::SaleResult sale = services::SaleReader(m_ctx).byReceipt(receiptNo);
    if (actor.isCooperative()) {
        const auto own = actor.producerId ? services::Lookup(m_ctx).producerById(*actor.producerId) : std::nullopt;
        for (const auto& l : sale.lines)
            if (!own || l.ownerCode != own->code)
                throw AuthError("receipt " + receiptNo.toStdString()
                                + " has products of other producers: a cooperative user reprints only receipts of its own products");
    }
    // A voided sale is never printed again as a receipt someone could take for a
    // valid one: its reprint is the void slip.
    if (sale.status == QLatin1String("voided"))
        return voidSlip(sale);
    return receipt(sale, true);
}

printing::ReturnSlipData Documents::returnSlipData(const services::ReturnResult& ret)
{
    const services::SaleResult original = services::SaleReader(m_ctx).byReceipt(ret.receiptNo);
    ReturnContext context{ret.till.isEmpty() ? original.till : ret.till, displayName(ret.user)};
    return docs::returnSlipData(ret, original, storeInfo(storeSettings()), context);
}

QByteArray Documents::returnSlip(const services::ReturnResult& ret)
{
    return pdfOf(printing::ReturnSlipPdf(returnSlipData(ret), rollWidth(storeSettings())));
}

printing::VoidSlipData Documents::voidSlipData(const services::SaleResult& voided)
{
    if (voided.status != QLatin1String("voided") || voided.voidedAt.isEmpty())
        throw NotFound("receipt " + voided.receiptNo.toStdString() + " is not voided");
    const QDateTime at = core::parseIsoTime(voided.voidedAt, "voided_at");
    return docs::voidSlipData(voided, storeInfo(storeSettings()), displayName(voided.voidedBy), at);
}

QByteArray Documents::voidSlip(const services::SaleResult& voided)
{
    return pdfOf(printing::VoidSlipPdf(voidSlipData(voided), rollWidth(storeSettings())));
}

ShiftExtras Documents::shiftExtras(const services::ShiftReport& r)
{
    ShiftExtras x;
    x.openedByName = displayName(r.shift.openedBy);
    x.closedByName = displayName(r.shift.closedBy);
    x.printedAt = m_ctx.clock.localNow();
    x.voidCount = r.voids;
    x.voidedTotal = r.voidedTotal;
    x.paymentCounts = r.salesByMethod;
    return x;
}

QByteArray Documents::shiftReport(const services::ShiftReport& report)
{
    const StoreSettings s = storeSettings();
    return pdfOf(printing::ZReportPdf(zReportData(report, storeInfo(s), shiftExtras(report)), rollWidth(s)));
}

printing::GoodsReceiptNoteData Documents::goodsReceiptNoteData(const services::GoodsReceipt& g)
{
    services::Lookup lookup(m_ctx);
    const auto supplier = lookup.producerByCode(g.supplierCode);
    const printing::PartyInfo party = supplier ? partyInfo(*supplier) : printing::PartyInfo{};
    return docs::goodsReceiptNoteData(g, storeInfo(storeSettings()), party, displayName(g.username),
                                      [&lookup](const QString& sku) {
                                          const auto p = lookup.productBySku(sku);
                                          return p ? p->supply : core::Supply::Consignment;
                                      });
}

QByteArray Documents::goodsReceiptNote(const services::GoodsReceipt& receipt)
{
    return pdfOf(printing::GoodsReceiptNotePdf(goodsReceiptNoteData(receipt)));
}

printing::SettlementStatementData Documents::settlementData(const services::Statement& statement)
{
    services::Lookup lookup(m_ctx);
    return docs::settlementData(statement, storeInfo(storeSettings()),
                                [&lookup](const QString& sku) {
                                    const auto p = lookup.productBySku(sku);
                                    return p ? p->unit : QString();
                                },
                                m_ctx.clock.localNow(), statement.commissionRates);
}

QByteArray Documents::settlement(const services::Statement& statement)
{
    return pdfOf(printing::SettlementStatementPdf(settlementData(statement)));
}

printing::SalesReportData Documents::salesReportData(const services::SalesReport& report)
{
    QString scopeName;
    if (!report.scopeOwner.isEmpty())
        if (const auto p = services::Lookup(m_ctx).producerByCode(report.scopeOwner))
            scopeName = p->name;
    return docs::salesReportData(report, storeInfo(storeSettings()), m_ctx.clock.localNow(), scopeName);
}

QByteArray Documents::salesReport(const services::SalesReport& report)
{
    return pdfOf(printing::SalesReportPdf(salesReportData(report)));
}

std::vector<printing::ShelfLabelData> Documents::shelfLabelData(const services::Session& actor, const QStringList& codes)
{
    services::requireRole(actor, core::Role::Manager, "printing shelf labels");
    return labelsFor(codes, [&](const QString& code) { return services::CatalogLookup(m_ctx).showProduct(actor, code); });
}

std::vector<printing::ShelfLabelData> Documents::shelfLabelDataUnchecked(const QStringList& codes)
{
    services::Lookup lookup(m_ctx);
    return labelsFor(codes, [&](const QString& code) {
        const auto p = lookup.productByCode(code);
        if (!p)
            throw NotFound("no product with SKU or barcode '" + code.toStdString() + "'");
        return *p;
    });
}

QByteArray Documents::shelfLabels(const services::Session& actor, const QStringList& codes)
{
    return shelfLabels(shelfLabelData(actor, codes));
}

QByteArray Documents::shelfLabels(const std::vector<printing::ShelfLabelData>& labels)
{
    return pdfOf(printing::ShelfLabelsPdf(labels, m_ctx.clock.localNow()));
}

} // namespace ocopos::docs

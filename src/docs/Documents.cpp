#include "Documents.h"

#include "core/Errors.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"
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
    return s;
}

QString Documents::displayName(const QString& username)
{
    if (username.isEmpty())
        return {};
    db::Query q(m_ctx.db, QStringLiteral("SELECT display_name FROM users WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username);
    const auto v = q.scalar();
    return v && !v->toString().isEmpty() ? v->toString() : username;
}

DiscountPercents Documents::discountPercents(const services::SaleResult& sale)
{
    DiscountPercents p;
    db::Query q(m_ctx.db, QStringLiteral("SELECT sale_discount_kind, sale_discount_value FROM sales WHERE id = :id"));
    q.bind(QStringLiteral(":id"), sale.saleId);
    q.exec();
    if (q.next() && q.value(0).toString() == QLatin1String("percent"))
        p.sale = core::BasisPoints{q.value(1).toLongLong()};
    db::Query l(m_ctx.db, QStringLiteral("SELECT line_no, line_discount_value FROM sale_lines "
                                         "WHERE sale_id = :id AND line_discount_kind = 'percent'"));
    l.bind(QStringLiteral(":id"), sale.saleId);
    l.exec();
    while (l.next())
        p.lines[l.value(0).toInt()] = core::BasisPoints{l.value(1).toLongLong()};
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
        const auto own = actor.producerId ? db::CatalogRepository(m_ctx.db).producerById(*actor.producerId) : std::nullopt;
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
    db::Query q(m_ctx.db, QStringLiteral("SELECT sh.till FROM returns r LEFT JOIN shifts sh ON sh.id = r.shift_id "
                                         "WHERE r.number = :n"));
    q.bind(QStringLiteral(":n"), ret.number);
    const auto till = q.scalar();
    ReturnContext context{till && !till->toString().isEmpty() ? till->toString() : original.till, displayName(ret.user)};
    return docs::returnSlipData(ret, original, storeInfo(storeSettings()), context);
}

QByteArray Documents::returnSlip(const services::ReturnResult& ret)
{
    return pdfOf(printing::ReturnSlipPdf(returnSlipData(ret), rollWidth(storeSettings())));
}

printing::VoidSlipData Documents::voidSlipData(const services::SaleResult& voided)
{
    db::Query q(m_ctx.db, QStringLiteral("SELECT s.voided_at, u.username FROM sales s LEFT JOIN users u ON u.id = s.voided_by "
                                         "WHERE s.receipt_no = :n AND s.status = 'voided'"));
    q.bind(QStringLiteral(":n"), voided.receiptNo);
    q.exec();
    if (!q.next())
        throw NotFound("receipt " + voided.receiptNo.toStdString() + " is not voided");
    const QDateTime at = core::parseIsoTime(q.value(0).toString(), "voided_at");
    return docs::voidSlipData(voided, storeInfo(storeSettings()), displayName(q.value(1).toString()), at);
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
    {
        db::Query q(m_ctx.db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total_vnd), 0) FROM sales "
                                             "WHERE shift_id = :s AND status = 'voided'"));
        q.bind(QStringLiteral(":s"), r.shift.id);
        q.exec();
        if (q.next()) {
            x.voidCount = q.value(0).toInt();
            x.voidedTotal = core::Money(q.value(1).toLongLong());
        }
    }
    db::Query q(m_ctx.db, QStringLiteral("SELECT p.method, COUNT(DISTINCT p.sale_id) FROM payments p "
                                         "JOIN sales s ON s.id = p.sale_id "
                                         "WHERE s.shift_id = :s AND s.status = 'completed' GROUP BY p.method"));
    q.bind(QStringLiteral(":s"), r.shift.id);
    q.exec();
    while (q.next())
        if (const auto method = core::paymentMethodFromCode(q.value(0).toString().toStdString()))
            x.paymentCounts[*method] = q.value(1).toInt();
    return x;
}

QByteArray Documents::shiftReport(const services::ShiftReport& report)
{
    const StoreSettings s = storeSettings();
    return pdfOf(printing::ZReportPdf(zReportData(report, storeInfo(s), shiftExtras(report)), rollWidth(s)));
}

printing::GoodsReceiptNoteData Documents::goodsReceiptNoteData(const services::GoodsReceipt& g)
{
    db::CatalogRepository repo(m_ctx.db);
    const auto supplier = repo.producerByCode(g.supplierCode);
    const printing::PartyInfo party = supplier ? partyInfo(*supplier) : printing::PartyInfo{};
    return docs::goodsReceiptNoteData(g, storeInfo(storeSettings()), party, displayName(g.username),
                                      [&repo](const QString& sku) {
                                          const auto p = repo.productBySku(sku);
                                          return p ? p->supply : core::Supply::Consignment;
                                      });
}

QByteArray Documents::goodsReceiptNote(const services::GoodsReceipt& receipt)
{
    return pdfOf(printing::GoodsReceiptNotePdf(goodsReceiptNoteData(receipt)));
}

printing::SettlementStatementData Documents::settlementData(const services::Statement& statement)
{
    // The commission rate of each consignment SKU as sold in the period (the
    // sale-line snapshot), printed only when it was one rate throughout.
    std::map<QString, core::BasisPoints> rates;
    db::Query q(m_ctx.db, QStringLiteral("SELECT sl.sku, MIN(sl.commission_bp), MAX(sl.commission_bp) FROM sale_lines sl "
                                         "JOIN sales s ON s.id = sl.sale_id JOIN producers o ON o.id = sl.owner_id "
                                         "WHERE o.code = :owner AND s.status = 'completed' AND sl.supply = 'consignment' "
                                         "AND s.sale_date BETWEEN :from AND :to GROUP BY sl.sku"));
    q.bind(QStringLiteral(":owner"), statement.producer.code)
        .bind(QStringLiteral(":from"), statement.from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), statement.to.toString(Qt::ISODate));
    q.exec();
    while (q.next())
        if (q.value(1).toLongLong() == q.value(2).toLongLong())
            rates[q.value(0).toString()] = core::BasisPoints{q.value(1).toLongLong()};
    db::CatalogRepository repo(m_ctx.db);
    return docs::settlementData(statement, storeInfo(storeSettings()),
                                [&repo](const QString& sku) {
                                    const auto p = repo.productBySku(sku);
                                    return p ? p->unit : QString();
                                },
                                m_ctx.clock.localNow(), rates);
}

QByteArray Documents::settlement(const services::Statement& statement)
{
    return pdfOf(printing::SettlementStatementPdf(settlementData(statement)));
}

printing::SalesReportData Documents::salesReportData(const services::SalesReport& report)
{
    QString scopeName;
    if (!report.scopeOwner.isEmpty())
        if (const auto p = db::CatalogRepository(m_ctx.db).producerByCode(report.scopeOwner))
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
    db::CatalogRepository repo(m_ctx.db);
    return labelsFor(codes, [&](const QString& code) {
        auto p = repo.productBySku(code);
        if (!p)
            p = repo.productByBarcode(code);
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

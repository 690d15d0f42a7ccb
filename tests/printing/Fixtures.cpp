#include "Fixtures.h"

#include "core/Arithmetic.h"
#include "core/Barcode.h"
#include "core/VietQr.h"

#include <QTimeZone>

namespace ocopos::printing::fixtures {

namespace {

using core::PaymentMethod;
using core::Supply;

QDateTime at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(7 * 3600));
}

Quantity units(std::int64_t n) { return Quantity::units(n); }

const QString kHash = QStringLiteral("3fa2b1c9d0e14b7a9c55e2f01d6b8a7c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b");

} // namespace

StoreInfo store()
{
    StoreInfo s;
    s.name = QStringLiteral("Trung tâm OCOP Hạ Long");
    s.address = QStringLiteral("Số 1 đường Hạ Long, phường Bãi Cháy, tỉnh Quảng Ninh");
    s.taxCode = QStringLiteral("5701234567");
    s.phone = QStringLiteral("0203 3846 999");
    s.bank = BankAccount{QStringLiteral("970436"), QStringLiteral("1023456789"),
                         QStringLiteral("CONG TY OCOP HA LONG"), QStringLiteral("Vietcombank")};
    s.receiptFooter = QStringLiteral("Cảm ơn quý khách! Hàng OCOP Quảng Ninh – đặc sản từ làng quê.");
    return s;
}

PartyInfo cooperative()
{
    PartyInfo p;
    p.code = QStringLiteral("HTX-CR");
    p.name = QStringLiteral("HTX Nước mắm Cái Rồng");
    p.taxCode = QStringLiteral("5700987654");
    p.address = QStringLiteral("Thôn 5, đặc khu Vân Đồn, tỉnh Quảng Ninh");
    p.phone = QStringLiteral("0912 345 678");
    p.bank = BankAccount{QStringLiteral("970405"), QStringLiteral("8001205123456"),
                         QStringLiteral("HTX NUOC MAM CAI RONG"), QStringLiteral("Agribank")};
    return p;
}

std::string receiptVietQr()
{
    return core::buildVietQr({"970436", "1023456789", Money(700000), "Q01-000017", "QRIBFTTA"});
}

ReceiptData receipt()
{
    // Line nets after a 10 % line discount on line 1 and an 8.000 ₫ sale discount
    // spread by largest remainder over [216.000, 450.000, 147.000, 350.000, 45.000]:
    // 1.430, 2.980, 974, 2.318, 298.
    ReceiptData r;
    r.store = store();
    r.receiptNo = QStringLiteral("Q01-000017");
    r.time = at(2026, 6, 26, 14, 35);
    r.till = QStringLiteral("Q01");
    r.cashier = QStringLiteral("Nguyễn Thị Lan");

    ReceiptLine l1;
    l1.name = QString::fromUtf8(kFishSauce) + QStringLiteral(" chai 500ml");
    l1.unit = QStringLiteral("chai");
    l1.quantity = units(2);
    l1.unitPrice = Money(120000);
    l1.gross = Money(240000);
    l1.lineDiscount = Money(24000);
    l1.lineDiscountPercent = BasisPoints{1000};
    l1.net = Money(214570);
    l1.vat = VatRate::percent(8);
    l1.lots = {{QStringLiteral("CR2606B"), QStringLiteral("Hộ Nguyễn Văn Hải"), units(2)}};
    l1.ocopStars = 4;

    ReceiptLine l2;
    l2.name = QStringLiteral("Trà hoa vàng Ba Chẽ hộp 50g loại đặc biệt thượng hạng");
    l2.unit = QStringLiteral("hộp");
    l2.quantity = units(1);
    l2.unitPrice = Money(450000);
    l2.gross = Money(450000);
    l2.net = Money(447020);
    l2.vat = VatRate::percent(8);
    l2.lots = {{QStringLiteral("BC2604"), QStringLiteral("HTX Trà hoa vàng Ba Chẽ"), units(1)}};
    l2.ocopStars = 5;

    ReceiptLine l3;
    l3.name = QStringLiteral("Chả mực Hạ Long");
    l3.unit = QStringLiteral("kg");
    l3.byWeight = true;
    l3.quantity = Quantity::fromThousandths(350);
    l3.unitPrice = Money(420000);
    l3.gross = Money(147000);
    l3.net = Money(146026);
    l3.vat = VatRate::percent(5);
    l3.lots = {{QStringLiteral("CM2611A"), QStringLiteral("Hộ Trần Thị Thu"), Quantity::fromThousandths(350)}};
    l3.ocopStars = 4;

    ReceiptLine l4;
    l4.name = QStringLiteral("Rượu ba kích Ba Chẽ 500ml");
    l4.unit = QStringLiteral("chai");
    l4.quantity = units(1);
    l4.unitPrice = Money(350000);
    l4.gross = Money(350000);
    l4.net = Money(347682);
    l4.vat = VatRate::percent(10);
    l4.lots = {{QStringLiteral("BK2601"), QStringLiteral("Hộ Lý Văn Sáng"), units(1)}};
    l4.ocopStars = 4;

    ReceiptLine l5;
    l5.name = QStringLiteral("Trứng vịt biển Đồng Rui (hộp 10 quả)");
    l5.unit = QStringLiteral("hộp");
    l5.quantity = units(1);
    l5.unitPrice = Money(45000);
    l5.gross = Money(45000);
    l5.net = Money(44702);
    l5.vat = VatRate::kct();
    l5.lots = {{QStringLiteral("DR2611"), QStringLiteral("Hộ Phạm Văn Biển"), units(1)}};
    l5.ocopStars = 3;

    r.lines = {l1, l2, l3, l4, l5};
    r.gross = Money(1232000);
    r.lineDiscounts = Money(24000);
    r.saleDiscount = Money(8000);
    r.total = Money(1200000);
    r.vat = {{VatRate::percent(5), Money(146026), Money(6954), Money(139072)},
             {VatRate::percent(8), Money(661590), Money(49007), Money(612583)},
             {VatRate::percent(10), Money(347682), Money(31607), Money(316075)},
             {VatRate::kct(), Money(44702), Money(0), Money(44702)}};
    r.payments = {{PaymentMethod::BankQr, Money(700000), QString(), receiptVietQr()},
                  {PaymentMethod::Cash, Money(600000), QString(), {}}};
    r.paid = Money(1300000);
    r.change = Money(100000);
    r.journalHash = kHash;
    return r;
}

ReturnSlipData returnSlip()
{
    ReturnSlipData r;
    r.store = store();
    r.returnNo = QStringLiteral("R01-000003");
    r.originalReceiptNo = QStringLiteral("Q01-000017");
    r.originalTime = at(2026, 6, 26, 14, 35);
    r.time = at(2026, 6, 27, 9, 10);
    r.till = QStringLiteral("Q01");
    r.manager = QStringLiteral("Trần Văn Minh");
    r.reason = QStringLiteral("Chai bị nứt nắp, khách đổi ý");
    ReturnSlipLine l;
    l.name = QString::fromUtf8(kFishSauce) + QStringLiteral(" chai 500ml");
    l.unit = QStringLiteral("chai");
    l.quantity = units(1);
    l.refund = Money(107285); // round(214.570 × 1 / 2)
    l.vat = VatRate::percent(8);
    l.lots = {{QStringLiteral("CR2606B"), QStringLiteral("Hộ Nguyễn Văn Hải"), units(1)}};
    r.lines = {l};
    r.totalRefund = Money(107285);
    r.vat = {{VatRate::percent(8), Money(107285), Money(7947), Money(99338)}};
    r.journalHash = kHash;
    return r;
}

VoidSlipData voidSlip()
{
    VoidSlipData v;
    v.store = store();
    v.receiptNo = QStringLiteral("Q01-000018");
    v.saleTime = at(2026, 6, 26, 14, 40);
    v.voidTime = at(2026, 6, 26, 14, 52);
    v.till = QStringLiteral("Q01");
    v.cashier = QStringLiteral("Nguyễn Thị Lan");
    v.manager = QStringLiteral("Trần Văn Minh");
    v.reason = QStringLiteral("Nhập nhầm hàng, khách chưa nhận");
    v.lines = {{QStringLiteral("Miến dong Bình Liêu gói 500g"), units(2), false, QStringLiteral("gói"), Money(130000)},
               {QStringLiteral("Mật ong Bình Liêu chai 300ml"), units(1), false, QStringLiteral("chai"), Money(220000)}};
    v.total = Money(350000);
    v.payments = {{PaymentMethod::Cash, Money(350000), QString(), {}}};
    v.journalHash = kHash;
    return v;
}

ZReportData zReport()
{
    ZReportData z;
    z.store = store();
    z.shiftId = QStringLiteral("CA-20260626-1");
    z.till = QStringLiteral("Q01");
    z.openedBy = QStringLiteral("Nguyễn Thị Lan");
    z.closedBy = QStringLiteral("Nguyễn Thị Lan");
    z.openedAt = at(2026, 6, 26, 7, 0);
    z.closedAt = at(2026, 6, 26, 21, 5);
    z.salesCount = 48;
    z.voidCount = 1;
    z.returnCount = 2;
    z.firstReceiptNo = QStringLiteral("Q01-000001");
    z.lastReceiptNo = QStringLiteral("Q01-000049");
    z.grossSales = Money(18450000);
    z.discounts = Money(312000);
    z.netSales = Money(18138000);
    z.voidedTotal = Money(350000);
    z.returnsTotal = Money(152285);
    z.payments = {{PaymentMethod::Cash, 31, Money(9876000)},
                  {PaymentMethod::Card, 6, Money(3210000)},
                  {PaymentMethod::BankQr, 11, Money(5052000)}};
    z.vat = {{VatRate::percent(5), Money(2100000), Money(100000), Money(2000000)},
             {VatRate::percent(8), Money(12960000), Money(960000), Money(12000000)},
             {VatRate::percent(10), Money(2200000), Money(200000), Money(2000000)},
             {VatRate::kct(), Money(878000), Money(0), Money(878000)}};
    z.openingFloat = Money(2000000);
    z.cashSales = Money(9876000);
    z.cashRefunds = Money(152285);
    z.expectedCash = Money(11723715);
    z.countedCash = Money(11720000);
    z.variance = Money(-3715);
    z.journalHash = kHash;
    return z;
}

GoodsReceiptNoteData goodsReceiptNote()
{
    GoodsReceiptNoteData g;
    g.store = store();
    g.noteNo = QStringLiteral("PN-2026-0042");
    g.receivedAt = at(2026, 6, 20, 9, 15);
    g.receivedBy = QStringLiteral("Trần Văn Minh");
    g.supplier = cooperative();
    g.deliveredBy = QStringLiteral("Nguyễn Văn Hải");
    const auto line = [](const char* sku, const char* name, const char* unit, const char* lot, const char* producer,
                         QDate made, QDate expires, std::int64_t qty, std::optional<Money> cost, Supply supply) {
        GoodsReceiptLine l;
        l.sku = QString::fromUtf8(sku);
        l.name = QString::fromUtf8(name);
        l.unit = QString::fromUtf8(unit);
        l.lotCode = QString::fromUtf8(lot);
        l.producerName = QString::fromUtf8(producer);
        l.productionDate = made;
        l.expiryDate = expires;
        l.quantity = Quantity::units(qty);
        l.unitCost = cost;
        if (cost)
            l.lineCost = cost->times(qty);
        l.supply = supply;
        return l;
    };
    g.lines = {
        line("NM-CR-500", "Nước mắm Cái Rồng chai 500ml", "chai", "CR2606B", "Hộ Nguyễn Văn Hải", QDate(2026, 6, 1),
             QDate(2028, 6, 1), 48, std::nullopt, Supply::Consignment),
        line("NM-CR-500", "Nước mắm Cái Rồng chai 500ml", "chai", "CR2606C", "Hộ Đặng Thị Mai", QDate(2026, 6, 3),
             QDate(2028, 6, 3), 24, std::nullopt, Supply::Consignment),
        line("NM-CR-250", "Nước mắm cốt nhĩ Cái Rồng chai 250ml (40 độ đạm)", "chai", "CR2605A", "Hộ Nguyễn Văn Hải",
             QDate(2026, 5, 20), QDate(2028, 5, 20), 60, std::nullopt, Supply::Consignment),
        line("RH-VD-200", "Ruốc hàu Vân Đồn hộp 200g", "hộp", "RH2606", "Hộ Vũ Thị Hạnh", QDate(2026, 6, 10),
             QDate(2026, 12, 10), 30, Money(95000), Supply::Purchased),
        line("SS-VD-100", "Sá sùng Vân Đồn khô túi 100g", "túi", "SS2605", "Hộ Hoàng Văn Tư", QDate(2026, 5, 28),
             QDate(2027, 5, 28), 10, Money(380000), Supply::Purchased),
    };
    g.totalCost = Money(6650000);
    g.note = QStringLiteral("Hàng ký gửi theo hợp đồng số 12/2026/HĐKG; hàng mua đứt thanh toán trong 15 ngày.");
    return g;
}

SettlementStatementData settlement(int products)
{
    static const char* const bases[] = {
        "Nước mắm Cái Rồng chai 500ml",
        "Nước mắm cốt nhĩ Cái Rồng chai 250ml (40 độ đạm)",
        "Nước mắm Cái Rồng can 2 lít",
        "Mắm tôm Cái Rồng hũ 200g",
        "Mắm ruốc Vân Đồn hũ 300g",
        "Nước mắm chay Cái Rồng chai 500ml",
        "Mắm cá thu Cái Rồng hũ 250g",
        "Bộ quà tặng nước mắm Cái Rồng (2 chai 500ml, hộp giấy)",
    };
    SettlementStatementData s;
    s.store = store();
    s.producer = cooperative();
    s.statementNo = QStringLiteral("QT-2026-06-HTXCR");
    s.from = QDate(2026, 6, 1);
    s.to = QDate(2026, 6, 30);
    s.issuedAt = at(2026, 7, 2, 10, 0);
    s.finalized = true;
    s.place = QStringLiteral("Hạ Long");
    const std::int64_t pct = 2000; // 20 % commission, in basis points
    for (int i = 0; i < products; ++i) {
        SettlementLine l;
        const int variant = i / 8;
        l.name = QString::fromUtf8(bases[i % 8]);
        if (variant > 0)
            l.name += QStringLiteral(" – mẫu %1").arg(variant + 1);
        l.sku = QStringLiteral("CR-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        l.unit = QStringLiteral("chai");
        l.supply = i % 6 == 5 ? Supply::Purchased : Supply::Consignment;
        const std::int64_t qty = 5 + (i * 7) % 40;
        const std::int64_t price = 50000 + (i * 13 % 20) * 5000;
        const std::int64_t returns = i % 5 == 0 ? price : 0;
        l.quantity = Quantity::units(i % 5 == 0 ? qty - 1 : qty);
        l.net = Money(price * qty - returns);
        l.returns = Money(returns);
        if (l.supply == Supply::Consignment) {
            l.commissionPercent = BasisPoints{pct};
            l.commission = Money(core::mulDivRound(l.net.dong(), pct, 10000));
            l.payout = l.net - l.commission;
            s.consignment.net += l.net;
            s.consignment.returns += l.returns;
            s.consignment.commission += l.commission;
            s.consignment.payout += l.payout;
        } else {
            s.purchased.net += l.net;
            s.purchased.returns += l.returns;
        }
        s.lines.push_back(l);
    }
    s.total.net = s.consignment.net + s.purchased.net;
    s.total.returns = s.consignment.returns + s.purchased.returns;
    s.total.commission = s.consignment.commission;
    s.total.payout = s.consignment.payout;

    const std::vector<std::pair<const char*, const char*>> households = {
        {"HO-CR-01", "Hộ Nguyễn Văn Hải"}, {"HO-CR-02", "Hộ Đặng Thị Mai"},
        {"HO-CR-03", "Hộ Lê Văn Tám"}, {"HO-CR-04", "Hộ Bùi Thị Nguyệt"}};
    const std::vector<std::int64_t> weights = {40, 30, 20, 10};
    const auto net = core::allocateLargestRemainder(s.total.net.dong(), weights);
    const auto ret = core::allocateLargestRemainder(s.total.returns.dong(), weights);
    const auto pay = core::allocateLargestRemainder(s.total.payout.dong(), weights);
    std::int64_t qtyTotal = 0;
    for (const auto& l : s.lines)
        qtyTotal += l.quantity.thousandths() / 1000;
    const auto qty = core::allocateLargestRemainder(qtyTotal, weights);
    for (std::size_t k = 0; k < households.size(); ++k)
        s.households.push_back({QString::fromUtf8(households[k].first), QString::fromUtf8(households[k].second),
                                Quantity::units(qty[k]), Money(net[k]), Money(ret[k]), Money(pay[k])});
    return s;
}

SalesReportData salesReport()
{
    SalesReportData r;
    r.store = store();
    r.from = QDate(2026, 6, 1);
    r.to = QDate(2026, 6, 30);
    r.groupBy = SalesGroupBy::Product;
    r.generatedAt = at(2026, 7, 1, 8, 30);
    struct P {
        const char* sku;
        const char* name;
        std::int64_t qty, price, discount, returns;
        int vat;
        bool consignment;
        int receipts;
    };
    const P ps[] = {
        {"NM-CR-500", "Nước mắm Cái Rồng chai 500ml", 182, 120000, 436800, 240000, 8, true, 141},
        {"TH-BC-050", "Trà hoa vàng Ba Chẽ hộp 50g", 64, 450000, 288000, 0, 8, true, 58},
        {"RBK-BC-500", "Rượu ba kích Ba Chẽ 500ml", 41, 350000, 0, 350000, 10, true, 39},
        {"CM-HL-KG", "Chả mực Hạ Long (kg)", 37, 420000, 155400, 0, 5, false, 88},
        {"MD-BL-500", "Miến dong Bình Liêu gói 500g", 120, 65000, 78000, 65000, 5, true, 97},
        {"MO-BL-300", "Mật ong Bình Liêu chai 300ml", 45, 220000, 0, 0, 8, true, 44},
        {"TVB-DR-10", "Trứng vịt biển Đồng Rui hộp 10 quả", 96, 45000, 43200, 45000, 0, true, 80},
        {"NK-QH-500", "Nước khoáng Quang Hanh chai 500ml", 310, 12000, 0, 0, 8, false, 205},
    };
    for (const auto& p : ps) {
        SalesReportRow row;
        row.key = QString::fromUtf8(p.sku);
        row.label = QString::fromUtf8(p.name);
        row.quantity = Quantity::units(p.qty);
        row.gross = Money(p.qty * p.price);
        row.discount = Money(p.discount);
        row.returns = Money(p.returns);
        row.net = row.gross - row.discount - row.returns;
        row.vat = p.vat == 0 ? Money(0) : VatRate::percent(p.vat).vatIncludedIn(row.net);
        row.commission = p.consignment ? Money(core::mulDivRound(row.net.dong(), 2000, 10000)) : Money(0);
        row.payout = p.consignment ? row.net - row.commission : Money(0);
        row.receipts = p.receipts;
        r.rows.push_back(row);
        r.totals.gross += row.gross;
        r.totals.discount += row.discount;
        r.totals.net += row.net;
        r.totals.vat += row.vat;
        r.totals.returns += row.returns;
        r.totals.commission += row.commission;
        r.totals.payout += row.payout;
        r.totals.receipts += row.receipts;
    }
    r.totals.key = QStringLiteral("Tổng cộng");
    return r;
}

std::vector<ShelfLabelData> shelfLabels()
{
    const auto ean = [](const char* twelve) {
        return QString::fromLatin1(twelve) + QString::number(core::gs1CheckDigit(twelve));
    };
    std::vector<ShelfLabelData> labels = {
        {QString::fromUtf8(kFishSauce) + QStringLiteral(" chai 500ml"), QStringLiteral("chai 500ml"), Money(120000),
         false, 4, ean("893604512001"), QStringLiteral("NM-CR-500"), QStringLiteral("HTX Nước mắm Cái Rồng")},
        {QStringLiteral("Trà hoa vàng Ba Chẽ hộp 50g loại đặc biệt thượng hạng"), QStringLiteral("hộp 50g"),
         Money(1250000), false, 5, ean("893604512018"), QStringLiteral("TH-BC-050"), QStringLiteral("HTX Trà hoa vàng Ba Chẽ")},
        {QStringLiteral("Chả mực Hạ Long"), QStringLiteral("kg"), Money(420000), true, 4, QString(),
         QStringLiteral("CM-HL-KG"), QStringLiteral("Cơ sở chả mực Hạ Long")},
        {QStringLiteral("Rượu ba kích Ba Chẽ 500ml"), QStringLiteral("chai 500ml"), Money(350000), false, 4,
         ean("893604512025"), QStringLiteral("RBK-BC-500"), QString()},
        {QStringLiteral("Miến dong Bình Liêu"), QStringLiteral("gói 500g"), Money(65000), false, 4,
         ean("893604512032"), QStringLiteral("MD-BL-500"), QString()},
        {QStringLiteral("Trứng vịt biển Đồng Rui"), QStringLiteral("hộp 10 quả"), Money(45000), false, 3, QString(),
         QStringLiteral("TVB-DR-10"), QString()},
    };
    // Fill two pages with variations so page breaks are exercised.
    const std::size_t base = labels.size();
    for (std::size_t i = base; i < 26; ++i) {
        ShelfLabelData l = labels[i % base];
        if (!l.ean13.isEmpty()) {
            const std::string body = QStringLiteral("8936045%1").arg(static_cast<int>(i) * 37 % 100000, 5, 10, QLatin1Char('0')).toStdString();
            l.ean13 = ean(body.c_str());
        }
        labels.push_back(l);
    }
    return labels;
}

} // namespace ocopos::printing::fixtures

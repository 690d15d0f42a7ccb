// Every document rendered from fixed data and read back with poppler's tools
// and a barcode reader, as a person holding the paper would check it.

#include "Fixtures.h"
#include "PdfTools.h"
#include "printing/GoodsReceiptNotePdf.h"
#include "printing/MoneyInWords.h"
#include "printing/ReceiptPdf.h"
#include "printing/ReturnSlipPdf.h"
#include "printing/SalesReportPdf.h"
#include "printing/SettlementStatementPdf.h"
#include "printing/ShelfLabelsPdf.h"
#include "printing/VoidSlipPdf.h"
#include "printing/ZReportPdf.h"

#include "core/Errors.h"
#include "core/VietQr.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <set>

using namespace ocopos::printing;
using namespace ocopos::printing::test;

namespace {

/// pdftotext's text with no-break spaces as plain spaces, for easy matching.
QString plain(const PdfFile& f, bool layout = false, int page = 0)
{
    return f.text(layout, page).replace(QChar(0x00A0), QLatin1Char(' '));
}

void expectContains(const QString& text, const std::vector<std::string>& needles)
{
    for (const auto& n : needles)
        EXPECT_TRUE(text.contains(QString::fromStdString(n))) << "missing: " << n << "\n--- text ---\n" << text.toStdString();
}

void expectA4Portrait(const PdfFile& f, int page = 1)
{
    const PageSize s = f.pageSize(page);
    EXPECT_NEAR(s.width, 595.28, 0.5) << "page " << page;
    EXPECT_NEAR(s.height, 841.89, 0.5) << "page " << page;
}

} // namespace

// ---- Sale receipt ----------------------------------------------------------------

TEST(ReceiptPdf, IsAn80mmRollAsLongAsItsContentAndSmall)
{
    const QByteArray bytes = ReceiptPdf(fixtures::receipt()).render().toBytes();
    EXPECT_LE(bytes.size(), 30 * 1024) << "receipt PDF is " << bytes.size() << " bytes";
    const PdfFile f(bytes);
    EXPECT_EQ(f.pageCount(), 1);
    const PageSize s = f.pageSize();
    EXPECT_NEAR(s.width, 226.77, 0.05);
    EXPECT_GT(s.height, 400);
    EXPECT_LT(s.height, 1200);
}

TEST(ReceiptPdf, The58mmOption)
{
    const PdfFile f(ReceiptPdf(fixtures::receipt(), RollWidth::Mm58).render().toBytes());
    EXPECT_NEAR(f.pageSize().width, 164.41, 0.05);
    expectContains(plain(f), {"Nước mắm Cái Rồng", "1.200.000 ₫", "SX: Hộ Nguyễn Văn Hải"});
    EXPECT_EQ(decodeBarcodes(f.render(1, 200), "QRCode"), std::vector<std::string>{fixtures::receiptVietQr()});
}

TEST(ReceiptPdf, ReadsBackInVietnamese)
{
    const PdfFile f(ReceiptPdf(fixtures::receipt()).render().toBytes());
    const QString text = plain(f);
    expectContains(text, {"TRUNG TÂM OCOP HẠ LONG", "MST: 5701234567", "HÓA ĐƠN BÁN HÀNG", "Số: Q01-000017", "Quầy: Q01",
                          "Thời gian: 26/06/2026 14:35", "Thu ngân: Nguyễn Thị Lan", "Nước mắm Cái Rồng chai 500ml",
                          "2 × 120.000 ₫", "240.000 ₫", "Giảm giá 10%", "-24.000 ₫",
                          "SX: Hộ Nguyễn Văn Hải · Lô CR2606B", "OCOP",
                          "Trà hoa vàng Ba Chẽ hộp 50g loại đặc biệt", "0,350 kg × 420.000 ₫/kg",
                          "Trứng vịt biển Đồng Rui (hộp 10 quả)", "Tổng tiền hàng", "1.232.000 ₫",
                          "Giảm giá hóa đơn", "-8.000 ₫", "TỔNG CỘNG", "1.200.000 ₫", "Thuế suất", "Thuế GTGT",
                          "Chưa thuế", "661.590 ₫", "49.007 ₫", "612.583 ₫", "KCT", "44.702 ₫", "Chuyển khoản",
                          "700.000 ₫", "Tiền mặt", "600.000 ₫", "Tiền thừa trả khách", "100.000 ₫",
                          "Số tiền: 700.000 ₫", "Mã nhật ký: 3fa2b1c9d0e1", "Cảm ơn quý khách!"});
    // The brief's own check: the product name comes back exactly.
    EXPECT_TRUE(f.text(false).contains(QStringLiteral("Nước mắm Cái Rồng")));
    // Columns: the total and its amount share a line.
    EXPECT_TRUE(plain(f, true).contains(QRegularExpression(QStringLiteral("TỔNG CỘNG\\s+1\\.200\\.000 ₫"))));
    EXPECT_TRUE(plain(f, true).contains(QRegularExpression(QStringLiteral("8%\\s+661\\.590 ₫\\s+49\\.007 ₫\\s+612\\.583 ₫"))));
}

TEST(ReceiptPdf, TheVietQrScansToThePayload)
{
    const PdfFile f(ReceiptPdf(fixtures::receipt()).render().toBytes());
    EXPECT_EQ(decodeBarcodes(f.render(1, 200), "QRCode"), std::vector<std::string>{fixtures::receiptVietQr()});
}

TEST(ReceiptPdf, NoBankTransferNoQr)
{
    ReceiptData r = fixtures::receipt();
    r.payments = {{ocopos::core::PaymentMethod::Cash, ocopos::core::Money(1300000), QString(), {}}};
    const PdfFile f(ReceiptPdf(r).render().toBytes());
    EXPECT_FALSE(plain(f).contains(QStringLiteral("VietQR")));
    EXPECT_TRUE(decodeBarcodes(f.render(1, 100), "QRCode").empty());
}

// Issue 17: the e-invoice block, before and after the tax authority's code.
TEST(ReceiptPdf, AnAcceptedEInvoicePrintsItsCodeAndALookupQr)
{
    ReceiptData r = fixtures::receipt();
    r.payments = {{ocopos::core::PaymentMethod::Cash, ocopos::core::Money(1300000), QString(), {}}};
    r.einvoice = ReceiptEInvoice{QStringLiteral("1"), QStringLiteral("C26MAA"), 17, QStringLiteral("M1-26-41849-00000000017"),
                                 QStringLiteral("https://tracuu.example.vn/"), QStringLiteral("C26MAA-17")};
    const PdfFile f(ReceiptPdf(r).render().toBytes());
    expectContains(plain(f), {"HÓA ĐƠN ĐIỆN TỬ KHỞI TẠO TỪ MÁY TÍNH TIỀN", "Mẫu số 1 · Ký hiệu C26MAA · Số 17",
                              "Mã CQT: M1-26-41849-00000000017", "Tra cứu: https://tracuu.example.vn/"});
    EXPECT_EQ(decodeBarcodes(f.render(1, 200), "QRCode"),
              std::vector<std::string>{"https://tracuu.example.vn/?mccqt=M1-26-41849-00000000017"});
}

TEST(ReceiptPdf, APendingEInvoiceSaysWhereToLookItUpLater)
{
    ReceiptData r = fixtures::receipt();
    r.payments = {{ocopos::core::PaymentMethod::Cash, ocopos::core::Money(1300000), QString(), {}}};
    r.einvoice = ReceiptEInvoice{QStringLiteral("1"), QStringLiteral("C26MAA"), 17, QString(),
                                 QStringLiteral("https://tracuu.example.vn/"), QStringLiteral("C26MAA-17")};
    const PdfFile f(ReceiptPdf(r).render().toBytes());
    expectContains(plain(f), {"Mẫu số 1 · Ký hiệu C26MAA · Số 17", "Hóa đơn đang gửi cơ quan thuế.",
                              "Tra cứu sau tại: https://tracuu.example.vn/", "Mã tra cứu: C26MAA-17"});
    EXPECT_TRUE(decodeBarcodes(f.render(1, 100), "QRCode").empty());
}

TEST(ZReportPdf, CountsEInvoicesWithTheRejectedReasons)
{
    ZReportData z = fixtures::zReport();
    z.einvoices = ZReportData::EInvoices{2, 40, 1, {{QStringLiteral("C26MAA-12"), QStringLiteral("ERR:3")}}};
    const PdfFile f(ZReportPdf(z).render().toBytes());
    expectContains(plain(f), {"HÓA ĐƠN ĐIỆN TỬ", "Đã có mã CQT", "40", "Bị từ chối", "C26MAA-12: ERR:3"});
}

TEST(ReceiptPdf, EmbedsOnlyTheSubsetFonts)
{
    const PdfFile f(ReceiptPdf(fixtures::receipt()).render().toBytes());
    const QStringList rows = f.fonts().split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_EQ(rows.size(), 2) << f.fonts().toStdString();
    for (const QString& row : rows) {
        EXPECT_TRUE(row.contains(QStringLiteral("NotoSans"))) << row.toStdString();
        EXPECT_TRUE(row.contains(QRegularExpression(QStringLiteral("yes yes yes")))) << row.toStdString();
    }
}

// ---- Return and void slips, Z report ---------------------------------------------

TEST(ReturnSlipPdf, ShowsTheRefundAndWhereTheGoodsWent)
{
    const PdfFile f(ReturnSlipPdf(fixtures::returnSlip()).render().toBytes());
    EXPECT_NEAR(f.pageSize().width, 226.77, 0.05);
    expectContains(plain(f), {"PHIẾU TRẢ HÀNG", "Số: R01-000003", "Hóa đơn gốc: Q01-000017 (26/06/2026 14:35)",
                              "Người duyệt: Trần Văn Minh", "Lý do: Chai bị nứt nắp", "Trả lại: 1 chai",
                              "SX: Hộ Nguyễn Văn Hải · Lô CR2606B", "TỔNG TIỀN HOÀN", "107.285 ₫", "Tiền mặt",
                              "Thuế GTGT hoàn lại", "7.947 ₫", "Khách hàng", "Quản lý"});
    ReturnSlipData damaged = fixtures::returnSlip();
    damaged.damaged = true;
    expectContains(plain(PdfFile(ReturnSlipPdf(damaged).render().toBytes())), {"Hàng hỏng: hủy, không nhập lại kho"});
}

TEST(VoidSlipPdf, SaysWhichSaleIsVoidAndWhy)
{
    const PdfFile f(VoidSlipPdf(fixtures::voidSlip()).render().toBytes());
    expectContains(plain(f), {"PHIẾU HỦY HÓA ĐƠN", "Hóa đơn: Q01-000018", "Thời gian hủy: 26/06/2026 14:52",
                              "Quản lý duyệt: Trần Văn Minh", "Lý do: Nhập nhầm hàng, khách chưa nhận",
                              "Miến dong Bình Liêu gói 500g", "130.000 ₫", "TỔNG HÓA ĐƠN ĐÃ HỦY", "350.000 ₫"});
}

TEST(ZReportPdf, ClosingReportTotalsCountsAndCash)
{
    const PdfFile f(ZReportPdf(fixtures::zReport()).render().toBytes());
    EXPECT_NEAR(f.pageSize().width, 226.77, 0.05);
    const QString layout = plain(f, true);
    expectContains(plain(f), {"BÁO CÁO CUỐI CA (Z)", "Ca: CA-20260626-1", "Mở ca: 26/06/2026 07:00 – Nguyễn Thị Lan",
                              "Doanh thu thuần", "18.138.000 ₫", "Hoàn tiền trả hàng", "152.285 ₫",
                              "Q01-000001", "Q01-000049", "Chuyển khoản", "5.052.000 ₫", "10%", "200.000 ₫",
                              "Tiền mặt dự kiến", "11.723.715 ₫", "11.720.000 ₫", "Chênh lệch (thiếu)", "-3.715 ₫",
                              "Mã nhật ký: 3fa2b1c9d0e1"});
    EXPECT_TRUE(layout.contains(QRegularExpression(QStringLiteral("Hóa đơn bán\\s+48"))));
    EXPECT_TRUE(layout.contains(QRegularExpression(QStringLiteral("Hóa đơn hủy\\s+1"))));
    EXPECT_TRUE(layout.contains(QRegularExpression(QStringLiteral("Phiếu trả hàng\\s+2"))));
    EXPECT_TRUE(layout.contains(QRegularExpression(QStringLiteral("Tiền mặt\\s+31\\s+9\\.876\\.000 ₫"))));
}

TEST(ZReportPdf, AnXReportHasNoCount)
{
    ZReportData x = fixtures::zReport();
    x.closing = false;
    x.countedCash.reset();
    x.variance.reset();
    const QString text = plain(PdfFile(ZReportPdf(x).render().toBytes()));
    expectContains(text, {"BÁO CÁO GIỮA CA (X)", "Tiền mặt dự kiến"});
    EXPECT_FALSE(text.contains(QStringLiteral("Chênh lệch")));
}

// ---- A4 documents ----------------------------------------------------------------

TEST(GoodsReceiptNotePdf, ListsLotsDatesAndCostsWithSignatures)
{
    const PdfFile f(GoodsReceiptNotePdf(fixtures::goodsReceiptNote()).render().toBytes());
    expectA4Portrait(f);
    expectContains(plain(f), {"PHIẾU NHẬP KHO", "Số: PN-2026-0042", "BÊN GIAO HÀNG", "HTX Nước mắm Cái Rồng",
                              "5700987654", "Người giao:", "Nguyễn Văn Hải", "CR2606B", "Hộ Đặng Thị Mai",
                              "01/06/2026", "01/06/2028", "48 chai", "Ký gửi", "Ruốc hàu Vân Đồn hộp 200g",
                              "95.000 ₫", "2.850.000 ₫", "6.650.000 ₫",
                              "Bằng chữ: Sáu triệu sáu trăm năm mươi nghìn đồng.", "NGƯỜI GIAO HÀNG", "THỦ KHO",
                              "QUẢN LÝ CỬA HÀNG", "Trang 1/1"});
}

TEST(SettlementStatementPdf, TwoHundredProductsSpanPagesWithHeadersAndPageNumbers)
{
    const SettlementStatementData data = fixtures::settlement(200);
    const PdfFile f(SettlementStatementPdf(data).render().toBytes());
    const int pages = f.pageCount();
    ASSERT_GE(pages, 4);
    for (int p = 1; p <= pages; ++p) {
        expectA4Portrait(f, p);
        const QString text = plain(f, false, p);
        EXPECT_TRUE(text.contains(QStringLiteral("Trang %1/%2").arg(p).arg(pages))) << "page " << p;
        if (p > 1 && p < pages) {
            EXPECT_TRUE(text.contains(QStringLiteral("Sản phẩm")) || text.contains(QStringLiteral("Hộ sản xuất")))
                << "page " << p << " lacks its table header";
        }
    }
    const QString all = plain(f);
    expectContains(all, {"BẢNG KÊ QUYẾT TOÁN HÀNG OCOP", "Kỳ quyết toán: 01/06/2026 – 30/06/2026",
                         "Số: QT-2026-06-HTXCR", "BÊN BÁN HÀNG (CỬA HÀNG)", "BÊN GIAO HÀNG (CHỦ THỂ OCOP)",
                         "HTX Nước mắm Cái Rồng (HTX-CR)", "Agribank · 8001205123456", "A. HÀNG KÝ GỬI",
                         "A. HÀNG KÝ GỬI (tiếp)", "B. HÀNG MUA ĐỨT", "C. THEO HỘ SẢN XUẤT THÀNH VIÊN",
                         "Hộ Bùi Thị Nguyệt", "(CR-001)", "(CR-200)", "Cộng hàng ký gửi", "Cộng hàng mua đứt",
                         "D. TỔNG HỢP", "ĐẠI DIỆN CỬA HÀNG", "ĐẠI DIỆN HỢP TÁC XÃ", "Hạ Long, ngày 02 tháng 07 năm 2026"});
    EXPECT_TRUE(all.contains(QString::fromStdString("Bằng chữ: " + moneyInWords(data.total.payout))));
    EXPECT_TRUE(all.contains(QString::fromStdString(ocopos::core::formatVnd(data.total.payout)).replace(QChar(0xA0), QLatin1Char(' '))));
}

TEST(SettlementStatementPdf, TheVietQrPaysThePayoutToTheProducer)
{
    const SettlementStatementData data = fixtures::settlement(12);
    const std::string payload = SettlementStatementPdf::payoutVietQr(data);
    const auto transfer = ocopos::core::parseVietQr(payload);
    EXPECT_EQ(transfer.bankBin, "970405");
    EXPECT_EQ(transfer.account, "8001205123456");
    ASSERT_TRUE(transfer.amount);
    EXPECT_EQ(*transfer.amount, data.total.payout);
    EXPECT_EQ(transfer.purpose, "QT-2026-06-HTXCR");
    const PdfFile f(SettlementStatementPdf(data).render().toBytes());
    const int last = f.pageCount();
    EXPECT_EQ(decodeBarcodes(f.render(last, 200), "QRCode"), std::vector<std::string>{payload});
    expectContains(plain(f), {"THANH TOÁN BẰNG VIETQR", "Số tài khoản: 8001205123456"});
}

TEST(SettlementStatementPdf, NoBankAccountIsSaidInWords)
{
    SettlementStatementData data = fixtures::settlement(5);
    data.producer.bank = {};
    data.finalized = false;
    EXPECT_TRUE(SettlementStatementPdf::payoutVietQr(data).empty());
    const PdfFile f(SettlementStatementPdf(data).render().toBytes());
    expectContains(plain(f), {"chưa đăng ký tài khoản ngân hàng", "BẢN NHÁP"});
    EXPECT_TRUE(decodeBarcodes(f.render(f.pageCount(), 100), "QRCode").empty());
}

TEST(SalesReportPdf, TableWithTotalsAndAChart)
{
    const SalesReportData data = fixtures::salesReport();
    const PdfFile f(SalesReportPdf(data).render().toBytes());
    const PageSize s = f.pageSize();
    EXPECT_NEAR(s.width, 841.89, 0.5); // A4 landscape
    EXPECT_NEAR(s.height, 595.28, 0.5);
    expectContains(plain(f), {"BÁO CÁO DOANH THU", "Từ ngày 01/06/2026 đến ngày 30/06/2026", "Sản phẩm", "Doanh số",
                              "Doanh thu thuần", "Thuế GTGT", "Trả hàng", "Hoa hồng", "Phải trả NSX", "Số HĐ",
                              "Nước mắm Cái Rồng chai 500ml (NM-CR-500)", "Tổng cộng",
                              "Biểu đồ doanh thu thuần theo sản phẩm", "10 triệu"});
    const QString net = QString::fromStdString(ocopos::core::formatVnd(data.totals.net)).replace(QChar(0xA0), QLatin1Char(' '));
    EXPECT_TRUE(plain(f, true).contains(QRegularExpression(QStringLiteral("Tổng cộng.*") + QRegularExpression::escape(net))))
        << "the totals row lacks the total net " << net.toStdString();

    // One bar per group, as long as its net.
    PdfDocument m;
    const auto layout = SalesReportPdf(data).layout(m);
    std::vector<double> bars;
    for (const auto& op : layout.pages[0].ops)
        if (const auto* r = std::get_if<RectOp>(&op); r && r->filled && r->color == Color{0.16, 0.42, 0.62})
            bars.push_back(r->w);
    ASSERT_EQ(bars.size(), data.rows.size());
    for (std::size_t i = 0; i < bars.size(); ++i)
        EXPECT_NEAR(bars[i] / bars[1], static_cast<double>(data.rows[i].net.dong()) / static_cast<double>(data.rows[1].net.dong()), 0.01);
}

TEST(ShelfLabelsPdf, EanBarsScanToTheirDigits)
{
    const auto labels = fixtures::shelfLabels();
    const PdfFile f(ShelfLabelsPdf(labels).render().toBytes());
    EXPECT_EQ(f.pageCount(), 2);
    expectA4Portrait(f);
    const int dpi = 200;
    const GrayImage page = f.render(1, dpi);
    const double px = dpi / 72.0;
    int scanned = 0;
    for (std::size_t i = 0; i < 24; ++i) {
        const auto& l = labels[i];
        const int col = static_cast<int>(i % 3), row = static_cast<int>(i / 3);
        const GrayImage slot = page.crop(static_cast<int>(col * ShelfLabelsPdf::labelWidth() * px),
                                         static_cast<int>((ShelfLabelsPdf::sheetTop() + row * ShelfLabelsPdf::labelHeight()) * px),
                                         static_cast<int>(ShelfLabelsPdf::labelWidth() * px),
                                         static_cast<int>(ShelfLabelsPdf::labelHeight() * px));
        if (!l.ean13.isEmpty()) {
            EXPECT_EQ(decodeBarcodes(slot, "EAN13"), std::vector<std::string>{l.ean13.toStdString()}) << "label " << i;
            ++scanned;
        }
    }
    EXPECT_GE(scanned, 16);
}

TEST(ShelfLabelsPdf, SkusWithoutEanPrintAsCode128)
{
    const auto labels = fixtures::shelfLabels();
    const PdfFile f(ShelfLabelsPdf(labels).render().toBytes());
    const int dpi = 300;
    const GrayImage page = f.render(1, dpi);
    const double px = dpi / 72.0;
    for (std::size_t i : {2u, 5u}) { // Chả mực Hạ Long (by weight) and Trứng vịt biển: no EAN
        ASSERT_TRUE(labels[i].ean13.isEmpty());
        const int col = static_cast<int>(i % 3), row = static_cast<int>(i / 3);
        const GrayImage slot = page.crop(static_cast<int>(col * ShelfLabelsPdf::labelWidth() * px),
                                         static_cast<int>((ShelfLabelsPdf::sheetTop() + row * ShelfLabelsPdf::labelHeight()) * px),
                                         static_cast<int>(ShelfLabelsPdf::labelWidth() * px),
                                         static_cast<int>(ShelfLabelsPdf::labelHeight() * px));
        EXPECT_EQ(decodeBarcodes(slot, "Code128"), std::vector<std::string>{labels[i].sku.toStdString()}) << "label " << i;
    }
    expectContains(plain(f, false, 1), {"Nước mắm Cái Rồng chai 500ml", "120.000 ₫", "ĐVT: chai 500ml", "OCOP",
                                         "420.000 ₫", "/kg", "CM-HL-KG", "Giá đã gồm VAT"});
}

TEST(ShelfLabelsPdf, AWrongCheckDigitIsRefusedNotPrinted)
{
    auto labels = fixtures::shelfLabels();
    labels[0].ean13 = QStringLiteral("8936045120018"); // check digit should be 9
    PdfDocument m;
    EXPECT_THROW(ShelfLabelsPdf(labels).layout(m), ocopos::ValidationError);
    labels[0].ean13.clear();
    labels[0].sku.clear(); // nothing to scan: the label still prints, without a barcode
    const auto layout = ShelfLabelsPdf(labels).layout(m);
    EXPECT_EQ(layout.pages.size(), 2u);
}


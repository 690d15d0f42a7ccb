#include "ZReportPdf.h"

#include "DocumentParts.h"
#include "Formatting.h"

namespace ocopos::printing {

using namespace parts;

ZReportPdf::ZReportPdf(ZReportData data, RollWidth width) : m_data(std::move(data)), m_width(width) {}

DocumentLayout ZReportPdf::layout(const TextMeasurer& measurer) const
{
    const ZReportData& d = m_data;
    Composer c = Composer::roll(measurer, m_width);
    const TextStyle body = kRollBody;
    const auto pair = [&](const std::string& label, const std::string& value) { c.labelValue(label, value, body, body); };
    const auto strong = [&](const std::string& label, const std::string& value) {
        c.labelValue(label, value, body.bold(), body.bold());
    };

    rollStoreHeader(c, d.store);
    c.rule(true);
    rollTitle(c, d.closing ? "BÁO CÁO CUỐI CA (Z)" : "BÁO CÁO GIỮA CA (X)",
              d.closing ? "" : "Ca chưa đóng: số liệu đến lúc in");
    c.labelValue("Ca: " + d.shiftId.toStdString(), "Quầy: " + d.till.toStdString(), body, body);
    c.paragraph("Mở ca: " + text::dateTime(d.openedAt) + " – " + d.openedBy.toStdString(), body);
    c.paragraph(std::string(d.closing ? "Đóng ca: " : "In lúc: ") + text::dateTime(d.closedAt)
                    + (d.closedBy.isEmpty() ? "" : " – " + d.closedBy.toStdString()),
                body);
    c.rule(true);

    rollSection(c, "DOANH THU");
    pair("Tổng tiền hàng", text::money(d.grossSales));
    pair("Giảm giá", text::deduction(d.discounts));
    strong("Doanh thu thuần", text::money(d.netSales));
    pair("Hoàn tiền trả hàng", text::money(d.returnsTotal));
    pair("Hóa đơn đã hủy (không tính)", text::money(d.voidedTotal));
    c.rule(true);

    rollSection(c, "CHỨNG TỪ");
    pair("Hóa đơn bán", std::to_string(d.salesCount));
    pair("Hóa đơn hủy", std::to_string(d.voidCount));
    pair("Phiếu trả hàng", std::to_string(d.returnCount));
    if (!d.firstReceiptNo.isEmpty())
        pair("Hóa đơn đầu ca", d.firstReceiptNo.toStdString());
    if (!d.lastReceiptNo.isEmpty())
        pair("Hóa đơn cuối ca", d.lastReceiptNo.toStdString());
    c.rule(true);

    rollSection(c, "THEO PHƯƠNG THỨC THANH TOÁN");
    const TextStyle small = kRollSmall;
    const TableLayout t(c.left(), c.width(),
                        {{"Phương thức", 0, 2, Align::Left}, {"Số lần", c.measure("Số lần", small.bold()), 1, Align::Right},
                         {"Số tiền", 0, 1.6, Align::Right}},
                        4);
    c.row(t, {"Phương thức", "Số lần", "Số tiền"}, small.bold());
    for (const auto& p : d.payments)
        c.row(t, {text::paymentMethod(p.method), std::to_string(p.count), text::money(p.amount)}, small);
    c.rule(true);

    rollVatTable(c, d.vat, "THUẾ GTGT THEO THUẾ SUẤT");
    c.rule(true);

    rollSection(c, "TIỀN MẶT TRONG KÉT");
    pair("Tiền đầu ca", text::money(d.openingFloat));
    pair("Thu tiền mặt", text::money(d.cashSales));
    pair("Chi hoàn tiền", text::deduction(d.cashRefunds));
    strong("Tiền mặt dự kiến", text::money(d.expectedCash));
    if (d.countedCash)
        pair("Tiền mặt đếm được", text::money(*d.countedCash));
    if (d.variance) {
        std::string label = "Chênh lệch";
        if (d.variance->isNegative())
            label += " (thiếu)";
        else if (!d.variance->isZero())
            label += " (thừa)";
        strong(label, text::money(*d.variance));
    }
    c.rule(true);
    if (d.syncWaiting) {
        pair("Chờ gửi về trung tâm tỉnh", std::to_string(*d.syncWaiting) + " mục");
        c.rule(true);
    }
    if (d.einvoices) {
        rollSection(c, "HÓA ĐƠN ĐIỆN TỬ");
        pair("Đã có mã CQT", std::to_string(d.einvoices->accepted));
        pair("Đang chờ gửi / chờ mã", std::to_string(d.einvoices->pending));
        pair("Bị từ chối", std::to_string(d.einvoices->rejected));
        for (const auto& [invoice, reason] : d.einvoices->rejections)
            c.paragraph(invoice.toStdString() + ": " + reason.toStdString(), kRollSmall);
        c.rule(true);
    }
    rollJournal(c, d.journalHash);
    rollSignatures(c, {"Thu ngân", "Quản lý"});

    return DocumentLayout{QString::fromUtf8(d.closing ? "Báo cáo Z " : "Báo cáo X ") + d.shiftId, d.closedAt, c.finish()};
}

} // namespace ocopos::printing

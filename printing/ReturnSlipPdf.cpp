#include "ReturnSlipPdf.h"

#include "DocumentParts.h"
#include "Formatting.h"

namespace ocopos::printing {

using namespace parts;

ReturnSlipPdf::ReturnSlipPdf(ReturnSlipData data, RollWidth width) : m_data(std::move(data)), m_width(width) {}

DocumentLayout ReturnSlipPdf::layout(const TextMeasurer& measurer) const
{
    const ReturnSlipData& d = m_data;
    Composer c = Composer::roll(measurer, m_width);
    const TextStyle body = kRollBody;

    rollStoreHeader(c, d.store);
    c.rule(true);
    rollTitle(c, "PHIẾU TRẢ HÀNG", d.damaged ? "Hàng hỏng: hủy, không nhập lại kho" : "");
    c.labelValue("Số: " + d.returnNo.toStdString(), "Quầy: " + d.till.toStdString(), body, body);
    std::string original = "Hóa đơn gốc: " + d.originalReceiptNo.toStdString();
    if (d.originalTime.isValid())
        original += " (" + text::dateTime(d.originalTime) + ")";
    c.paragraph(original, body);
    c.paragraph("Thời gian: " + text::dateTime(d.time), body);
    if (!d.manager.isEmpty())
        c.paragraph("Người duyệt: " + d.manager.toStdString(), body);
    if (!d.reason.isEmpty())
        c.paragraph("Lý do: " + d.reason.toStdString(), body);
    c.rule(true);

    const double indent = c.measure("00. ", body);
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const ReturnSlipLine& l = d.lines[i];
        c.reserve(Composer::lineHeight(body.size) * 2);
        c.textAt(c.left(), c.y() + body.size, std::to_string(i + 1) + ".", body.bold());
        c.paragraph(l.name.toStdString(), body.bold(), indent);
        std::string qty = "Trả lại: " + text::quantity(l.quantity);
        if (!l.unit.isEmpty())
            qty += " " + l.unit.toStdString();
        c.labelValue(qty + " · VAT " + text::vatRate(l.vat), text::money(l.refund), body, body, indent);
        creditsAndStars(c, l.lots, 0, kRollSmall, indent);
        c.advance(1.5);
    }
    c.rule(true);
    c.labelValue("TỔNG TIỀN HOÀN", text::money(d.totalRefund), body.bold().sized(10.5), body.bold().sized(10.5));
    c.labelValue("Hoàn bằng", text::paymentMethod(d.refundMethod), body, body);
    c.rule(true);
    rollVatTable(c, d.vat, "Thuế GTGT hoàn lại");
    c.rule(true);
    rollJournal(c, d.journalHash);
    rollSignatures(c, {"Khách hàng", "Quản lý"});

    return DocumentLayout{QStringLiteral("Phiếu trả hàng ") + d.returnNo, d.time, c.finish()};
}

} // namespace ocopos::printing

#include "VoidSlipPdf.h"

#include "DocumentParts.h"
#include "Formatting.h"

namespace ocopos::printing {

using namespace parts;

VoidSlipPdf::VoidSlipPdf(VoidSlipData data, RollWidth width) : m_data(std::move(data)), m_width(width) {}

DocumentLayout VoidSlipPdf::layout(const TextMeasurer& measurer) const
{
    const VoidSlipData& d = m_data;
    Composer c = Composer::roll(measurer, m_width);
    const TextStyle body = kRollBody;

    rollStoreHeader(c, d.store);
    c.rule(true);
    rollTitle(c, "PHIẾU HỦY HÓA ĐƠN", "Hóa đơn dưới đây không còn giá trị");
    c.labelValue("Hóa đơn: " + d.receiptNo.toStdString(), "Quầy: " + d.till.toStdString(), body, body);
    c.paragraph("Thời gian bán: " + text::dateTime(d.saleTime), body);
    c.paragraph("Thời gian hủy: " + text::dateTime(d.voidTime), body);
    if (!d.cashier.isEmpty())
        c.paragraph("Thu ngân: " + d.cashier.toStdString(), body);
    if (!d.manager.isEmpty())
        c.paragraph("Quản lý duyệt: " + d.manager.toStdString(), body);
    if (!d.reason.isEmpty())
        c.paragraph("Lý do: " + d.reason.toStdString(), body);
    c.rule(true);

    const double indent = c.measure("00. ", body);
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const VoidSlipLine& l = d.lines[i];
        c.reserve(Composer::lineHeight(body.size) * 2);
        c.textAt(c.left(), c.y() + body.size, std::to_string(i + 1) + ".", body.bold());
        c.paragraph(l.name.toStdString(), body.bold(), indent);
        std::string qty = "SL: " + text::quantity(l.quantity);
        if (!l.unit.isEmpty())
            qty += " " + l.unit.toStdString();
        c.labelValue(qty, text::money(l.net), body, body, indent);
    }
    c.rule(true);
    c.labelValue("TỔNG HÓA ĐƠN ĐÃ HỦY", text::money(d.total), body.bold().sized(10), body.bold().sized(10));
    for (const auto& p : d.payments)
        c.labelValue("Hoàn lại khách – " + text::paymentMethod(p.method), text::money(p.amount), body, body);
    c.rule(true);
    rollJournal(c, d.journalHash);
    rollSignatures(c, {"Thu ngân", "Quản lý"});

    return DocumentLayout{QStringLiteral("Phiếu hủy hóa đơn ") + d.receiptNo, d.voidTime, c.finish()};
}

} // namespace ocopos::printing

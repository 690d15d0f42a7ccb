#include "GoodsReceiptNotePdf.h"

#include "Composer.h"
#include "DocumentParts.h"
#include "Formatting.h"
#include "MoneyInWords.h"

namespace ocopos::printing {

using namespace parts;

GoodsReceiptNotePdf::GoodsReceiptNotePdf(GoodsReceiptNoteData data) : m_data(std::move(data)) {}

DocumentLayout GoodsReceiptNotePdf::layout(const TextMeasurer& measurer) const
{
    const GoodsReceiptNoteData& d = m_data;
    Composer c = Composer::a4(measurer);
    const TextStyle body = kA4Body;
    const TextStyle cell = kA4Small;

    a4Header(c, d.store, "PHIẾU NHẬP KHO",
             {"Số: " + d.noteNo.toStdString() + " · Ngày nhập: " + text::dateTime(d.receivedAt)});

    const double boxW = (c.width() - 12) / 2;
    const double top = c.y();
    const double h1 = partyBox(c, c.left(), top, boxW, "BÊN GIAO HÀNG",
                               {{"Tên:", d.supplier.name.toStdString()},
                                {"Mã:", d.supplier.code.toStdString()},
                                {"MST:", d.supplier.taxCode.toStdString()},
                                {"Địa chỉ:", d.supplier.address.toStdString()},
                                {"Người giao:", d.deliveredBy.toStdString()}});
    const double h2 = partyBox(c, c.left() + boxW + 12, top, boxW, "BÊN NHẬN HÀNG",
                               {{"Tên:", d.store.name.toStdString()},
                                {"MST:", d.store.taxCode.toStdString()},
                                {"Địa chỉ:", d.store.address.toStdString()},
                                {"Người nhận:", d.receivedBy.toStdString()}});
    c.advance(std::max(h1, h2) + 12);

    const TableLayout t(c.left(), c.width(),
                        {{"STT", 16, 1, Align::Right},
                         {"Sản phẩm", 0, 3, Align::Left},
                         {"Lô", 44, 1, Align::Left},
                         {"Hộ sản xuất", 0, 1.7, Align::Left},
                         {"NSX", 42, 1, Align::Left},
                         {"HSD", 42, 1, Align::Left},
                         {"SL", 30, 1, Align::Right},
                         {"Đơn giá", 54, 1, Align::Right},
                         {"Thành tiền", 60, 1, Align::Right}},
                        6);
    // The first header is drawn before the continuation is armed, or a page break
    // inside it would draw the header twice.
    c.headerRow(t, cell, true);
    c.setContinuationHeader([&t, cell](Composer& k) { k.headerRow(t, cell, true); });
    Quantity totalQty;
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const auto& l = d.lines[i];
        std::string product = l.name.toStdString();
        if (!l.sku.isEmpty())
            product += " (" + l.sku.toStdString() + ")";
        std::string qty = text::quantity(l.quantity);
        const bool consignment = l.supply == core::Supply::Consignment;
        c.row(t,
              {std::to_string(i + 1), product, l.lotCode.toStdString(), l.producerName.toStdString(),
               l.productionDate ? text::date(*l.productionDate) : "", l.expiryDate ? text::date(*l.expiryDate) : "",
               qty + (l.unit.isEmpty() ? "" : " " + l.unit.toStdString()),
               consignment ? "Ký gửi" : (l.unitCost ? text::money(*l.unitCost) : ""),
               consignment ? "–" : (l.lineCost ? text::money(*l.lineCost) : "")},
              cell);
        c.advance(2);
        c.lineAt({t.left(), c.y() - 1}, {t.right(), c.y() - 1}, 0.2, false, Color::gray(0.75));
        totalQty += l.quantity;
    }
    c.setContinuationHeader({});
    c.advance(4);
    c.labelValue("Số dòng: " + std::to_string(d.lines.size()) + " · Tổng số lượng: " + text::quantity(totalQty),
                 "", body, body);
    c.labelValue("Tổng giá trị hàng mua đứt", text::money(d.totalCost), body.bold(), body.bold());
    if (!d.totalCost.isZero())
        c.paragraph("Bằng chữ: " + moneyInWords(d.totalCost) + ".", body);
    c.paragraph("Hàng ký gửi không có giá nhập: cửa hàng thanh toán cho bên giao theo bảng kê quyết toán.", cell.colored(Color::gray(0.3)));
    if (!d.note.isEmpty()) {
        c.advance(2);
        c.paragraph("Ghi chú: " + d.note.toStdString(), body);
    }
    signatureBlocks(c, {"NGƯỜI GIAO HÀNG", "THỦ KHO", "QUẢN LÝ CỬA HÀNG"},
                    "Ngày " + d.receivedAt.toString(QStringLiteral("dd")).toStdString() + " tháng "
                        + d.receivedAt.toString(QStringLiteral("MM")).toStdString() + " năm "
                        + d.receivedAt.toString(QStringLiteral("yyyy")).toStdString());

    const std::string footer = "Phiếu nhập kho " + d.noteNo.toStdString() + " · " + d.supplier.name.toStdString();
    return DocumentLayout{QStringLiteral("Phiếu nhập kho ") + d.noteNo, d.receivedAt,
                          c.finish([&](Composer& k, int page, int count) { a4Footer(k, page, count, footer); })};
}

} // namespace ocopos::printing

#include "ReceiptPdf.h"

#include "DocumentParts.h"
#include "Formatting.h"
#include "core/Errors.h"

#include <cmath>

namespace ocopos::printing {

using namespace parts;

namespace {

/// The receipt number as a Code 128 (scanned to find the sale at a return).
/// Modules of 0.25 mm are two whole dots of a 203 dpi thermal head, and the
/// symbol starts a whole number of modules from the left margin, so on a
/// thermal raster every bar has an exact width; a number too long for the roll
/// gets one-dot modules.
void receiptBarcode(Composer& c, const QString& receiptNo)
{
    const std::string text = receiptNo.toStdString();
    if (text.empty())
        return;
    BarModules modules;
    try {
        modules = encodeCode128(text);
    } catch (const ValidationError&) {
        return; // not printable ASCII: the number is printed above anyway
    }
    const double count = static_cast<double>(modules.size() + 20); // with the quiet zones
    double module = mm(0.25);
    if (count * module > c.width())
        module = mm(0.125);
    if (count * module > c.width())
        return;
    const double barHeight = mm(8);
    const double textSize = kRollSmall.size;
    c.reserve(barHeight + textSize * 2);
    c.advance(3);
    const double x = c.left() + std::floor((c.width() - count * module) / 2 / module) * module;
    c.code128At(text, x, c.y(), module, barHeight, textSize);
    c.advance(barHeight + textSize * 1.4);
}

} // namespace

ReceiptPdf::ReceiptPdf(ReceiptData data, RollWidth width) : m_data(std::move(data)), m_width(width) {}

DocumentLayout ReceiptPdf::layout(const TextMeasurer& measurer) const
{
    const ReceiptData& d = m_data;
    Composer c = Composer::roll(measurer, m_width);
    const TextStyle body = kRollBody;
    const TextStyle small = kRollSmall;

    rollStoreHeader(c, d.store);
    c.rule(true);
    rollTitle(c, "HÓA ĐƠN BÁN HÀNG", d.reprint ? "(Bản in lại)" : "");
    c.labelValue("Số: " + d.receiptNo.toStdString(), "Quầy: " + d.till.toStdString(), body, body);
    c.paragraph("Thời gian: " + text::dateTime(d.time), body);
    if (!d.cashier.isEmpty())
        c.paragraph("Thu ngân: " + d.cashier.toStdString(), body);
    c.rule(true);

    // Continuation lines sit under the name, past its number.
    const double indent = c.measure("00. ", body);
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const ReceiptLine& l = d.lines[i];
        const std::string number = std::to_string(i + 1) + ".";
        const auto nameLines = c.wrap(l.name.toStdString(), body.bold(), c.width() - indent);
        c.reserve(Composer::lineHeight(body.size) * static_cast<double>(nameLines.size() + 1));
        c.textAt(c.left(), c.y() + body.size, number, body.bold());
        c.paragraph(l.name.toStdString(), body.bold(), indent);
        c.labelValue(text::quantityTimesPrice(l.quantity, l.unitPrice, l.byWeight, l.unit), text::money(l.gross),
                     body, body, indent);
        if (!l.lineDiscount.isZero()) {
            std::string label = "Giảm giá";
            if (l.lineDiscountPercent)
                label += " " + text::percent(*l.lineDiscountPercent);
            c.labelValue(label, text::deduction(l.lineDiscount), body, body, indent);
        }
        creditsAndStars(c, l.lots, l.ocopStars, small, indent);
        c.advance(1.5);
    }
    c.rule(true);

    c.labelValue("Tổng tiền hàng", text::money(d.gross), body, body);
    if (!d.lineDiscounts.isZero())
        c.labelValue("Giảm giá trên dòng", text::deduction(d.lineDiscounts), body, body);
    if (!d.saleDiscount.isZero()) {
        std::string label = "Giảm giá hóa đơn";
        if (d.saleDiscountPercent)
            label += " " + text::percent(*d.saleDiscountPercent);
        c.labelValue(label, text::deduction(d.saleDiscount), body, body);
    }
    c.advance(1);
    c.labelValue("TỔNG CỘNG", text::money(d.total), body.bold().sized(10.5), body.bold().sized(10.5));
    c.rule(true);

    rollVatTable(c, d.vat, "Thuế GTGT (giá đã gồm thuế)");
    c.rule(true);

    for (const auto& p : d.payments) {
        std::string label = text::paymentMethod(p.method);
        if (!p.reference.isEmpty())
            label += " (" + p.reference.toStdString() + ")";
        c.labelValue(label, text::money(p.amount), body, body);
    }
    if (!d.paid.isZero() && d.payments.size() > 1)
        c.labelValue("Khách trả", text::money(d.paid), body, body);
    if (!d.change.isZero())
        c.labelValue("Tiền thừa trả khách", text::money(d.change), body.bold(), body.bold());

    for (const auto& p : d.payments) {
        if (p.method != core::PaymentMethod::BankQr || p.vietQrPayload.empty())
            continue;
        c.rule(true);
        rollVietQr(c, p.vietQrPayload, d.store.bank, "Thanh toán chuyển khoản VietQR");
    }
    if (d.einvoice) {
        c.rule(true);
        rollEInvoice(c, *d.einvoice);
    }
    c.rule(true);
    rollJournal(c, d.journalHash);
    receiptBarcode(c, d.receiptNo);
    if (!d.store.receiptFooter.isEmpty()) {
        c.advance(2);
        c.paragraph(d.store.receiptFooter.toStdString(), body.aligned(Align::Center), 0, true);
    }

    return DocumentLayout{QStringLiteral("Hóa đơn ") + d.receiptNo, d.time, c.finish()};
}

} // namespace ocopos::printing

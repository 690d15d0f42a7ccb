#include "DocumentParts.h"

#include "Formatting.h"
#include "core/Errors.h"
#include "core/Logging.h"
#include "core/VietQr.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

namespace ocopos::printing {

QString ReceiptEInvoice::qrPayload() const
{
    if (lookupUrl.isEmpty())
        return authorityCode;
    return lookupUrl + (lookupUrl.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
        + QStringLiteral("mccqt=") + authorityCode;
}

} // namespace ocopos::printing

namespace ocopos::printing::parts {

void rollStoreHeader(Composer& c, const StoreInfo& store)
{
    c.paragraph(store.name.toUpper().toStdString(), kRollBody.bold().sized(11).aligned(Align::Center), 0, true);
    const TextStyle small = kRollSmall.aligned(Align::Center);
    if (!store.address.isEmpty())
        c.paragraph(store.address.toStdString(), small, 0, true);
    std::string ids;
    if (!store.taxCode.isEmpty())
        ids += "MST: " + store.taxCode.toStdString();
    if (!store.phone.isEmpty())
        ids += (ids.empty() ? "" : " · ") + std::string("ĐT: ") + store.phone.toStdString();
    if (!ids.empty())
        c.paragraph(ids, small);
}

void rollTitle(Composer& c, const std::string& title, const std::string& subtitle)
{
    c.advance(2);
    c.paragraph(title, kRollBody.bold().sized(10.5).aligned(Align::Center), 0, true);
    if (!subtitle.empty())
        c.paragraph(subtitle, kRollSmall.aligned(Align::Center), 0, true);
    c.advance(2);
}

void rollVatTable(Composer& c, const std::vector<VatSummaryRow>& rows, const std::string& title)
{
    if (rows.empty())
        return;
    const TextStyle style = kRollSmall;
    rollSection(c, title);
    double widest = 0;
    for (const auto& r : rows)
        for (const Money m : {r.amount, r.vat, r.netOfVat})
            widest = std::max(widest, c.measure(text::money(m), style));
    const double rateWidth = c.measure("Thuế suất", style.bold());
    const double gap = 3;
    const bool table = rateWidth + 3 * (widest + gap) <= c.width();
    bool anyKct = false;
    if (table) {
        const TableLayout t(c.left(), c.width(),
                            {{"Thuế suất", rateWidth, 1, Align::Left},
                             {"Tiền hàng", 0, 1, Align::Right},
                             {"Thuế GTGT", 0, 1, Align::Right},
                             {"Chưa thuế", 0, 1, Align::Right}},
                            gap);
        c.row(t, {"Thuế suất", "Tiền hàng", "Thuế GTGT", "Chưa thuế"}, style.bold());
        for (const auto& r : rows) {
            anyKct = anyKct || r.rate.isKct();
            c.row(t, {text::vatRate(r.rate), text::money(r.amount), text::money(r.vat), text::money(r.netOfVat)}, style);
        }
    } else {
        // 58 mm: four columns of amounts do not fit, so each rate gets a small block.
        for (const auto& r : rows) {
            anyKct = anyKct || r.rate.isKct();
            c.labelValue("Thuế suất " + text::vatRate(r.rate) + ": tiền hàng", text::money(r.amount), style, style);
            c.labelValue("Thuế GTGT", text::money(r.vat), style, style, style.size);
            c.labelValue("Chưa thuế", text::money(r.netOfVat), style, style, style.size);
        }
    }
    if (anyKct)
        c.paragraph("KCT: không chịu thuế GTGT", style);
}

void rollJournal(Composer& c, const QString& hash)
{
    if (hash.isEmpty())
        return;
    c.paragraph("Mã nhật ký: " + text::shortHash(hash), kRollSmall.aligned(Align::Center));
}

void rollSignatures(Composer& c, const std::vector<std::string>& titles)
{
    const TextStyle style = kRollSmall.bold().aligned(Align::Center);
    const double lh = Composer::lineHeight(style.size);
    c.reserve(lh + 40);
    c.advance(3);
    const double w = c.width() / static_cast<double>(titles.size());
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const double centre = c.left() + w * (static_cast<double>(i) + 0.5);
        c.textAt(centre, c.y() + style.size, titles[i], style);
        c.lineAt({centre - w * 0.38, c.y() + lh + 34}, {centre + w * 0.38, c.y() + lh + 34}, 0.4, true);
    }
    c.advance(lh + 38);
}

void rollSection(Composer& c, const std::string& title)
{
    c.advance(1);
    c.paragraph(title, kRollBody.bold());
}

double ocopStarsWidth(const Composer& c, int stars, const TextStyle& style)
{
    if (stars <= 0)
        return 0;
    const double step = style.size * 0.45 * 2 + style.size * 0.12;
    return c.measure("OCOP ", style) + step * stars - style.size * 0.12;
}

double ocopStarsAt(Composer& c, double x, double baseline, int stars, const TextStyle& style)
{
    if (stars <= 0)
        return 0;
    const double w = c.textAt(x, baseline, "OCOP", style.aligned(Align::Left));
    return w + c.measure(" ", style) + c.starsAt(x + w + c.measure(" ", style), baseline, stars, style.size, style.color);
}

void creditsAndStars(Composer& c, const std::vector<LotCredit>& lots, int stars, const TextStyle& style, double indent)
{
    // One line per producer, in the order the lots were taken.
    std::vector<QString> producers;
    std::map<QString, std::vector<QString>> lotsOf;
    for (const auto& l : lots) {
        if (!lotsOf.count(l.producerName))
            producers.push_back(l.producerName);
        auto& codes = lotsOf[l.producerName];
        if (!l.lotCode.isEmpty() && std::find(codes.begin(), codes.end(), l.lotCode) == codes.end())
            codes.push_back(l.lotCode);
    }
    const double avail = c.width() - indent;
    std::vector<std::string> wrapped;
    for (const auto& p : producers) {
        const std::string who = p.isEmpty() ? std::string() : "SX: " + p.toStdString();
        std::string lotsText;
        const auto& codes = lotsOf[p];
        for (std::size_t i = 0; i < codes.size(); ++i)
            lotsText += (i ? ", " : "Lô ") + codes[i].toStdString();
        const std::string both = who.empty() || lotsText.empty() ? who + lotsText : who + " · " + lotsText;
        // "SX: Hộ Nguyễn Văn Hải · Lô CR2606B" on one line when it fits; otherwise
        // the lot goes on a line of its own rather than "Lô" being split from its code.
        if (c.measure(both, style) <= avail) {
            wrapped.push_back(both);
            continue;
        }
        for (const auto& part : {who, lotsText})
            for (auto& w : c.wrap(part, style, avail))
                wrapped.push_back(std::move(w));
    }
    const double starsWidth = ocopStarsWidth(c, stars, style);
    const double lh = Composer::lineHeight(style.size);
    const bool starsBeside = stars > 0 && !wrapped.empty()
        && c.measure(wrapped.back(), style) + style.size + starsWidth <= c.width() - indent;
    c.reserve(lh * static_cast<double>(wrapped.size() + (stars > 0 && !starsBeside ? 1 : 0)));
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        const double baseline = c.y() + style.size;
        c.textAt(c.left() + indent, baseline, wrapped[i], style.aligned(Align::Left));
        if (starsBeside && i + 1 == wrapped.size())
            ocopStarsAt(c, c.right() - starsWidth, baseline, stars, style);
        c.advance(lh);
    }
    if (stars > 0 && !starsBeside) {
        ocopStarsAt(c, c.right() - starsWidth, c.y() + style.size, stars, style);
        c.advance(lh);
    }
}

void rollVietQr(Composer& c, const std::string& payload, const BankAccount& bank, const std::string& caption)
{
    const QrMatrix qr = encodeQr(payload);
    // Small rolls shrink the modules a little so the code still fits with its quiet zone.
    const double module = std::min(kQrModule, c.width() / (qr.size + 8));
    const double side = module * qr.size;
    c.reserve(side + module * 8 + Composer::lineHeight(8) * 4);
    c.paragraph(caption, kRollSmall.bold().aligned(Align::Center));
    c.advance(module * 2);
    c.qrAt(qr, c.left() + (c.width() - side) / 2, c.y(), module);
    c.advance(side + module * 2);
    try {
        const core::VietQrTransfer t = core::parseVietQr(payload);
        if (t.amount)
            c.paragraph("Số tiền: " + text::money(*t.amount), kRollBody.bold().aligned(Align::Center));
        const std::string account = bank.isSet() ? text::bankLine(bank) : t.bankBin + " · " + t.account;
        c.paragraph(account, kRollSmall.aligned(Align::Center));
        if (!t.purpose.empty())
            c.paragraph("Nội dung: " + t.purpose, kRollSmall.aligned(Align::Center));
    } catch (const ValidationError& e) {
        // The code is printed as recorded with the sale; a payload that does not
        // parse is a bug upstream, not a reason to refuse the customer a receipt.
        core::logger("printing")->warn("VietQR payload on a receipt does not parse: {}", e.what());
    }
}

void rollEInvoice(Composer& c, const ReceiptEInvoice& e)
{
    c.paragraph("HÓA ĐƠN ĐIỆN TỬ KHỞI TẠO TỪ MÁY TÍNH TIỀN", kRollSmall.bold().aligned(Align::Center));
    c.paragraph("Mẫu số " + e.form.toStdString() + " · Ký hiệu " + e.series.toStdString() + " · Số "
                    + std::to_string(e.number),
                kRollBody.aligned(Align::Center));
    if (!e.authorityCode.isEmpty()) {
        c.paragraph("Mã CQT: " + e.authorityCode.toStdString(), kRollBody.bold().aligned(Align::Center));
        const QrMatrix qr = encodeQr(e.qrPayload().toStdString());
        const double module = std::min(kQrModule, c.width() / (qr.size + 8));
        const double side = module * qr.size;
        c.reserve(side + module * 4 + Composer::lineHeight(8) * 2);
        c.advance(module * 2);
        c.qrAt(qr, c.left() + (c.width() - side) / 2, c.y(), module);
        c.advance(side + module * 2);
        if (!e.lookupUrl.isEmpty())
            c.paragraph("Tra cứu: " + e.lookupUrl.toStdString(), kRollSmall.aligned(Align::Center), 0, true);
    } else {
        c.paragraph("Hóa đơn đang gửi cơ quan thuế.", kRollSmall.aligned(Align::Center));
        if (!e.lookupUrl.isEmpty())
            c.paragraph("Tra cứu sau tại: " + e.lookupUrl.toStdString(), kRollSmall.aligned(Align::Center), 0, true);
        c.paragraph("Mã tra cứu: " + e.lookupKey.toStdString(), kRollSmall.bold().aligned(Align::Center));
    }
}

void a4Header(Composer& c, const StoreInfo& store, const std::string& title, const std::vector<std::string>& subtitles)
{
    c.paragraph(store.name.toUpper().toStdString(), kA4Body.bold().sized(11));
    const TextStyle small = kA4Small;
    if (!store.address.isEmpty())
        c.paragraph("Địa chỉ: " + store.address.toStdString(), small);
    std::string ids;
    if (!store.taxCode.isEmpty())
        ids += "MST: " + store.taxCode.toStdString();
    if (!store.phone.isEmpty())
        ids += (ids.empty() ? "" : " · ") + std::string("ĐT: ") + store.phone.toStdString();
    if (!ids.empty())
        c.paragraph(ids, small);
    c.advance(8);
    c.paragraph(title, kA4Body.bold().sized(15).aligned(Align::Center));
    for (const auto& s : subtitles)
        c.paragraph(s, kA4Body.aligned(Align::Center));
    c.advance(6);
}

void a4Footer(Composer& c, int page, int count, const std::string& left)
{
    const double baseline = c.bottomMarginTop() + 18;
    const TextStyle small = kA4Small.colored(Color::gray(0.35));
    c.lineAt({c.left(), baseline - 10}, {c.right(), baseline - 10}, 0.3, false, Color::gray(0.6));
    if (!left.empty())
        c.textAt(c.left(), baseline, left, small.aligned(Align::Left));
    c.textAt(c.right(), baseline, "Trang " + std::to_string(page + 1) + "/" + std::to_string(count),
             small.aligned(Align::Right));
}

void signatureBlocks(Composer& c, const std::vector<std::string>& titles, const std::string& dateLine)
{
    const double lh = Composer::lineHeight(kA4Body.size);
    c.reserve(lh * 2 + 90);
    c.advance(6);
    if (!dateLine.empty())
        c.paragraph(dateLine, kA4Body.aligned(Align::Right));
    c.advance(4);
    const double w = c.width() / static_cast<double>(titles.size());
    const double top = c.y();
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const double centre = c.left() + w * (static_cast<double>(i) + 0.5);
        c.textAt(centre, top + kA4Body.size, titles[i], kA4Body.bold().aligned(Align::Center));
        c.textAt(centre, top + kA4Body.size + lh, "(Ký, ghi rõ họ tên)", kA4Small.aligned(Align::Center));
    }
    c.advance(lh * 2 + 70); // room to sign
}

double partyBox(Composer& c, double x, double top, double w, const std::string& heading,
                const std::vector<std::pair<std::string, std::string>>& rows)
{
    const TextStyle body = kA4Small.sized(8);
    const double pad = 5;
    const double lh = Composer::lineHeight(body.size);
    double y = top + pad;
    c.textAt(x + pad, y + body.size, heading, body.bold());
    y += lh + 2;
    for (const auto& [label, value] : rows) {
        if (value.empty())
            continue;
        const double lw = c.measure(label + " ", body);
        const auto lines = c.wrap(value, body, w - 2 * pad - lw);
        c.textAt(x + pad, y + body.size, label, body.colored(Color::gray(0.3)));
        for (const auto& line : lines) {
            c.textAt(x + pad + lw, y + body.size, line, body);
            y += lh;
        }
    }
    const double h = y - top + pad;
    c.rectAt(x, top, w, h, false, Color::gray(0.55), 0.5);
    return h;
}

} // namespace ocopos::printing::parts

#include "SettlementStatementPdf.h"

#include "Composer.h"
#include "DocumentParts.h"
#include "Formatting.h"
#include "MoneyInWords.h"
#include "core/VietQr.h"

namespace ocopos::printing {

using namespace parts;

namespace {

std::string producerTitle(const PartyInfo& p)
{
    // Signature blocks name the kind of producer the way the contract does.
    const QString n = p.name.toUpper();
    if (n.startsWith(QStringLiteral("HTX")) || n.startsWith(QStringLiteral("HỢP TÁC XÃ")))
        return "ĐẠI DIỆN HỢP TÁC XÃ";
    return "ĐẠI DIỆN BÊN GIAO HÀNG";
}

} // namespace

SettlementStatementPdf::SettlementStatementPdf(SettlementStatementData data) : m_data(std::move(data)) {}

std::string SettlementStatementPdf::payoutVietQr(const SettlementStatementData& d)
{
    if (!d.producer.bank.isSet() || d.total.payout.dong() <= 0)
        return {};
    core::VietQrTransfer t;
    t.bankBin = d.producer.bank.bin.toStdString();
    t.account = d.producer.bank.account.toStdString();
    t.amount = d.total.payout;
    t.purpose = d.statementNo.toStdString();
    return core::buildVietQr(t);
}

DocumentLayout SettlementStatementPdf::layout(const TextMeasurer& measurer) const
{
    const SettlementStatementData& d = m_data;
    Composer c = Composer::a4(measurer);
    const TextStyle body = kA4Body;
    const TextStyle cell = kA4Small;

    std::vector<std::string> subtitles = {"Kỳ quyết toán: " + text::date(d.from) + " – " + text::date(d.to),
                                          "Số: " + d.statementNo.toStdString() + " · Lập ngày " + text::date(d.issuedAt.date())};
    a4Header(c, d.store, "BẢNG KÊ QUYẾT TOÁN HÀNG OCOP", subtitles);
    if (!d.finalized) {
        c.paragraph("BẢN NHÁP – chưa chốt số liệu, chưa có giá trị thanh toán", body.bold().colored(Color{0.75, 0.1, 0.1}).aligned(Align::Center));
        c.advance(4);
    }

    const double boxW = (c.width() - 12) / 2;
    const double top = c.y();
    const auto bankText = [](const BankAccount& b) { return b.isSet() ? text::bankLine(b) : std::string("chưa đăng ký"); };
    const double h1 = partyBox(c, c.left(), top, boxW, "BÊN BÁN HÀNG (CỬA HÀNG)",
                               {{"Tên:", d.store.name.toStdString()},
                                {"MST:", d.store.taxCode.toStdString()},
                                {"Địa chỉ:", d.store.address.toStdString()},
                                {"Tài khoản:", bankText(d.store.bank)}});
    const double h2 = partyBox(c, c.left() + boxW + 12, top, boxW, "BÊN GIAO HÀNG (CHỦ THỂ OCOP)",
                               {{"Tên:", d.producer.name.toStdString() + " (" + d.producer.code.toStdString() + ")"},
                                {"MST:", d.producer.taxCode.toStdString()},
                                {"Địa chỉ:", d.producer.address.toStdString()},
                                {"Tài khoản:", bankText(d.producer.bank)}});
    c.advance(std::max(h1, h2) + 12);

    const auto section = [&](const std::string& title) {
        c.reserve(Composer::lineHeight(10) * 4);
        c.advance(4);
        c.paragraph(title, body.bold().sized(10));
        c.advance(2);
    };
    const auto thinRule = [&](const TableLayout& t) {
        c.advance(1.5);
        c.lineAt({t.left(), c.y() - 0.5}, {t.right(), c.y() - 0.5}, 0.2, false, Color::gray(0.78));
    };
    const auto totalRow = [&](const TableLayout& t, const std::vector<std::string>& cells) {
        c.reserve(Composer::lineHeight(cell.size) + 4);
        c.lineAt({t.left(), c.y()}, {t.right(), c.y()}, 0.6);
        c.advance(3);
        c.row(t, cells, cell.bold());
    };

    // A. Consignment: the store owes the payout.
    std::vector<const SettlementLine*> consignment;
    std::vector<const SettlementLine*> purchased;
    for (const auto& l : d.lines)
        (l.supply == core::Supply::Consignment ? consignment : purchased).push_back(&l);

    const TableLayout tc(c.left(), c.width(),
                         {{"STT", 18, 1, Align::Right},
                          {"Sản phẩm", 0, 1, Align::Left},
                          {"SL", 34, 1, Align::Right},
                          {"Doanh thu thuần", 66, 1, Align::Right},
                          {"Trả hàng", 58, 1, Align::Right},
                          {"%HH", 26, 1, Align::Right},
                          {"Hoa hồng", 60, 1, Align::Right},
                          {"Phải trả", 66, 1, Align::Right}},
                         5);
    section("A. HÀNG KÝ GỬI (" + std::to_string(consignment.size()) + " sản phẩm)");
    if (consignment.empty()) {
        c.paragraph("Không có hàng ký gửi bán trong kỳ.", cell);
    } else {
        c.headerRow(tc, cell, true);
        c.setContinuationHeader([&](Composer& k) {
            k.paragraph("A. HÀNG KÝ GỬI (tiếp)", cell.bold());
            k.advance(3);
            k.headerRow(tc, cell, true);
        });
        for (std::size_t i = 0; i < consignment.size(); ++i) {
            const auto& l = *consignment[i];
            c.row(tc,
                  {std::to_string(i + 1), l.name.toStdString() + " (" + l.sku.toStdString() + ")", text::quantity(l.quantity),
                   text::money(l.net), l.returns.isZero() ? "–" : text::money(l.returns),
                   l.commissionPercent ? text::percent(*l.commissionPercent) : "", text::money(l.commission),
                   text::money(l.payout)},
                  cell);
            thinRule(tc);
        }
        c.setContinuationHeader({});
        totalRow(tc, {"", "Cộng hàng ký gửi", "", text::money(d.consignment.net), text::money(d.consignment.returns), "",
                      text::money(d.consignment.commission), text::money(d.consignment.payout)});
    }

    // B. Purchased: paid for at receipt; counted in the producer's sales only.
    const TableLayout tp(c.left(), c.width(),
                         {{"STT", 18, 1, Align::Right},
                          {"Sản phẩm", 0, 1, Align::Left},
                          {"SL", 34, 1, Align::Right},
                          {"Doanh thu thuần", 66, 1, Align::Right},
                          {"Trả hàng", 58, 1, Align::Right}},
                         5);
    section("B. HÀNG MUA ĐỨT (" + std::to_string(purchased.size()) + " sản phẩm)");
    c.paragraph("Đã thanh toán khi nhập kho: chỉ ghi nhận doanh số, không phát sinh khoản phải trả.",
                cell.colored(Color::gray(0.3)));
    c.advance(2);
    if (!purchased.empty()) {
        c.headerRow(tp, cell, true);
        c.setContinuationHeader([&](Composer& k) {
            k.paragraph("B. HÀNG MUA ĐỨT (tiếp)", cell.bold());
            k.advance(3);
            k.headerRow(tp, cell, true);
        });
        for (std::size_t i = 0; i < purchased.size(); ++i) {
            const auto& l = *purchased[i];
            c.row(tp,
                  {std::to_string(i + 1), l.name.toStdString() + " (" + l.sku.toStdString() + ")", text::quantity(l.quantity),
                   text::money(l.net), l.returns.isZero() ? "–" : text::money(l.returns)},
                  cell);
            thinRule(tp);
        }
        c.setContinuationHeader({});
        totalRow(tp, {"", "Cộng hàng mua đứt", "", text::money(d.purchased.net), text::money(d.purchased.returns)});
    }

    // C. Member households: who made what was sold.
    const TableLayout th(c.left(), c.width(),
                         {{"STT", 18, 1, Align::Right},
                          {"Hộ sản xuất", 0, 1, Align::Left},
                          {"Mã", 60, 1, Align::Left},
                          {"SL", 40, 1, Align::Right},
                          {"Doanh thu thuần", 72, 1, Align::Right},
                          {"Trả hàng", 62, 1, Align::Right},
                          {"Phải trả", 72, 1, Align::Right}},
                         5);
    section("C. THEO HỘ SẢN XUẤT THÀNH VIÊN");
    if (d.households.empty()) {
        c.paragraph("Không có hộ thành viên: toàn bộ do " + d.producer.name.toStdString() + " sản xuất.", cell);
    } else {
        c.headerRow(th, cell, true);
        c.setContinuationHeader([&](Composer& k) {
            k.paragraph("C. THEO HỘ SẢN XUẤT (tiếp)", cell.bold());
            k.advance(3);
            k.headerRow(th, cell, true);
        });
        for (std::size_t i = 0; i < d.households.size(); ++i) {
            const auto& h = d.households[i];
            c.row(th,
                  {std::to_string(i + 1), h.name.toStdString(), h.producerCode.toStdString(), h.quantity ? text::quantity(*h.quantity) : "–",
                   text::money(h.net), h.returns.isZero() ? "–" : text::money(h.returns), text::money(h.payout)},
                  cell);
            thinRule(th);
        }
        c.setContinuationHeader({});
    }

    // D. Totals, in figures and in words.
    section("D. TỔNG HỢP");
    c.reserve(Composer::lineHeight(body.size) * 7);
    const double indent = 0;
    c.labelValue("Tổng doanh thu thuần (đã trừ hàng trả lại)", text::money(d.total.net), body, body, indent);
    c.labelValue("Hàng trả lại trong kỳ", text::money(d.total.returns), body, body, indent);
    c.labelValue("Hoa hồng cửa hàng (hàng ký gửi)", text::money(d.total.commission), body, body, indent);
    c.labelValue("Cửa hàng phải trả " + d.producer.name.toStdString(), text::money(d.total.payout),
                 body.bold().sized(10.5), body.bold().sized(10.5), indent);
    c.paragraph("Bằng chữ: " + moneyInWords(d.total.payout) + ".", body.bold());

    // E. How to pay: a VietQR into the producer's account.
    const std::string qr = d.vietQr ? *d.vietQr : payoutVietQr(d);
    c.advance(6);
    if (qr.empty() && !d.noVietQrReason.isEmpty()) {
        c.paragraph(d.noVietQrReason.toStdString(), body);
    } else if (qr.empty()) {
        c.paragraph(d.total.payout.dong() <= 0
                        ? "Không phát sinh khoản thanh toán trong kỳ."
                        : d.producer.name.toStdString()
                              + " chưa đăng ký tài khoản ngân hàng: không có mã VietQR; cửa hàng thanh toán "
                                "bằng tiền mặt có ký nhận.",
                    body);
    } else {
        const QrMatrix m = encodeQr(qr);
        const double module = kQrModule;
        const double side = module * m.size;
        c.reserve(side + module * 8);
        const double qrTop = c.y() + module * 4;
        const double boxH = side + module * 8;
        c.rectAt(c.left(), c.y(), c.width(), boxH, false, Color::gray(0.55));
        c.qrAt(m, c.left() + module * 4, qrTop, module);
        const double tx = c.left() + side + module * 10;
        double baseline = qrTop + body.size;
        const auto line = [&](const std::string& s, const TextStyle& st) {
            for (const auto& w : c.wrap(s, st, c.right() - tx - 8)) {
                c.textAt(tx, baseline, w, st);
                baseline += Composer::lineHeight(st.size);
            }
        };
        line("THANH TOÁN BẰNG VIETQR", body.bold());
        line("Quét mã bằng ứng dụng ngân hàng để chuyển " + text::money(d.total.payout) + " cho " +
                 d.producer.name.toStdString() + ".", body);
        line("Ngân hàng: " + d.producer.bank.bankName.toStdString() + " (BIN " + d.producer.bank.bin.toStdString() + ")", cell);
        line("Số tài khoản: " + d.producer.bank.account.toStdString(), cell);
        if (!d.producer.bank.accountName.isEmpty())
            line("Chủ tài khoản: " + d.producer.bank.accountName.toStdString(), cell);
        line("Nội dung: " + core::parseVietQr(qr).purpose, cell);
        c.advance(boxH);
    }

    const QString place = d.place.isEmpty() ? QString() : d.place + QStringLiteral(", ");
    signatureBlocks(c, {"ĐẠI DIỆN CỬA HÀNG", producerTitle(d.producer)},
                    place.toStdString() + "ngày " + d.issuedAt.toString(QStringLiteral("dd")).toStdString() + " tháng "
                        + d.issuedAt.toString(QStringLiteral("MM")).toStdString() + " năm "
                        + d.issuedAt.toString(QStringLiteral("yyyy")).toStdString());

    const std::string footer = "Bảng kê " + d.statementNo.toStdString() + " · " + d.producer.name.toStdString();
    return DocumentLayout{QStringLiteral("Bảng kê quyết toán ") + d.statementNo, d.issuedAt,
                          c.finish([&](Composer& k, int page, int count) { a4Footer(k, page, count, footer); })};
}

} // namespace ocopos::printing

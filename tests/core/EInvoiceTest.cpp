#include "core/EInvoice.h"

#include "core/ErrorCodes.h"
#include "core/MoneyInWords.h"

#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <map>
#include <random>

using namespace ocopos;
using namespace ocopos::core;
using namespace ocopos::core::einvoice;

namespace {

std::string codeOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ValidationError& e) {
        return e.code() + "@" + e.problems().front().field;
    }
    return "ok";
}

Invoice sampleInvoice()
{
    Invoice inv;
    inv.series = QStringLiteral("C26MAA");
    inv.number = 1;
    inv.date = QDate(2026, 12, 7);
    inv.payment = QStringLiteral("Tiền mặt");
    inv.seller = { QStringLiteral("HTX Ba Chẽ"), QStringLiteral("0100109106"), QStringLiteral("Ba Chẽ, Quảng Ninh") };
    Line l;
    l.code = QStringLiteral("NMCR-500");
    l.name = QStringLiteral("Nước mắm Cái Rồng");
    l.unit = QStringLiteral("chai");
    l.qty = Quantity::units(2);
    l.unitPrice = Money(45000);
    l.amount = Money(90000);
    l.rate = VatRate::percent(8);
    l.vat = VatRate::percent(8).vatIncludedIn(l.amount);
    inv.lines.push_back(l);
    return inv;
}

/// The XML's elements as paths ("HDon/DLHDon/TTChung/PBan") with their text, in document order.
std::vector<std::pair<QString, QString>> flatten(const QByteArray& xml, QString* error)
{
    std::vector<std::pair<QString, QString>> out;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path << r.name().toString();
            out.emplace_back(path.join(QLatin1Char('/')), QString());
        } else if (r.isCharacters() && !r.isWhitespace()) {
            out.back().second += r.text().toString();
        } else if (r.isEndElement()) {
            path.removeLast();
        }
    }
    if (r.hasError())
        *error = r.errorString();
    return out;
}

QString valueOf(const std::vector<std::pair<QString, QString>>& els, const QString& path)
{
    for (const auto& [p, v] : els)
        if (p == path)
            return v;
    return QStringLiteral("<missing>");
}

/// The order the format gives to the children of each element we write.
const std::map<QString, QStringList>& formatOrder()
{
    static const std::map<QString, QStringList> order = {
        { QStringLiteral("HDon"), { "DLHDon", "MCCQT" } },
        { QStringLiteral("HDon/DLHDon"), { "TTChung", "NDHDon" } },
        { QStringLiteral("HDon/DLHDon/TTChung"),
            { "PBan", "THDon", "KHMSHDon", "KHHDon", "SHDon", "NLap", "DVTTe", "TGia", "HTTToan", "MSTTCGP",
                "TTHDLQuan", "TTKhac" } },
        { QStringLiteral("HDon/DLHDon/NDHDon"), { "NBan", "NMua", "DSHHDVu", "TToan" } },
        { QStringLiteral("HDon/DLHDon/NDHDon/NBan"), { "Ten", "MST", "DChi" } },
        { QStringLiteral("HDon/DLHDon/NDHDon/NMua"), { "Ten", "MST", "DChi", "SDThoai", "DCTDTu", "CCCDan" } },
        { QStringLiteral("HDon/DLHDon/NDHDon/DSHHDVu/HHDVu"),
            { "TChat", "STT", "MHHDVu", "THHDVu", "DVTinh", "SLuong", "DGia", "TLCKhau", "STCKhau", "ThTien", "TSuat",
                "TThue" } },
        { QStringLiteral("HDon/DLHDon/NDHDon/TToan"),
            { "THTTLTSuat", "TgTCThue", "TgTThue", "TTCKTMai", "TgTTTBSo", "TgTTTBChu", "TTKhac" } },
        { QStringLiteral("HDon/DLHDon/NDHDon/TToan/THTTLTSuat/LTSuat"), { "TSuat", "ThTien", "TThue" } },
        { QStringLiteral("HDon/DLHDon/TTChung/TTHDLQuan"),
            { "TCHDon", "LHDCLQuan", "KHMSHDCLQuan", "KHHDCLQuan", "SHDCLQuan", "NLHDCLQuan" } },
    };
    return order;
}

/// Each element's children appear in the format's order (missing optional ones skipped).
void expectFormatOrder(const std::vector<std::pair<QString, QString>>& els)
{
    std::map<QString, int> lastIndex; // parent path occurrence → index of last child seen
    QString currentParentKey;
    for (const auto& [path, value] : els) {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            continue;
        const QString parent = path.left(slash);
        const QString name = path.mid(slash + 1);
        const auto order = formatOrder().find(parent);
        if (order == formatOrder().end())
            continue;
        const auto idx = order->second.indexOf(name);
        ASSERT_GE(idx, 0) << name.toStdString() << " is not a child of " << parent.toStdString();
        // A repeated parent (HHDVu, LTSuat) restarts when its first child comes again.
        auto& last = lastIndex[parent];
        if (idx <= last && idx == 0)
            last = -1;
        EXPECT_GT(idx, last) << name.toStdString() << " out of order in " << parent.toStdString();
        last = static_cast<int>(idx);
    }
}

} // namespace

TEST(EInvoiceSeries, AcceptsTheCashRegisterForm)
{
    EXPECT_EQ(codeOf([] { checkSeries("C26MAA", "s"); }), "ok");
    EXPECT_EQ(codeOf([] { checkSeries("K27MYY", "s"); }), "ok");
    for (const char* bad : { "C26TAA", "A26MAA", "C2XMAA", "C26MA", "C26MAAA", "C26Maa", "C26M1A", "" })
        EXPECT_EQ(codeOf([&] { checkSeries(bad, "einvoice_series"); }), "einvoice.series@einvoice_series") << bad;
    EXPECT_EQ(seriesForYear("C26MAA", 2027), "C27MAA");
    EXPECT_EQ(seriesForYear("K26MBC", 2030), "K30MBC");
}

TEST(EInvoiceTaxCode, TenDigitChecksum)
{
    EXPECT_TRUE(isValidTaxCode("0100109106")); // a published enterprise code
    EXPECT_FALSE(isValidTaxCode("0100109107"));
    EXPECT_FALSE(isValidTaxCode("010010910"));
    EXPECT_FALSE(isValidTaxCode("01001091O6"));
    // Every single-digit change of a valid code is caught.
    const std::string good = "0100109106";
    for (std::size_t i = 0; i < good.size(); ++i)
        for (char d = '0'; d <= '9'; ++d) {
            if (d == good[i])
                continue;
            std::string x = good;
            x[i] = d;
            EXPECT_FALSE(isValidTaxCode(x)) << x;
        }
}

TEST(EInvoiceTaxCode, ThirteenDigitBranchForm)
{
    EXPECT_TRUE(isValidTaxCode("0100109106-001"));
    EXPECT_TRUE(isValidTaxCode("0100109106-123"));
    EXPECT_FALSE(isValidTaxCode("0100109106-000"));
    EXPECT_FALSE(isValidTaxCode("0100109107-001"));
    EXPECT_FALSE(isValidTaxCode("0100109106001"));
    EXPECT_FALSE(isValidTaxCode("0100109106-01"));
}

TEST(EInvoiceBuyer, NamesTheFieldAtFault)
{
    EXPECT_EQ(codeOf([] { checkBuyer({}); }), "ok");
    Buyer b { QStringLiteral("Công ty A"), QStringLiteral("0100109107"), QStringLiteral("Hạ Long"), {}, {}, {} };
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "einvoice.tax_code@buyer.tax_code");
    b.taxCode = QStringLiteral("0100109106");
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "ok");
    b.address.clear();
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "einvoice.buyer_incomplete@buyer.address");
    b.address = QString(401, QChar(u'ạ'));
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "einvoice.too_long@buyer.address");
    b.address = QString(400, QChar(u'ạ'));
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "ok");
    b.name = QStringLiteral("Công ty\x01 A");
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "einvoice.forbidden_char@buyer.name");
    b.name = QStringLiteral("Công ty <A> & \"B\""); // escaped, not forbidden
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "ok");
    b.idNumber = QStringLiteral("12345");
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "einvoice.malformed@buyer.id_number");
    b.idNumber = QStringLiteral("022090001234");
    b.phone = QStringLiteral("09x");
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "einvoice.malformed@buyer.phone");
    b.phone = QStringLiteral("0912345678");
    b.email = QStringLiteral("a@b");
    EXPECT_EQ(codeOf([&] { checkBuyer(b); }), "einvoice.malformed@buyer.email");
    Buyer person;
    person.phone = QStringLiteral("0912345678");
    EXPECT_EQ(codeOf([&] { checkBuyer(person); }), "einvoice.buyer_incomplete@buyer.name");
}

TEST(EInvoiceXml, ItemTextWithAForbiddenCharacterIsRefusedByField)
{
    Invoice inv = sampleInvoice();
    inv.lines[0].name = QStringLiteral("Mực\x0b khô");
    EXPECT_EQ(codeOf([&] { buildXml(inv); }), "einvoice.forbidden_char@lines[1].name");
    inv = sampleInvoice();
    inv.seller.address = QString(401, QLatin1Char('x'));
    EXPECT_EQ(codeOf([&] { buildXml(inv); }), "einvoice.too_long@seller.address");
    inv = sampleInvoice();
    inv.series = QStringLiteral("C26TAA");
    EXPECT_EQ(codeOf([&] { buildXml(inv); }), "einvoice.series@series");
}

TEST(EInvoiceXml, SampleHasTheFormatFields)
{
    Invoice inv = sampleInvoice();
    inv.buyer
        = { QStringLiteral("Công ty <A&B>"), QStringLiteral("0100109106-001"), QStringLiteral("Hạ Long"), {}, {}, {} };
    const QByteArray xml = buildXml(inv);
    QString error;
    const auto els = flatten(xml, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/TTChung/KHMSHDon"), "1");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/TTChung/KHHDon"), "C26MAA");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/TTChung/SHDon"), "1");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/TTChung/NLap"), "2026-12-07");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/NMua/Ten"), "Công ty <A&B>");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/DSHHDVu/HHDVu/TSuat"), "8%");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTTTBSo"), "90000");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTThue"), "6667");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTCThue"), "83333");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTTTBChu"), "Chín mươi nghìn đồng");
    expectFormatOrder(els);
}

TEST(EInvoiceXml, SalesInvoiceCarriesTheResolution204NoteUntilTheEndOf2026)
{
    Invoice inv = sampleInvoice();
    inv.form = Form::Sales;
    inv.method = TaxMethod::RevenuePercent;
    QString error;
    auto els = flatten(buildXml(inv), &error);
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/DSHHDVu/HHDVu/TSuat"), "<missing>");
    EXPECT_TRUE(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TTKhac/TTin/DLieu").contains(QStringLiteral("204/2025/QH15")));
    inv.date = QDate(2027, 1, 1);
    inv.series = QStringLiteral("C27MAA");
    els = flatten(buildXml(inv), &error);
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TTKhac/TTin/DLieu"), "<missing>");
}

TEST(EInvoiceXml, AdjustmentRefersToTheOriginal)
{
    Invoice inv = sampleInvoice();
    inv.kind = Kind::Adjustment;
    inv.number = 2;
    inv.refersTo = Reference { Form::Vat, QStringLiteral("C26MAA"), 1, QDate(2026, 12, 6) };
    inv.lines[0].qty = Quantity::units(-1);
    inv.lines[0].amount = Money(-45000);
    inv.lines[0].vat = Money(-3333);
    QString error;
    const auto els = flatten(buildXml(inv), &error);
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/TTChung/TTHDLQuan/TCHDon"), "2");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/TTChung/TTHDLQuan/SHDCLQuan"), "1");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/TTChung/TTHDLQuan/NLHDCLQuan"), "2026-12-06");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/DSHHDVu/HHDVu/SLuong"), "-1");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTTTBSo"), "-45000");
    EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTTTBChu"), "Âm bốn mươi lăm nghìn đồng");
    expectFormatOrder(els);
}

// Many random carts, priced by the till's own rules, turned into invoices:
// the XML is well formed, in the format's order, and its totals equal the sale
// to the đồng, per rate and in words.
TEST(EInvoiceXml, RandomSalesMatchTheirXmlToTheDong)
{
    std::mt19937_64 rng(20261207);
    const std::vector<VatRate> rates
        = { VatRate::percent(0), VatRate::percent(5), VatRate::percent(8), VatRate::percent(10), VatRate::kct() };
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int sale = 0; sale < 400; ++sale) {
        std::vector<CartLine> cart;
        const int n = pick(1, 8);
        for (int i = 0; i < n; ++i) {
            CartLine l;
            l.sku = QStringLiteral("SKU-%1").arg(i);
            l.name = QStringLiteral("Chả mực Hạ Long & <đặc sản> %1").arg(i);
            l.unit = pick(0, 1) ? QStringLiteral("kg") : QStringLiteral("hộp");
            l.soldBy = l.unit == QLatin1String("kg") ? SoldBy::Weight : SoldBy::Unit;
            l.unitPrice = Money(pick(1, 2000) * 500);
            l.vat = rates[static_cast<std::size_t>(pick(0, 4))];
            l.qty
                = l.soldBy == SoldBy::Weight ? Quantity::fromThousandths(pick(50, 3500)) : Quantity::units(pick(1, 5));
            switch (pick(0, 3)) {
            case 1:
                l.discount = Discount::percent(BasisPoints { pick(1, 20) * 50 });
                break;
            case 2:
                l.discount = Discount::amount(Money(pick(1, 10) * 100));
                break;
            default:
                break;
            }
            cart.push_back(l);
        }
        const Discount saleDiscount = pick(0, 2) == 0 ? Discount::amount(Money(pick(0, 50) * 100))
                                                      : Discount::percent(BasisPoints { pick(0, 10) * 100 });
        PricedCart priced;
        try {
            priced = priceCart(cart, saleDiscount, BasisPoints { 10000 });
        } catch (const ValidationError&) {
            continue; // an amount discount larger than a tiny line: not a sale
        }
        Invoice inv = sampleInvoice();
        inv.number = sale + 1;
        inv.lines.clear();
        for (std::size_t i = 0; i < cart.size(); ++i) {
            Line l;
            l.code = cart[i].sku;
            l.name = cart[i].name;
            l.unit = cart[i].unit;
            l.qty = cart[i].qty;
            l.unitPrice = cart[i].unitPrice;
            if (cart[i].discount.kind == Discount::Kind::Percent)
                l.discountPct = BasisPoints { cart[i].discount.value };
            l.discount = priced.lines[i].lineDiscount + priced.lines[i].saleDiscount;
            l.amount = priced.lines[i].net;
            l.rate = cart[i].vat;
            l.vat = priced.lines[i].vat;
            inv.lines.push_back(l);
        }
        QString error;
        const auto els = flatten(buildXml(inv), &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        expectFormatOrder(els);
        std::int64_t lineSum = 0, lineVat = 0;
        std::map<QString, std::pair<std::int64_t, std::int64_t>> perRate; // TSuat → base, vat
        std::int64_t xmlRateBase = 0, xmlRateVat = 0;
        QString rate;
        for (const auto& [path, value] : els) {
            if (path.endsWith(QLatin1String("HHDVu/ThTien")))
                lineSum += value.toLongLong();
            else if (path.endsWith(QLatin1String("HHDVu/TThue")))
                lineVat += value.toLongLong();
            else if (path.endsWith(QLatin1String("LTSuat/TSuat")))
                rate = value;
            else if (path.endsWith(QLatin1String("LTSuat/ThTien"))) {
                perRate[rate].first = value.toLongLong();
                xmlRateBase += value.toLongLong();
            } else if (path.endsWith(QLatin1String("LTSuat/TThue"))) {
                perRate[rate].second = value.toLongLong();
                xmlRateVat += value.toLongLong();
            }
        }
        EXPECT_EQ(lineSum, priced.total.dong());
        EXPECT_EQ(lineVat, priced.vat.dong());
        EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTTTBSo").toLongLong(), priced.total.dong());
        EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTThue").toLongLong(), priced.vat.dong());
        EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTCThue").toLongLong(), (priced.total - priced.vat).dong());
        EXPECT_EQ(xmlRateBase + xmlRateVat, priced.total.dong());
        EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TTCKTMai").toLongLong(),
            (priced.lineDiscounts + priced.saleDiscount).dong());
        ASSERT_EQ(perRate.size(), priced.vatRows.size());
        for (const auto& row : priced.vatRows) {
            const auto& got = perRate[QString::fromStdString(rateCode(row.rate))];
            EXPECT_EQ(got.first, row.base.dong());
            EXPECT_EQ(got.second, row.vat.dong());
        }
        EXPECT_EQ(valueOf(els, "HDon/DLHDon/NDHDon/TToan/TgTTTBChu").toStdString(), moneyInWords(priced.total));
    }
}

TEST(EInvoiceWords, TotalsInWords)
{
    EXPECT_EQ(moneyInWords(Money(1'005'000)), "Một triệu không trăm linh năm nghìn đồng");
    EXPECT_EQ(moneyInWords(Money(45'000)), "Bốn mươi lăm nghìn đồng");
    EXPECT_EQ(moneyInWords(Money(21)), "Hai mươi mốt đồng");
}

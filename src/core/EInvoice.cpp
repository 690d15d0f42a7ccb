#include "EInvoice.h"

#include "ErrorCodes.h"
#include "MoneyInWords.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>
#include <map>

namespace ocopos::core::einvoice {

namespace {

bool isUpperLetter(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool allDigits(const std::string& s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return isDigit(c); });
}

bool validTenDigits(const std::string& s)
{
    if (s.size() != 10 || !allDigits(s))
        return false;
    static constexpr int kWeights[9] = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += kWeights[i] * (s[static_cast<std::size_t>(i)] - '0');
    const int check = 10 - sum % 11;
    // A remainder of 0 would need a check "digit" of 10: no such code is issued.
    return check < 10 && check == s[9] - '0';
}

std::string str(const QString& s)
{
    return s.toStdString();
}

} // namespace

std::string kindCode(Kind k)
{
    switch (k) {
    case Kind::Original:
        return "original";
    case Kind::Adjustment:
        return "adjustment";
    case Kind::Cancel:
        return "cancel";
    }
    return "original";
}

Kind parseKind(const std::string& code)
{
    if (code == "adjustment")
        return Kind::Adjustment;
    if (code == "cancel")
        return Kind::Cancel;
    return Kind::Original;
}

TaxMethod parseTaxMethod(const std::string& text, const std::string& field)
{
    if (text == "vat_credit")
        return TaxMethod::VatCredit;
    if (text == "revenue_percent")
        return TaxMethod::RevenuePercent;
    throw ValidationError(
        codes::invalid, field, "'" + text + "' is not vat_credit or revenue_percent", { { "text", text } });
}

std::string taxMethodCode(TaxMethod m)
{
    return m == TaxMethod::VatCredit ? "vat_credit" : "revenue_percent";
}

Form parseForm(const std::string& text, const std::string& field)
{
    if (text == "1")
        return Form::Vat;
    if (text == "2")
        return Form::Sales;
    throw ValidationError(
        codes::invalid, field, "'" + text + "' is not form 1 (VAT invoice) or 2 (sales invoice)", { { "text", text } });
}

void checkSeries(const std::string& s, const std::string& field)
{
    const bool ok = s.size() == 6 && (s[0] == 'C' || s[0] == 'K') && isDigit(s[1]) && isDigit(s[2]) && s[3] == 'M'
        && isUpperLetter(s[4]) && isUpperLetter(s[5]);
    if (!ok)
        throw ValidationError(codes::einvoiceSeries, field,
            "'" + s
                + "' is not a cash-register series: C or K, a 2-digit year, M, two capital "
                  "letters (C26MAA)",
            { { "text", s } });
}

std::string seriesForYear(const std::string& series, int year)
{
    checkSeries(series, "einvoice_series");
    const int yy = ((year % 100) + 100) % 100;
    std::string out = series;
    out[1] = static_cast<char>('0' + yy / 10);
    out[2] = static_cast<char>('0' + yy % 10);
    return out;
}

bool isValidTaxCode(const std::string& mst)
{
    if (mst.size() == 10)
        return validTenDigits(mst);
    if (mst.size() == 14 && mst[10] == '-') {
        const std::string branch = mst.substr(11);
        return validTenDigits(mst.substr(0, 10)) && allDigits(branch) && branch != "000";
    }
    return false;
}

bool Buyer::empty() const
{
    return name.isEmpty() && taxCode.isEmpty() && address.isEmpty() && idNumber.isEmpty() && phone.isEmpty()
        && email.isEmpty();
}

bool checkText(ProblemList& problems, const std::string& field, const QString& text, int maxChars)
{
    qsizetype chars = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        char32_t code = c.unicode();
        bool bad = false;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate())
                code = QChar::surrogateToUcs4(c, text[++i]);
            else
                bad = true;
        } else if (c.isLowSurrogate()) {
            bad = true;
        }
        ++chars;
        if (!bad)
            bad = (code < 0x20 && code != 0x09 && code != 0x0A && code != 0x0D) || code == 0xFFFE || code == 0xFFFF;
        if (bad) {
            problems.add(0, codes::einvoiceForbiddenChar, field,
                "character " + std::to_string(chars) + " cannot be written in an invoice (a control character)",
                { { "text", str(text) }, { "position", std::to_string(chars) } });
            return false;
        }
    }
    if (chars > maxChars) {
        problems.add(0, codes::einvoiceTooLong, field,
            std::to_string(chars) + " characters, the invoice allows " + std::to_string(maxChars),
            { { "text", str(text) }, { "max", std::to_string(maxChars) } });
        return false;
    }
    return true;
}

void checkBuyer(const Buyer& b)
{
    ProblemList p;
    checkText(p, "buyer.name", b.name, kMaxName);
    checkText(p, "buyer.address", b.address, kMaxAddress);
    if (!b.taxCode.isEmpty()) {
        const std::string mst = str(b.taxCode.trimmed());
        if (!isValidTaxCode(mst))
            p.add(0, codes::einvoiceTaxCode, "buyer.tax_code",
                "'" + mst + "' is not a valid tax code (10 digits with a right check digit, or XXXXXXXXXX-YYY)",
                { { "text", mst } });
        if (b.name.trimmed().isEmpty())
            p.add(0, codes::einvoiceBuyerIncomplete, "buyer.name", "a company invoice needs the buyer's name");
        if (b.address.trimmed().isEmpty())
            p.add(0, codes::einvoiceBuyerIncomplete, "buyer.address", "a company invoice needs the buyer's address");
    } else if (!b.empty() && b.name.trimmed().isEmpty()) {
        p.add(0, codes::einvoiceBuyerIncomplete, "buyer.name", "an invoice with buyer details needs the buyer's name");
    }
    if (!b.idNumber.isEmpty()) {
        const std::string id = str(b.idNumber);
        if (id.size() != 12 || !allDigits(id))
            p.add(0, codes::einvoiceMalformed, "buyer.id_number", "'" + id + "' is not a 12-digit personal ID",
                { { "text", id } });
    }
    if (!b.phone.isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]{8,15}$"));
        if (!phone.match(b.phone).hasMatch())
            p.add(0, codes::einvoiceMalformed, "buyer.phone", "'" + str(b.phone) + "' is not a phone number",
                { { "text", str(b.phone) } });
    }
    if (!b.email.isEmpty()) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s<>&\"']+@[^@\\s<>&\"']+\\.[^@\\s<>&\"']+$"));
        if (!email.match(b.email).hasMatch())
            p.add(0, codes::einvoiceMalformed, "buyer.email", "'" + str(b.email) + "' is not an e-mail address",
                { { "text", str(b.email) } });
        else
            checkText(p, "buyer.email", b.email, kMaxEmail);
    }
    p.throwIfAny();
}

std::string rateCode(VatRate r)
{
    return r.isKct() ? "KCT" : std::to_string(r.percentValue()) + "%";
}

Totals totalsOf(const std::vector<Line>& lines)
{
    std::map<VatRate, RateTotal> byRate;
    Totals t;
    for (const auto& l : lines) {
        auto& r = byRate.try_emplace(l.rate, RateTotal { l.rate, {}, {} }).first->second;
        r.base += l.amount - l.vat;
        r.vat += l.vat;
        t.discount += l.discount;
        t.total += l.amount;
    }
    for (const auto& [rate, r] : byRate) {
        t.rates.push_back(r);
        t.base += r.base;
        t.vat += r.vat;
    }
    return t;
}

QString resolution204Note(TaxMethod method, QDate date)
{
    if (method != TaxMethod::RevenuePercent || date > QDate(2026, 12, 31))
        return {};
    return QStringLiteral("Đã giảm 20% mức tỷ lệ % để tính thuế giá trị gia tăng theo Nghị quyết số 204/2025/QH15");
}

QString paymentText(const std::vector<std::string>& methods)
{
    bool cash = false, transfer = false, card = false;
    for (const auto& m : methods) {
        cash |= m == "cash";
        transfer |= m == "bank_qr";
        card |= m == "card";
    }
    if (cash && !transfer && !card)
        return QStringLiteral("Tiền mặt");
    if (transfer && !cash && !card)
        return QStringLiteral("Chuyển khoản");
    if (card && !cash && !transfer)
        return QStringLiteral("Thẻ");
    return QStringLiteral("TM/CK");
}

namespace {

void checkInvoiceTexts(const Invoice& inv)
{
    ProblemList p;
    checkSeries(str(inv.series), "series");
    if (inv.number < 1 || inv.number > 99'999'999)
        p.add(0, codes::invalid, "number", "an invoice number is 1 to 99999999",
            { { "text", std::to_string(inv.number) } });
    checkText(p, "seller.name", inv.seller.name, kMaxName);
    checkText(p, "seller.address", inv.seller.address, kMaxAddress);
    if (!isValidTaxCode(str(inv.seller.taxCode)))
        p.add(0, codes::einvoiceTaxCode, "seller.tax_code", "'" + str(inv.seller.taxCode) + "' is not a valid tax code",
            { { "text", str(inv.seller.taxCode) } });
    for (std::size_t i = 0; i < inv.lines.size(); ++i) {
        const std::string f = "lines[" + std::to_string(i + 1) + "].";
        checkText(p, f + "code", inv.lines[i].code, kMaxItemCode);
        checkText(p, f + "name", inv.lines[i].name, kMaxItemName);
        checkText(p, f + "unit", inv.lines[i].unit, kMaxUnit);
    }
    p.throwIfAny();
    checkBuyer(inv.buyer);
}

QString money(Money m)
{
    return QString::number(m.dong());
}

void text(QXmlStreamWriter& w, const char* name, const QString& value)
{
    w.writeTextElement(QLatin1String(name), value);
}
void optText(QXmlStreamWriter& w, const char* name, const QString& value)
{
    if (!value.isEmpty())
        text(w, name, value);
}

void otherInfo(QXmlStreamWriter& w, const QString& field, const QString& value)
{
    w.writeStartElement(QStringLiteral("TTin"));
    text(w, "TTruong", field);
    text(w, "KDLieu", QStringLiteral("string"));
    text(w, "DLieu", value);
    w.writeEndElement();
}

} // namespace

QByteArray buildXml(const Invoice& inv)
{
    checkInvoiceTexts(inv);
    const bool vatForm = inv.form == Form::Vat;
    const Totals t = totalsOf(inv.lines);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(false);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("HDon"));
    w.writeStartElement(QStringLiteral("DLHDon"));
    w.writeAttribute(QStringLiteral("Id"), QStringLiteral("%1-%2").arg(inv.series).arg(inv.number));

    w.writeStartElement(QStringLiteral("TTChung"));
    text(w, "PBan", QStringLiteral("2.1.0"));
    text(w, "THDon", vatForm ? QStringLiteral("Hóa đơn giá trị gia tăng") : QStringLiteral("Hóa đơn bán hàng"));
    text(w, "KHMSHDon", QString::number(static_cast<int>(inv.form)));
    text(w, "KHHDon", inv.series);
    text(w, "SHDon", QString::number(inv.number));
    text(w, "NLap", inv.date.toString(Qt::ISODate));
    text(w, "DVTTe", QStringLiteral("VND"));
    text(w, "TGia", QStringLiteral("1"));
    text(w, "HTTToan", inv.payment);
    optText(w, "MSTTCGP", inv.providerTaxCode);
    if (inv.refersTo) {
        // An adjustment of an invoice made under Decree 123 (LHDCLQuan 1).
        w.writeStartElement(QStringLiteral("TTHDLQuan"));
        text(w, "TCHDon", QStringLiteral("2"));
        text(w, "LHDCLQuan", QStringLiteral("1"));
        text(w, "KHMSHDCLQuan", QString::number(static_cast<int>(inv.refersTo->form)));
        text(w, "KHHDCLQuan", inv.refersTo->series);
        text(w, "SHDCLQuan", QString::number(inv.refersTo->number));
        text(w, "NLHDCLQuan", inv.refersTo->date.toString(Qt::ISODate));
        w.writeEndElement();
    }
    if (!inv.receiptNo.isEmpty()) {
        w.writeStartElement(QStringLiteral("TTKhac"));
        otherInfo(w, QStringLiteral("SoChungTu"), inv.receiptNo);
        if (inv.kind != Kind::Original)
            otherInfo(w, QStringLiteral("LoaiDieuChinh"), QString::fromStdString(kindCode(inv.kind)));
        w.writeEndElement();
    }
    w.writeEndElement(); // TTChung

    w.writeStartElement(QStringLiteral("NDHDon"));
    w.writeStartElement(QStringLiteral("NBan"));
    text(w, "Ten", inv.seller.name);
    text(w, "MST", inv.seller.taxCode);
    text(w, "DChi", inv.seller.address);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("NMua"));
    optText(w, "Ten", inv.buyer.name);
    optText(w, "MST", inv.buyer.taxCode.trimmed());
    optText(w, "DChi", inv.buyer.address);
    optText(w, "SDThoai", inv.buyer.phone);
    optText(w, "DCTDTu", inv.buyer.email);
    optText(w, "CCCDan", inv.buyer.idNumber);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("DSHHDVu"));
    int stt = 0;
    for (const auto& l : inv.lines) {
        w.writeStartElement(QStringLiteral("HHDVu"));
        text(w, "TChat", QStringLiteral("1"));
        text(w, "STT", QString::number(++stt));
        text(w, "MHHDVu", l.code);
        text(w, "THHDVu", l.name);
        text(w, "DVTinh", l.unit);
        text(w, "SLuong", QString::fromStdString(formatQuantity(l.qty)));
        text(w, "DGia", money(l.unitPrice));
        if (l.discountPct)
            text(w, "TLCKhau", QString::fromStdString(formatPercent(*l.discountPct)));
        if (!l.discount.isZero())
            text(w, "STCKhau", money(l.discount));
        text(w, "ThTien", money(l.amount));
        if (vatForm) {
            text(w, "TSuat", QString::fromStdString(rateCode(l.rate)));
            text(w, "TThue", money(l.vat));
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // DSHHDVu

    w.writeStartElement(QStringLiteral("TToan"));
    if (vatForm) {
        w.writeStartElement(QStringLiteral("THTTLTSuat"));
        for (const auto& r : t.rates) {
            w.writeStartElement(QStringLiteral("LTSuat"));
            text(w, "TSuat", QString::fromStdString(rateCode(r.rate)));
            text(w, "ThTien", money(r.base));
            text(w, "TThue", money(r.vat));
            w.writeEndElement();
        }
        w.writeEndElement();
        text(w, "TgTCThue", money(t.base));
        text(w, "TgTThue", money(t.vat));
    }
    text(w, "TTCKTMai", money(t.discount));
    text(w, "TgTTTBSo", money(t.total));
    text(w, "TgTTTBChu", QString::fromStdString(moneyInWords(t.total)));
    const QString note = resolution204Note(inv.method, inv.date);
    if (!note.isEmpty()) {
        w.writeStartElement(QStringLiteral("TTKhac"));
        otherInfo(w, QStringLiteral("GhiChu"), note);
        w.writeEndElement();
    }
    w.writeEndElement(); // TToan
    w.writeEndElement(); // NDHDon
    w.writeEndElement(); // DLHDon
    w.writeStartElement(QStringLiteral("MCCQT"));
    w.writeEndElement();
    w.writeEndElement(); // HDon
    w.writeEndDocument();
    return out;
}

Buyer buyerFromXml(const QByteArray& xml)
{
    Buyer b;
    QXmlStreamReader r(xml);
    bool inBuyer = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("NMua")) {
                inBuyer = true;
                continue;
            }
            if (!inBuyer)
                continue;
            const QString name = r.name().toString();
            const QString value = r.readElementText();
            if (name == QLatin1String("Ten"))
                b.name = value;
            else if (name == QLatin1String("MST"))
                b.taxCode = value;
            else if (name == QLatin1String("DChi"))
                b.address = value;
            else if (name == QLatin1String("SDThoai"))
                b.phone = value;
            else if (name == QLatin1String("DCTDTu"))
                b.email = value;
            else if (name == QLatin1String("CCCDan"))
                b.idNumber = value;
        } else if (r.isEndElement() && r.name() == QLatin1String("NMua")) {
            break;
        }
    }
    return b;
}

} // namespace ocopos::core::einvoice

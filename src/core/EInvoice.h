#pragma once

#include "Cart.h"
#include "Errors.h"
#include "Money.h"
#include "Quantity.h"
#include "Vat.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>
#include <string>
#include <vector>

/// E-invoices generated from the cash register (docs/EINVOICE.md): the rules a
/// record must meet before a sale is committed, and the XML of the Tax
/// Department's format (HDon/DLHDon/...). Everything here is pure: the numbers
/// come from the caller, the XML is bytes.
namespace ocopos::core::einvoice {

/// KHMSHDon: 1 = VAT invoice (VAT credit method), 2 = sales invoice (revenue percentage).
enum class Form { Vat = 1, Sales = 2 };
/// What the invoice does: a sale's own invoice, a return's adjustment of it, or
/// the adjustment that cancels it in full when the sale is voided.
enum class Kind { Original, Adjustment, Cancel };
enum class TaxMethod { VatCredit, RevenuePercent };

/// "original", "adjustment", "cancel".
std::string kindCode(Kind k);
Kind parseKind(const std::string& code);
/// "vat_credit" or "revenue_percent"; throws ValidationError (field) otherwise.
TaxMethod parseTaxMethod(const std::string& text, const std::string& field);
std::string taxMethodCode(TaxMethod m);
/// "1" or "2"; throws ValidationError (field) otherwise.
Form parseForm(const std::string& text, const std::string& field);

/// A cash-register series: 6 characters, `C` or `K`, a 2-digit year, `M`, two
/// capital letters (`C26MAA`). Throws ValidationError (field, code einvoice.series).
void checkSeries(const std::string& series, const std::string& field);
/// The series with its year digits set to `year` (the registered letters stay):
/// `C26MAA` in 2027 is `C27MAA`.
std::string seriesForYear(const std::string& series, int year);

/// A Vietnamese tax code (MST): 10 digits whose 10th is the check digit
/// 10 − (31·d1 + 29·d2 + 23·d3 + 19·d4 + 17·d5 + 13·d6 + 7·d7 + 5·d8 + 3·d9) mod 11,
/// or a branch's 13-character form `XXXXXXXXXX-YYY` (the parent's valid code,
/// a dash, 3 digits from 001).
bool isValidTaxCode(const std::string& mst);

/// The optional buyer of a company invoice: all empty means a consumer.
struct Buyer {
    QString name; ///< company or person (Ten)
    QString taxCode; ///< MST
    QString address; ///< DChi
    QString idNumber; ///< personal ID (CCCD, 12 digits)
    QString phone; ///< SDThoai
    QString email; ///< DCTDTu
    bool empty() const;
};

/// Maximum lengths, in characters, as we read the format (docs/EINVOICE.md).
inline constexpr int kMaxName = 400;
inline constexpr int kMaxAddress = 400;
inline constexpr int kMaxItemName = 500;
inline constexpr int kMaxUnit = 50;
inline constexpr int kMaxItemCode = 50;
inline constexpr int kMaxEmail = 50;
inline constexpr int kMaxPhone = 20;

/// Checks the buyer's details before the sale: lengths, characters XML cannot
/// carry, the MST checksum, ID, phone and e-mail shape; a tax code needs a name
/// and an address. Throws ValidationError with every problem, fields
/// `buyer.name`, `buyer.tax_code`, `buyer.address`, `buyer.id_number`,
/// `buyer.phone`, `buyer.email`.
void checkBuyer(const Buyer& b);

/// Adds a problem when `text` holds a character XML 1.0 cannot carry (controls
/// other than tab/CR/LF, U+FFFE/FFFF, unpaired surrogates) or is longer than
/// `maxChars` characters. Returns true when the text is fine.
bool checkText(ProblemList& problems, const std::string& field, const QString& text, int maxChars);

/// One line of the invoice, from the sale line's snapshot. Money and quantities
/// are negative on adjustment and cancel invoices (a decrease).
struct Line {
    QString code; ///< MHHDVu (the SKU)
    QString name; ///< THHDVu
    QString unit; ///< DVTinh
    Quantity qty;
    Money unitPrice; ///< DGia, VAT included as the shelf shows it
    std::optional<BasisPoints> discountPct; ///< TLCKhau, when the line's discount was a percentage
    Money discount; ///< STCKhau: the line's discount and its share of the sale's
    Money amount; ///< ThTien: what the buyer pays for the line, VAT included
    VatRate rate = VatRate::kct();
    Money vat; ///< TThue
};

/// The invoice an adjustment or cancel refers to (TTHDLQuan).
struct Reference {
    Form form = Form::Vat;
    QString series;
    qint64 number = 0;
    QDate date;
};

struct Seller {
    QString name;
    QString taxCode;
    QString address;
};

struct Invoice {
    Form form = Form::Vat;
    TaxMethod method = TaxMethod::VatCredit;
    Kind kind = Kind::Original;
    QString series;
    qint64 number = 0;
    QDate date;
    QString payment; ///< HTTToan: "Tiền mặt", "Chuyển khoản", "TM/CK", ...
    QString providerTaxCode; ///< MSTTCGP; empty leaves it out
    Seller seller;
    Buyer buyer;
    std::vector<Line> lines;
    std::optional<Reference> refersTo;
    QString receiptNo; ///< the till's receipt number, kept as TTKhac
};

/// Per-rate totals (THTTLTSuat/LTSuat): base before VAT, and VAT.
struct RateTotal {
    VatRate rate = VatRate::kct();
    Money base;
    Money vat;
};

struct Totals {
    std::vector<RateTotal> rates; ///< in VatRate order
    Money base; ///< TgTCThue
    Money vat; ///< TgTThue
    Money discount; ///< TTCKTMai
    Money total; ///< TgTTTBSo
};

Totals totalsOf(const std::vector<Line>& lines);

/// The TSuat code of a rate: "KCT", "0%", "5%", "8%", "10%".
std::string rateCode(VatRate r);

/// The note households write on sales invoices while Resolution 204/2025/QH15's
/// reduction applies (through 2026-12-31); empty after.
QString resolution204Note(TaxMethod method, QDate date);

/// The invoice as the format's XML (UTF-8, declaration first), elements in the
/// format's order. Throws ValidationError naming the field (`lines[2].name`,
/// `seller.address`, ...) for a character XML forbids or an overlong text, and
/// for a series or number the format refuses.
QByteArray buildXml(const Invoice& inv);

/// The buyer as an invoice's XML names it (NMua), for the adjustments that
/// refer to it. Empty when there is none.
Buyer buyerFromXml(const QByteArray& xml);

/// The payment-method text of HTTToan from the methods used ("cash", "card", "bank_qr").
QString paymentText(const std::vector<std::string>& methods);

} // namespace ocopos::core::einvoice

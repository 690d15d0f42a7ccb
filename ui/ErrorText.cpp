// errorText: the sentence a screen shows for an error, translated from the
// error's code and arguments (core/ErrorCodes.h), never from its English message,
// which goes to the log only.
#include "Format.h"

#include "core/ErrorCodes.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDate>

#include <spdlog/spdlog.h>

namespace ocopos::ui {

namespace {

/// The translation context of these texts (shared with Format.cpp).
struct Format {
    Q_DECLARE_TR_FUNCTIONS(ocopos::ui::Format)
};

/// The arguments of one error, turned into text for a sentence.
class Args {
public:
    explicit Args(const ErrorArgs& args) : m_args(args) {}

    QString text(std::string_view name) const { return QString::fromStdString(raw(name)); }
    /// Whole đồng as `45.000 ₫`; the raw value if it is not a number.
    QString money(std::string_view name) const
    {
        bool ok = false;
        const qint64 dong = text(name).toLongLong(&ok);
        return ok ? ui::money(core::Money(dong)) : text(name);
    }
    /// A decimal quantity the Vietnamese way (`2,5`).
    QString quantity(std::string_view name) const
    {
        try {
            return ui::quantity(core::parseQuantity(raw(name), std::string(name), true));
        } catch (const ValidationError&) {
            return text(name);
        }
    }
    /// A percent ("12.5") with a decimal comma.
    QString percent(std::string_view name) const { return text(name).replace(QLatin1Char('.'), QLatin1Char(',')); }
    /// YYYY-MM-DD as dd/MM/yyyy.
    QString date(std::string_view name) const
    {
        const QDate d = QDate::fromString(text(name), Qt::ISODate);
        return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : text(name);
    }
    QString role(std::string_view name) const
    {
        const auto r = core::roleFromCode(raw(name));
        return r ? roleName(*r) : text(name);
    }
    int number(std::string_view name) const { return text(name).toInt(); }

private:
    std::string raw(std::string_view name) const
    {
        for (const auto& [key, value] : m_args)
            if (key == name)
                return value;
        return {};
    }

    const ErrorArgs& m_args;
};

bool is(const std::string& code, ErrorCode c) { return code == c.id(); }

/// The sentence for a specific code; empty for a code without one, so the
/// caller falls back to the kind and the English detail.
QString specificText(const std::string& code, const ErrorArgs& args)
{
    const Args a(args);
    // Logging in and permissions.
    if (is(code, codes::authWrongPin))
        return Format::tr("Wrong user or PIN.");
    if (is(code, codes::authLocked))
        return Format::tr("Locked after too many wrong PINs: try again in %n minute(s).", nullptr, a.number("minutes"));
    if (is(code, codes::authRole))
        return Format::tr("Not allowed: this needs the role %1; %2 is %3.").arg(a.role("needed"), a.text("user"), a.role("role"));
    if (is(code, codes::authNotManager))
        return Format::tr("%1 is not a manager and cannot authorise this.").arg(a.text("user"));
    if (is(code, codes::authOverrideNeeded))
        return Format::tr("A manager's override is needed: the discount is over %1 %.").arg(a.percent("threshold"));
    // Stock, payment, shifts, returns, settlements.
    if (is(code, codes::stockShort))
        return Format::tr("Not enough stock of %1 (%2): %3 wanted, %4 can be sold.")
            .arg(a.text("sku"), a.text("name"), a.quantity("wanted"), a.quantity("available"));
    if (is(code, codes::stockExpired))
        return Format::tr("Not enough stock of %1 (%2): %3 wanted, %4 can be sold; %5 on hand is expired and is never sold.")
            .arg(a.text("sku"), a.text("name"), a.quantity("wanted"), a.quantity("available"), a.quantity("expired"));
    if (is(code, codes::paymentShort))
        return Format::tr("Payment short: %1 paid of %2 due.").arg(a.money("paid"), a.money("due"));
    if (is(code, codes::shiftNotOpen))
        return Format::tr("No shift is open on till %1: open one first.").arg(a.text("till"));
    if (is(code, codes::shiftAlreadyOpen))
        return Format::tr("A shift is already open on till %1 (opened by %2).").arg(a.text("till"), a.text("user"));
    if (is(code, codes::returnExceedsSale))
        return Format::tr("Return exceeds the sale: %1 of %2 asked, only %3 sold and not yet returned.")
            .arg(a.quantity("asked"), a.text("sku"), a.quantity("left"));
    if (is(code, codes::settlementAlreadySettled))
        return Format::tr("Period already settled: %1 has a finalized statement for %2 – %3.")
            .arg(a.text("producer"), a.date("from"), a.date("to"));
    // The store's database server (PostgreSQL, several tills).
    if (is(code, codes::dbConnectionLost))
        return Format::tr("The link to the store's server broke: nothing of this was saved. The sale stays here: "
                          "try again when the link is back.");
    if (is(code, codes::dbUnreachable))
        return Format::tr("The store's server does not answer: nothing was saved. Try again when the network is back.");
    if (is(code, codes::dbBusy))
        return Format::tr("Another till kept the store busy too long: nothing was saved. Try again.");
    if (is(code, codes::dbDiskFull))
        return Format::tr("The disk holding the store is full: nothing of this was saved. The sale stays here: "
                          "free some space (or call support), then try again.");
    if (is(code, codes::dbReadOnly))
        return Format::tr("The store cannot be written (a read-only file or disk): nothing of this was saved. "
                          "The sale stays here: call support.");
    if (is(code, codes::dbIoError))
        return Format::tr("The disk failed while saving: nothing of this was saved. The sale stays here: "
                          "check the disk, then try again.");
    if (is(code, codes::dbAuthFailed))
        return Format::tr("The store's server refused this till's user or password.");
    // Receipt printers.
    if (is(code, codes::printerRefused))
        return Format::tr("The receipt printer %1 refused the connection: is it switched on, and is this its address?")
            .arg(a.text("printer"));
    if (is(code, codes::printerOffline))
        return Format::tr("The receipt printer %1 is offline or does not answer (cover open? cable?).").arg(a.text("printer"));
    if (is(code, codes::printerPaperOut))
        return Format::tr("The receipt printer is out of paper: put in a new roll.");
    if (is(code, codes::printerClosed))
        return Format::tr("The connection to the receipt printer broke while printing: part of it may have printed.");
    if (is(code, codes::printerFailed))
        return Format::tr("The receipt printer %1 refused the job: %2").arg(a.text("printer"), a.text("message"));
    if (is(code, codes::printerNotConfigured))
        return Format::tr("Till %1 has no receipt printer: set one up in Settings.").arg(a.text("till"));
    if (is(code, codes::printAlreadyPrinted))
        return Format::tr("This document has already printed; print a copy from the receipts screen.");
    if (is(code, codes::productUnknownCode))
        return Format::tr("No product with code %1.").arg(a.text("code"));
    // Input.
    if (is(code, codes::barcodeCheckDigit))
        return Format::tr("“%1” has a wrong check digit: scan it again").arg(a.text("text"));
    if (is(code, codes::barcodeMalformed))
        return Format::tr("“%1” is not a barcode of the right kind").arg(a.text("text"));
    if (is(code, codes::inputEmpty))
        return Format::tr("nothing was entered");
    if (is(code, codes::amountMalformed))
        return Format::tr("“%1” is not an amount of đồng (45000, 45.000 or 45k)").arg(a.text("text"));
    if (is(code, codes::amountDecimal))
        return Format::tr("“%1” has decimals, but đồng have none (1,5k is 1.500 ₫)").arg(a.text("text"));
    if (is(code, codes::amountAmbiguousDot))
        return Format::tr("“%1” is ambiguous: a dot groups thousands; write 1,5k for 1.500 ₫ or 1.500k for 1.500.000 ₫")
            .arg(a.text("text"));
    if (is(code, codes::amountFraction))
        return Format::tr("“%1” is finer than 1 đồng: k takes at most three decimals").arg(a.text("text"));
    if (is(code, codes::amountNegative) || is(code, codes::numberNegative))
        return Format::tr("“%1” cannot be negative").arg(a.text("text"));
    if (is(code, codes::amountTooLarge) || is(code, codes::numberTooLarge))
        return Format::tr("“%1” is too large").arg(a.text("text"));
    if (is(code, codes::numberMalformed))
        return Format::tr("“%1” is not a number").arg(a.text("text"));
    if (is(code, codes::numberTooPrecise))
        return Format::tr("“%1” has more than %2 decimal places").arg(a.text("text"), a.text("decimals"));
    if (is(code, codes::percentTooHigh))
        return Format::tr("“%1” is above %2 %").arg(a.text("text"), a.percent("max"));
    if (is(code, codes::einvoiceSeries))
        return Format::tr("“%1” is not an invoice series (C or K, 2-digit year, M, two letters: C26MAA)").arg(a.text("text"));
    if (is(code, codes::einvoiceTaxCode))
        return Format::tr("“%1” is not a valid tax code (10 digits, or 10 digits-3 digits for a branch)").arg(a.text("text"));
    if (is(code, codes::einvoiceForbiddenChar))
        return Format::tr("character %1 cannot be written on an invoice: remove it").arg(a.text("position"));
    if (is(code, codes::einvoiceTooLong))
        return Format::tr("too long for an invoice: at most %1 characters").arg(a.text("max"));
    if (is(code, codes::einvoiceBuyerIncomplete))
        return Format::tr("needed for a company invoice");
    if (is(code, codes::einvoiceMalformed))
        return Format::tr("“%1” is not in the right form").arg(a.text("text"));
    if (is(code, codes::einvoiceNotConfigured))
        return Format::tr("E-invoicing is on but the setting %1 is empty: ask the administrator").arg(a.text("setting"));
    if (is(code, codes::einvoiceProviderUnreachable))
        return Format::tr("The e-invoice provider cannot be reached; invoices wait and are sent later");
    if (is(code, codes::einvoiceProviderRefused))
        return Format::tr("The e-invoice provider refused the store's account or series: %1").arg(a.text("message"));
    if (is(code, codes::dateMalformed))
        return Format::tr("“%1” is not a date (YYYY-MM-DD)").arg(a.text("text"));
    if (is(code, codes::timeMalformed))
        return Format::tr("“%1” is not a time").arg(a.text("text"));
    return {};
}

/// One input problem: translated when its code has a sentence, else the
/// English description as the service wrote it.
QString problemText(const Problem& p)
{
    const QString sentence = specificText(p.code, p.args);
    if (sentence.isEmpty())
        return QString::fromStdString(p.describe());
    const QString field = QString::fromStdString(p.field);
    if (p.line > 0)
        return field.isEmpty() ? Format::tr("line %1: %2").arg(p.line).arg(sentence)
                               : Format::tr("line %1, %2: %3").arg(QString::number(p.line), field, sentence);
    return field.isEmpty() ? sentence : Format::tr("%1: %2").arg(field, sentence);
}

} // namespace

QString errorText(const std::exception& e)
{
    const auto* error = dynamic_cast<const Error*>(&e);
    core::logger("ui")->info("shown to the user: [{}] {}", error ? error->code() : std::string("internal"), e.what());
    const QString detail = QString::fromUtf8(e.what());
    if (const auto* v = dynamic_cast<const ValidationError*>(&e)) {
        QStringList parts;
        for (const auto& p : v->problems())
            parts << problemText(p);
        return Format::tr("Not valid: %1").arg(parts.join(QStringLiteral("; ")));
    }
    if (error) {
        if (const QString sentence = specificText(error->code(), error->args()); !sentence.isEmpty())
            return sentence;
    }
    if (dynamic_cast<const NotFound*>(&e))
        return Format::tr("Not found: %1").arg(detail);
    if (dynamic_cast<const AuthError*>(&e))
        return Format::tr("Not allowed: %1").arg(detail);
    if (dynamic_cast<const Conflict*>(&e))
        return Format::tr("Not possible now: %1").arg(detail);
    if (dynamic_cast<const StorageError*>(&e))
        return Format::tr("Database error: %1").arg(detail);
    return Format::tr("Unexpected error: %1").arg(detail);
}

} // namespace ocopos::ui

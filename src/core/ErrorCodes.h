#pragma once

#include "Errors.h"

/// The specific error codes: stable names screens translate from and the CLI
/// prints as "reason". The arguments each one carries are listed beside it;
/// money is whole đồng, quantities decimal strings ("2.5"), dates YYYY-MM-DD.
/// An error without a specific code has its kind's default (Errors.h). Add a
/// code here, never rename one; a screen that doesn't know a code falls back to
/// the kind and the English message.
namespace ocopos::codes {

// Logging in and permissions (AuthError).
/// Wrong PIN, unknown user or deactivated user: deliberately alike, so a guess
/// can't tell which. No args.
inline constexpr ErrorCode authWrongPin{"auth.wrong_pin"};
/// Too many wrong PINs. {user, minutes}: whole minutes left, rounded up.
inline constexpr ErrorCode authLocked{"auth.locked"};
/// The user's role is below the one the action needs. {user, role, needed}: role codes.
inline constexpr ErrorCode authRole{"auth.role"};
/// Someone who is not a manager tried to authorise. {user}.
inline constexpr ErrorCode authNotManager{"auth.not_manager"};
/// The user still has the initial PIN and must choose a new one first. {user}.
inline constexpr ErrorCode authPinMustChange{"auth.pin_must_change"};
/// A discount over the threshold needs a manager's override. {threshold}: percent ("10").
inline constexpr ErrorCode authOverrideNeeded{"auth.override_needed"};

// Stock, payment, shifts, returns, settlements (Conflict).
/// Not enough sellable stock. {sku, name, wanted, available}.
inline constexpr ErrorCode stockShort{"stock.short"};
/// Not enough sellable stock, and some on hand is expired (never sold).
/// {sku, name, wanted, available, expired}.
inline constexpr ErrorCode stockExpired{"stock.expired"};
/// Payments cover less than the total. {paid, due}.
inline constexpr ErrorCode paymentShort{"payment.short"};
/// No shift is open on this till. {till}.
inline constexpr ErrorCode shiftNotOpen{"shift.not_open"};
/// A shift is already open on this till. {till, user}.
inline constexpr ErrorCode shiftAlreadyOpen{"shift.already_open"};
/// More returned than sold and not yet returned. {receipt, sku, asked, left}.
inline constexpr ErrorCode returnExceedsSale{"return.exceeds_sale"};
/// The period overlaps a finalized statement. {producer, from, to}: the
/// finalized statement's period.
inline constexpr ErrorCode settlementAlreadySettled{"settlement.already_settled"};

// Sending to the province centre (docs/CENTRE.md).
/// No centre is set up (centre_url, centre_store, centre_token). No args.
inline constexpr ErrorCode syncNotConfigured{"sync.not_configured"};
/// The centre did not answer, or answered that it cannot store now; what waits
/// is sent on a later try. {url}: the centre's address.
inline constexpr ErrorCode syncUnreachable{"sync.unreachable"};
/// The centre refused the store's token (wrong, revoked, or another store's). {store}.
inline constexpr ErrorCode syncUnauthorized{"sync.unauthorized"};
/// The centre refused an entry that breaks the store's hash chain: sending stops
/// until an administrator has looked. {store, entry}: the journal entry's id.
inline constexpr ErrorCode syncChainBroken{"sync.chain_broken"};
/// The centre refused a batch as malformed (a bug on one side). {message}.
inline constexpr ErrorCode syncRejected{"sync.rejected"};

// Receipt printers (docs/PRINTERS.md). {printer}: the printer's URI as set.
/// Nothing listens at the printer's address (switched off, wrong address or port). {printer}.
inline constexpr ErrorCode printerRefused{"printer.refused"};
/// The printer did not answer in time, says it is offline, its cover is open or
/// it is in error; or its device file does not exist. {printer}.
inline constexpr ErrorCode printerOffline{"printer.offline"};
/// The printer says its paper has run out. {printer}.
inline constexpr ErrorCode printerPaperOut{"printer.paper_out"};
/// The connection to the printer broke while a job was being sent: part of it
/// may have printed. {printer}.
inline constexpr ErrorCode printerClosed{"printer.closed"};
/// The printer or its queue refused the job for another reason (permissions,
/// CUPS). {printer, message}.
inline constexpr ErrorCode printerFailed{"printer.failed"};
/// This till has no receipt printer set up. {till}.
inline constexpr ErrorCode printerNotConfigured{"printer.not_configured"};
/// The print job was already printed: printing it again is a reprint. {job}.
inline constexpr ErrorCode printAlreadyPrinted{"print.already_printed"};

// E-invoices (docs/EINVOICE.md). Input problems carry {text}: what was given.
/// Not a cash-register series (6 characters: C or K, 2-digit year, M, 2 letters). {text}.
inline constexpr ErrorCode einvoiceSeries{"einvoice.series"};
/// A tax code (MST) that is not 10 digits with a right check digit, or 13 as XXXXXXXXXX-YYY. {text}.
inline constexpr ErrorCode einvoiceTaxCode{"einvoice.tax_code"};
/// A character an XML invoice cannot carry (a control character). {text, position}: 1-based.
inline constexpr ErrorCode einvoiceForbiddenChar{"einvoice.forbidden_char"};
/// Longer than the invoice format allows. {text, max}: characters.
inline constexpr ErrorCode einvoiceTooLong{"einvoice.too_long"};
/// A company invoice's buyer needs this detail too (a tax code needs name and address). {}.
inline constexpr ErrorCode einvoiceBuyerIncomplete{"einvoice.buyer_incomplete"};
/// A personal ID (12 digits), phone (digits, optional +) or e-mail that is malformed. {text}.
inline constexpr ErrorCode einvoiceMalformed{"einvoice.malformed"};
/// E-invoicing is on but a setting it needs is empty (Conflict). {setting}.
inline constexpr ErrorCode einvoiceNotConfigured{"einvoice.not_configured"};
/// The provider did not answer or answered that it cannot take invoices now;
/// what waits is sent on a later try (Conflict). {url}.
inline constexpr ErrorCode einvoiceProviderUnreachable{"einvoice.provider_unreachable"};
/// The provider refused the store's account or the series (Conflict). {message}.
inline constexpr ErrorCode einvoiceProviderRefused{"einvoice.provider_refused"};

// The store database (db::DbError, a StorageError).
/// The file is not an OCOPOS store: not SQLite, damaged, or another program's. No args.
inline constexpr ErrorCode dbNotAStore{"db.not_a_store"};
/// The store was written by a newer OCOPOS. No args.
inline constexpr ErrorCode dbNewerSchema{"db.newer_schema"};
/// The PostgreSQL server refused the user name or password. No args.
inline constexpr ErrorCode dbAuthFailed{"db.auth_failed"};
/// No PostgreSQL server answers at the address given. No args.
inline constexpr ErrorCode dbUnreachable{"db.unreachable"};
/// The link to the PostgreSQL server broke mid-transaction; nothing of it was
/// written, and it can be tried again once the link is back. No args.
inline constexpr ErrorCode dbConnectionLost{"db.connection_lost"};
/// Another till held the store's write lock for longer than the wait allowed. No args.
inline constexpr ErrorCode dbBusy{"db.busy"};
/// The disk holding the store (or the server's disk) is full: nothing of the
/// action was written; it can be tried again once there is space. No args.
inline constexpr ErrorCode dbDiskFull{"db.disk_full"};
/// The store cannot be written: a read-only file or file system, or a server that
/// only reads. Nothing of the action was written. No args.
inline constexpr ErrorCode dbReadOnly{"db.read_only"};
/// The disk failed while the store was read or written (an I/O error): nothing
/// of the action was written. No args.
inline constexpr ErrorCode dbIoError{"db.io_error"};

// Looking up (NotFound).
/// No product has this SKU, barcode or scale PLU. {code}.
inline constexpr ErrorCode productUnknownCode{"product.unknown_code"};

// Input (ValidationError problems). Each carries {text}: what was typed.
/// A GS1 barcode whose check digit is wrong, or a scale barcode whose
/// price/weight check digit is. {text}.
inline constexpr ErrorCode barcodeCheckDigit{"barcode.check_digit"};
/// Not a barcode of the kind needed (e.g. not an in-store scale barcode). {text}.
inline constexpr ErrorCode barcodeMalformed{"barcode.malformed"};
/// Nothing was typed. {}.
inline constexpr ErrorCode inputEmpty{"input.empty"};
/// An amount that is not whole đồng as digits, dot-grouped or with k. {text}.
inline constexpr ErrorCode amountMalformed{"amount.malformed"};
/// "1,5" without k: đồng have no decimals. {text}.
inline constexpr ErrorCode amountDecimal{"amount.decimal"};
/// "1.5k": a dot that is not a thousands group before k. {text}.
inline constexpr ErrorCode amountAmbiguousDot{"amount.ambiguous_dot"};
/// "1,2345k": more than three decimals of thousands, finer than 1 đồng. {text}.
inline constexpr ErrorCode amountFraction{"amount.fraction"};
/// A minus sign where only amounts from 0 are taken. {text}.
inline constexpr ErrorCode amountNegative{"amount.negative"};
/// Beyond int64 đồng. {text}.
inline constexpr ErrorCode amountTooLarge{"amount.too_large"};
/// A quantity or percent that is not a decimal number. {text}.
inline constexpr ErrorCode numberMalformed{"number.malformed"};
/// A minus sign where only values from 0 are taken. {text}.
inline constexpr ErrorCode numberNegative{"number.negative"};
/// More decimal places than the value keeps. {text, decimals}.
inline constexpr ErrorCode numberTooPrecise{"number.too_precise"};
/// Beyond the range of the value. {text}.
inline constexpr ErrorCode numberTooLarge{"number.too_large"};
/// A percent above its maximum. {text, max}: the maximum as a percent ("100").
inline constexpr ErrorCode percentTooHigh{"percent.too_high"};
/// Not a date YYYY-MM-DD. {text}.
inline constexpr ErrorCode dateMalformed{"date.malformed"};
/// Not an ISO 8601 time. {text}.
inline constexpr ErrorCode timeMalformed{"time.malformed"};

} // namespace ocopos::codes

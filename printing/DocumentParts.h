#pragma once

// Blocks several documents share (store header, VAT table, VietQR, signatures,
// page footer). Internal to ocopos_printing.

#include "Composer.h"
#include "DocumentData.h"

#include <string>
#include <vector>

namespace ocopos::printing::parts {

/// Body text on rolls and the small print under it.
inline constexpr TextStyle kRollBody{8, FontStyle::Regular, Align::Left, {}};
inline constexpr TextStyle kRollSmall{7, FontStyle::Regular, Align::Left, {}};
/// Body text on A4.
inline constexpr TextStyle kA4Body{9, FontStyle::Regular, Align::Left, {}};
inline constexpr TextStyle kA4Small{7.5, FontStyle::Regular, Align::Left, {}};

/// Store name, address, tax code and phone, centred (roll documents).
void rollStoreHeader(Composer& c, const StoreInfo& store);
/// A centred bold title with an optional line under it.
void rollTitle(Composer& c, const std::string& title, const std::string& subtitle = {});
/// The VAT table: a four-column table when the amounts fit, else one block per rate.
void rollVatTable(Composer& c, const std::vector<VatSummaryRow>& rows, const std::string& title);
/// "Mã nhật ký: 3fa2b1c9d0e1", centred, when there is a hash.
void rollJournal(Composer& c, const QString& hash);

/// Names side by side with room to sign under each (roll documents).
void rollSignatures(Composer& c, const std::vector<std::string>& titles);
/// A bold section heading on a roll.
void rollSection(Composer& c, const std::string& title);

/// "SX: Hộ Nguyễn Văn Hải · Lô CR2606B" lines (one per producer) and the OCOP
/// stars, which go at the right of the last line when they fit.
void creditsAndStars(Composer& c, const std::vector<LotCredit>& lots, int stars, const TextStyle& style,
                     double indent);
/// "OCOP" and `stars` stars at (x, baseline); returns the width.
double ocopStarsAt(Composer& c, double x, double baseline, int stars, const TextStyle& style);
double ocopStarsWidth(const Composer& c, int stars, const TextStyle& style);

/// A VietQR code centred, with the amount and account under it. `payload` is
/// drawn as given; its amount and purpose are read back from it for the text.
void rollVietQr(Composer& c, const std::string& payload, const BankAccount& bank, const std::string& caption);

/// Store details at the top left and a big centred title (A4).
void a4Header(Composer& c, const StoreInfo& store, const std::string& title, const std::vector<std::string>& subtitles);
/// "Trang 1/3" at the bottom right and `left` at the bottom left.
void a4Footer(Composer& c, int page, int count, const std::string& left);
/// Signature blocks side by side: title, "(Ký, ghi rõ họ tên)" and room to sign.
void signatureBlocks(Composer& c, const std::vector<std::string>& titles, const std::string& dateLine);
/// A labelled box of party details (name, tax code, address, bank) at (x, top); returns its height.
double partyBox(Composer& c, double x, double top, double w, const std::string& heading,
                const std::vector<std::pair<std::string, std::string>>& rows);

/// A receipt's e-invoice block: form, series and number; once accepted the
/// tax authority's code and a QR of the lookup page, before that where and by
/// what to look it up later.
void rollEInvoice(Composer& c, const ReceiptEInvoice& e);

/// The QR module size for printing: big enough to scan from paper at 200 dpi.
inline constexpr double kQrModule = 0.85 * kPtPerMm;

} // namespace ocopos::printing::parts

#pragma once

#include "DocumentData.h"
#include "PdfDocument.h"

namespace ocopos::printing {

/// The settlement statement with one producer (A4 portrait, over as many pages
/// as it takes, table headers repeated and "Trang 1/3" at the foot): store and
/// producer details, the period, every product with quantity, net, returns,
/// commission and payout, consignment and purchased goods apart, the breakdown
/// by member household, the totals in figures and in Vietnamese words, a VietQR
/// paying the payout into the producer's account (or a sentence saying why there
/// is none), and signature blocks for the store and the producer.
class SettlementStatementPdf {
public:
    explicit SettlementStatementPdf(SettlementStatementData data);
    DocumentLayout layout(const TextMeasurer& measurer) const;
    PdfDocument render() const { return PdfDocument::make(*this); }

    /// The VietQR payload paying the payout to the producer, or empty when the
    /// producer has no bank account or nothing is owed. Purpose: the statement number.
    static std::string payoutVietQr(const SettlementStatementData& data);

private:
    SettlementStatementData m_data;
};

} // namespace ocopos::printing

#include "VietnameseSortKeys.h"

#include "core/Errors.h"

#include <unicode/ucol.h>

namespace ocopos::services {

VietnameseSortKeys::VietnameseSortKeys()
{
    // The attributes Qt 6's ICU backend of QCollator sets (qcollator_icu.cpp) for
    // QLocale(Vietnamese, Vietnam) with CaseInsensitive and numeric mode.
    UErrorCode status = U_ZERO_ERROR;
    m_collator = ucol_open("vi_VN", &status);
    if (U_FAILURE(status) || !m_collator)
        throw Error(std::string("ICU cannot open the Vietnamese collation: ") + u_errorName(status));
    ucol_setAttribute(m_collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    ucol_setAttribute(m_collator, UCOL_STRENGTH, UCOL_SECONDARY, &status);
    ucol_setAttribute(m_collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    ucol_setAttribute(m_collator, UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
    if (U_FAILURE(status)) {
        ucol_close(m_collator);
        throw Error(std::string("ICU refused the Vietnamese collation's options: ") + u_errorName(status));
    }
}

VietnameseSortKeys::~VietnameseSortKeys() { ucol_close(m_collator); }

void VietnameseSortKeys::append(const QString& text, std::string& out) const
{
    const auto* chars = reinterpret_cast<const UChar*>(text.utf16());
    const auto length = static_cast<int32_t>(text.size());
    const std::size_t at = out.size();
    std::size_t room = 16 + static_cast<std::size_t>(text.size()) * 3;
    for (;;) {
        out.resize(at + room);
        const int32_t size = ucol_getSortKey(m_collator, chars, length, reinterpret_cast<uint8_t*>(out.data() + at),
                                             static_cast<int32_t>(room));
        if (size <= 0)
            throw Error("ICU gave no sort key for a product name");
        if (static_cast<std::size_t>(size) <= room) {
            out.resize(at + static_cast<std::size_t>(size));
            return;
        }
        room = static_cast<std::size_t>(size);
    }
}

} // namespace ocopos::services

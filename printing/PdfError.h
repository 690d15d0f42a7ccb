#pragma once

#include "core/Errors.h"

#include <string>

namespace ocopos::printing {

/// A PDF could not be made or written: libharu reported an error (with its
/// error and detail codes), a font could not be found, or the file could not be
/// saved. The message says what was being done; the error's code() is "pdf".
class PdfError : public Error {
public:
    explicit PdfError(const std::string& what, unsigned long code = 0, unsigned long detail = 0)
        : Error(ErrorCode("pdf"), what), m_status(code), m_detail(detail)
    {
    }

    /// libharu's error number (HPDF_STATUS), 0 when the error is not libharu's.
    unsigned long status() const noexcept { return m_status; }
    /// libharu's detail number (often an errno or an index), 0 when none.
    unsigned long detail() const noexcept { return m_detail; }

private:
    unsigned long m_status;
    unsigned long m_detail;
};

} // namespace ocopos::printing

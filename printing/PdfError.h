#pragma once

#include "core/Errors.h"

#include <string>

namespace ocopos::printing {

/// A PDF could not be made or written: libharu reported an error (with its
/// error and detail codes), a font could not be found, or the file could not be
/// saved. The message says what was being done.
class PdfError : public Error {
public:
    explicit PdfError(const std::string& what, unsigned long code = 0, unsigned long detail = 0)
        : Error(what), m_code(code), m_detail(detail)
    {
    }

    /// libharu's error number (HPDF_STATUS), 0 when the error is not libharu's.
    unsigned long code() const noexcept { return m_code; }
    /// libharu's detail number (often an errno or an index), 0 when none.
    unsigned long detail() const noexcept { return m_detail; }

private:
    unsigned long m_code;
    unsigned long m_detail;
};

} // namespace ocopos::printing

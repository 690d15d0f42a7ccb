#pragma once
// The one std::string_view -> QString conversion: core speaks std::string (codes,
// formatted amounts, messages), Qt code speaks QString.

#include <QString>

#include <string_view>

namespace ocopos::core {

/// UTF-8 text as a QString.
inline QString qs(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

} // namespace ocopos::core

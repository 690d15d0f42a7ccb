#pragma once

#include <QString>

namespace ocopos::centre {

/// A new store token: 32 random bytes from the system's generator, base64url
/// without padding (43 characters). Shown once; the centre keeps tokenHash().
QString newToken();
/// SHA-256 of the token's bytes, hex: what the centre stores and looks up.
QString tokenHash(const QString& token);

} // namespace ocopos::centre

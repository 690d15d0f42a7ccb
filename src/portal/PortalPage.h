#pragma once

// The portal's page frame and answers shared by its pages (internal).
#include "Html.h"
#include "Portal.h"

namespace ocopos::portal {

/// A whole HTML page: header with the role's links and logout, then `body`.
Response htmlPage(const QString& title, const Identity* who, const Safe& body);
Response errorPage(int status, const QString& title, const QString& message, const Identity* who);
/// 404: what does not exist and what is not the user's look the same.
Response notFound(const Identity* who);
Response forbidden(const Identity* who);
Response redirect(const QByteArray& location);

} // namespace ocopos::portal

#pragma once

#include "Session.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ocopos::services {

/// The hash chain over completed sales, voids and returns: each entry's hash is
/// SHA-256(previous hash ‖ canonical content), hex. The first entry's previous
/// hash is 64 zeros.
class Journal {
public:
    explicit Journal(Context ctx) : m_ctx(ctx) {}

    static QString genesisHash();
    static QString hashOf(const QString& prevHash, const QByteArray& content);

    /// Appends inside the caller's transaction; returns the new hash.
    QString append(const QString& kind, qint64 refId, const QByteArray& content);
    /// The same when the caller has read the newest hash inside its transaction.
    QString append(const QString& kind, qint64 refId, const QByteArray& content, const QString& prevHash);
    /// The newest entry's hash (genesis when empty).
    QString lastHash();

private:
    Context m_ctx;
};

} // namespace ocopos::services

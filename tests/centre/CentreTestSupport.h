#pragma once

// Helpers of the centre's tests: a blocking HTTP client over QNetworkAccessManager
// (real HTTP against the real ocopos-centre) and a protocol batch built from a
// real store's journal and master data.
#include "TestSupport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ocopos::test {

struct HttpReply {
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

/// POST (body non-null) or GET `url` with `Authorization: Bearer token` (none
/// when token is empty). Bounded: 60 s.
HttpReply http(const QString& url, const QString& token, const QByteArray& body = QByteArray());

/// The store's journal entries with id > afterId (at most `max`), as protocol
/// entries (seq = the entry id).
QJsonArray journalEntries(TempStore& store, qint64 afterId = 0, int max = 1000);
/// A whole batch: the store's producers and products and `entries`.
QJsonObject batchOf(TempStore& store, const QString& storeCode, const QJsonArray& entries);
QByteArray toBytes(const QJsonObject& o);

} // namespace ocopos::test

#pragma once

#include "Protocol.h"

#include "db/centre/CentreRepository.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace ocopos::core {
class Clock;
}

// The province centre's rules (docs/CENTRE.md): who a request comes from, what
// a batch means (the chain, duplicates, sales, voids, returns, settlements,
// producers by key, the per-day sums), the admin's commands and the report by
// producer. HTTP is the server's (src/centre-app); this answers with a status
// and a JSON body exactly as the protocol says.

namespace ocopos::centre {

/// An HTTP answer of the protocol.
struct Reply {
    int status = 200;
    QJsonObject body;
};

/// An admin command's refusal (exit 3 invalid, 4 not_found, 5 conflict).
class AdminError : public std::runtime_error {
public:
    enum class Kind { Invalid, NotFound, Conflict };
    AdminError(Kind kind, const QString& message) : std::runtime_error(message.toStdString()), m_kind(kind) {}
    Kind kind() const noexcept { return m_kind; }

private:
    Kind m_kind;
};

/// One row of the report by producer (store-local days, voided sales excluded,
/// returns on their own day), as ReportService's figures by owner: net = gross −
/// discount − returns; VAT, commission and payout net of the returns' shares.
struct ProducerReportRow {
    QString key, name, kind;
    qint64 stores = 0, lines = 0, sales = 0;
    qint64 gross = 0, discount = 0, net = 0, vat = 0, returns = 0, commission = 0, payout = 0;
};

struct ProducerReport {
    QDate from, to;
    std::vector<ProducerReportRow> rows;
    ProducerReportRow totals;  ///< Σ rows (key empty; stores 0: a store counts in several rows)
};

class CentreService {
public:
    CentreService(db::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    /// `POST /api/v1/batches`: `authorization` is the header's value.
    /// Database failures (DbError) propagate: the server answers 503 for a lost
    /// or unreachable database.
    Reply postBatch(const QByteArray& authorization, const QByteArray& body);
    /// `GET /api/v1/state`.
    Reply state(const QByteArray& authorization);

    // Admin commands. Throw AdminError.
    /// Registers a store; returns its token (shown once; only its hash is kept).
    QString addStore(const QString& code, const QString& name);
    void revokeStore(const QString& code);
    /// A new token for the store (the old one stops working); un-revokes it.
    QString rotateToken(const QString& code);
    std::vector<db::CentreStore> stores();
    std::vector<db::CentreRejection> rejections();
    std::vector<db::CentreProducer> producers();
    std::vector<db::CentreConflict> conflicts();
    ProducerReport reportByProducer(const QDate& from, const QDate& to);

private:
    std::optional<db::CentreStore> authenticate(const QByteArray& authorization, QString* why);
    Reply ingest(const db::CentreStore& store, const Batch& batch);
    QString now() const;

    db::Database& m_db;
    const core::Clock& m_clock;
};

/// Store codes: 1–40 of A–Z, a–z, 0–9, '.', '_', '-'.
bool validStoreCode(const QString& code);

} // namespace ocopos::centre

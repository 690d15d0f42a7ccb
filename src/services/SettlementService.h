#pragma once

#include "Session.h"

#include "core/Catalog.h"
#include "core/Money.h"
#include "core/Quantity.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ocopos::services {

/// One product of a statement, per supply mode: consignment lines earn the
/// producer a payout; purchased lines were paid for at receipt and are shown
/// for the producer's sales figures only (payout 0).
struct StatementLine {
    QString sku;
    QString name;
    core::Supply supply = core::Supply::Consignment;
    core::Quantity qty;  ///< sold − returned
    core::Money gross;
    core::Money discount;
    core::Money net;      ///< returns subtracted
    core::Money returns;  ///< net refunded (positive)
    core::Money vat;
    core::Money commission;
    core::Money payout;
    qint64 sales = 0;
};

/// What one lot producer (a member household, or the owner itself) made of it.
struct StatementHousehold {
    QString producer;  ///< code
    QString name;
    core::Money net;
    core::Money returns;
    core::Money commission;
    core::Money payout;
    core::Money unlotted;  ///< sold under a manager's override from no lot (credited to the owner)
};

struct StatementTotals {
    core::Money net, returns, commission, payout;
};

/// A settlement statement (docs/RULES.md §7): an owner's sales and returns in a
/// period by product and by member household, the store's commission and the
/// payout, with the VietQR to pay it. Returns count on the day they happen.
struct Statement {
    core::Producer producer;  ///< the owner, with address, tax code and bank account
    QDate from;
    QDate to;
    QString storeName, storeAddress, storeTaxCode;
    std::vector<StatementLine> lines;             ///< by product name (Vietnamese), consignment before purchased
    std::vector<StatementHousehold> households;   ///< by name
    StatementTotals consignment;                  ///< payout = net − commission
    StatementTotals purchased;                    ///< commission and payout 0
    StatementTotals total;                        ///< both
    /// The NAPAS VietQR transferring the payout to the producer's account; empty
    /// when there is nothing to pay or no account (vietqrNote says which).
    QString vietqr;
    QString vietqrNote;
    /// The commission rate of each consignment SKU as sold in the period (the
    /// sale-line snapshots), for the SKUs sold at one rate throughout.
    std::map<QString, core::BasisPoints> commissionRates;
    bool finalized = false;
    qint64 settlementId = 0;
    QString finalizedAt;
    QString finalizedBy;
    QString generatedAt;
};

/// A finalized statement in the list.
struct SettlementSummary {
    qint64 id = 0;
    QString producer;
    QDate from;
    QDate to;
    QString finalizedAt;
    QString finalizedBy;
    core::Money net, returns, commission, payout;
};

/// Statements for owners, and their finalization. A finalized statement is frozen
/// in `settlements.content` (the JSON of statementToJson) and never recomputed:
/// re-printing shows it as it was. A manager finalizes; a cooperative user sees
/// only its own statements and cannot finalize.
class SettlementService {
public:
    explicit SettlementService(Context ctx) : m_ctx(ctx) {}

    /// The statement of `producerCode` for [from, to]: the frozen one when exactly
    /// that period was finalized, else computed now. Throws NotFound (producer),
    /// AuthError (role, another producer's), ValidationError (dates).
    Statement statement(const Session& actor, const QString& producerCode, const QDate& from, const QDate& to);

    /// Computes and freezes the statement (manager), audited. Throws Conflict when
    /// the period is not over yet (it must end before today, so no sale or return
    /// can still fall into it) or overlaps a finalized period of the same producer.
    Statement finalize(const Session& actor, const QString& producerCode, const QDate& from, const QDate& to);

    /// Finalized statements, newest period first; of one producer when a code is
    /// given. A cooperative user gets its own only.
    std::vector<SettlementSummary> list(const Session& actor, const QString& producerCode = QString());
    /// A finalized statement as frozen. Throws NotFound, AuthError.
    Statement get(const Session& actor, qint64 settlementId);

private:
    Statement compute(const Session& actor, const QString& producerCode, const QDate& from, const QDate& to);
    Context m_ctx;
};

/// The statement as cli.md `settle` prints it (and as it is frozen): producer,
/// from, to, lines[{sku, qty, net, returns, commission, payout, ...}],
/// households[{producer, net, ...}], net, returns, commission, payout,
/// finalized, vietqr, and more fields.
QJsonObject statementToJson(const Statement& s);
/// The inverse, for frozen statements.
Statement statementFromJson(const QJsonObject& o);

} // namespace ocopos::services

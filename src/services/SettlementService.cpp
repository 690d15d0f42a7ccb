#include "SettlementService.h"

#include "AuditLog.h"
#include "ReportScope.h"
#include "SettingsService.h"
#include "core/ErrorCodes.h"
#include "core/Utf8.h"
#include "core/VietQr.h"
#include "core/VietText.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"
#include "db/ReportRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ocopos::services {

using core::Money;
using core::Quantity;

namespace {

std::string s(const QString& q) { return q.toStdString(); }
using core::qs;

core::Producer producerByCode(db::Database& db, const QString& producerCode)
{
    auto p = db::CatalogRepository(db).producerByCode(producerCode);
    if (!p)
        throw NotFound("no producer with code '" + s(producerCode) + "'");
    return *p;
}

/// The payout transfer: to the producer's account, for the payout, with the
/// owner's code and the period as purpose (ASCII, ≤ 25 characters).
void addVietQr(Statement& st)
{
    const auto& p = st.producer;
    if (!st.total.payout.isNegative() && st.total.payout.isZero()) {
        st.vietqrNote = QStringLiteral("no payout for this period: no VietQR");
        return;
    }
    if (st.total.payout.isNegative()) {
        st.vietqrNote = QStringLiteral("returns exceed sales: the producer owes the store %1, no VietQR")
                            .arg(QString::fromStdString(core::formatVnd(-st.total.payout)));
        return;
    }
    if (p.bankBin.isEmpty() || p.bankAccount.isEmpty()) {
        st.vietqrNote = QStringLiteral("%1 has no bank account on file: no VietQR, pay the payout another way").arg(p.code);
        return;
    }
    try {
        const QString purpose = QStringLiteral("OCOP %1 %2-%3").arg(p.code, st.from.toString(QStringLiteral("ddMM")),
                                                                     st.to.toString(QStringLiteral("ddMMyy")));
        st.vietqr = QString::fromStdString(
            core::buildVietQr({s(p.bankBin), s(p.bankAccount), st.total.payout, s(purpose), "QRIBFTTA"}));
    } catch (const ValidationError& e) {
        st.vietqrNote = QStringLiteral("%1's bank account cannot be used for VietQR (%2): no VietQR")
                            .arg(p.code, QString::fromStdString(e.what()));
    }
}

QJsonValue m(Money x) { return QJsonValue(static_cast<qint64>(x.dong())); }
Money money(const QJsonValue& v) { return Money(v.toInteger()); }
QString qty(Quantity q) { return QString::fromStdString(core::formatQuantity(q)); }
Quantity quantity(const QJsonValue& v) { return core::parseQuantity(s(v.toString()), "qty", true); }
QJsonValue text(const QString& v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); }

QJsonObject totalsJson(const StatementTotals& t)
{
    return QJsonObject{{QStringLiteral("net"), m(t.net)},
                       {QStringLiteral("returns"), m(t.returns)},
                       {QStringLiteral("commission"), m(t.commission)},
                       {QStringLiteral("payout"), m(t.payout)}};
}

StatementTotals totalsFrom(const QJsonObject& o)
{
    return {money(o.value(QStringLiteral("net"))), money(o.value(QStringLiteral("returns"))),
            money(o.value(QStringLiteral("commission"))), money(o.value(QStringLiteral("payout")))};
}

std::map<QString, core::BasisPoints> commissionRates(db::Database& db, qint64 ownerId, const QDate& from, const QDate& to)
{
    std::map<QString, core::BasisPoints> rates;
    for (const auto& r : db::ReportRepository(db).commissionRates(ownerId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)))
        if (r.minBp == r.maxBp)
            rates[r.sku] = core::BasisPoints{r.minBp};
    return rates;
}

} // namespace

Statement SettlementService::compute(const Session& actor, const QString& producerCode, const QDate& from, const QDate& to)
{
    const DataScope scope = DataScope::of(actor, "settlement statements");
    Statement st;
    st.producer = producerByCode(m_ctx.db, producerCode);
    const db::ReportFilter filter = scope.filterForOwner(from, to, st.producer);
    st.from = from;
    st.to = to;
    SettingsService settings(m_ctx);
    st.storeName = settings.get(QStringLiteral("store_name"));
    st.storeAddress = settings.get(QStringLiteral("store_address"));
    st.storeTaxCode = settings.get(QStringLiteral("store_tax_code"));
    st.generatedAt = core::Clock::isoString(m_ctx.clock.now());

    db::ReportRepository repo(m_ctx.db);
    for (const auto& g : repo.salesBy(db::SalesGrouping::ProductSupply, filter)) {
        StatementLine l;
        const auto bar = g.key.lastIndexOf(QLatin1Char('|'));
        l.sku = g.key.left(bar);
        l.supply = core::supplyFromCode(s(g.key.mid(bar + 1))).value_or(core::Supply::Consignment);
        l.name = g.label;
        l.qty = Quantity::fromThousandths(g.qty);
        l.gross = Money(g.gross);
        l.discount = Money(g.discount);
        l.net = Money(g.net);
        l.returns = Money(g.returns);
        l.vat = Money(g.vat);
        l.commission = Money(g.commission);
        l.payout = Money(g.payout);
        l.sales = g.sales;
        StatementTotals& t = l.supply == core::Supply::Consignment ? st.consignment : st.purchased;
        t.net += l.net;
        t.returns += l.returns;
        t.commission += l.commission;
        t.payout += l.payout;
        st.lines.push_back(l);
    }
    st.total = {st.consignment.net + st.purchased.net, st.consignment.returns + st.purchased.returns,
                st.consignment.commission + st.purchased.commission, st.consignment.payout + st.purchased.payout};
    std::sort(st.lines.begin(), st.lines.end(), [](const StatementLine& a, const StatementLine& b) {
        if (a.supply != b.supply)
            return a.supply == core::Supply::Consignment;
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.sku < b.sku;
    });
    for (const auto& g : repo.salesBy(db::SalesGrouping::Producer, filter))
        st.households.push_back({g.key, g.label, Money(g.net), Money(g.returns), Money(g.commission), Money(g.payout),
                                 Money(g.unlotted)});
    std::sort(st.households.begin(), st.households.end(), [](const StatementHousehold& a, const StatementHousehold& b) {
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.producer < b.producer;
    });
    addVietQr(st);
    st.commissionRates = commissionRates(m_ctx.db, st.producer.id, from, to);
    return st;
}

Statement SettlementService::statement(const Session& actor, const QString& producerCode, const QDate& from, const QDate& to)
{
    Statement live = compute(actor, producerCode, from, to);
    for (const auto& row : db::ReportRepository(m_ctx.db).overlapping(live.producer.id, from.toString(Qt::ISODate),
                                                                       to.toString(Qt::ISODate)))
        if (row.from == from.toString(Qt::ISODate) && row.to == to.toString(Qt::ISODate))
            return get(actor, row.id);
    return live;
}

Statement SettlementService::finalize(const Session& actor, const QString& producerCode, const QDate& from, const QDate& to)
{
    requireRole(actor, core::Role::Manager, "finalizing a settlement");
    // Under the write lock: the statement and the overlap check see the same data, and
    // two managers finalizing at once queue instead of both passing the check.
    db::TransactionGuard tx(m_ctx.db);
    Statement st = compute(actor, producerCode, from, to);
    const QDate today = m_ctx.clock.today();
    if (to >= today)
        throw Conflict("the period " + s(from.toString(Qt::ISODate)) + " – " + s(to.toString(Qt::ISODate))
                       + " is not over yet: a statement can be finalized from the day after it ends, so that no sale or "
                         "return can still fall into it");
    db::ReportRepository repo(m_ctx.db);
    const auto clash = repo.overlapping(st.producer.id, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!clash.empty())
        throw Conflict(codes::settlementAlreadySettled,
                       "period already settled: " + s(st.producer.code) + " has a finalized statement for "
                           + s(clash.front().from) + " – " + s(clash.front().to) + " (settlement "
                           + std::to_string(clash.front().id) + "), which overlaps " + s(from.toString(Qt::ISODate))
                           + " – " + s(to.toString(Qt::ISODate)),
                       {{"producer", s(st.producer.code)}, {"from", s(clash.front().from)}, {"to", s(clash.front().to)}});
    st.finalized = true;
    st.finalizedAt = core::Clock::isoString(m_ctx.clock.now());
    st.finalizedBy = actor.username;
    db::SettlementRow row;
    row.producerId = st.producer.id;
    row.from = from.toString(Qt::ISODate);
    row.to = to.toString(Qt::ISODate);
    row.finalizedAt = st.finalizedAt;
    row.net = st.total.net.dong();
    row.returns = st.total.returns.dong();
    row.commission = st.total.commission.dong();
    row.payout = st.total.payout.dong();
    row.content = QString::fromUtf8(QJsonDocument(statementToJson(st)).toJson(QJsonDocument::Compact));
    st.settlementId = repo.insertSettlement(row, actor.userId);
    audit(m_ctx, &actor, QStringLiteral("settlement_finalize"),
          QStringLiteral("settlement %1: %2 %3 – %4, net %5, commission %6, payout %7")
              .arg(st.settlementId)
              .arg(st.producer.code, row.from, row.to, QString::fromStdString(core::formatVnd(st.total.net)),
                   QString::fromStdString(core::formatVnd(st.total.commission)),
                   QString::fromStdString(core::formatVnd(st.total.payout))));
    tx.commit();
    return st;
}

std::vector<SettlementSummary> SettlementService::list(const Session& actor, const QString& producerCode)
{
    const DataScope scope = DataScope::of(actor, "settlement statements");
    std::optional<qint64> producerId = scope.ownerId();
    if (!producerCode.isEmpty()) {
        const auto p = producerByCode(m_ctx.db, producerCode);
        scope.requireProducer(p);
        producerId = p.id;
    }
    std::vector<SettlementSummary> out;
    for (const auto& r : db::ReportRepository(m_ctx.db).settlements(producerId))
        out.push_back({r.id, r.producerCode, QDate::fromString(r.from, Qt::ISODate), QDate::fromString(r.to, Qt::ISODate),
                       r.finalizedAt, r.finalizedBy, Money(r.net), Money(r.returns), Money(r.commission), Money(r.payout)});
    return out;
}

Statement SettlementService::get(const Session& actor, qint64 settlementId)
{
    const DataScope scope = DataScope::of(actor, "settlement statements");
    const auto row = db::ReportRepository(m_ctx.db).settlement(settlementId);
    if (!row)
        throw NotFound("no finalized settlement " + std::to_string(settlementId));
    const auto producer = db::CatalogRepository(m_ctx.db).producerById(row->producerId);
    if (producer)
        scope.requireProducer(*producer);
    Statement st = statementFromJson(QJsonDocument::fromJson(row->content.toUtf8()).object());
    st.commissionRates = commissionRates(m_ctx.db, row->producerId, st.from, st.to);
    st.settlementId = row->id;
    st.finalized = true;
    return st;
}

QJsonObject statementToJson(const Statement& st)
{
    QJsonArray lines;
    for (const auto& l : st.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("supply"), qs(core::toCode(l.supply))},
                                 {QStringLiteral("qty"), qty(l.qty)},
                                 {QStringLiteral("gross"), m(l.gross)},
                                 {QStringLiteral("discount"), m(l.discount)},
                                 {QStringLiteral("net"), m(l.net)},
                                 {QStringLiteral("returns"), m(l.returns)},
                                 {QStringLiteral("vat"), m(l.vat)},
                                 {QStringLiteral("commission"), m(l.commission)},
                                 {QStringLiteral("payout"), m(l.payout)},
                                 {QStringLiteral("sales"), l.sales}});
    QJsonArray households;
    for (const auto& h : st.households)
        households.append(QJsonObject{{QStringLiteral("producer"), h.producer},
                                      {QStringLiteral("name"), h.name},
                                      {QStringLiteral("net"), m(h.net)},
                                      {QStringLiteral("returns"), m(h.returns)},
                                      {QStringLiteral("commission"), m(h.commission)},
                                      {QStringLiteral("payout"), m(h.payout)},
                                      {QStringLiteral("unlotted"), m(h.unlotted)}});
    const auto& p = st.producer;
    return QJsonObject{
        {QStringLiteral("producer"), p.code},
        {QStringLiteral("producer_name"), p.name},
        {QStringLiteral("producer_details"),
         QJsonObject{{QStringLiteral("kind"), qs(core::toCode(p.kind))},
                     {QStringLiteral("tax_code"), text(p.taxCode)},
                     {QStringLiteral("address"), text(p.address)},
                     {QStringLiteral("province"), text(p.province)},
                     {QStringLiteral("phone"), text(p.phone)},
                     {QStringLiteral("bank_bin"), text(p.bankBin)},
                     {QStringLiteral("bank_account"), text(p.bankAccount)}}},
        {QStringLiteral("store"), QJsonObject{{QStringLiteral("name"), st.storeName},
                                              {QStringLiteral("address"), text(st.storeAddress)},
                                              {QStringLiteral("tax_code"), text(st.storeTaxCode)}}},
        {QStringLiteral("from"), st.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), st.to.toString(Qt::ISODate)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("households"), households},
        {QStringLiteral("net"), m(st.total.net)},
        {QStringLiteral("returns"), m(st.total.returns)},
        {QStringLiteral("commission"), m(st.total.commission)},
        {QStringLiteral("payout"), m(st.total.payout)},
        {QStringLiteral("consignment"), totalsJson(st.consignment)},
        {QStringLiteral("purchased"), totalsJson(st.purchased)},
        {QStringLiteral("finalized"), st.finalized},
        {QStringLiteral("settlement_id"), st.settlementId ? QJsonValue(st.settlementId) : QJsonValue()},
        {QStringLiteral("finalized_at"), text(st.finalizedAt)},
        {QStringLiteral("finalized_by"), text(st.finalizedBy)},
        {QStringLiteral("generated_at"), text(st.generatedAt)},
        {QStringLiteral("vietqr"), text(st.vietqr)},
        {QStringLiteral("vietqr_note"), text(st.vietqrNote)},
    };
}

Statement statementFromJson(const QJsonObject& o)
{
    const auto str = [](const QJsonObject& j, const char* k) { return j.value(QLatin1String(k)).toString(); };
    Statement st;
    st.producer.code = str(o, "producer");
    st.producer.name = str(o, "producer_name");
    const QJsonObject d = o.value(QStringLiteral("producer_details")).toObject();
    st.producer.kind = core::producerKindFromCode(s(str(d, "kind"))).value_or(core::ProducerKind::Cooperative);
    st.producer.taxCode = str(d, "tax_code");
    st.producer.address = str(d, "address");
    st.producer.province = str(d, "province");
    st.producer.phone = str(d, "phone");
    st.producer.bankBin = str(d, "bank_bin");
    st.producer.bankAccount = str(d, "bank_account");
    const QJsonObject store = o.value(QStringLiteral("store")).toObject();
    st.storeName = str(store, "name");
    st.storeAddress = str(store, "address");
    st.storeTaxCode = str(store, "tax_code");
    st.from = QDate::fromString(str(o, "from"), Qt::ISODate);
    st.to = QDate::fromString(str(o, "to"), Qt::ISODate);
    for (const auto& v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        st.lines.push_back({str(l, "sku"), str(l, "name"),
                            core::supplyFromCode(s(str(l, "supply"))).value_or(core::Supply::Consignment),
                            quantity(l.value(QStringLiteral("qty"))), money(l.value(QStringLiteral("gross"))),
                            money(l.value(QStringLiteral("discount"))), money(l.value(QStringLiteral("net"))),
                            money(l.value(QStringLiteral("returns"))), money(l.value(QStringLiteral("vat"))),
                            money(l.value(QStringLiteral("commission"))), money(l.value(QStringLiteral("payout"))),
                            l.value(QStringLiteral("sales")).toInteger()});
    }
    for (const auto& v : o.value(QStringLiteral("households")).toArray()) {
        const QJsonObject h = v.toObject();
        st.households.push_back({str(h, "producer"), str(h, "name"), money(h.value(QStringLiteral("net"))),
                                 money(h.value(QStringLiteral("returns"))), money(h.value(QStringLiteral("commission"))),
                                 money(h.value(QStringLiteral("payout"))), money(h.value(QStringLiteral("unlotted")))});
    }
    st.total = totalsFrom(o);
    st.consignment = totalsFrom(o.value(QStringLiteral("consignment")).toObject());
    st.purchased = totalsFrom(o.value(QStringLiteral("purchased")).toObject());
    st.finalized = o.value(QStringLiteral("finalized")).toBool();
    st.settlementId = o.value(QStringLiteral("settlement_id")).toInteger();
    st.finalizedAt = str(o, "finalized_at");
    st.finalizedBy = str(o, "finalized_by");
    st.generatedAt = str(o, "generated_at");
    st.vietqr = str(o, "vietqr");
    st.vietqrNote = str(o, "vietqr_note");
    return st;
}

} // namespace ocopos::services

#include "PriceService.h"

#include "AuditLog.h"
#include "CatalogLookup.h"
#include "CsvFields.h"
#include "core/Csv.h"
#include "core/Errors.h"
#include "core/Utf8.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"
#include "db/PriceRepository.h"

#include <map>
#include <set>

namespace ocopos::services {

using core::Money;
using core::qs;

namespace {

/// One change as a file row or the editor gives it, typed: both go through the
/// same checks.
struct Change {
    int line = 0;
    QString code;
    std::optional<QDate> effectiveOn;  ///< nullopt: not given, or unreadable (then reported)
    bool dateUnreadable = false;
    std::optional<Money> price;
    std::optional<core::VatRate> vat;
    bool priceOrVatGiven = false;      ///< a price or VAT was given, readable or not
    qint64 productId = 0;              ///< set by the checks
};

std::string s(const QString& q) { return q.toStdString(); }

/// Checks and stores `changes` (all or none); problems already found while
/// reading them come in `problems`. Returns how many were scheduled.
int scheduleChanges(Context& ctx, const Session& actor, std::vector<Change>& changes, ProblemList& problems);

} // namespace

int PriceService::schedulePrices(const Session& actor, const QByteArray& csv)
{
    requireRole(actor, core::Role::Manager, "scheduling prices");
    static const std::set<QString> cols = {QStringLiteral("code"), QStringLiteral("effective_on"),
                                           QStringLiteral("price"), QStringLiteral("vat")};
    static const std::set<QString> req = {QStringLiteral("code"), QStringLiteral("effective_on")};
    const auto table = core::parseCsv(csv, cols, req);
    ProblemList problems;
    std::vector<Change> changes;
    for (const auto& r : table.rows) {
        Change c;
        c.line = r.line;
        c.code = r.get(QStringLiteral("code")).value_or(QString());
        c.effectiveOn = field(problems, r.line, "effective_on", [&] {
            return core::parseIsoDate(r.get(QStringLiteral("effective_on")).value_or(QString()), "effective_on");
        });
        c.dateUnreadable = !c.effectiveOn;
        if (auto pr = r.get(QStringLiteral("price")))
            c.price = field(problems, r.line, "price", [&] { return core::parseMoney(s(*pr), "price"); });
        if (auto v = r.get(QStringLiteral("vat")))
            c.vat = field(problems, r.line, "vat", [&] { return core::VatRate::parse(s(*v)); });
        c.priceOrVatGiven = r.get(QStringLiteral("price")) || r.get(QStringLiteral("vat"));
        changes.push_back(c);
    }
    return scheduleChanges(m_ctx, actor, changes, problems);
}

void PriceService::scheduleChange(const Session& actor, const QString& code, const QDate& effectiveOn,
                                  std::optional<core::Money> price, std::optional<core::VatRate> vat)
{
    requireRole(actor, core::Role::Manager, "scheduling prices");
    Change c;
    c.code = code;
    if (effectiveOn.isValid())
        c.effectiveOn = effectiveOn;
    c.price = price;
    c.vat = vat;
    c.priceOrVatGiven = price || vat;
    std::vector<Change> changes{c};
    ProblemList problems;
    scheduleChanges(m_ctx, actor, changes, problems);
}

namespace {

int scheduleChanges(Context& ctx, const Session& actor, std::vector<Change>& changes, ProblemList& problems)
{
    db::CatalogRepository catalog(ctx.db);
    std::map<std::pair<qint64, QDate>, int> seen;
    const QDate today = ctx.clock.today();
    for (auto& c : changes) {
        std::optional<core::Product> p = c.code.isEmpty() ? std::nullopt : catalog.productBySku(c.code);
        if (!p && !c.code.isEmpty())
            p = catalog.productByBarcode(c.code);
        if (!p)
            problems.add(c.line, "code", c.code.isEmpty() ? "is required" : "no product with SKU or barcode '" + s(c.code) + "'");
        else
            c.productId = p->id;
        if (!c.effectiveOn && !c.dateUnreadable)
            problems.add(c.line, "effective_on", "is required");
        if (c.effectiveOn && *c.effectiveOn < today)
            problems.add(c.line, "effective_on", "'" + s(c.effectiveOn->toString(Qt::ISODate)) + "' is in the past");
        if (c.price && c.price->dong() <= 0)
            problems.add(c.line, "price", "must be more than 0 đồng");
        if (!c.priceOrVatGiven)
            problems.add(c.line, "price", "give a new price, a new vat, or both");
        if (c.productId && c.effectiveOn) {
            const auto key = std::make_pair(c.productId, *c.effectiveOn);
            if (seen.count(key))
                problems.add(c.line, "effective_on", "the same product and day are on line " + std::to_string(seen[key]));
            seen[key] = c.line;
        }
    }
    problems.throwIfAny();
    db::TransactionGuard tx(ctx.db);
    db::PriceRepository prices(ctx.db);
    const QString now = core::Clock::isoString(ctx.clock.now());
    for (const auto& c : changes)
        prices.schedule(c.productId, *c.effectiveOn, c.price, c.vat, now, actor.userId);
    audit(ctx, &actor, QStringLiteral("price_schedule"), QStringLiteral("%1 change(s) scheduled").arg(changes.size()));
    tx.commit();
    PriceService(ctx).applyDueChanges();
    return static_cast<int>(changes.size());
}

} // namespace

int PriceService::applyDueChanges()
{
    db::PriceRepository prices(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    if (!prices.anyDue(today))
        return 0;
    db::TransactionGuard tx(m_ctx.db);
    db::CatalogRepository catalog(m_ctx.db);
    const auto list = prices.due(today);
    const QString now = core::Clock::isoString(m_ctx.clock.now());
    for (const auto& d : list) {
        auto p = catalog.productById(d.productId);
        if (!p)
            continue;
        const Money price = d.price.value_or(p->price);
        const core::VatRate vat = d.vat.value_or(p->vat);
        catalog.setPriceAndVat(p->id, price, vat, now);
        prices.addHistory(p->id, now, d.userId, QStringLiteral("schedule"), p->price, price, p->vat, vat);
        prices.markApplied(d.id, now);
        audit(m_ctx, nullptr, QStringLiteral("price_change"),
              QStringLiteral("%1: %2 (VAT %3) -> %4 (VAT %5), scheduled")
                  .arg(p->sku, qs(core::formatVnd(p->price)), qs(p->vat.code()), qs(core::formatVnd(price)), qs(vat.code())),
              QStringLiteral("schedule"));
    }
    tx.commit();
    return static_cast<int>(list.size());
}

std::vector<PriceChange> PriceService::priceList(const Session& actor, const QString& code)
{
    requireRole(actor, core::Role::Manager, "listing prices");
    std::optional<qint64> productId;
    if (!code.isEmpty())
        productId = CatalogLookup(m_ctx).showProduct(actor, code).id;
    db::PriceRepository prices(m_ctx.db);
    std::vector<PriceChange> out;
    for (auto& pending : prices.pending(productId)) {
        PriceChange c;
        c.sku = std::move(pending.sku);
        c.name = std::move(pending.name);
        c.effectiveOn = pending.effectiveOn;
        c.price = pending.price;
        c.vat = pending.vat;
        c.status = QStringLiteral("pending");
        c.at = std::move(pending.createdAt);
        c.username = std::move(pending.username);
        out.push_back(std::move(c));
    }
    for (auto& h : prices.history(productId)) {
        PriceChange c;
        c.sku = std::move(h.sku);
        c.name = std::move(h.name);
        c.at = std::move(h.changedAt);
        c.effectiveOn = core::Clock::localDate(QDateTime::fromString(c.at, Qt::ISODate));
        c.price = h.newPrice;
        c.vat = h.newVat;
        c.status = std::move(h.source);
        c.username = std::move(h.username);
        c.oldPrice = h.oldPrice;
        c.oldVat = h.oldVat;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace ocopos::services

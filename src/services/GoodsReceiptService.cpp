#include "GoodsReceiptService.h"

#include "AuditLog.h"
#include "StockCommon.h"
#include "core/Arithmetic.h"
#include "core/Csv.h"
#include "core/Logging.h"
#include "db/CatalogRepository.h"
#include "db/StockRepository.h"

#include <spdlog/spdlog.h>

#include <map>
#include <set>

namespace ocopos::services {

using core::Producer;
using stockutil::field;
using stockutil::q3;
using stockutil::s;

std::optional<core::Money> ReceiptLine::cost() const
{
    if (!unitCost)
        return std::nullopt;
    return core::Money(core::mulDivRound(unitCost->dong(), qty.thousandths(), 1000));
}

core::Money GoodsReceipt::totalCost() const
{
    core::Money total;
    for (const auto& l : lines)
        if (auto c = l.cost())
            total += *c;
    return total;
}

namespace {
const std::set<QString> kColumns = {QStringLiteral("code"),          QStringLiteral("qty"),
                                    QStringLiteral("lot_code"),      QStringLiteral("producer_code"),
                                    QStringLiteral("produced_on"),   QStringLiteral("expires_on"),
                                    QStringLiteral("unit_cost")};
const std::set<QString> kRequired = {QStringLiteral("code"), QStringLiteral("qty"), QStringLiteral("lot_code")};

/// The owner itself or one of its member households.
bool isOwnerOrMember(const Producer& p, qint64 ownerId)
{
    return p.id == ownerId || (p.parentId && *p.parentId == ownerId);
}

/// Producers looked up once per code or id while a file is checked.
class ProducerCache {
public:
    explicit ProducerCache(db::CatalogRepository& repo) : m_repo(repo) {}
    std::optional<Producer> byCode(const QString& code)
    {
        auto it = m_byCode.find(code);
        if (it == m_byCode.end())
            it = m_byCode.emplace(code, m_repo.producerByCode(code)).first;
        return it->second;
    }
    std::optional<Producer> byId(qint64 id)
    {
        auto it = m_byId.find(id);
        if (it == m_byId.end())
            it = m_byId.emplace(id, m_repo.producerById(id)).first;
        return it->second;
    }

private:
    db::CatalogRepository& m_repo;
    std::map<QString, std::optional<Producer>> m_byCode;
    std::map<qint64, std::optional<Producer>> m_byId;
};

std::string dateText(const QDate& d) { return s(d.toString(Qt::ISODate)); }
} // namespace

GoodsReceipt GoodsReceiptService::receive(const Session& actor, const QByteArray& csv, const QString& supplierCode,
                                          const QString& note)
{
    requireRole(actor, core::Role::Manager, "receiving goods");
    db::CatalogRepository catalog(m_ctx.db);
    ProducerCache producers(catalog);
    std::optional<Producer> supplier;
    if (!supplierCode.isEmpty()) {
        supplier = producers.byCode(supplierCode);
        if (!supplier)
            throw NotFound("no producer with code '" + s(supplierCode) + "' (the supplier)");
    }
    const core::CsvTable table = core::parseCsv(csv, kColumns, kRequired);
    if (table.rows.empty())
        throw ValidationError("file", "has no lines: a goods receipt needs at least one");

    // Checked and written in one transaction: no other till can add the same lot
    // code between the check and the write.
    db::TransactionGuard tx(m_ctx.db);
    db::StockRepository repo(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    ProblemList problems;
    GoodsReceipt out;
    std::map<std::pair<qint64, QString>, int> lotLines;  // (product, lot code) -> line
    std::optional<std::pair<Producer, int>> firstOwner;   // the owner of the first line, and that line
    std::vector<qint64> producerIds;                      // per line, 0 when unresolved

    for (const auto& r : table.rows) {
        ReceiptLine line;
        line.line = r.line;
        const QString code = r.get(QStringLiteral("code")).value_or(QString());
        const auto product = stockutil::findProduct(catalog, code);
        if (code.isEmpty())
            problems.add(r.line, "code", "is required");
        else if (!product)
            problems.add(r.line, "code", "no product with SKU or barcode '" + s(code) + "'");
        if (product) {
            line.productId = product->id;
            line.sku = product->sku;
            line.name = product->name;
            line.unit = product->unit;
        }

        if (const auto t = r.get(QStringLiteral("qty"))) {
            if (auto q = stockutil::parseStockQuantity(problems, r.line, "qty", *t, product ? &*product : nullptr, false))
                line.qty = *q;
        } else {
            problems.add(r.line, "qty", "is required");
        }

        line.lotCode = r.get(QStringLiteral("lot_code")).value_or(QString());
        if (line.lotCode.isEmpty()) {
            problems.add(r.line, "lot_code", "is required");
        } else if (!stockutil::isValidLotCode(line.lotCode)) {
            problems.add(r.line, "lot_code", "'" + s(line.lotCode)
                                                 + "' may hold only letters, digits, '.', '_', '-' and '/' (40 at most)");
        } else if (product) {
            const auto key = std::make_pair(product->id, line.lotCode);
            if (auto it = lotLines.find(key); it != lotLines.end()) {
                problems.add(r.line, "lot_code", "lot '" + s(line.lotCode) + "' of " + s(product->sku)
                                                     + " is also on line " + std::to_string(it->second));
            } else {
                lotLines.emplace(key, r.line);
                if (const auto existing = repo.lotByCode(product->id, line.lotCode))
                    problems.add(r.line, "lot_code", s(product->sku) + " already has a lot '" + s(line.lotCode)
                                                         + "' (goods receipt " + s(existing->receiptNumber) + ")");
            }
        }

        // One owner per receipt, and a supplier that is that owner or its member.
        const std::optional<Producer> owner = product ? producers.byId(product->ownerId) : std::nullopt;
        if (owner) {
            if (supplier) {
                if (!isOwnerOrMember(*supplier, owner->id))
                    problems.add(r.line, "code", s(product->sku) + " belongs to " + s(owner->code) + "; the supplier "
                                                     + s(supplier->code) + " is neither it nor one of its member households");
            } else if (!firstOwner) {
                firstOwner = std::make_pair(*owner, r.line);
            } else if (firstOwner->first.id != owner->id) {
                problems.add(r.line, "code", s(product->sku) + " belongs to " + s(owner->code) + " but line "
                                                 + std::to_string(firstOwner->second) + "'s product to "
                                                 + s(firstOwner->first.code)
                                                 + ": a receipt is one owner's delivery (give --producer, or split the file)");
            }
        }

        std::optional<Producer> lotProducer;
        if (const auto pc = r.get(QStringLiteral("producer_code"))) {
            lotProducer = producers.byCode(*pc);
            if (!lotProducer)
                problems.add(r.line, "producer_code", "no producer with code '" + s(*pc) + "'");
            else if (owner && !isOwnerOrMember(*lotProducer, owner->id))
                problems.add(r.line, "producer_code", "'" + s(*pc) + "' is neither " + s(owner->code) + ", the owner of "
                                                          + s(product->sku) + ", nor one of its member households");
        } else if (owner) {
            // A household that delivers brought what it made; otherwise the owner (cli.md).
            const bool householdDelivers = supplier && supplier->id != owner->id && isOwnerOrMember(*supplier, owner->id);
            lotProducer = householdDelivers ? supplier : owner;
        }
        if (lotProducer) {
            line.producerCode = lotProducer->code;
            line.producerName = lotProducer->name;
        }
        producerIds.push_back(lotProducer ? lotProducer->id : 0);

        if (const auto d = r.get(QStringLiteral("produced_on"))) {
            line.producedOn = field(problems, r.line, "produced_on", [&] { return core::parseIsoDate(*d, "produced_on"); });
            if (line.producedOn && *line.producedOn > today)
                problems.add(r.line, "produced_on", "'" + s(*d) + "' is in the future");
        }
        if (const auto d = r.get(QStringLiteral("expires_on"))) {
            line.expiresOn = field(problems, r.line, "expires_on", [&] { return core::parseIsoDate(*d, "expires_on"); });
            if (line.producedOn && line.expiresOn && *line.expiresOn < *line.producedOn)
                problems.add(r.line, "expires_on", "'" + s(*d) + "' is before produced_on " + dateText(*line.producedOn));
        }

        if (const auto c = r.get(QStringLiteral("unit_cost"))) {
            line.unitCost = field(problems, r.line, "unit_cost", [&] { return core::parseMoney(s(*c), "unit_cost"); });
            if (line.unitCost && line.unitCost->isNegative()) {
                problems.add(r.line, "unit_cost", "'" + s(*c) + "' must not be negative");
                line.unitCost.reset();
            }
        } else if (product && product->supply == core::Supply::Purchased) {
            problems.add(r.line, "unit_cost", "is required: " + s(product->sku) + " is purchased goods (the store buys it)");
        }

        if (core::isExpired(line.expiresOn, today))
            out.warnings.push_back(Problem{r.line, "expires_on",
                                           "lot " + s(line.lotCode) + " of " + s(line.sku) + " expired on "
                                               + dateText(*line.expiresOn)
                                               + ", before it was received: kept for the record, never sold"});
        out.lines.push_back(std::move(line));
    }
    problems.throwIfAny();

    if (!supplier)
        supplier = firstOwner->first;
    const Producer owner = *producers.byId(catalog.productById(out.lines.front().productId)->ownerId);
    const QString now = core::Clock::isoString(m_ctx.clock.now());
    out.number = repo.nextReceiptNumber();
    out.id = repo.insertReceipt(out.number, supplier->id, now, actor.userId, note.trimmed());
    out.supplierCode = supplier->code;
    out.supplierName = supplier->name;
    out.ownerCode = owner.code;
    out.receivedAt = now;
    out.username = actor.username;
    out.note = note.trimmed();
    for (std::size_t i = 0; i < out.lines.size(); ++i) {
        ReceiptLine& l = out.lines[i];
        l.lotId = repo.insertLot(db::NewLot{l.productId, out.id, producerIds[i], l.lotCode, l.producedOn, l.expiresOn,
                                            l.unitCost, l.qty, now});
        repo.addMovement(db::Movement{l.productId, l.lotId, core::MovementKind::Receipt, l.qty, now, actor.userId,
                                      QString(), db::StockRef{QStringLiteral("goods_receipt"), out.id}});
    }
    QString detail = QStringLiteral("%1 from %2: %3 lot(s)").arg(out.number, supplier->code).arg(out.lines.size());
    if (!out.warnings.empty())
        detail += QStringLiteral(", %1 already expired").arg(out.warnings.size());
    audit(m_ctx, &actor, QStringLiteral("goods_receipt"), detail);
    tx.commit();
    core::logger("stock")->info("goods receipt by {}: {}", s(actor.username), s(detail));
    return out;
}

GoodsReceipt GoodsReceiptService::receipt(const Session& actor, const QString& number)
{
    requireRole(actor, core::Role::Manager, "reading a goods receipt");
    db::StockRepository repo(m_ctx.db);
    db::CatalogRepository catalog(m_ctx.db);
    const auto head = repo.receiptByNumber(number);
    if (!head)
        throw NotFound("no goods receipt '" + s(number) + "'");
    GoodsReceipt out;
    out.id = head->id;
    out.number = head->number;
    out.receivedAt = head->receivedAt;
    out.username = head->username;
    out.note = head->note;
    if (const auto sup = catalog.producerById(head->producerId)) {
        out.supplierCode = sup->code;
        out.supplierName = sup->name;
    }
    for (const auto& lot : repo.receiptLots(head->id)) {
        const auto product = catalog.productById(lot.productId);
        ReceiptLine l;
        l.productId = lot.productId;
        l.sku = lot.sku;
        l.name = product ? product->name : QString();
        l.unit = product ? product->unit : QString();
        l.lotId = lot.id;
        l.lotCode = lot.lotCode;
        l.producerCode = lot.producerCode;
        l.producerName = lot.producerName;
        l.qty = lot.receivedQty;
        l.producedOn = lot.producedOn;
        l.expiresOn = lot.expiresOn;
        l.unitCost = lot.unitCost;
        if (out.ownerCode.isEmpty() && product)
            out.ownerCode = product->ownerCode;
        out.lines.push_back(std::move(l));
    }
    return out;
}

int loadDemoReceipts(Context ctx, const Session& actor, const QByteArray& csv)
{
    static const std::set<QString> cols = {
        QStringLiteral("receipt"),   QStringLiteral("days_ago"),          QStringLiteral("supplier"),
        QStringLiteral("code"),      QStringLiteral("qty"),               QStringLiteral("lot_code"),
        QStringLiteral("producer_code"), QStringLiteral("produced_days_ago"), QStringLiteral("expires_in_days"),
        QStringLiteral("unit_cost")};
    static const std::set<QString> req = {QStringLiteral("receipt"), QStringLiteral("days_ago"), QStringLiteral("code"),
                                          QStringLiteral("qty"), QStringLiteral("lot_code")};
    const auto table = core::parseCsv(csv, cols, req);
    const QDate today = ctx.clock.today();
    const auto day = [&](const core::CsvRow& r, const QString& col, int sign) -> QString {
        const auto v = r.get(col);
        return v ? today.addDays(sign * v->toLongLong()).toString(Qt::ISODate) : QString();
    };
    int lots = 0;
    for (std::size_t i = 0; i < table.rows.size();) {
        const QString receipt = *table.rows[i].get(QStringLiteral("receipt"));
        const int daysAgo = table.rows[i].get(QStringLiteral("days_ago"))->toInt();
        const QString supplier = table.rows[i].get(QStringLiteral("supplier")).value_or(QString());
        QByteArray file = "code,qty,lot_code,producer_code,produced_on,expires_on,unit_cost\n";
        for (; i < table.rows.size() && *table.rows[i].get(QStringLiteral("receipt")) == receipt; ++i) {
            const auto& r = table.rows[i];
            const QString produced = day(r, QStringLiteral("produced_days_ago"), -1);
            QString lot = *r.get(QStringLiteral("lot_code"));
            lot.replace(QStringLiteral("{produced}"), QDate::fromString(produced, Qt::ISODate).toString(QStringLiteral("yyMMdd")));
            const QStringList cells = {*r.get(QStringLiteral("code")), *r.get(QStringLiteral("qty")), lot,
                                       r.get(QStringLiteral("producer_code")).value_or(QString()), produced,
                                       day(r, QStringLiteral("expires_in_days"), 1),
                                       r.get(QStringLiteral("unit_cost")).value_or(QString())};
            file += cells.join(QLatin1Char(',')).toUtf8() + '\n';
            ++lots;
        }
        // Received `days_ago` days ago, at that day's hour: a clock set back for the receipt.
        core::FixedClock then(ctx.clock.now().addDays(-daysAgo));
        GoodsReceiptService(Context{ctx.db, then}).receive(actor, file, supplier);
    }
    return lots;
}

} // namespace ocopos::services

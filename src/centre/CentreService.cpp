#include "CentreService.h"

#include "ProducerKey.h"
#include "Tokens.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "db/DbError.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <map>
#include <set>
#include <unordered_map>

namespace ocopos::centre {

namespace {

/// A batch that breaks the store's chain: rolled back, then recorded.
struct ChainBroken {
    qint64 entry;
    QString message;
};
/// The first new entry does not follow the centre's last one: not recorded.
struct OutOfOrder {
    qint64 entry;
    QString message;
};
/// The token's store was revoked while the batch waited for the store's lock.
struct Revoked {};

QJsonObject chainView(const db::CentreStore& s)
{
    return QJsonObject{{QStringLiteral("journal_through"), s.journalThrough}, {QStringLiteral("last_hash"), s.lastHash}};
}

Reply error(int status, const QString& code, const QString& message)
{
    return Reply{status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}};
}

auto log() { return core::logger("centre"); }

/// The producers of the store as the centre will hold them after this batch:
/// writes those that changed (and relabels their sums), records conflicts with
/// the centre's first-seen name and kind. Returns code -> key.
std::unordered_map<QString, QString> mergeProducers(db::CentreRepository& repo, const db::CentreStore& store,
                                                    const std::vector<BatchProducer>& sent, const QString& now)
{
    std::map<QString, db::CentreStoreProducer> before;
    for (auto& p : repo.storeProducers(store.id))
        before.emplace(p.code, p);
    std::map<QString, db::CentreStoreProducer> after = before;
    for (const BatchProducer& p : sent) {
        db::CentreStoreProducer& x = after[p.code];
        x.code = p.code;
        x.kind = p.kind;
        x.name = p.name;
        x.parent = p.parent;
        x.taxCode = p.taxCode;
        x.district = p.district;
        x.province = p.province;
    }
    const ProducerLookup lookup = [&](const QString& code) -> std::optional<ProducerFacts> {
        const auto it = after.find(code);
        if (it == after.end())
            return std::nullopt;
        return ProducerFacts{it->second.code, it->second.kind, it->second.parent, it->second.taxCode};
    };
    std::unordered_map<QString, QString> keys;
    for (auto& [code, p] : after) {
        p.key = producerKey(store.code, ProducerFacts{p.code, p.kind, p.parent, p.taxCode}, lookup);
        keys.emplace(code, p.key);
        const auto old = before.find(code);
        const bool changed = old == before.end() || old->second.key != p.key || old->second.kind != p.kind
                             || old->second.name != p.name || old->second.parent != p.parent
                             || old->second.taxCode != p.taxCode || old->second.district != p.district
                             || old->second.province != p.province;
        if (!changed)
            continue;
        repo.upsertStoreProducer(store.id, p, now);
        if (old != before.end() && old->second.key != p.key) {
            repo.relabelOwnerDays(store.id, code, p.key);
            log()->info("store {}: producer {} now counts under {} (was {})", store.code.toStdString(),
                        code.toStdString(), p.key.toStdString(), old->second.key.toStdString());
        }
        repo.clearConflicts(store.id, code);
        const QString folded = normalizedName(p.name);
        const auto known = repo.producer(p.key);
        if (!known) {
            repo.insertProducer(db::CentreProducer{p.key, p.kind, p.name, folded, normalizedTaxCode(p.taxCode),
                                                   store.code, code, 0},
                                store.id, now);
            continue;
        }
        // Same key, another name or kind: listed for a person to look at, never
        // merged or split by guessing.
        if (known->nameFolded != folded)
            repo.recordConflict(store.id, {p.key, store.code, code, QStringLiteral("name"), known->name, p.name, now}, now);
        if (known->kind != p.kind)
            repo.recordConflict(store.id, {p.key, store.code, code, QStringLiteral("kind"), known->kind, p.kind, now}, now);
    }
    return keys;
}

/// The rows and sums a batch adds, flushed before any statement reads them back.
class Pending {
public:
    Pending(db::CentreRepository& repo, qint64 storeId) : m_repo(repo), m_store(storeId) {}

    void flush()
    {
        m_repo.insertSales(m_store, sales);
        m_repo.insertLines(m_store, lines);
        m_repo.insertLots(m_store, lots);
        sales.clear();
        lines.clear();
        lots.clear();
    }

    std::vector<db::CentreSaleRow> sales;
    std::vector<db::CentreLineRow> lines;
    std::vector<db::CentreLotRow> lots;

private:
    db::CentreRepository& m_repo;
    qint64 m_store;
};

} // namespace

bool validStoreCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    return re.match(code).hasMatch();
}

QString CentreService::now() const { return core::Clock::isoString(m_clock.now()); }

std::optional<db::CentreStore> CentreService::authenticate(const QByteArray& authorization, QString* why)
{
    static const QByteArray bearer("Bearer ");
    if (!authorization.startsWith(bearer) || authorization.size() <= bearer.size()) {
        *why = QStringLiteral("no token: send Authorization: Bearer <token>");
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(authorization.mid(bearer.size()).trimmed());
    auto store = db::CentreRepository(m_db).storeByToken(tokenHash(token));
    if (!store) {
        *why = QStringLiteral("the token is not one of this centre's");
        return std::nullopt;
    }
    if (!store->revokedAt.isEmpty()) {
        *why = QStringLiteral("the token of store %1 was revoked").arg(store->code);
        return std::nullopt;
    }
    return store;
}

Reply CentreService::state(const QByteArray& authorization)
{
    QString why;
    const auto store = authenticate(authorization, &why);
    if (!store)
        return error(401, QStringLiteral("unauthorized"), why);
    QJsonObject o = chainView(*store);
    o.insert(QStringLiteral("store"), store->code);
    o.insert(QStringLiteral("settlements"), store->settlements);
    return Reply{200, o};
}

Reply CentreService::postBatch(const QByteArray& authorization, const QByteArray& body)
{
    QString why;
    const auto store = authenticate(authorization, &why);
    if (!store)
        return error(401, QStringLiteral("unauthorized"), why);
    if (body.size() > kMaxBodyBytes)
        return Reply{413, QJsonObject{{QStringLiteral("error"), QStringLiteral("too_large")}}};
    Batch batch;
    try {
        const BatchHead head = parseBatchHead(body);
        if (head.store != store->code)
            return error(403, QStringLiteral("forbidden"),
                         QStringLiteral("this token belongs to store %1, not %2").arg(store->code, head.store));
        if (head.entries > kMaxEntries)
            return Reply{413, QJsonObject{{QStringLiteral("error"), QStringLiteral("too_large")}}};
        batch = parseBatch(head);
    } catch (const BadRequest& e) {
        return Reply{400, QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                                      {QStringLiteral("field"), e.field()},
                                      {QStringLiteral("message"), QString::fromStdString(e.what())}}};
    }
    return ingest(*store, batch);
}

Reply CentreService::ingest(const db::CentreStore& who, const Batch& batch)
{
    db::CentreRepository repo(m_db);
    const QString at = now();
    db::CentreStore before = who;
    try {
        db::TransactionGuard tx(m_db, db::TransactionGuard::Lock::None);
        const auto locked = repo.lockStore(who.id);
        if (!locked || !locked->revokedAt.isEmpty())
            throw Revoked{};
        before = *locked;
        const db::CentreStore& store = *locked;

        const auto keys = mergeProducers(repo, store, batch.producers, at);
        std::vector<db::CentreProduct> products;
        products.reserve(batch.products.size());
        for (const auto& p : batch.products)
            products.push_back({p.sku, p.name, p.unit, p.vat, p.owner, p.category, p.supply, p.ocopStars});
        repo.upsertProducts(store.id, products, at);
        const auto keyOf = [&](const QString& owner) {
            const auto it = keys.find(owner);
            return it != keys.end() ? it->second : QStringLiteral("STORE:") + store.code + QLatin1Char('/') + owner;
        };

        std::vector<qint64> old;
        for (const auto& e : batch.entries)
            if (!e.settlement && e.id <= store.journalThrough)
                old.push_back(e.id);
        auto known = repo.journalHashes(store.id, old);

        qint64 through = store.journalThrough;
        QString last = store.lastHash;
        bool firstNew = true;
        qint64 accepted = 0, duplicates = 0, newSettlements = 0;
        std::vector<db::CentreJournalRow> journal;
        std::vector<db::CentreSettlementRow> settlements;
        std::set<qint64> settlementIds;
        db::CentreDayDeltas deltas;
        db::CentreSkuDeltas skuDeltas;
        db::CentreHouseholdDeltas householdDeltas;
        // A sale line counted (sign +1) or a voided one taken back (-1) in the
        // portal's sums by product and by member household.
        const auto countLine = [&skuDeltas](const QString& owner, const QString& sku, const QString& day,
                                            const QString& name, int sign, qint64 qty, qint64 gross, qint64 net,
                                            qint64 commission, qint64 payout) {
            db::CentreSkuDelta& d = skuDeltas[{owner, sku, day}];
            if (d.name.isNull() || name < d.name)
                d.name = name;
            d.lines += sign;
            d.qty += sign * qty;
            d.gross += sign * gross;
            d.net += sign * net;
            d.commission += sign * commission;
            d.payout += sign * payout;
        };
        const auto countLot = [&householdDeltas](const QString& owner, const QString& producer, const QString& day,
                                                 int sign, qint64 qty, qint64 amount) {
            db::CentreHouseholdDelta& d = householdDeltas[{owner, producer, day}];
            d.lots += sign;
            d.qty += sign * qty;
            d.amount += sign * amount;
        };
        Pending pending(repo, store.id);
        std::map<qint64, QString> pendingSaleDays;  // sale id -> day, of this batch

        for (std::size_t i = 0; i < batch.entries.size(); ++i) {
            const BatchEntry& e = batch.entries[i];
            const QString prefix = QStringLiteral("entries[%1].content").arg(i);
            if (e.settlement) {
                const auto existing = settlementIds.count(e.id) ? std::optional<QString>(QString())
                                                                : repo.settlementContent(store.id, e.id);
                if (existing) {
                    if (!settlementIds.count(e.id) && *existing != e.content)
                        throw ChainBroken{e.id, QStringLiteral("settlement %1 of store %2 came again with another "
                                                               "content: a finalized statement never changes")
                                                    .arg(e.id)
                                                    .arg(store.code)};
                    ++duplicates;
                    continue;
                }
                settlementIds.insert(e.id);
                settlements.push_back({e.id, e.producer, e.from, e.to, e.finalizedAt, e.content, e.net, e.returns,
                                       e.commission, e.payout});
                ++newSettlements;
                continue;
            }
            if (e.id <= through) {
                const auto it = known.find(e.id);
                if (it != known.end() && it->second == e.hash) {
                    ++duplicates;
                    continue;
                }
                if (it != known.end())
                    throw ChainBroken{e.id, QStringLiteral("store %1, journal entry %2 came again with another hash "
                                                           "than the one the centre holds")
                                                .arg(store.code)
                                                .arg(e.id)};
                throw ChainBroken{e.id, QStringLiteral("store %1, journal entry %2 is older than the centre's last "
                                                       "entry %3 but was never received: it is not in the chain")
                                            .arg(store.code)
                                            .arg(e.id)
                                            .arg(through)};
            }
            if (chainHash(e.prevHash, e.content) != e.hash)
                throw ChainBroken{e.id, QStringLiteral("store %1, journal entry %2: its hash is not SHA-256 of its "
                                                       "previous hash and content; the entry was changed after it was "
                                                       "written")
                                            .arg(store.code)
                                            .arg(e.id)};
            if (e.prevHash != last) {
                if (firstNew)
                    throw OutOfOrder{e.id, QStringLiteral("journal entry %1 does not follow the centre's last entry %2: "
                                                          "send from the entry after %2")
                                               .arg(e.id)
                                               .arg(through)};
                throw ChainBroken{e.id, QStringLiteral("store %1, journal entry %2 does not follow entry %3 (its "
                                                       "previous hash is not that entry's hash)")
                                            .arg(store.code)
                                            .arg(e.id)
                                            .arg(through)};
            }
            firstNew = false;

            if (e.kind == QLatin1String("sale")) {
                const SaleContent s = parseSale(e.content, prefix);
                pending.sales.push_back({e.refId, e.id, s.day, s.receiptNo, s.till, s.time, s.cashier, s.gross,
                                         s.discount, s.total, s.vat, s.paid, s.change});
                pendingSaleDays[e.refId] = s.day;
                std::set<QString> owners;
                for (const SaleLine& l : s.lines) {
                    pending.lines.push_back({e.refId, l.lineNo, s.day, l.owner, l.sku, l.name, l.vatRate, l.supply,
                                             l.qty, l.unitPrice, l.gross, l.discount, l.saleDiscount, l.net, l.vat,
                                             l.commissionBp, l.commission, l.payout});
                    qint64 seq = 0;
                    for (const SaleLot& lot : l.lots) {
                        pending.lots.push_back({e.refId, l.lineNo, ++seq, s.day, lot.producer, lot.lotId, lot.qty,
                                                lot.amount});
                        countLot(l.owner, lot.producer, s.day, 1, lot.qty, lot.amount);
                    }
                    countLine(l.owner, l.sku, s.day, l.name, 1, l.qty, l.gross, l.net, l.commission, l.payout);
                    db::CentreDayDelta& d = deltas[{l.owner, s.day}];
                    d.key = keyOf(l.owner);
                    d.lines += 1;
                    d.receipts += owners.insert(l.owner).second ? 1 : 0;
                    d.gross += l.gross;
                    d.net += l.net;
                    d.vat += l.vat;
                    d.commission += l.commission;
                    d.payout += l.payout;
                }
            } else if (e.kind == QLatin1String("void")) {
                const VoidContent v = parseVoid(e.content, prefix);
                pending.flush();
                const auto sale = repo.saleById(store.id, e.refId);
                if (!sale || sale->voided)
                    throw BadRequest(QStringLiteral("entries[%1].ref_id").arg(i),
                                     QStringLiteral("entries[%1].ref_id: the centre has no %2sale %3 (receipt %4) to void")
                                         .arg(i)
                                         .arg(sale ? QStringLiteral("unvoided ") : QString())
                                         .arg(e.refId)
                                         .arg(v.receiptNo));
                std::set<QString> owners;
                for (const auto& l : repo.saleLines(store.id, sale->saleId, sale->saleDate)) {
                    db::CentreDayDelta& d = deltas[{l.owner, sale->saleDate}];
                    d.key = keyOf(l.owner);
                    d.lines -= 1;
                    d.receipts -= owners.insert(l.owner).second ? 1 : 0;
                    d.gross -= l.gross;
                    d.net -= l.net;
                    d.vat -= l.vat;
                    d.commission -= l.commission;
                    d.payout -= l.payout;
                    countLine(l.owner, l.sku, sale->saleDate, l.name, -1, l.qty, l.gross, l.net, l.commission, l.payout);
                }
                for (const auto& lot : repo.saleLots(store.id, sale->saleId, sale->saleDate))
                    countLot(lot.owner, lot.producer, sale->saleDate, -1, lot.qty, lot.amount);
                repo.markVoided(store.id, sale->saleId, sale->saleDate, e.id, v.time);
            } else {
                const ReturnContent r = parseReturn(e.content, prefix);
                pending.flush();
                const auto sale = repo.saleByReceipt(store.id, r.receiptNo);
                if (!sale)
                    throw BadRequest(prefix + QStringLiteral(".receipt_no"),
                                     prefix + QStringLiteral(".receipt_no: the centre has no sale %1").arg(r.receiptNo));
                std::map<qint64, QString> ownerOfLine;
                for (const auto& l : repo.saleLines(store.id, sale->saleId, sale->saleDate))
                    ownerOfLine[l.lineNo] = l.owner;
                std::vector<db::CentreReturnLineRow> lines;
                for (std::size_t j = 0; j < r.lines.size(); ++j) {
                    const ReturnLine& l = r.lines[j];
                    const auto owner = ownerOfLine.find(l.lineNo);
                    if (owner == ownerOfLine.end())
                        throw BadRequest(prefix + QStringLiteral(".lines[%1].line").arg(j),
                                         prefix + QStringLiteral(".lines[%1].line: sale %2 has no line %3")
                                             .arg(j)
                                             .arg(r.receiptNo)
                                             .arg(l.lineNo));
                    lines.push_back({e.refId, l.lineNo, sale->saleId, r.day, owner->second, l.sku, l.qty, l.refund,
                                     l.vat, l.commission, l.payout});
                    db::CentreDayDelta& d = deltas[{owner->second, r.day}];
                    d.key = keyOf(owner->second);
                    d.returnLines += 1;
                    d.returns += l.refund;
                    d.returnVat += l.vat;
                    d.returnCommission += l.commission;
                    d.returnPayout += l.payout;
                    db::CentreSkuDelta& k = skuDeltas[{owner->second, l.sku, r.day}];
                    k.returnLines += 1;
                    k.returnQty += l.qty;
                    k.returns += l.refund;
                    k.returnCommission += l.commission;
                    k.returnPayout += l.payout;
                }
                repo.insertReturn(store.id,
                                  {e.refId, e.id, sale->saleId, r.day, r.number, r.receiptNo, r.time, r.by, r.damaged,
                                   r.refund},
                                  lines);
            }
            journal.push_back({e.id, e.at, e.kind, e.refId, e.prevHash, e.hash, e.content});
            known[e.id] = e.hash;
            through = e.id;
            last = e.hash;
            ++accepted;
        }
        pending.flush();
        repo.insertJournal(store.id, journal, at);
        repo.insertSettlements(store.id, settlements, at);
        repo.addOwnerDays(store.id, deltas);
        repo.addSkuDays(store.id, skuDeltas);
        repo.addHouseholdDays(store.id, householdDeltas);
        repo.advanceStore(store.id, through, last, accepted, newSettlements, at);
        tx.commit();
        if (accepted + newSettlements > 0)
            log()->info("store {}: {} entries and {} settlements stored, {} duplicates; journal through {}",
                        store.code.toStdString(), accepted, newSettlements, duplicates, through);
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                      {QStringLiteral("accepted"), accepted + newSettlements},
                      {QStringLiteral("duplicates"), duplicates},
                      {QStringLiteral("journal_through"), through},
                      {QStringLiteral("last_hash"), last}};
        return Reply{200, o};
    } catch (const Revoked&) {
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("the token of store %1 was revoked").arg(who.code));
    } catch (const BadRequest& e) {
        return Reply{400, QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                                      {QStringLiteral("field"), e.field()},
                                      {QStringLiteral("message"), QString::fromStdString(e.what())}}};
    } catch (const OutOfOrder& e) {
        QJsonObject o = chainView(before);
        o.insert(QStringLiteral("error"), QStringLiteral("out_of_order"));
        o.insert(QStringLiteral("entry"), e.entry);
        o.insert(QStringLiteral("message"), e.message);
        return Reply{409, o};
    } catch (const ChainBroken& e) {
        // The batch rolled back; the refusal is recorded on its own.
        {
            db::TransactionGuard tx(m_db, db::TransactionGuard::Lock::None);
            repo.addRejection(who.id, e.entry, QStringLiteral("chain_broken"), e.message, at);
            tx.commit();
        }
        log()->warn("refused a batch: {}", e.message.toStdString());
        QJsonObject o = chainView(before);
        o.insert(QStringLiteral("error"), QStringLiteral("chain_broken"));
        o.insert(QStringLiteral("store"), who.code);
        o.insert(QStringLiteral("entry"), e.entry);
        o.insert(QStringLiteral("message"), e.message);
        return Reply{409, o};
    }
}

QString CentreService::addStore(const QString& code, const QString& name)
{
    if (!validStoreCode(code))
        throw AdminError(AdminError::Kind::Invalid,
                         QStringLiteral("store code '%1': use 1 to 40 letters, digits, '.', '_' or '-'").arg(code));
    if (name.trimmed().isEmpty())
        throw AdminError(AdminError::Kind::Invalid, QStringLiteral("store name: must not be empty"));
    db::CentreRepository repo(m_db);
    const QString token = newToken();
    db::TransactionGuard tx(m_db, db::TransactionGuard::Lock::None);
    if (repo.storeByCode(code))
        throw AdminError(AdminError::Kind::Conflict, QStringLiteral("store %1 exists already").arg(code));
    repo.addStore(code, name.trimmed(), tokenHash(token), now(), genesisHash());
    tx.commit();
    log()->info("store {} added", code.toStdString());
    return token;
}

void CentreService::revokeStore(const QString& code)
{
    db::TransactionGuard tx(m_db, db::TransactionGuard::Lock::None);
    if (!db::CentreRepository(m_db).revoke(code, now()))
        throw AdminError(AdminError::Kind::NotFound, QStringLiteral("no store %1").arg(code));
    tx.commit();
    log()->info("store {}: token revoked", code.toStdString());
}

QString CentreService::rotateToken(const QString& code)
{
    const QString token = newToken();
    db::TransactionGuard tx(m_db, db::TransactionGuard::Lock::None);
    if (!db::CentreRepository(m_db).setToken(code, tokenHash(token)))
        throw AdminError(AdminError::Kind::NotFound, QStringLiteral("no store %1").arg(code));
    tx.commit();
    log()->info("store {}: new token", code.toStdString());
    return token;
}

std::vector<db::CentreStore> CentreService::stores() { return db::CentreRepository(m_db).stores(); }
std::vector<db::CentreRejection> CentreService::rejections() { return db::CentreRepository(m_db).rejections(); }
std::vector<db::CentreProducer> CentreService::producers() { return db::CentreRepository(m_db).producers(); }
std::vector<db::CentreConflict> CentreService::conflicts() { return db::CentreRepository(m_db).conflicts(); }

ProducerReport CentreService::reportByProducer(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw AdminError(AdminError::Kind::Invalid, QStringLiteral("--to must not be before --from"));
    ProducerReport out;
    out.from = from;
    out.to = to;
    for (const auto& r : db::CentreRepository(m_db).reportByProducer(from.toString(Qt::ISODate), to.toString(Qt::ISODate))) {
        ProducerReportRow x;
        x.key = r.key;
        x.name = r.name;
        x.kind = r.kind;
        x.stores = r.stores;
        x.lines = r.lines;
        x.sales = r.receipts;
        x.gross = r.gross;
        x.discount = r.gross - r.net;
        x.returns = r.returns;
        x.net = r.net - r.returns;
        x.vat = r.vat - r.returnVat;
        x.commission = r.commission - r.returnCommission;
        x.payout = r.payout - r.returnPayout;
        out.totals.lines += x.lines;
        out.totals.sales += x.sales;
        out.totals.gross += x.gross;
        out.totals.discount += x.discount;
        out.totals.net += x.net;
        out.totals.vat += x.vat;
        out.totals.returns += x.returns;
        out.totals.commission += x.commission;
        out.totals.payout += x.payout;
        out.rows.push_back(x);
    }
    return out;
}

} // namespace ocopos::centre

#include "CentreRepository.h"
#include "PgArray.h"

#include <QDate>
#include <QStringList>

namespace ocopos::db {

namespace {

const QString kStoreColumns = QStringLiteral(
    "id, code, name, created_at, COALESCE(revoked_at, ''), journal_through, last_hash, entries, settlements, "
    "COALESCE(last_batch_at, '') FROM centre_stores");

CentreStore readStore(Query& q)
{
    CentreStore s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.createdAt = q.value(3).toString();
    s.revokedAt = q.value(4).toString();
    s.journalThrough = q.value(5).toLongLong();
    s.lastHash = q.value(6).toString();
    s.entries = q.value(7).toLongLong();
    s.settlements = q.value(8).toLongLong();
    s.lastBatchAt = q.value(9).toString();
    return s;
}

std::optional<CentreStore> oneStore(Query& q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readStore(q);
}

} // namespace

void CentreRepository::addStore(const QString& code, const QString& name, const QString& tokenSha256,
                                const QString& now, const QString& genesis)
{
    Query(m_db, QStringLiteral("INSERT INTO centre_stores (code, name, token_sha256, created_at, last_hash) "
                               "VALUES (:c, :n, :t, :at, :g)"))
        .bind(QStringLiteral(":c"), code)
        .bind(QStringLiteral(":n"), name)
        .bind(QStringLiteral(":t"), tokenSha256)
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":g"), genesis)
        .exec();
}

bool CentreRepository::setToken(const QString& code, const QString& tokenSha256)
{
    Query q(m_db, QStringLiteral("UPDATE centre_stores SET token_sha256 = :t, revoked_at = NULL WHERE code = :c"));
    q.bind(QStringLiteral(":t"), tokenSha256).bind(QStringLiteral(":c"), code).exec();
    return q.rowsAffected() > 0;
}

bool CentreRepository::revoke(const QString& code, const QString& now)
{
    Query q(m_db, QStringLiteral("UPDATE centre_stores SET revoked_at = COALESCE(revoked_at, :at) WHERE code = :c"));
    q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":c"), code).exec();
    return q.rowsAffected() > 0;
}

std::vector<CentreStore> CentreRepository::stores()
{
    Query q(m_db, QStringLiteral("SELECT ") + kStoreColumns + QStringLiteral(" ORDER BY code"));
    q.exec();
    std::vector<CentreStore> out;
    while (q.next())
        out.push_back(readStore(q));
    return out;
}

std::optional<CentreStore> CentreRepository::storeByCode(const QString& code)
{
    Query q(m_db, QStringLiteral("SELECT ") + kStoreColumns + QStringLiteral(" WHERE code = :c"));
    q.bind(QStringLiteral(":c"), code);
    return oneStore(q);
}

std::optional<CentreStore> CentreRepository::storeByToken(const QString& tokenSha256)
{
    Query q(m_db, QStringLiteral("SELECT ") + kStoreColumns + QStringLiteral(" WHERE token_sha256 = :t"));
    q.bind(QStringLiteral(":t"), tokenSha256);
    return oneStore(q);
}

std::optional<CentreStore> CentreRepository::lockStore(qint64 storeId)
{
    Query q(m_db, QStringLiteral("SELECT ") + kStoreColumns + QStringLiteral(" WHERE id = :id FOR UPDATE"));
    q.bind(QStringLiteral(":id"), v64(storeId));
    return oneStore(q);
}

void CentreRepository::advanceStore(qint64 storeId, qint64 journalThrough, const QString& lastHash,
                                    qint64 addEntries, qint64 addSettlements, const QString& now)
{
    Query(m_db, QStringLiteral("UPDATE centre_stores SET journal_through = :j, last_hash = :h, entries = entries + :e, "
                               "settlements = settlements + :s, last_batch_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":j"), v64(journalThrough))
        .bind(QStringLiteral(":h"), lastHash)
        .bind(QStringLiteral(":e"), v64(addEntries))
        .bind(QStringLiteral(":s"), v64(addSettlements))
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":id"), v64(storeId))
        .exec();
}

std::unordered_map<qint64, QString> CentreRepository::journalHashes(qint64 storeId, const std::vector<qint64>& ids)
{
    std::unordered_map<qint64, QString> out;
    if (ids.empty())
        return out;
    PgArray a(ids.size());
    for (qint64 id : ids)
        a.add(id);
    Query q(m_db, QStringLiteral("SELECT entry_id, hash FROM centre_journal WHERE store_id = :s AND "
                                 "entry_id = ANY(CAST(:ids AS BIGINT[]))"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":ids"), a.take()).exec();
    while (q.next())
        out.emplace(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

void CentreRepository::insertJournal(qint64 storeId, const std::vector<CentreJournalRow>& rows, const QString& now)
{
    if (rows.empty())
        return;
    PgArray id(rows.size()), at(rows.size()), kind(rows.size()), ref(rows.size()), prev(rows.size()),
        hash(rows.size()), content(rows.size() * 100);
    for (const auto& r : rows) {
        id.add(r.entryId);
        at.add(r.at);
        kind.add(r.kind);
        ref.add(r.refId);
        prev.add(r.prevHash);
        hash.add(r.hash);
        content.add(r.content);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_journal (store_id, entry_id, at, kind, ref_id, prev_hash, hash, content, received_at) "
                    "SELECT :s, u.* , :now FROM unnest(CAST(:id AS BIGINT[]), CAST(:at AS TEXT[]), CAST(:k AS TEXT[]), "
                    "CAST(:r AS BIGINT[]), CAST(:p AS TEXT[]), CAST(:h AS TEXT[]), CAST(:c AS TEXT[])) AS u"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), id.take())
        .bind(QStringLiteral(":at"), at.take())
        .bind(QStringLiteral(":k"), kind.take())
        .bind(QStringLiteral(":r"), ref.take())
        .bind(QStringLiteral(":p"), prev.take())
        .bind(QStringLiteral(":h"), hash.take())
        .bind(QStringLiteral(":c"), content.take())
        .exec();
}

void CentreRepository::insertSales(qint64 storeId, const std::vector<CentreSaleRow>& rows)
{
    if (rows.empty())
        return;
    const std::size_t n = rows.size();
    PgArray sale(n), day(n), entry(n), receipt(n), till(n), at(n), cashier(n), gross(n), disc(n), total(n), vat(n),
        paid(n), change(n);
    for (const auto& r : rows) {
        sale.add(r.saleId);
        day.add(r.saleDate);
        entry.add(r.entryId);
        receipt.add(r.receiptNo);
        till.add(r.till);
        at.add(r.at);
        cashier.add(r.cashier);
        gross.add(r.gross);
        disc.add(r.discount);
        total.add(r.total);
        vat.add(r.vat);
        paid.add(r.paid);
        change.add(r.change);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_sales (store_id, sale_id, sale_date, entry_id, receipt_no, till, at, cashier, gross_vnd, "
                    "discount_vnd, total_vnd, vat_vnd, paid_vnd, change_vnd) SELECT :s, u.* FROM unnest("
                    "CAST(:sale AS BIGINT[]), CAST(:day AS DATE[]), CAST(:entry AS BIGINT[]), CAST(:receipt AS TEXT[]), "
                    "CAST(:till AS TEXT[]), CAST(:at AS TEXT[]), CAST(:cashier AS TEXT[]), CAST(:gross AS BIGINT[]), "
                    "CAST(:disc AS BIGINT[]), CAST(:total AS BIGINT[]), CAST(:vat AS BIGINT[]), CAST(:paid AS BIGINT[]), "
                    "CAST(:change AS BIGINT[])) AS u"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":sale"), sale.take())
        .bind(QStringLiteral(":day"), day.take())
        .bind(QStringLiteral(":entry"), entry.take())
        .bind(QStringLiteral(":receipt"), receipt.take())
        .bind(QStringLiteral(":till"), till.take())
        .bind(QStringLiteral(":at"), at.take())
        .bind(QStringLiteral(":cashier"), cashier.take())
        .bind(QStringLiteral(":gross"), gross.take())
        .bind(QStringLiteral(":disc"), disc.take())
        .bind(QStringLiteral(":total"), total.take())
        .bind(QStringLiteral(":vat"), vat.take())
        .bind(QStringLiteral(":paid"), paid.take())
        .bind(QStringLiteral(":change"), change.take())
        .exec();
}

void CentreRepository::insertLines(qint64 storeId, const std::vector<CentreLineRow>& rows)
{
    if (rows.empty())
        return;
    const std::size_t n = rows.size();
    PgArray sale(n), line(n), day(n), owner(n), sku(n), name(n), qty(n), price(n), gross(n), disc(n), sdisc(n), net(n),
        rate(n), vat(n), supply(n), bp(n), comm(n), payout(n);
    for (const auto& r : rows) {
        sale.add(r.saleId);
        line.add(r.lineNo);
        day.add(r.saleDate);
        owner.add(r.owner);
        sku.add(r.sku);
        name.add(r.name);
        qty.add(r.qty);
        price.add(r.unitPrice);
        gross.add(r.gross);
        disc.add(r.discount);
        sdisc.add(r.saleDiscount);
        net.add(r.net);
        rate.add(r.vatRate);
        vat.add(r.vat);
        supply.add(r.supply);
        bp.add(r.commissionBp);
        comm.add(r.commission);
        payout.add(r.payout);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_sale_lines (store_id, sale_id, line_no, sale_date, owner, sku, name, qty, "
                    "unit_price_vnd, gross_vnd, discount_vnd, sale_discount_vnd, net_vnd, vat_rate, vat_vnd, supply, "
                    "commission_bp, commission_vnd, payout_vnd) SELECT :s, u.* FROM unnest(CAST(:sale AS BIGINT[]), "
                    "CAST(:line AS BIGINT[]), CAST(:day AS DATE[]), CAST(:owner AS TEXT[]), CAST(:sku AS TEXT[]), "
                    "CAST(:name AS TEXT[]), CAST(:qty AS BIGINT[]), CAST(:price AS BIGINT[]), CAST(:gross AS BIGINT[]), "
                    "CAST(:disc AS BIGINT[]), CAST(:sdisc AS BIGINT[]), CAST(:net AS BIGINT[]), CAST(:rate AS TEXT[]), "
                    "CAST(:vat AS BIGINT[]), CAST(:supply AS TEXT[]), CAST(:bp AS BIGINT[]), CAST(:comm AS BIGINT[]), "
                    "CAST(:payout AS BIGINT[])) AS u"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":sale"), sale.take())
        .bind(QStringLiteral(":line"), line.take())
        .bind(QStringLiteral(":day"), day.take())
        .bind(QStringLiteral(":owner"), owner.take())
        .bind(QStringLiteral(":sku"), sku.take())
        .bind(QStringLiteral(":name"), name.take())
        .bind(QStringLiteral(":qty"), qty.take())
        .bind(QStringLiteral(":price"), price.take())
        .bind(QStringLiteral(":gross"), gross.take())
        .bind(QStringLiteral(":disc"), disc.take())
        .bind(QStringLiteral(":sdisc"), sdisc.take())
        .bind(QStringLiteral(":net"), net.take())
        .bind(QStringLiteral(":rate"), rate.take())
        .bind(QStringLiteral(":vat"), vat.take())
        .bind(QStringLiteral(":supply"), supply.take())
        .bind(QStringLiteral(":bp"), bp.take())
        .bind(QStringLiteral(":comm"), comm.take())
        .bind(QStringLiteral(":payout"), payout.take())
        .exec();
}

void CentreRepository::insertLots(qint64 storeId, const std::vector<CentreLotRow>& rows)
{
    if (rows.empty())
        return;
    const std::size_t n = rows.size();
    PgArray sale(n), line(n), seq(n), day(n), lot(n), producer(n), qty(n), amount(n);
    for (const auto& r : rows) {
        sale.add(r.saleId);
        line.add(r.lineNo);
        seq.add(r.seq);
        day.add(r.saleDate);
        lot.add(r.lotId);
        producer.add(r.producer);
        qty.add(r.qty);
        amount.add(r.amount);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_sale_line_lots (store_id, sale_id, line_no, seq, sale_date, lot_id, producer, qty, "
                    "amount_vnd) SELECT :s, u.* FROM unnest(CAST(:sale AS BIGINT[]), CAST(:line AS BIGINT[]), "
                    "CAST(:seq AS BIGINT[]), CAST(:day AS DATE[]), CAST(:lot AS BIGINT[]), CAST(:producer AS TEXT[]), "
                    "CAST(:qty AS BIGINT[]), CAST(:amount AS BIGINT[])) AS u"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":sale"), sale.take())
        .bind(QStringLiteral(":line"), line.take())
        .bind(QStringLiteral(":seq"), seq.take())
        .bind(QStringLiteral(":day"), day.take())
        .bind(QStringLiteral(":lot"), lot.take())
        .bind(QStringLiteral(":producer"), producer.take())
        .bind(QStringLiteral(":qty"), qty.take())
        .bind(QStringLiteral(":amount"), amount.take())
        .exec();
}

namespace {
std::optional<CentreSaleRef> oneSale(Query& q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    return CentreSaleRef{q.value(0).toLongLong(), q.value(1).toString(), !q.value(2).isNull()};
}
} // namespace

std::optional<CentreSaleRef> CentreRepository::saleById(qint64 storeId, qint64 saleId)
{
    Query q(m_db, QStringLiteral("SELECT sale_id, to_char(sale_date, 'YYYY-MM-DD'), voided_entry_id FROM centre_sales "
                                 "WHERE store_id = :s AND sale_id = :id"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":id"), v64(saleId));
    return oneSale(q);
}

std::optional<CentreSaleRef> CentreRepository::saleByReceipt(qint64 storeId, const QString& receiptNo)
{
    Query q(m_db, QStringLiteral("SELECT sale_id, to_char(sale_date, 'YYYY-MM-DD'), voided_entry_id FROM centre_sales "
                                 "WHERE store_id = :s AND receipt_no = :r"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":r"), receiptNo);
    return oneSale(q);
}

std::vector<CentreLineFigures> CentreRepository::saleLines(qint64 storeId, qint64 saleId, const QString& saleDate)
{
    Query q(m_db, QStringLiteral("SELECT line_no, owner, gross_vnd, net_vnd, vat_vnd, commission_vnd, payout_vnd, "
                                 "sku, name, qty FROM centre_sale_lines WHERE store_id = :s AND sale_id = :id AND "
                                 "sale_date = CAST(:d AS DATE) ORDER BY line_no"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":id"), v64(saleId)).bind(QStringLiteral(":d"), saleDate);
    q.exec();
    std::vector<CentreLineFigures> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                       q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toString(),
                       q.value(8).toString(), q.value(9).toLongLong()});
    return out;
}

std::vector<CentreLotFigures> CentreRepository::saleLots(qint64 storeId, qint64 saleId, const QString& saleDate)
{
    Query q(m_db, QStringLiteral("SELECT l.owner, lt.producer, lt.qty, lt.amount_vnd FROM centre_sale_line_lots lt "
                                 "JOIN centre_sale_lines l ON l.store_id = lt.store_id AND l.sale_id = lt.sale_id "
                                 "AND l.line_no = lt.line_no AND l.sale_date = lt.sale_date WHERE lt.store_id = :s "
                                 "AND lt.sale_id = :id AND lt.sale_date = CAST(:d AS DATE) ORDER BY lt.line_no, lt.seq"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":id"), v64(saleId)).bind(QStringLiteral(":d"), saleDate);
    q.exec();
    std::vector<CentreLotFigures> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

void CentreRepository::markVoided(qint64 storeId, qint64 saleId, const QString& saleDate, qint64 entryId,
                                  const QString& at)
{
    Query(m_db, QStringLiteral("UPDATE centre_sales SET voided_entry_id = :e, voided_at = :at WHERE store_id = :s AND "
                               "sale_id = :id AND sale_date = CAST(:d AS DATE)"))
        .bind(QStringLiteral(":e"), v64(entryId))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":id"), v64(saleId))
        .bind(QStringLiteral(":d"), saleDate)
        .exec();
}

void CentreRepository::insertReturn(qint64 storeId, const CentreReturnRow& r,
                                    const std::vector<CentreReturnLineRow>& lines)
{
    Query(m_db, QStringLiteral("INSERT INTO centre_returns (store_id, return_id, return_date, entry_id, number, "
                               "receipt_no, sale_id, at, by_user, damaged, refund_vnd) VALUES (:s, :id, CAST(:d AS DATE), "
                               ":e, :n, :r, :sale, :at, :by, :dmg, :refund)"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":id"), v64(r.returnId))
        .bind(QStringLiteral(":d"), r.returnDate)
        .bind(QStringLiteral(":e"), v64(r.entryId))
        .bind(QStringLiteral(":n"), r.number)
        .bind(QStringLiteral(":r"), r.receiptNo)
        .bind(QStringLiteral(":sale"), v64(r.saleId))
        .bind(QStringLiteral(":at"), r.at)
        .bind(QStringLiteral(":by"), r.by)
        .bind(QStringLiteral(":dmg"), r.damaged)
        .bind(QStringLiteral(":refund"), v64(r.refund))
        .exec();
    if (lines.empty())
        return;
    const std::size_t n = lines.size();
    PgArray ret(n), line(n), day(n), sale(n), owner(n), sku(n), qty(n), refund(n), vat(n), comm(n), payout(n);
    for (const auto& l : lines) {
        ret.add(l.returnId);
        line.add(l.lineNo);
        day.add(l.returnDate);
        sale.add(l.saleId);
        owner.add(l.owner);
        sku.add(l.sku);
        qty.add(l.qty);
        refund.add(l.refund);
        vat.add(l.vat);
        comm.add(l.commission);
        payout.add(l.payout);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_return_lines (store_id, return_id, line_no, return_date, sale_id, owner, sku, qty, "
                    "refund_vnd, vat_vnd, commission_vnd, payout_vnd) SELECT :s, u.* FROM unnest(CAST(:ret AS BIGINT[]), "
                    "CAST(:line AS BIGINT[]), CAST(:day AS DATE[]), CAST(:sale AS BIGINT[]), CAST(:owner AS TEXT[]), "
                    "CAST(:sku AS TEXT[]), CAST(:qty AS BIGINT[]), CAST(:refund AS BIGINT[]), CAST(:vat AS BIGINT[]), "
                    "CAST(:comm AS BIGINT[]), CAST(:payout AS BIGINT[])) AS u"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":ret"), ret.take())
        .bind(QStringLiteral(":line"), line.take())
        .bind(QStringLiteral(":day"), day.take())
        .bind(QStringLiteral(":sale"), sale.take())
        .bind(QStringLiteral(":owner"), owner.take())
        .bind(QStringLiteral(":sku"), sku.take())
        .bind(QStringLiteral(":qty"), qty.take())
        .bind(QStringLiteral(":refund"), refund.take())
        .bind(QStringLiteral(":vat"), vat.take())
        .bind(QStringLiteral(":comm"), comm.take())
        .bind(QStringLiteral(":payout"), payout.take())
        .exec();
}

std::optional<QString> CentreRepository::settlementContent(qint64 storeId, qint64 settlementId)
{
    Query q(m_db, QStringLiteral("SELECT content FROM centre_settlements WHERE store_id = :s AND settlement_id = :id"));
    q.bind(QStringLiteral(":s"), v64(storeId)).bind(QStringLiteral(":id"), v64(settlementId));
    auto v = q.scalar();
    if (!v)
        return std::nullopt;
    return v->toString();
}

void CentreRepository::insertSettlements(qint64 storeId, const std::vector<CentreSettlementRow>& rows,
                                         const QString& now)
{
    for (const auto& r : rows)
        Query(m_db, QStringLiteral("INSERT INTO centre_settlements (store_id, settlement_id, producer, from_date, to_date, "
                                   "finalized_at, net_vnd, returns_vnd, commission_vnd, payout_vnd, content, received_at) "
                                   "VALUES (:s, :id, :p, CAST(:f AS DATE), CAST(:t AS DATE), :fin, :net, :ret, :comm, "
                                   ":pay, :c, :now)"))
            .bind(QStringLiteral(":s"), v64(storeId))
            .bind(QStringLiteral(":id"), v64(r.settlementId))
            .bind(QStringLiteral(":p"), r.producer)
            .bind(QStringLiteral(":f"), r.from)
            .bind(QStringLiteral(":t"), r.to)
            .bind(QStringLiteral(":fin"), r.finalizedAt)
            .bind(QStringLiteral(":net"), v64(r.net))
            .bind(QStringLiteral(":ret"), v64(r.returns))
            .bind(QStringLiteral(":comm"), v64(r.commission))
            .bind(QStringLiteral(":pay"), v64(r.payout))
            .bind(QStringLiteral(":c"), r.content)
            .bind(QStringLiteral(":now"), now)
            .exec();
}

void CentreRepository::addRejection(qint64 storeId, std::optional<qint64> entryId, const QString& reason,
                                    const QString& message, const QString& now)
{
    Query(m_db, QStringLiteral("INSERT INTO centre_rejections (store_id, entry_id, reason, message, at) "
                               "VALUES (:s, :e, :r, :m, :now)"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bindOpt(QStringLiteral(":e"), entryId)
        .bind(QStringLiteral(":r"), reason)
        .bind(QStringLiteral(":m"), message)
        .bind(QStringLiteral(":now"), now)
        .exec();
}

std::vector<CentreRejection> CentreRepository::rejections()
{
    Query q(m_db, QStringLiteral("SELECT r.id, s.code, r.entry_id, r.reason, r.message, r.at FROM centre_rejections r "
                                 "JOIN centre_stores s ON s.id = r.store_id ORDER BY r.id"));
    q.exec();
    std::vector<CentreRejection> out;
    while (q.next()) {
        CentreRejection r;
        r.id = q.value(0).toLongLong();
        r.store = q.value(1).toString();
        if (!q.value(2).isNull())
            r.entryId = q.value(2).toLongLong();
        r.reason = q.value(3).toString();
        r.message = q.value(4).toString();
        r.at = q.value(5).toString();
        out.push_back(r);
    }
    return out;
}

std::vector<CentreReportRow> CentreRepository::reportByProducer(const QString& from, const QString& to)
{
    Query q(m_db, QStringLiteral(
                      "SELECT x.key, COALESCE(p.name, ''), COALESCE(p.kind, ''), x.stores, x.lines, x.receipts, x.gross, "
                      "x.net, x.vat, x.comm, x.payout, x.rlines, x.returns, x.rvat, x.rcomm, x.rpayout FROM ("
                      "SELECT d.key, COUNT(DISTINCT d.store_id) AS stores, CAST(SUM(d.lines) AS BIGINT) AS lines, "
                      "CAST(SUM(d.receipts) AS BIGINT) AS receipts, CAST(SUM(d.gross_vnd) AS BIGINT) AS gross, "
                      "CAST(SUM(d.net_vnd) AS BIGINT) AS net, CAST(SUM(d.vat_vnd) AS BIGINT) AS vat, "
                      "CAST(SUM(d.commission_vnd) AS BIGINT) AS comm, CAST(SUM(d.payout_vnd) AS BIGINT) AS payout, "
                      "CAST(SUM(d.return_lines) AS BIGINT) AS rlines, CAST(SUM(d.returns_vnd) AS BIGINT) AS returns, "
                      "CAST(SUM(d.return_vat_vnd) AS BIGINT) AS rvat, CAST(SUM(d.return_comm_vnd) AS BIGINT) AS rcomm, "
                      "CAST(SUM(d.return_payout_vnd) AS BIGINT) AS rpayout FROM ("
                      "SELECT store_id, key, lines, receipts, gross_vnd, net_vnd, vat_vnd, commission_vnd, payout_vnd, "
                      "return_lines, returns_vnd, return_vat_vnd, return_comm_vnd, return_payout_vnd "
                      "FROM centre_owner_days WHERE day BETWEEN CAST(:f1 AS DATE) AND CAST(:t1 AS DATE) "
                      "OR day BETWEEN CAST(:f2 AS DATE) AND CAST(:t2 AS DATE) UNION ALL "
                      "SELECT store_id, key, lines, receipts, gross_vnd, net_vnd, vat_vnd, commission_vnd, payout_vnd, "
                      "return_lines, returns_vnd, return_vat_vnd, return_comm_vnd, return_payout_vnd "
                      "FROM centre_owner_months WHERE month BETWEEN CAST(:mf AS DATE) AND CAST(:mt AS DATE)) d "
                      "GROUP BY d.key) x LEFT JOIN centre_producers p ON p.key = x.key ORDER BY x.key"));
    // Whole months of [from, to] from the month sums, the days of a partial
    // month at either end from the day sums. An empty range is (to, from).
    const QDate f = QDate::fromString(from, Qt::ISODate), t = QDate::fromString(to, Qt::ISODate);
    const QDate firstWhole = f.day() == 1 ? f : QDate(f.year(), f.month(), 1).addMonths(1);
    const QDate lastWholeEnd = t.day() == t.daysInMonth() ? t : QDate(t.year(), t.month(), 1).addDays(-1);
    const auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
    if (firstWhole <= lastWholeEnd) {
        q.bind(QStringLiteral(":f1"), iso(f)).bind(QStringLiteral(":t1"), iso(firstWhole.addDays(-1)));
        q.bind(QStringLiteral(":f2"), iso(lastWholeEnd.addDays(1))).bind(QStringLiteral(":t2"), iso(t));
        q.bind(QStringLiteral(":mf"), iso(firstWhole));
        q.bind(QStringLiteral(":mt"), iso(QDate(lastWholeEnd.year(), lastWholeEnd.month(), 1)));
    } else {
        q.bind(QStringLiteral(":f1"), iso(f)).bind(QStringLiteral(":t1"), iso(t));
        q.bind(QStringLiteral(":f2"), iso(t)).bind(QStringLiteral(":t2"), iso(f.addDays(-1)));
        q.bind(QStringLiteral(":mf"), iso(t)).bind(QStringLiteral(":mt"), iso(f.addDays(-1)));
    }
    q.exec();
    std::vector<CentreReportRow> out;
    while (q.next()) {
        CentreReportRow r;
        r.key = q.value(0).toString();
        r.name = q.value(1).toString();
        r.kind = q.value(2).toString();
        qint64* fields[] = {&r.stores, &r.lines, &r.receipts, &r.gross, &r.net, &r.vat, &r.commission, &r.payout,
                            &r.returnLines, &r.returns, &r.returnVat, &r.returnCommission, &r.returnPayout};
        for (int i = 0; i < 13; ++i)
            *fields[i] = q.value(3 + i).toLongLong();
        out.push_back(r);
    }
    return out;
}

} // namespace ocopos::db

// The report's and the portal's day sums, kept by every batch in its
// transaction (docs/CENTRE.md §4, docs/PORTAL.md): per owner and day, per owner,
// SKU and day, per owner, lot producer and day. Each is one upsert of the
// batch's deltas, bound as arrays and unnested.
#include "CentreRepository.h"
#include "PgArray.h"

namespace ocopos::db {

void CentreRepository::addOwnerDays(qint64 storeId, const CentreDayDeltas& deltas)
{
    if (deltas.empty())
        return;
    const std::size_t n = deltas.size();
    PgArray owner(n), day(n), key(n), lines(n), receipts(n), gross(n), net(n), vat(n), comm(n), payout(n), rlines(n),
        returns(n), rvat(n), rcomm(n), rpayout(n);
    for (const auto& [k, d] : deltas) {
        owner.add(k.first);
        day.add(k.second);
        key.add(d.key);
        lines.add(d.lines);
        receipts.add(d.receipts);
        gross.add(d.gross);
        net.add(d.net);
        vat.add(d.vat);
        comm.add(d.commission);
        payout.add(d.payout);
        rlines.add(d.returnLines);
        returns.add(d.returns);
        rvat.add(d.returnVat);
        rcomm.add(d.returnCommission);
        rpayout.add(d.returnPayout);
    }
    // One statement for both tables: the days, and (a writable CTE) the months.
    const QString update = QStringLiteral(
        "DO UPDATE SET key = EXCLUDED.key, "
        "lines = d.lines + EXCLUDED.lines, receipts = d.receipts + EXCLUDED.receipts, "
        "gross_vnd = d.gross_vnd + EXCLUDED.gross_vnd, net_vnd = d.net_vnd + EXCLUDED.net_vnd, "
        "vat_vnd = d.vat_vnd + EXCLUDED.vat_vnd, commission_vnd = d.commission_vnd + EXCLUDED.commission_vnd, "
        "payout_vnd = d.payout_vnd + EXCLUDED.payout_vnd, return_lines = d.return_lines + EXCLUDED.return_lines, "
        "returns_vnd = d.returns_vnd + EXCLUDED.returns_vnd, "
        "return_vat_vnd = d.return_vat_vnd + EXCLUDED.return_vat_vnd, "
        "return_comm_vnd = d.return_comm_vnd + EXCLUDED.return_comm_vnd, "
        "return_payout_vnd = d.return_payout_vnd + EXCLUDED.return_payout_vnd");
    const QString columns = QStringLiteral(
        "key, lines, receipts, gross_vnd, net_vnd, vat_vnd, commission_vnd, payout_vnd, return_lines, returns_vnd, "
        "return_vat_vnd, return_comm_vnd, return_payout_vnd)");
    Query(m_db, QStringLiteral(
                    "WITH u AS (SELECT * FROM unnest(CAST(:owner AS TEXT[]), CAST(:day AS DATE[]), "
                    "CAST(:key AS TEXT[]), CAST(:lines AS BIGINT[]), CAST(:receipts AS BIGINT[]), CAST(:gross AS BIGINT[]), "
                    "CAST(:net AS BIGINT[]), CAST(:vat AS BIGINT[]), CAST(:comm AS BIGINT[]), CAST(:payout AS BIGINT[]), "
                    "CAST(:rlines AS BIGINT[]), CAST(:returns AS BIGINT[]), CAST(:rvat AS BIGINT[]), "
                    "CAST(:rcomm AS BIGINT[]), CAST(:rpayout AS BIGINT[])) AS t(owner, day, key, lines, receipts, gross, "
                    "net, vat, comm, payout, rlines, returns, rvat, rcomm, rpayout)), "
                    "days AS (INSERT INTO centre_owner_days AS d (store_id, owner, day, ")
                    + columns + QStringLiteral(" SELECT :s, u.* FROM u ON CONFLICT (store_id, owner, day) ") + update
                    + QStringLiteral(") INSERT INTO centre_owner_months AS d (store_id, owner, month, ") + columns
                    + QStringLiteral(
                        " SELECT :s, owner, CAST(date_trunc('month', day) AS DATE), MAX(key), SUM(lines), SUM(receipts), "
                        "SUM(gross), SUM(net), SUM(vat), SUM(comm), SUM(payout), SUM(rlines), SUM(returns), SUM(rvat), "
                        "SUM(rcomm), SUM(rpayout) FROM u GROUP BY owner, CAST(date_trunc('month', day) AS DATE) "
                        "ON CONFLICT (store_id, owner, month) ")
                    + update)
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":owner"), owner.take())
        .bind(QStringLiteral(":day"), day.take())
        .bind(QStringLiteral(":key"), key.take())
        .bind(QStringLiteral(":lines"), lines.take())
        .bind(QStringLiteral(":receipts"), receipts.take())
        .bind(QStringLiteral(":gross"), gross.take())
        .bind(QStringLiteral(":net"), net.take())
        .bind(QStringLiteral(":vat"), vat.take())
        .bind(QStringLiteral(":comm"), comm.take())
        .bind(QStringLiteral(":payout"), payout.take())
        .bind(QStringLiteral(":rlines"), rlines.take())
        .bind(QStringLiteral(":returns"), returns.take())
        .bind(QStringLiteral(":rvat"), rvat.take())
        .bind(QStringLiteral(":rcomm"), rcomm.take())
        .bind(QStringLiteral(":rpayout"), rpayout.take())
        .exec();
}

void CentreRepository::addSkuDays(qint64 storeId, const CentreSkuDeltas& deltas)
{
    if (deltas.empty())
        return;
    const std::size_t n = deltas.size();
    PgArray owner(n), sku(n), day(n), name(n), lines(n), qty(n), gross(n), net(n), comm(n), payout(n), rlines(n),
        rqty(n), returns(n), rcomm(n), rpayout(n);
    for (const auto& [k, d] : deltas) {
        owner.add(std::get<0>(k));
        sku.add(std::get<1>(k));
        day.add(std::get<2>(k));
        name.add(d.name);
        lines.add(d.lines);
        qty.add(d.qty);
        gross.add(d.gross);
        net.add(d.net);
        comm.add(d.commission);
        payout.add(d.payout);
        rlines.add(d.returnLines);
        rqty.add(d.returnQty);
        returns.add(d.returns);
        rcomm.add(d.returnCommission);
        rpayout.add(d.returnPayout);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_sku_days AS d (store_id, owner, sku, day, name, lines, qty, gross_vnd, net_vnd, "
                    "commission_vnd, payout_vnd, return_lines, return_qty, returns_vnd, return_comm_vnd, "
                    "return_payout_vnd) SELECT :s, u.* FROM unnest(CAST(:owner AS TEXT[]), CAST(:sku AS TEXT[]), "
                    "CAST(:day AS DATE[]), CAST(:name AS TEXT[]), CAST(:lines AS BIGINT[]), CAST(:qty AS BIGINT[]), "
                    "CAST(:gross AS BIGINT[]), CAST(:net AS BIGINT[]), CAST(:comm AS BIGINT[]), "
                    "CAST(:payout AS BIGINT[]), CAST(:rlines AS BIGINT[]), CAST(:rqty AS BIGINT[]), "
                    "CAST(:returns AS BIGINT[]), CAST(:rcomm AS BIGINT[]), CAST(:rpayout AS BIGINT[])) AS u "
                    "ON CONFLICT (store_id, owner, day, sku) DO UPDATE SET name = LEAST(d.name, EXCLUDED.name), "
                    "lines = d.lines + EXCLUDED.lines, qty = d.qty + EXCLUDED.qty, "
                    "gross_vnd = d.gross_vnd + EXCLUDED.gross_vnd, net_vnd = d.net_vnd + EXCLUDED.net_vnd, "
                    "commission_vnd = d.commission_vnd + EXCLUDED.commission_vnd, "
                    "payout_vnd = d.payout_vnd + EXCLUDED.payout_vnd, return_lines = d.return_lines + EXCLUDED.return_lines, "
                    "return_qty = d.return_qty + EXCLUDED.return_qty, returns_vnd = d.returns_vnd + EXCLUDED.returns_vnd, "
                    "return_comm_vnd = d.return_comm_vnd + EXCLUDED.return_comm_vnd, "
                    "return_payout_vnd = d.return_payout_vnd + EXCLUDED.return_payout_vnd"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":owner"), owner.take())
        .bind(QStringLiteral(":sku"), sku.take())
        .bind(QStringLiteral(":day"), day.take())
        .bind(QStringLiteral(":name"), name.take())
        .bind(QStringLiteral(":lines"), lines.take())
        .bind(QStringLiteral(":qty"), qty.take())
        .bind(QStringLiteral(":gross"), gross.take())
        .bind(QStringLiteral(":net"), net.take())
        .bind(QStringLiteral(":comm"), comm.take())
        .bind(QStringLiteral(":payout"), payout.take())
        .bind(QStringLiteral(":rlines"), rlines.take())
        .bind(QStringLiteral(":rqty"), rqty.take())
        .bind(QStringLiteral(":returns"), returns.take())
        .bind(QStringLiteral(":rcomm"), rcomm.take())
        .bind(QStringLiteral(":rpayout"), rpayout.take())
        .exec();
}

void CentreRepository::addHouseholdDays(qint64 storeId, const CentreHouseholdDeltas& deltas)
{
    if (deltas.empty())
        return;
    const std::size_t n = deltas.size();
    PgArray owner(n), producer(n), day(n), lots(n), qty(n), amount(n);
    for (const auto& [k, d] : deltas) {
        owner.add(std::get<0>(k));
        producer.add(std::get<1>(k));
        day.add(std::get<2>(k));
        lots.add(d.lots);
        qty.add(d.qty);
        amount.add(d.amount);
    }
    Query(m_db, QStringLiteral(
                    "INSERT INTO centre_household_days AS d (store_id, owner, producer, day, lots, qty, amount_vnd) "
                    "SELECT :s, u.* FROM unnest(CAST(:owner AS TEXT[]), CAST(:producer AS TEXT[]), "
                    "CAST(:day AS DATE[]), CAST(:lots AS BIGINT[]), CAST(:qty AS BIGINT[]), "
                    "CAST(:amount AS BIGINT[])) AS u ON CONFLICT (store_id, owner, day, producer) DO UPDATE SET "
                    "lots = d.lots + EXCLUDED.lots, qty = d.qty + EXCLUDED.qty, "
                    "amount_vnd = d.amount_vnd + EXCLUDED.amount_vnd"))
        .bind(QStringLiteral(":s"), v64(storeId))
        .bind(QStringLiteral(":owner"), owner.take())
        .bind(QStringLiteral(":producer"), producer.take())
        .bind(QStringLiteral(":day"), day.take())
        .bind(QStringLiteral(":lots"), lots.take())
        .bind(QStringLiteral(":qty"), qty.take())
        .bind(QStringLiteral(":amount"), amount.take())
        .exec();
}

} // namespace ocopos::db

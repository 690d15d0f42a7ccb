#include "ReportRepository.h"

#include "JournalRepository.h"

#include <map>

namespace ocopos::db {

namespace {

/// The sums one query contributes to a group. Every part query selects, in
/// this order: key, label, qty, gross, net, vat, commission, payout, sales,
/// refund, unlotted, last line id.
struct Part {
    QString label;
    std::int64_t qty = 0, gross = 0, net = 0, vat = 0, commission = 0, payout = 0, sales = 0, refund = 0, unlotted = 0;
    qint64 lastLine = 0;
};
using Parts = std::map<QString, Part>;

const QString kPeriod = QStringLiteral(" BETWEEN :from AND :to");

/// The cooperative scope, in the one form every query uses: sale_lines is `l`.
QString scopeSql(const ReportFilter& f, const char* table = "l")
{
    return f.ownerId ? QStringLiteral(" AND %1.owner_id = :owner").arg(QLatin1String(table)) : QString();
}

/// The same where the voided sales' few ids must pick the lines: the unary plus
/// keeps SQLite from reading all of the owner's lines through its index instead.
QString scopeSqlAfterIds(const ReportFilter& f)
{
    return f.ownerId ? QStringLiteral(" AND +l.owner_id = :owner") : QString();
}

/// The ids of the period's voided sales (partial index sales_voided_day).
const QString kVoidedIds = QStringLiteral(
    "l.sale_id IN (SELECT v.id FROM sales v WHERE v.status = 'voided' AND v.sale_date BETWEEN :from AND :to)");

Parts run(Database& db, const QString& sql, const ReportFilter& f)
{
    Query q(db, sql);
    q.bind(QStringLiteral(":from"), f.from).bind(QStringLiteral(":to"), f.to);
    if (f.ownerId)
        q.bind(QStringLiteral(":owner"), *f.ownerId);
    q.exec();
    Parts out;
    while (q.next()) {
        Part p;
        p.label = q.value(1).toString();
        std::int64_t* fields[] = {&p.qty, &p.gross, &p.net, &p.vat, &p.commission, &p.payout, &p.sales, &p.refund, &p.unlotted};
        for (int i = 0; i < 9; ++i)
            *fields[i] = q.value(2 + i).toLongLong();
        p.lastLine = q.value(11).toLongLong();
        out.emplace(q.value(0).toString(), p);
    }
    return out;
}

/// How a grouping that is a plain column of the line (or of its sale) reads.
struct Simple {
    QString key;        ///< over sale_lines l (and sales v / s, users u, producers o)
    QString label;
    QString joinsSale;  ///< extra joins of the voided part
    QString joinsMain;  ///< extra joins of the main part (sale lines only)
    QString joinsReturn;  ///< extra joins of the returns part, sale is `s`
    QString returnKey;
    QString groupBy;  ///< when not the key (and label)
    bool qty = false;
    bool ownerFirst = false;
};

Simple simple(SalesGrouping by)
{
    Simple s;
    switch (by) {
    case SalesGrouping::Day:
        s.key = QStringLiteral("l.sale_date");
        s.returnKey = QStringLiteral("r.return_date");
        break;
    case SalesGrouping::Product:
        s.key = s.returnKey = QStringLiteral("l.sku");
        s.qty = true;
        break;
    case SalesGrouping::ProductSupply:
        s.key = s.returnKey = QStringLiteral("l.sku || '|' || l.supply");
        s.qty = true;
        break;
    case SalesGrouping::Category:
        s.key = s.returnKey = QStringLiteral("COALESCE(l.category, '')");
        break;
    case SalesGrouping::Vat:
        s.key = s.returnKey = QStringLiteral("l.vat_rate");
        break;
    case SalesGrouping::Cashier:
        s.key = s.returnKey = QStringLiteral("u.username");
        s.label = QStringLiteral("u.display_name");
        s.joinsMain = s.joinsSale = QStringLiteral(" JOIN sales s ON s.id = l.sale_id JOIN users u ON u.id = s.cashier_id");
        s.joinsReturn = QStringLiteral(" JOIN users u ON u.id = s.cashier_id");
        break;
    case SalesGrouping::Owner:
        s.key = s.returnKey = QStringLiteral("o.code");
        s.label = QStringLiteral("o.name");
        s.joinsSale = s.joinsReturn = QStringLiteral(" JOIN producers o ON o.id = l.owner_id");
        // By the producer's id first: the order the producers drive the loop in.
        s.groupBy = QStringLiteral("o.id, o.code, o.name");
        s.ownerFirst = true;
        break;
    case SalesGrouping::Payment:
    case SalesGrouping::Producer:
        break;
    }
    return s;
}

QString group(const Simple& s, const QString& key)
{
    if (!s.groupBy.isEmpty())
        return QStringLiteral(" GROUP BY ") + s.groupBy;
    return QStringLiteral(" GROUP BY ") + key + (s.label.isEmpty() ? QString() : QStringLiteral(", ") + s.label);
}

QString lineSums(const Simple& s, const QString& key)
{
    return QStringLiteral("SELECT %1, %2, %3, SUM(l.gross_vnd), SUM(l.net_vnd), SUM(l.vat_vnd), SUM(l.commission_vnd), "
                          "SUM(l.payout_vnd), %4, 0, 0, %5 ")
        .arg(key, s.label.isEmpty() ? QStringLiteral("''") : s.label,
             s.qty ? QStringLiteral("SUM(l.qty)") : QStringLiteral("0"),
             s.ownerFirst ? QStringLiteral("SUM(l.owner_first)") : QStringLiteral("COUNT(DISTINCT l.sale_id)"),
             s.qty ? QStringLiteral("MAX(l.id)") : QStringLiteral("0"));
}

/// Every line of the period, voided sales included, without touching the sales
/// table (the day is on the line). By owner: the per-owner, per-day sums that the
/// sale engine keeps (sale_owner_days), a few thousand rows for a year.
QString simpleLines(const Simple& s, SalesGrouping by, const ReportFilter& f)
{
    if (by == SalesGrouping::Owner)
        return QStringLiteral("SELECT o.code, o.name, 0, SUM(d.gross_vnd), SUM(d.net_vnd), SUM(d.vat_vnd), "
                              "SUM(d.commission_vnd), SUM(d.payout_vnd), SUM(d.receipts), 0, 0, 0 FROM sale_owner_days d "
                              "JOIN producers o ON o.id = d.owner_id WHERE d.sale_date")
            + kPeriod + scopeSql(f, "d") + group(s, s.key);
    return lineSums(s, s.key) + QStringLiteral("FROM sale_lines l") + s.joinsMain + QStringLiteral(" WHERE l.sale_date") + kPeriod
        + scopeSql(f) + group(s, s.key);
}

/// The lines of the period's voided sales, to subtract: few, found from the sales.
QString simpleVoided(const Simple& s, const ReportFilter& f)
{
    return lineSums(s, s.key) + QStringLiteral("FROM sale_lines l") + s.joinsSale + QStringLiteral(" WHERE ") + kVoidedIds
        + scopeSqlAfterIds(f) + group(s, s.key);
}

/// The returns of the period with their lines, sale lines and sales. CROSS JOIN
/// fixes the order in SQLite: from the period's few returns outwards, never from
/// the sales (returns of a voided sale cannot happen; the status test is a guard).
const QString kFromReturns = QStringLiteral(
    "FROM returns r CROSS JOIN return_lines rl CROSS JOIN sale_lines l CROSS JOIN sales s");
const QString kReturnsOfPeriod = QStringLiteral(
    "rl.return_id = r.id AND l.id = rl.sale_line_id AND s.id = l.sale_id AND s.status = 'completed' AND r.return_date")
    + kPeriod;

/// Returns made in the period, grouped like the sales they came from (by day:
/// the day of the return).
QString simpleReturns(const Simple& s, const ReportFilter& f)
{
    return QStringLiteral("SELECT %1, %2, %3, 0, 0, SUM(rl.vat_vnd), SUM(rl.commission_vnd), SUM(rl.payout_vnd), 0, "
                          "SUM(rl.refund_vnd), 0, MAX(l.id) ")
               .arg(s.returnKey, s.label.isEmpty() ? QStringLiteral("''") : s.label,
                    s.qty ? QStringLiteral("SUM(rl.qty)") : QStringLiteral("0"))
        + kFromReturns + s.joinsReturn + QStringLiteral(" WHERE ") + kReturnsOfPeriod + scopeSql(f) + group(s, s.returnKey);
}

// Every running or per-receipt sum that is divided below is CAST to BIGINT: in
// PostgreSQL a SUM of bigint is numeric, and numeric division keeps decimals
// where SQLite's integer division (and these rules) truncate.
//
// A line's figures split over its lots. The net is split by the sale engine
// (sale_line_lots.amount_vnd, largest remainder by quantity); the other figures
// are split here, exactly, by cumulative rounding: a lot's share of X is
// floor(X·cum/W) − floor(X·(cum − w)/W) over the lots in the order taken, so the
// shares add up to X. The discount goes by quantity; VAT and commission by the
// lot's amount, which keeps every share within its amount (payout ≥ 0).
const QString kShare = QStringLiteral("(%1 * %2 / %3 - %1 * (%2 - %4) / %3)");
QString shareBy(const QString& x, const QString& cum, const QString& whole, const QString& part)
{
    return QStringLiteral("CASE WHEN %1 = 0 THEN 0 ELSE ").arg(whole) + kShare.arg(x, cum, whole, part) + QStringLiteral(" END");
}

QString producerLines(const ReportFilter& f)
{
    const QString disc = shareBy(QStringLiteral("x.disc"), QStringLiteral("x.cq"), QStringLiteral("x.lq"), QStringLiteral("x.qty"));
    const QString vat = shareBy(QStringLiteral("x.vat"), QStringLiteral("x.ca"), QStringLiteral("x.net"), QStringLiteral("x.amount"));
    const QString comm = shareBy(QStringLiteral("x.comm"), QStringLiteral("x.ca"), QStringLiteral("x.net"), QStringLiteral("x.amount"));
    return QStringLiteral(
               "SELECT p.code, p.name, 0, SUM(x.amount + %1), SUM(x.amount), SUM(%2), SUM(%3), "
               "SUM(CASE WHEN x.supply = 'consignment' THEN x.amount - (%3) ELSE 0 END), COUNT(DISTINCT x.sale_id), 0, "
               "SUM(CASE WHEN x.lot_id IS NULL THEN x.amount ELSE 0 END), 0 FROM ("
               "SELECT a.producer_id AS pid, a.lot_id, a.qty, a.amount_vnd AS amount, l.sale_id, l.supply, l.qty AS lq, "
               "l.gross_vnd - l.net_vnd AS disc, l.net_vnd AS net, l.vat_vnd AS vat, l.commission_vnd AS comm, "
               "CAST(SUM(a.qty) OVER (PARTITION BY a.sale_line_id ORDER BY a.seq) AS BIGINT) AS cq, "
               "CAST(SUM(a.amount_vnd) OVER (PARTITION BY a.sale_line_id ORDER BY a.seq) AS BIGINT) AS ca "
               "FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN sale_line_lots a ON a.sale_line_id = l.id "
               "WHERE l.sale_date")
               .arg(disc, vat, comm)
        + kPeriod + QStringLiteral(" AND s.status = 'completed'") + scopeSql(f)
        + QStringLiteral(") x JOIN producers p ON p.id = x.pid GROUP BY p.code, p.name");
}

/// Returns by lot producer: each return line's refund is split over the lots it
/// went back to by ReturnService (return_line_lots); VAT, commission likewise here.
QString producerReturns(const ReportFilter& f)
{
    const QString vat = shareBy(QStringLiteral("y.vat"), QStringLiteral("y.ca"), QStringLiteral("y.refund"), QStringLiteral("y.amount"));
    const QString comm = shareBy(QStringLiteral("y.comm"), QStringLiteral("y.ca"), QStringLiteral("y.refund"), QStringLiteral("y.amount"));
    return QStringLiteral(
               "SELECT p.code, p.name, 0, 0, 0, SUM(%1), SUM(%2), "
               "SUM(CASE WHEN y.supply = 'consignment' THEN y.amount - (%2) ELSE 0 END), 0, SUM(y.amount), "
               "SUM(CASE WHEN y.lot_id IS NULL THEN y.amount ELSE 0 END), 0 FROM ("
               "SELECT b.producer_id AS pid, b.lot_id, b.amount_vnd AS amount, rl.refund_vnd AS refund, rl.vat_vnd AS vat, "
               "rl.commission_vnd AS comm, l.supply, "
               "CAST(SUM(b.amount_vnd) OVER (PARTITION BY b.return_line_id ORDER BY b.id) AS BIGINT) AS ca "
               "FROM returns r CROSS JOIN return_lines rl CROSS JOIN return_line_lots b CROSS JOIN sale_lines l "
               "CROSS JOIN sales s WHERE b.return_line_id = rl.id AND ")
               .arg(vat, comm)
        + kReturnsOfPeriod + scopeSql(f)
        + QStringLiteral(") y JOIN producers p ON p.id = y.pid GROUP BY p.code, p.name");
}

/// By payment method: each receipt's figures are split over the methods that paid
/// it in proportion to what each took (cash net of change), by cumulative rounding
/// in method order, so the net of a method is exactly the money it took. A receipt
/// of 0 đồng goes to its first method (or to "none" when nothing was paid).
QString paymentLines(const ReportFilter& f)
{
    const auto share = [](const QString& x) {
        return QStringLiteral("CASE WHEN COALESCE(w.tot, 0) = 0 THEN CASE WHEN w.rn = 1 THEN %1 ELSE 0 END ELSE ").arg(x)
            + kShare.arg(x, QStringLiteral("w.cum"), QStringLiteral("w.tot"), QStringLiteral("w.eff")) + QStringLiteral(" END");
    };
    // x: each receipt's (scoped) figures; m: what each method took of it, found
    // through the payments' index from the receipt; w: the running sums.
    return QStringLiteral(
               "WITH x AS (SELECT l.sale_id, CAST(SUM(l.gross_vnd) AS BIGINT) AS g, CAST(SUM(l.net_vnd) AS BIGINT) AS n, "
               "CAST(SUM(l.vat_vnd) AS BIGINT) AS v, CAST(SUM(l.commission_vnd) AS BIGINT) AS c, "
               "CAST(SUM(l.payout_vnd) AS BIGINT) AS p FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
               "WHERE s.status = 'completed' AND l.sale_date")
        + kPeriod + scopeSql(f)
        + QStringLiteral(
              " GROUP BY l.sale_id), "
              "m AS (SELECT x.sale_id, MAX(x.g) AS g, MAX(x.n) AS n, MAX(x.v) AS v, MAX(x.c) AS c, MAX(x.p) AS p, pm.method, "
              "CAST(COALESCE(SUM(pm.amount_vnd), 0) AS BIGINT) - CASE WHEN pm.method = 'cash' THEN MAX(s.change_vnd) ELSE 0 END "
              "AS eff "
              "FROM x JOIN sales s ON s.id = x.sale_id LEFT JOIN payments pm ON pm.sale_id = x.sale_id "
              "GROUP BY x.sale_id, pm.method), "
              "w AS (SELECT m.*, CAST(SUM(eff) OVER (PARTITION BY sale_id ORDER BY method) AS BIGINT) AS cum, "
              "CAST(SUM(eff) OVER (PARTITION BY sale_id) AS BIGINT) AS tot, ROW_NUMBER() OVER (PARTITION BY sale_id ORDER BY method) AS rn FROM m) "
              "SELECT COALESCE(w.method, 'none'), '', 0, SUM(%1), SUM(%2), SUM(%3), SUM(%4), SUM(%5), "
              "SUM(CASE WHEN w.eff > 0 OR (COALESCE(w.tot, 0) = 0 AND w.rn = 1) THEN 1 ELSE 0 END), 0, 0, 0 "
              "FROM w GROUP BY COALESCE(w.method, 'none')")
              .arg(share(QStringLiteral("w.g")), share(QStringLiteral("w.n")), share(QStringLiteral("w.v")),
                   share(QStringLiteral("w.c")), share(QStringLiteral("w.p")));
}

/// Refunds are paid in cash (cli.md `return`): by payment every return is in the cash row.
QString paymentReturns(const ReportFilter& f)
{
    return QStringLiteral("SELECT 'cash', '', 0, 0, 0, SUM(rl.vat_vnd), SUM(rl.commission_vnd), SUM(rl.payout_vnd), 0, "
                          "SUM(rl.refund_vnd), 0, 0 ")
        + kFromReturns + QStringLiteral(" WHERE ") + kReturnsOfPeriod + scopeSql(f) + QStringLiteral(" HAVING COUNT(*) > 0");
}

/// sales − voided − returns, per key.
std::vector<SalesGroupRow> merge(const Parts& lines, const Parts& voided, const Parts& returns)
{
    std::map<QString, SalesGroupRow> rows;
    const auto add = [&](const Parts& parts, int sign) {
        for (const auto& [key, p] : parts) {
            auto& r = rows[key];
            r.key = key;
            if (r.label.isEmpty())
                r.label = p.label;
            r.qty += sign * p.qty;
            r.gross += sign * p.gross;
            r.discount += sign * (p.gross - p.net);
            r.net += sign * p.net - p.refund;
            r.vat += sign * p.vat;
            r.returns += p.refund;
            r.commission += sign * p.commission;
            r.payout += sign * p.payout;
            r.sales += sign * p.sales;
            r.unlotted += sign * p.unlotted;
        }
    };
    add(lines, 1);
    add(voided, -1);
    add(returns, -1);
    std::vector<SalesGroupRow> out;
    for (auto& [key, r] : rows) {
        const bool empty = r.sales == 0 && r.qty == 0 && r.gross == 0 && r.net == 0 && r.vat == 0 && r.returns == 0
            && r.commission == 0 && r.payout == 0;
        if (!empty)
            out.push_back(r);
    }
    return out;
}

} // namespace

std::vector<SalesGroupRow> ReportRepository::salesBy(SalesGrouping by, const ReportFilter& f)
{
    if (by == SalesGrouping::Producer)
        return merge(run(m_db, producerLines(f), f), {}, run(m_db, producerReturns(f), f));
    if (by == SalesGrouping::Payment)
        return merge(run(m_db, paymentLines(f), f), {}, run(m_db, paymentReturns(f), f));
    const Simple s = simple(by);
    const Parts lines = run(m_db, simpleLines(s, by, f), f);
    const Parts voided = run(m_db, simpleVoided(s, f), f);
    const Parts returns = run(m_db, simpleReturns(s, f), f);
    auto rows = merge(lines, voided, returns);
    if (by == SalesGrouping::Product || by == SalesGrouping::ProductSupply) {
        // The name as the latest sale (or return) in the period snapshotted it.
        std::map<QString, qint64> last;
        for (const Parts* parts : {&returns, &lines})
            for (const auto& [key, p] : *parts)
                last[key] = std::max(last[key], p.lastLine);
        Query name(m_db, QStringLiteral("SELECT name FROM sale_lines WHERE id = :id"));
        for (auto& r : rows) {
            name.bind(QStringLiteral(":id"), last[r.key]);
            if (auto v = name.scalar())
                r.label = v->toString();
        }
    }
    return rows;
}

std::int64_t ReportRepository::receiptCount(const ReportFilter& f)
{
    // All sales of the period less the voided ones, each from an index alone; for
    // one owner, its receipts are its lines marked owner_first.
    const QString sql = f.ownerId
        ? QStringLiteral("SELECT (SELECT COALESCE(SUM(d.receipts), 0) FROM sale_owner_days d WHERE d.owner_id = :owner AND "
                         "d.sale_date") + kPeriod
            + QStringLiteral(") - (SELECT COALESCE(SUM(l.owner_first), 0) FROM sale_lines l WHERE ") + kVoidedIds
            + scopeSqlAfterIds(f) + QLatin1Char(')')
        : QStringLiteral("SELECT (SELECT COUNT(*) FROM sales s WHERE s.sale_date") + kPeriod
            + QStringLiteral(") - (SELECT COUNT(*) FROM sales v WHERE v.status = 'voided' AND v.sale_date") + kPeriod
            + QLatin1Char(')');
    Query q(m_db, sql);
    q.bind(QStringLiteral(":from"), f.from).bind(QStringLiteral(":to"), f.to);
    if (f.ownerId)
        q.bind(QStringLiteral(":owner"), *f.ownerId);
    return q.scalar()->toLongLong();
}

std::vector<StockValueRow> ReportRepository::stockValues(std::optional<qint64> ownerId)
{
    QString sql = QStringLiteral(
        "SELECT p.id, p.sku, p.name, p.unit, o.code, p.supply, COALESCE(p.category, ''), p.price_vnd, "
        "COALESCE(SUM(t.on_hand), 0), "
        "COALESCE(SUM(CASE WHEN t.unit_cost_vnd IS NOT NULL THEN t.on_hand * t.unit_cost_vnd END), 0), "
        "COALESCE(SUM(CASE WHEN t.unit_cost_vnd IS NULL THEN t.on_hand END), 0), "
        "COUNT(CASE WHEN t.on_hand <> 0 THEN 1 END) "
        "FROM products p JOIN producers o ON o.id = p.owner_id LEFT JOIN lots t ON t.product_id = p.id");
    if (ownerId)
        sql += QStringLiteral(" WHERE p.owner_id = :owner");
    sql += QStringLiteral(" GROUP BY p.id, p.sku, p.name, p.unit, o.code, p.supply, p.category, p.price_vnd, p.active "
                          "HAVING p.active = 1 OR COUNT(CASE WHEN t.on_hand <> 0 THEN 1 END) > 0");
    Query q(m_db, sql);
    if (ownerId)
        q.bind(QStringLiteral(":owner"), *ownerId);
    q.exec();
    std::vector<StockValueRow> out;
    while (q.next()) {
        StockValueRow r;
        r.productId = q.value(0).toLongLong();
        r.sku = q.value(1).toString();
        r.name = q.value(2).toString();
        r.unit = q.value(3).toString();
        r.ownerCode = q.value(4).toString();
        r.supply = q.value(5).toString();
        r.category = q.value(6).toString();
        r.price = q.value(7).toLongLong();
        r.onHand = q.value(8).toLongLong();
        r.costValue = q.value(9).toLongLong();  // × 1000: rounded by the service
        r.uncostedQty = q.value(10).toLongLong();
        r.lots = q.value(11).toInt();
        out.push_back(r);
    }
    return out;
}

std::vector<MovementRow> ReportRepository::movements(qint64 productId, const QString& from, const QString& to)
{
    // The balance counts lot movements only: an "unlotted" short sale is in no lot.
    Query q(m_db, QStringLiteral(
        "SELECT * FROM (SELECT m.id, m.at, m.kind, COALESCE(t.lot_code, ''), COALESCE(pr.code, ''), u.username, "
        "COALESCE(m.reason, ''), COALESCE(m.ref_type, ''), "
        "CASE m.ref_type WHEN 'sale' THEN (SELECT receipt_no FROM sales WHERE id = m.ref_id) "
        "WHEN 'return' THEN (SELECT number FROM returns WHERE id = m.ref_id) "
        "WHEN 'goods_receipt' THEN (SELECT number FROM goods_receipts WHERE id = m.ref_id) "
        "ELSE COALESCE(CAST(m.ref_id AS TEXT), '') END, m.qty, "
        "SUM(CASE WHEN m.lot_id IS NULL THEN 0 ELSE m.qty END) OVER (ORDER BY m.id) "
        "FROM stock_movements m LEFT JOIN lots t ON t.id = m.lot_id LEFT JOIN producers pr ON pr.id = t.producer_id "
        "JOIN users u ON u.id = m.user_id WHERE m.product_id = :p) h "
        "WHERE SUBSTR(h.at, 1, 10) BETWEEN :from AND :to ORDER BY h.id"));
    q.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to).exec();
    std::vector<MovementRow> out;
    while (q.next()) {
        MovementRow r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.lotCode = q.value(3).toString();
        r.producerCode = q.value(4).toString();
        r.username = q.value(5).toString();
        r.reason = q.value(6).toString();
        r.refType = q.value(7).toString();
        r.reference = q.value(8).toString();
        r.qty = q.value(9).toLongLong();
        r.balance = q.value(10).toLongLong();
        out.push_back(r);
    }
    return out;
}

namespace {
const QString kOwnerDaysFromLines = QStringLiteral(
    "SELECT owner_id, sale_date, COUNT(*) AS lines, SUM(owner_first) AS receipts, SUM(gross_vnd) AS gross_vnd, "
    "SUM(net_vnd) AS net_vnd, SUM(vat_vnd) AS vat_vnd, SUM(commission_vnd) AS commission_vnd, SUM(payout_vnd) AS payout_vnd "
    "FROM sale_lines GROUP BY owner_id, sale_date");
} // namespace

void ReportRepository::rebuildOwnerDays()
{
    m_db.execute(QStringLiteral("DELETE FROM sale_owner_days"));
    m_db.execute(QStringLiteral("INSERT INTO sale_owner_days (owner_id, sale_date, lines, receipts, gross_vnd, net_vnd, "
                                "vat_vnd, commission_vnd, payout_vnd) ") + kOwnerDaysFromLines);
}

QStringList ReportRepository::verifyOwnerDays()
{
    // Both ways: sums that differ from their lines, and lines without sums.
    Query q(m_db, QStringLiteral(
        "SELECT COALESCE(a.owner_id, d.owner_id), COALESCE(a.sale_date, d.sale_date) FROM (") + kOwnerDaysFromLines
                      + QStringLiteral(") a FULL OUTER JOIN sale_owner_days d ON d.owner_id = a.owner_id AND d.sale_date = a.sale_date "
                                       "WHERE a.owner_id IS NULL OR d.owner_id IS NULL OR a.lines <> d.lines OR "
                                       "a.receipts <> d.receipts OR a.gross_vnd <> d.gross_vnd OR a.net_vnd <> d.net_vnd OR "
                                       "a.vat_vnd <> d.vat_vnd OR a.commission_vnd <> d.commission_vnd OR "
                                       "a.payout_vnd <> d.payout_vnd"));
    q.exec();
    QStringList out;
    while (q.next())
        out << QStringLiteral("sales of owner %1 on %2 disagree with their lines").arg(q.value(0).toString(), q.value(1).toString());
    return out;
}

namespace {
const QString kSettlementSelect = QStringLiteral(
    "SELECT st.id, st.producer_id, p.code, st.from_date, st.to_date, st.finalized_at, u.username, st.net_vnd, "
    "st.returns_vnd, st.commission_vnd, st.payout_vnd, st.content FROM settlements st "
    "JOIN producers p ON p.id = st.producer_id JOIN users u ON u.id = st.finalized_by ");

SettlementRow readSettlement(Query& q)
{
    SettlementRow r;
    r.id = q.value(0).toLongLong();
    r.producerId = q.value(1).toLongLong();
    r.producerCode = q.value(2).toString();
    r.from = q.value(3).toString();
    r.to = q.value(4).toString();
    r.finalizedAt = q.value(5).toString();
    r.finalizedBy = q.value(6).toString();
    r.net = q.value(7).toLongLong();
    r.returns = q.value(8).toLongLong();
    r.commission = q.value(9).toLongLong();
    r.payout = q.value(10).toLongLong();
    r.content = q.value(11).toString();
    return r;
}
} // namespace

std::vector<SettlementRow> ReportRepository::settlements(std::optional<qint64> producerId)
{
    Query q(m_db, kSettlementSelect + (producerId ? QStringLiteral("WHERE st.producer_id = :p ") : QString())
                      + QStringLiteral("ORDER BY st.from_date DESC, st.id DESC"));
    if (producerId)
        q.bind(QStringLiteral(":p"), *producerId);
    q.exec();
    std::vector<SettlementRow> out;
    while (q.next())
        out.push_back(readSettlement(q));
    return out;
}

std::optional<SettlementRow> ReportRepository::settlement(qint64 id)
{
    Query q(m_db, kSettlementSelect + QStringLiteral("WHERE st.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readSettlement(q);
}

std::vector<SettlementRow> ReportRepository::overlapping(qint64 producerId, const QString& from, const QString& to)
{
    Query q(m_db, kSettlementSelect
                      + QStringLiteral("WHERE st.producer_id = :p AND st.from_date <= :to AND st.to_date >= :from "
                                       "ORDER BY st.from_date"));
    q.bind(QStringLiteral(":p"), producerId).bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to).exec();
    std::vector<SettlementRow> out;
    while (q.next())
        out.push_back(readSettlement(q));
    return out;
}

qint64 ReportRepository::insertSettlement(const SettlementRow& s, qint64 userId)
{
    Query q(m_db, QStringLiteral("INSERT INTO settlements (producer_id, from_date, to_date, finalized_at, finalized_by, net_vnd, "
                                 "returns_vnd, commission_vnd, payout_vnd, content) VALUES (:p, :from, :to, :at, :u, :net, "
                                 ":ret, :comm, :pay, :content)"));
    q.bind(QStringLiteral(":p"), s.producerId)
        .bind(QStringLiteral(":from"), s.from)
        .bind(QStringLiteral(":to"), s.to)
        .bind(QStringLiteral(":at"), s.finalizedAt)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":net"), v64(s.net))
        .bind(QStringLiteral(":ret"), v64(s.returns))
        .bind(QStringLiteral(":comm"), v64(s.commission))
        .bind(QStringLiteral(":pay"), v64(s.payout))
        .bind(QStringLiteral(":content"), s.content)
        .exec();
    const qint64 id = q.lastInsertId();
    JournalRepository::enqueue(m_db, QStringLiteral("settlement"), id);
    return id;
}

std::vector<CommissionRateRange> ReportRepository::commissionRates(qint64 ownerId, const QString& from, const QString& to)
{
    enum Column { Sku, MinBp, MaxBp };
    Query q(m_db, QStringLiteral("SELECT sl.sku, MIN(sl.commission_bp), MAX(sl.commission_bp) FROM sale_lines sl "
                                 "JOIN sales s ON s.id = sl.sale_id "
                                 "WHERE sl.owner_id = :owner AND s.status = 'completed' AND sl.supply = 'consignment' "
                                 "AND s.sale_date BETWEEN :from AND :to GROUP BY sl.sku"));
    q.bind(QStringLiteral(":owner"), ownerId).bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to).exec();
    std::vector<CommissionRateRange> rows;
    while (q.next())
        rows.push_back({q.value(Sku).toString(), q.value(MinBp).toLongLong(), q.value(MaxBp).toLongLong()});
    return rows;
}

} // namespace ocopos::db

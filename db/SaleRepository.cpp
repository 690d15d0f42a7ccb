#include "SaleRepository.h"

#include "MultiRow.h"

#include <algorithm>
#include <array>
#include <map>

namespace ocopos::db {

namespace {
QString discountKind(const core::Discount& d)
{
    switch (d.kind) {
    case core::Discount::Kind::Percent: return QStringLiteral("percent");
    case core::Discount::Kind::Amount: return QStringLiteral("amount");
    case core::Discount::Kind::None: break;
    }
    return QString();
}
QVariant m(core::Money x) { return v64(x.dong()); }
QVariant textOrNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

} // namespace

qint64 SaleRepository::nextNumber(const QString& key)
{
    // RETURNING (SQLite 3.35+, PostgreSQL): one statement per sale instead of two.
    Query up(m_db, QStringLiteral("UPDATE till_counters SET last_seq = last_seq + 1 WHERE till = :t RETURNING last_seq"));
    up.bind(QStringLiteral(":t"), key);
    if (auto seq = up.scalar())
        return seq->toLongLong();
    Query ins(m_db, QStringLiteral("INSERT INTO till_counters (till, last_seq) VALUES (:t, 1)"));
    ins.bind(QStringLiteral(":t"), key).exec();
    return 1;
}

qint64 SaleRepository::lastNumber(const QString& key)
{
    Query q(m_db, QStringLiteral("SELECT last_seq FROM till_counters WHERE till = :t"));
    q.bind(QStringLiteral(":t"), key);
    const auto last = q.scalar();
    return last ? last->toLongLong() : 0;
}

qint64 SaleRepository::insertSale(const SaleRow& s)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO sales (till, seq, receipt_no, shift_id, cashier_id, at, sale_date, gross_vnd, discount_vnd, "
        "total_vnd, vat_vnd, paid_vnd, change_vnd, sale_discount_kind, sale_discount_value, override_by, status) "
        "VALUES (:till, :seq, :no, :shift, :cashier, :at, :date, :gross, :disc, :total, :vat, :paid, :change, "
        ":sdk, :sdv, :ovr, 'completed')");
    Query q(m_db, m_db.withNewId(sql));
    q.bind(QStringLiteral(":till"), s.till)
        .bind(QStringLiteral(":seq"), s.seq)
        .bind(QStringLiteral(":no"), s.receiptNo)
        .bind(QStringLiteral(":shift"), s.shiftId)
        .bind(QStringLiteral(":cashier"), s.cashierId)
        .bind(QStringLiteral(":at"), s.at)
        .bind(QStringLiteral(":date"), s.saleDate)
        .bind(QStringLiteral(":gross"), m(s.gross))
        .bind(QStringLiteral(":disc"), m(s.discount))
        .bind(QStringLiteral(":total"), m(s.total))
        .bind(QStringLiteral(":vat"), m(s.vat))
        .bind(QStringLiteral(":paid"), m(s.paid))
        .bind(QStringLiteral(":change"), m(s.change))
        .bind(QStringLiteral(":sdk"), textOrNull(discountKind(s.saleDiscount)))
        .bind(QStringLiteral(":sdv"), s.saleDiscount.isNone() ? QVariant() : v64(s.saleDiscount.value))
        .bind(QStringLiteral(":ovr"), s.overrideBy ? QVariant(*s.overrideBy) : QVariant())
        .exec();
    return q.lastInsertId();
}

std::vector<qint64> SaleRepository::insertLines(qint64 saleId, const QString& saleDate, const std::vector<SaleLineRow>& lines)
{
    // The report columns of 0004_reports.sql come from the caller: the sale's
    // day, and whether this is the sale's first line of this owner.
    static const QString head = QStringLiteral(
        "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by, category, qty, unit_price_vnd, "
        "gross_vnd, line_discount_vnd, line_discount_kind, line_discount_value, sale_discount_vnd, net_vnd, vat_rate, "
        "vat_vnd, owner_id, supply, commission_bp, commission_vnd, payout_vnd, unlotted, sale_date, owner_first) VALUES ");
    // The new ids. PostgreSQL: RETURNING with the line number (several rows a
    // statement, whose RETURNING order is not promised). SQLite: one row a
    // statement (MultiRowInsert::chunk says why) and its last_insert_rowid —
    // RETURNING there collects its rows in a temporary table on every run.
    static const MultiRowInsert sqliteIns(head, 26), postgresIns(head, 26, QStringLiteral("RETURNING id, line_no"));
    const MultiRowInsert& ins = m_db.isPostgres() ? postgresIns : sqliteIns;
    std::vector<qint64> ids(lines.size(), 0);
    const auto take = [&](Query& q, const std::string& sql) {
        while (q.next()) {
            const qint64 lineNo = q.value(1).toLongLong();
            const auto it = std::find_if(lines.begin(), lines.end(), [&](const SaleLineRow& l) { return l.lineNo == lineNo; });
            if (it == lines.end())
                throw DbError("sale " + std::to_string(saleId) + " has a line " + std::to_string(lineNo)
                                  + " that was not written",
                              sql, "");
            ids[static_cast<std::size_t>(it - lines.begin())] = q.value(0).toLongLong();
        }
    };
    for (std::size_t done = 0; done < lines.size();) {
        const std::size_t n = MultiRowInsert::chunk(m_db, lines.size() - done);
        Query q(m_db, ins.sql(n));
        for (std::size_t r = 0; r < n; ++r) {
            const SaleLineRow& l = lines[done + r];
            const QVariant values[] = {v64(saleId), l.lineNo, v64(l.productId), l.sku, l.name, l.unit,
                                       QString::fromUtf8(core::toCode(l.soldBy).data()), textOrNull(l.category),
                                       v64(l.qty.thousandths()), m(l.unitPrice), m(l.gross), m(l.lineDiscount),
                                       textOrNull(discountKind(l.discount)),
                                       l.discount.isNone() ? QVariant() : v64(l.discount.value), m(l.saleDiscount), m(l.net),
                                       QString::fromStdString(l.vatRate.code()), m(l.vat), v64(l.ownerId),
                                       QString::fromUtf8(core::toCode(l.supply).data()), v64(l.commissionPct.bp),
                                       m(l.commission), m(l.payout), l.unlotted ? 1 : 0, saleDate, l.ownerFirst ? 1 : 0};
            for (int c = 0; c < 26; ++c)
                q.bind(ins.position(r, c), values[c]);
        }
        q.exec();
        if (m_db.isPostgres())
            take(q, ins.sql(n).toStdString());
        else
            ids[done] = q.lastInsertId();  // one row a statement on SQLite (MultiRowInsert::chunk)
        done += n;
    }
    if (std::find(ids.begin(), ids.end(), 0) != ids.end())
        throw DbError("sale " + std::to_string(saleId) + ": a line written did not come back", head.toStdString(), "");
    return ids;
}

void SaleRepository::addOwnerDays(const QString& saleDate, const std::vector<std::pair<qint64, OwnerDaySums>>& owners)
{
    // The per-owner, per-day sums of 0005_report_sums.sql, in the same
    // transaction: one row per owner of a sale, its lines summed. The owners
    // are distinct, so no two rows of one statement meet in ON CONFLICT.
    static const MultiRowInsert ins(
        QStringLiteral("INSERT INTO sale_owner_days (owner_id, sale_date, lines, receipts, gross_vnd, net_vnd, vat_vnd, "
                       "commission_vnd, payout_vnd) VALUES "),
        9,
        QStringLiteral(
            "ON CONFLICT (owner_id, sale_date) DO UPDATE SET "
            "lines = sale_owner_days.lines + excluded.lines, receipts = sale_owner_days.receipts + excluded.receipts, "
            "gross_vnd = sale_owner_days.gross_vnd + excluded.gross_vnd, net_vnd = sale_owner_days.net_vnd + excluded.net_vnd, "
            "vat_vnd = sale_owner_days.vat_vnd + excluded.vat_vnd, "
            "commission_vnd = sale_owner_days.commission_vnd + excluded.commission_vnd, "
            "payout_vnd = sale_owner_days.payout_vnd + excluded.payout_vnd"));
    for (std::size_t done = 0; done < owners.size();) {
        const std::size_t n = MultiRowInsert::chunk(m_db, owners.size() - done);
        Query q(m_db, ins.sql(n));
        for (std::size_t r = 0; r < n; ++r) {
            const auto& [ownerId, d] = owners[done + r];
            const QVariant values[] = {v64(ownerId), saleDate, v64(d.lines), v64(d.receipts), m(d.gross),
                                       m(d.net), m(d.vat), m(d.commission), m(d.payout)};
            for (int c = 0; c < 9; ++c)
                q.bind(ins.position(r, c), values[c]);
        }
        q.exec();
        done += n;
    }
}

void SaleRepository::insertAllocations(const std::vector<LotAllocationRow>& rows)
{
    static const MultiRowInsert ins(
        QStringLiteral("INSERT INTO sale_line_lots (sale_line_id, seq, lot_id, producer_id, qty, amount_vnd) VALUES "), 6);
    for (std::size_t done = 0; done < rows.size();) {
        const std::size_t n = MultiRowInsert::chunk(m_db, rows.size() - done);
        Query q(m_db, ins.sql(n));
        for (std::size_t r = 0; r < n; ++r) {
            const LotAllocationRow& a = rows[done + r];
            const QVariant values[] = {v64(a.lineId), a.seq, a.lotId ? v64(*a.lotId) : QVariant(), v64(a.producerId),
                                       v64(a.qty.thousandths()), m(a.amount)};
            for (int c = 0; c < 6; ++c)
                q.bind(ins.position(r, c), values[c]);
        }
        q.exec();
        done += n;
    }
}

void SaleRepository::insertPayment(qint64 saleId, const PaymentRow& p)
{
    Query q(m_db, QStringLiteral("INSERT INTO payments (sale_id, seq, method, amount_vnd, reference, vietqr) "
                                 "VALUES (:sale, :seq, :method, :amount, :ref, :qr)"));
    q.bind(QStringLiteral(":sale"), saleId)
        .bind(QStringLiteral(":seq"), p.seq)
        .bind(QStringLiteral(":method"), QString::fromUtf8(core::toCode(p.method).data()))
        .bind(QStringLiteral(":amount"), m(p.amount))
        .bind(QStringLiteral(":ref"), textOrNull(p.reference))
        .bind(QStringLiteral(":qr"), textOrNull(p.vietqr))
        .exec();
}

namespace {
/// Ids per kind in one statement; a sale naming more runs one statement per chunk.
constexpr std::size_t kNameSlots = 32;

std::size_t paddedSlots(std::size_t n)
{
    std::size_t slots = n == 0 ? 0 : 1;
    while (slots < n)
        slots *= 2;
    return slots;
}

const QString& slotName(QChar kind, std::size_t i)
{
    static const auto names = [] {
        std::array<std::array<QString, kNameSlots>, 2> n;
        for (std::size_t k = 0; k < kNameSlots; ++k) {
            n[0][k] = QStringLiteral(":p%1").arg(k);
            n[1][k] = QStringLiteral(":l%1").arg(k);
        }
        return n;
    }();
    return names[kind == QLatin1Char('p') ? 0 : 1][i];
}

/// The statement for `producers` and `lots` slots. Columns: kind, id, text1, text2.
QString saleNamesSql(std::size_t producers, std::size_t lots)
{
    // One rowid lookup per id rather than `id IN (...)`: SQLite builds an
    // ephemeral b-tree for an IN list on every execution, which cost more here
    // than the lookups.
    QString sql = QStringLiteral("SELECT 'u', 0, username, display_name FROM users WHERE id = :u "
                                 "UNION ALL SELECT 'j', 0, (SELECT hash FROM journal ORDER BY id DESC LIMIT 1), NULL");
    for (std::size_t i = 0; i < producers; ++i)
        sql += QStringLiteral(" UNION ALL SELECT 'p', id, code, name FROM producers WHERE id = ") + slotName(QLatin1Char('p'), i);
    for (std::size_t i = 0; i < lots; ++i)
        sql += QStringLiteral(" UNION ALL SELECT 'l', id, lot_code, NULL FROM lots WHERE id = ") + slotName(QLatin1Char('l'), i);
    return sql;
}
} // namespace

SaleNames SaleRepository::saleNames(qint64 cashierId, const std::vector<qint64>& producerIds, const std::vector<qint64>& lotIds)
{
    SaleNames names;
    std::size_t p = 0, l = 0;
    do {
        const std::size_t pn = std::min(kNameSlots, producerIds.size() - p);
        const std::size_t ln = std::min(kNameSlots, lotIds.size() - l);
        const std::size_t pSlots = paddedSlots(pn), lSlots = paddedSlots(ln);
        // Built once per shape (per thread: Database is one per thread): the
        // statement cache then finds it by address, without hashing its text.
        static thread_local std::map<std::pair<std::size_t, std::size_t>, QString> texts;
        auto text = texts.find({pSlots, lSlots});
        if (text == texts.end())
            text = texts.emplace(std::make_pair(pSlots, lSlots), saleNamesSql(pSlots, lSlots)).first;
        Query q(m_db, text->second);
        q.bind(QStringLiteral(":u"), cashierId);
        // Padding slots bind NULL, which matches no row.
        for (std::size_t i = 0; i < pSlots; ++i)
            q.bind(slotName(QLatin1Char('p'), i), i < pn ? v64(producerIds[p + i]) : QVariant());
        for (std::size_t i = 0; i < lSlots; ++i)
            q.bind(slotName(QLatin1Char('l'), i), i < ln ? v64(lotIds[l + i]) : QVariant());
        q.exec();
        while (q.next()) {
            const QChar kind = q.value(0).toString().at(0);
            if (kind == QLatin1Char('u')) {
                names.cashierUsername = q.value(2).toString();
                names.cashierName = q.value(3).toString();
            } else if (kind == QLatin1Char('j')) {
                names.lastJournalHash = q.value(2).toString();
            } else if (kind == QLatin1Char('p')) {
                names.producers[q.value(1).toLongLong()] = {q.value(2).toString(), q.value(3).toString()};
            } else {
                names.lotCodes[q.value(1).toLongLong()] = q.value(2).toString();
            }
        }
        p += pn;
        l += ln;
    } while (p < producerIds.size() || l < lotIds.size());
    return names;
}

void SaleRepository::setOverrideBy(qint64 saleId, qint64 managerId)
{
    Query q(m_db, QStringLiteral("UPDATE sales SET override_by = :u WHERE id = :id"));
    q.bind(QStringLiteral(":u"), managerId).bind(QStringLiteral(":id"), saleId).exec();
}

namespace {

core::Money money(const QVariant& v) { return core::Money(v.toLongLong()); }

/// A discount as written by discountKind() and its value (NULL when none).
core::Discount discountOf(const QVariant& kind, const QVariant& value)
{
    if (value.isNull())
        return {};
    if (kind.toString() == QLatin1String("percent"))
        return core::Discount::percent(core::BasisPoints{value.toLongLong()});
    if (kind.toString() == QLatin1String("amount"))
        return core::Discount::amount(money(value));
    return {};
}

/// The columns of kSaleSelect, in order.
enum SaleColumn {
    SId, SReceipt, SAt, STill, SCashier, SCashierName, SShift, SStatus, SGross, SDiscount, STotal, SVat, SPaid,
    SChange, SDiscountKind, SDiscountValue, SOverrideBy, SJournal, SVoidedAt, SVoidedBy
};
const QString kSaleSelect = QStringLiteral(
    "SELECT s.id, s.receipt_no, s.at, s.till, u.username, u.display_name, s.shift_id, s.status, s.gross_vnd, "
    "s.discount_vnd, s.total_vnd, s.vat_vnd, s.paid_vnd, s.change_vnd, s.sale_discount_kind, s.sale_discount_value, "
    "o.username, (SELECT hash FROM journal j WHERE j.kind = 'sale' AND j.ref_id = s.id), s.voided_at, v.username "
    "FROM sales s JOIN users u ON u.id = s.cashier_id LEFT JOIN users o ON o.id = s.override_by "
    "LEFT JOIN users v ON v.id = s.voided_by ");

std::optional<StoredSale> readSale(Query& q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    StoredSale s;
    s.id = q.value(SId).toLongLong();
    s.receiptNo = q.value(SReceipt).toString();
    s.at = q.value(SAt).toString();
    s.till = q.value(STill).toString();
    s.cashier = q.value(SCashier).toString();
    s.cashierName = q.value(SCashierName).toString();
    s.shiftId = q.value(SShift).toLongLong();
    s.status = q.value(SStatus).toString();
    s.gross = money(q.value(SGross));
    s.discount = money(q.value(SDiscount));
    s.total = money(q.value(STotal));
    s.vat = money(q.value(SVat));
    s.paid = money(q.value(SPaid));
    s.change = money(q.value(SChange));
    s.saleDiscount = discountOf(q.value(SDiscountKind), q.value(SDiscountValue));
    s.overrideBy = q.value(SOverrideBy).toString();
    s.journalHash = q.value(SJournal).toString();
    s.voidedAt = q.value(SVoidedAt).toString();
    s.voidedBy = q.value(SVoidedBy).toString();
    return s;
}

} // namespace

std::optional<StoredSale> SaleRepository::saleById(qint64 saleId)
{
    Query q(m_db, kSaleSelect + QStringLiteral("WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), saleId);
    return readSale(q);
}

std::optional<StoredSale> SaleRepository::saleByReceipt(const QString& receiptNo)
{
    Query q(m_db, kSaleSelect + QStringLiteral("WHERE s.receipt_no = :r"));
    q.bind(QStringLiteral(":r"), receiptNo);
    return readSale(q);
}

std::vector<StoredLine> SaleRepository::linesOf(qint64 saleId)
{
    enum Column {
        Id, LineNo, Sku, Name, Unit, SoldBy, Qty, Price, Gross, LineDiscount, SaleDiscount, Net, Rate, Vat, OwnerCode,
        OwnerName, Supply, CommissionBp, Commission, Payout, Unlotted, Stars, ProductId, OwnerId, Category, DiscountKind,
        DiscountValue
    };
    Query q(m_db, QStringLiteral(
        "SELECT l.id, l.line_no, l.sku, l.name, l.unit, l.sold_by, l.qty, l.unit_price_vnd, l.gross_vnd, "
        "l.line_discount_vnd, l.sale_discount_vnd, l.net_vnd, l.vat_rate, l.vat_vnd, o.code, o.name, l.supply, "
        "l.commission_bp, l.commission_vnd, l.payout_vnd, l.unlotted, p.ocop_stars, l.product_id, l.owner_id, l.category, "
        "l.line_discount_kind, l.line_discount_value "
        "FROM sale_lines l JOIN producers o ON o.id = l.owner_id JOIN products p ON p.id = l.product_id "
        "WHERE l.sale_id = :id ORDER BY l.line_no"));
    q.bind(QStringLiteral(":id"), saleId).exec();
    std::vector<StoredLine> lines;
    while (q.next()) {
        StoredLine s;
        s.id = q.value(Id).toLongLong();
        SaleLineRow& l = s.line;
        l.lineNo = q.value(LineNo).toInt();
        l.productId = q.value(ProductId).toLongLong();
        l.sku = q.value(Sku).toString();
        l.name = q.value(Name).toString();
        l.unit = q.value(Unit).toString();
        l.category = q.value(Category).toString();
        l.soldBy = core::soldByFromCode(q.value(SoldBy).toString().toStdString()).value_or(core::SoldBy::Unit);
        l.qty = core::Quantity::fromThousandths(q.value(Qty).toLongLong());
        l.unitPrice = money(q.value(Price));
        l.gross = money(q.value(Gross));
        l.lineDiscount = money(q.value(LineDiscount));
        l.saleDiscount = money(q.value(SaleDiscount));
        l.net = money(q.value(Net));
        l.vatRate = core::VatRate::parse(q.value(Rate).toString().toStdString());
        l.vat = money(q.value(Vat));
        l.commission = money(q.value(Commission));
        l.payout = money(q.value(Payout));
        l.discount = discountOf(q.value(DiscountKind), q.value(DiscountValue));
        l.ownerId = q.value(OwnerId).toLongLong();
        l.supply = core::supplyFromCode(q.value(Supply).toString().toStdString()).value_or(core::Supply::Consignment);
        l.commissionPct = core::BasisPoints{q.value(CommissionBp).toLongLong()};
        l.unlotted = q.value(Unlotted).toInt() == 1;
        s.ownerCode = q.value(OwnerCode).toString();
        s.ownerName = q.value(OwnerName).toString();
        if (!q.value(Stars).isNull())
            s.ocopStars = q.value(Stars).toInt();
        lines.push_back(std::move(s));
    }
    return lines;
}

std::vector<StoredAllocation> SaleRepository::allocationsOf(qint64 saleId)
{
    enum Column { LineId, LotId, LotCode, ProducerCode, ProducerName, Qty, Amount };
    Query q(m_db, QStringLiteral(
        "SELECT a.sale_line_id, a.lot_id, lt.lot_code, p.code, p.name, a.qty, a.amount_vnd FROM sale_line_lots a "
        "JOIN sale_lines l ON l.id = a.sale_line_id JOIN producers p ON p.id = a.producer_id "
        "LEFT JOIN lots lt ON lt.id = a.lot_id WHERE l.sale_id = :id ORDER BY l.line_no, a.seq"));
    q.bind(QStringLiteral(":id"), saleId).exec();
    std::vector<StoredAllocation> rows;
    while (q.next()) {
        StoredAllocation a;
        a.lineId = q.value(LineId).toLongLong();
        if (!q.value(LotId).isNull())
            a.lotId = q.value(LotId).toLongLong();
        a.lotCode = q.value(LotCode).toString();
        a.producerCode = q.value(ProducerCode).toString();
        a.producerName = q.value(ProducerName).toString();
        a.qty = core::Quantity::fromThousandths(q.value(Qty).toLongLong());
        a.amount = money(q.value(Amount));
        rows.push_back(std::move(a));
    }
    return rows;
}

std::vector<PaymentRow> SaleRepository::paymentsOf(qint64 saleId)
{
    enum Column { Seq, Method, Amount, Reference, VietQr };
    Query q(m_db, QStringLiteral("SELECT seq, method, amount_vnd, reference, vietqr FROM payments WHERE sale_id = :id "
                                 "ORDER BY seq"));
    q.bind(QStringLiteral(":id"), saleId).exec();
    std::vector<PaymentRow> rows;
    while (q.next()) {
        PaymentRow p;
        p.seq = q.value(Seq).toInt();
        p.method = core::paymentMethodFromCode(q.value(Method).toString().toStdString()).value_or(core::PaymentMethod::Cash);
        p.amount = money(q.value(Amount));
        p.reference = q.value(Reference).toString();
        p.vietqr = q.value(VietQr).toString();
        rows.push_back(std::move(p));
    }
    return rows;
}

qint64 SaleRepository::returnCount(qint64 saleId)
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM returns WHERE sale_id = :id"));
    q.bind(QStringLiteral(":id"), saleId);
    return q.scalar()->toLongLong();
}

void SaleRepository::markVoided(qint64 saleId, const QString& at, qint64 managerId)
{
    Query q(m_db, QStringLiteral("UPDATE sales SET status = 'voided', voided_at = :at, voided_by = :u WHERE id = :id"));
    q.bind(QStringLiteral(":at"), at).bind(QStringLiteral(":u"), managerId).bind(QStringLiteral(":id"), saleId).exec();
}

qint64 SaleRepository::insertParked(const QString& till, qint64 userId, const QString& at, const QString& label,
                                    const QString& content)
{
    Query q(m_db, QStringLiteral("INSERT INTO parked_carts (till, user_id, parked_at, label, content) "
                                 "VALUES (:t, :u, :at, :l, :c)"));
    q.bind(QStringLiteral(":t"), till)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":l"), label)
        .bind(QStringLiteral(":c"), content)
        .exec();
    return q.lastInsertId();
}

std::vector<ParkedCartRow> SaleRepository::parkedOnTill(const QString& till)
{
    enum Column { Id, Till, Username, ParkedAt, Label, Content };
    Query q(m_db, QStringLiteral("SELECT p.id, p.till, u.username, p.parked_at, p.label, p.content FROM parked_carts p "
                                 "JOIN users u ON u.id = p.user_id WHERE p.till = :t ORDER BY p.id"));
    q.bind(QStringLiteral(":t"), till).exec();
    std::vector<ParkedCartRow> rows;
    while (q.next())
        rows.push_back({q.value(Id).toLongLong(), q.value(Till).toString(), q.value(Username).toString(),
                        q.value(ParkedAt).toString(), q.value(Label).toString(), q.value(Content).toString()});
    return rows;
}

std::optional<QString> SaleRepository::takeParked(qint64 parkedId, const QString& till)
{
    Query q(m_db, QStringLiteral("SELECT content FROM parked_carts WHERE id = :id AND till = :t"));
    q.bind(QStringLiteral(":id"), parkedId).bind(QStringLiteral(":t"), till);
    const auto content = q.scalar();
    if (!content)
        return std::nullopt;
    Query del(m_db, QStringLiteral("DELETE FROM parked_carts WHERE id = :id"));
    del.bind(QStringLiteral(":id"), parkedId).exec();
    return content->toString();
}

} // namespace ocopos::db

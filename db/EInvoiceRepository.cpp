#include "EInvoiceRepository.h"

namespace ocopos::db {

namespace {

const QString kColumns = QStringLiteral(
    "e.id, e.kind, e.form, e.series, e.year, e.number, e.issued_on, e.sale_id, e.return_id, e.refers_to, e.total_vnd, "
    "e.xml, e.xml_sha256, e.status, e.attempts, e.next_attempt_at, e.last_error, e.provider_ref, e.authority_code, "
    "e.reject_reason, e.status_at, s.receipt_no FROM einvoices e JOIN sales s ON s.id = e.sale_id ");

QString text(const Query& q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QString() : v.toString();
}

std::optional<qint64> optId(const Query& q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::vector<EInvoiceRow> rows(Query& q)
{
    std::vector<EInvoiceRow> out;
    while (q.next()) {
        EInvoiceRow r;
        int c = 0;
        r.id = q.value(c++).toLongLong();
        r.kind = text(q, c++);
        r.form = text(q, c++);
        r.series = text(q, c++);
        r.year = q.value(c++).toInt();
        r.number = q.value(c++).toLongLong();
        r.issuedOn = text(q, c++);
        r.saleId = q.value(c++).toLongLong();
        r.returnId = optId(q, c++);
        r.refersTo = optId(q, c++);
        r.total = q.value(c++).toLongLong();
        r.xml = text(q, c++);
        r.xmlSha256 = text(q, c++);
        r.status = text(q, c++);
        r.attempts = q.value(c++).toInt();
        r.nextAttemptAt = text(q, c++);
        r.lastError = text(q, c++);
        r.providerRef = text(q, c++);
        r.authorityCode = text(q, c++);
        r.rejectReason = text(q, c++);
        r.statusAt = text(q, c++);
        r.receiptNo = text(q, c++);
        out.push_back(std::move(r));
    }
    return out;
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
/// Never NULL: `:x = ''` must be true for an empty filter.
QString orEmpty(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

qint64 EInvoiceRepository::nextNumber(const QString& series, int year)
{
    Query q(m_db, QStringLiteral("SELECT MAX(number) FROM einvoices WHERE series = :series AND year = :year"));
    q.bind(QStringLiteral(":series"), series).bind(QStringLiteral(":year"), year);
    const auto v = q.scalar();
    return (v && !v->isNull() ? v->toLongLong() : 0) + 1;
}

qint64 EInvoiceRepository::insert(const EInvoiceRow& r)
{
    Query q(m_db,
        QStringLiteral(
            "INSERT INTO einvoices (kind, form, series, year, number, issued_on, sale_id, return_id, refers_to, "
            "total_vnd, xml, xml_sha256, status, attempts) VALUES (:kind, :form, :series, :year, :number, "
            ":issued_on, :sale_id, :return_id, :refers_to, :total, :xml, :sha, 'pending', 0) RETURNING id"));
    q.bind(QStringLiteral(":kind"), r.kind)
        .bind(QStringLiteral(":form"), r.form)
        .bind(QStringLiteral(":series"), r.series)
        .bind(QStringLiteral(":year"), r.year)
        .bind(QStringLiteral(":number"), v64(r.number))
        .bind(QStringLiteral(":issued_on"), r.issuedOn)
        .bind(QStringLiteral(":sale_id"), v64(r.saleId))
        .bindOpt(QStringLiteral(":return_id"), r.returnId)
        .bindOpt(QStringLiteral(":refers_to"), r.refersTo)
        .bind(QStringLiteral(":total"), v64(r.total))
        .bind(QStringLiteral(":xml"), r.xml)
        .bind(QStringLiteral(":sha"), r.xmlSha256)
        .exec();
    return q.lastInsertId();
}

std::optional<EInvoiceRow> EInvoiceRepository::byId(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE e.id = :id"));
    q.bind(QStringLiteral(":id"), v64(id)).exec();
    auto r = rows(q);
    if (r.empty())
        return std::nullopt;
    return r.front();
}

std::vector<EInvoiceRow> EInvoiceRepository::bySale(qint64 saleId)
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE e.sale_id = :id ORDER BY e.id"));
    q.bind(QStringLiteral(":id"), v64(saleId)).exec();
    return rows(q);
}

std::optional<EInvoiceRow> EInvoiceRepository::byReturn(qint64 returnId)
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE e.return_id = :id"));
    q.bind(QStringLiteral(":id"), v64(returnId)).exec();
    auto r = rows(q);
    if (r.empty())
        return std::nullopt;
    return r.front();
}

std::vector<EInvoiceRow> EInvoiceRepository::due(const QString& nowUtc, qint64 afterId, int limit)
{
    Query q(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral("WHERE e.status IN ('pending', 'sent') AND e.id > :after AND (e.next_attempt_at "
                             "IS NULL OR e.next_attempt_at <= :now) ORDER BY e.id LIMIT :limit"));
    q.bind(QStringLiteral(":now"), nowUtc)
        .bind(QStringLiteral(":after"), v64(afterId))
        .bind(QStringLiteral(":limit"), limit)
        .exec();
    return rows(q);
}

std::vector<EInvoiceRow> EInvoiceRepository::list(const QString& status, const QString& from, const QString& to)
{
    Query q(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral("WHERE (:status = '' OR e.status = :status2) AND (:from = '' OR e.issued_on >= "
                             ":from2) AND (:to = '' OR e.issued_on <= :to2) ORDER BY e.id"));
    q.bind(QStringLiteral(":status"), orEmpty(status))
        .bind(QStringLiteral(":status2"), orEmpty(status))
        .bind(QStringLiteral(":from"), orEmpty(from))
        .bind(QStringLiteral(":from2"), orEmpty(from))
        .bind(QStringLiteral(":to"), orEmpty(to))
        .bind(QStringLiteral(":to2"), orEmpty(to))
        .exec();
    return rows(q);
}

void EInvoiceRepository::recordOutcome(qint64 id, const EInvoiceOutcome& o)
{
    Query q(m_db,
        QStringLiteral("UPDATE einvoices SET status = :status, attempts = attempts + 1, next_attempt_at = :next, "
                       "last_error = :error, provider_ref = COALESCE(:ref, provider_ref), authority_code = "
                       "COALESCE(:code, authority_code), reject_reason = :reason, status_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":status"), o.status)
        .bind(QStringLiteral(":next"), orNull(o.nextAttemptAt))
        .bind(QStringLiteral(":error"), orNull(o.lastError))
        .bind(QStringLiteral(":ref"), orNull(o.providerRef))
        .bind(QStringLiteral(":code"), orNull(o.authorityCode))
        .bind(QStringLiteral(":reason"), orNull(o.rejectReason))
        .bind(QStringLiteral(":at"), o.at)
        .bind(QStringLiteral(":id"), v64(id))
        .exec();
}

EInvoiceCounts EInvoiceRepository::counts(const QString& from, const QString& to)
{
    Query q(m_db,
        QStringLiteral(
            "SELECT status, COUNT(*) FROM einvoices WHERE issued_on >= :from AND issued_on <= :to GROUP BY status"));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to).exec();
    EInvoiceCounts c;
    while (q.next()) {
        const QString s = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (s == QLatin1String("accepted"))
            c.accepted += n;
        else if (s == QLatin1String("rejected"))
            c.rejected += n;
        else
            c.pending += n;
    }
    return c;
}

} // namespace ocopos::db

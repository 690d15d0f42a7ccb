#include "Protocol.h"

#include "core/Clock.h"
#include "core/Errors.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <limits>

namespace ocopos::centre {

namespace {

/// Reads the fields of one JSON object, naming them `<path>.<key>` in errors.
class Fields {
public:
    Fields(const QJsonObject& o, QString path) : m_o(o), m_path(std::move(path)) {}

    QString name(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    [[noreturn]] void bad(const QString& key, const QString& why) const
    {
        throw BadRequest(name(key), name(key) + QStringLiteral(": ") + why);
    }

    QJsonValue need(const QString& key) const
    {
        const auto it = m_o.constFind(key);
        if (it == m_o.constEnd())
            bad(key, QStringLiteral("missing"));
        return *it;
    }

    qint64 integer(const QString& key) const { return toInteger(key, need(key)); }
    qint64 integer(const QString& key, qint64 min, qint64 max) const
    {
        const qint64 v = integer(key);
        if (v < min || v > max)
            bad(key, QStringLiteral("%1 is out of range (%2 to %3)").arg(v).arg(min).arg(max));
        return v;
    }
    std::optional<qint64> optInteger(const QString& key) const
    {
        const QJsonValue v = m_o.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return toInteger(key, v);
    }
    QString string(const QString& key, bool allowEmpty = false) const
    {
        const QJsonValue v = need(key);
        if (!v.isString())
            bad(key, QStringLiteral("must be a string"));
        if (!allowEmpty && v.toString().trimmed().isEmpty())
            bad(key, QStringLiteral("must not be empty"));
        return v.toString();
    }
    /// A string or null (or absent): empty for null.
    QString optString(const QString& key) const
    {
        const QJsonValue v = m_o.value(key);
        if (v.isNull() || v.isUndefined())
            return QString();
        if (!v.isString())
            bad(key, QStringLiteral("must be a string or null"));
        return v.toString();
    }
    QString oneOf(const QString& key, std::initializer_list<const char*> allowed) const
    {
        const QString v = string(key);
        QStringList names;
        for (const char* a : allowed) {
            if (v == QLatin1String(a))
                return v;
            names << QString::fromLatin1(a);
        }
        bad(key, QStringLiteral("'%1' is not one of %2").arg(v, names.join(QStringLiteral(", "))));
    }
    bool boolean(const QString& key) const
    {
        const QJsonValue v = need(key);
        if (!v.isBool())
            bad(key, QStringLiteral("must be true or false"));
        return v.toBool();
    }
    QJsonArray array(const QString& key) const
    {
        const QJsonValue v = need(key);
        if (!v.isArray())
            bad(key, QStringLiteral("must be an array"));
        return v.toArray();
    }
    QString hash(const QString& key) const
    {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QString v = string(key);
        if (!hex.match(v).hasMatch())
            bad(key, QStringLiteral("must be 64 lower-case hex digits"));
        return v;
    }
    QString date(const QString& key) const
    {
        const QString v = string(key);
        try {
            core::parseIsoDate(v, name(key).toStdString());
        } catch (const std::exception&) {
            bad(key, QStringLiteral("'%1' is not a date YYYY-MM-DD").arg(v));
        }
        return v;
    }
    /// An ISO 8601 time with offset; returns its store-local day.
    QString timeDay(const QString& key) const
    {
        const QString v = string(key);
        static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
        try {
            if (!offset.match(v).hasMatch())
                throw std::runtime_error("no offset");
            const QDateTime t = core::parseIsoTime(v, "time");
            return core::Clock::localDate(t).toString(Qt::ISODate);
        } catch (const std::exception&) {
            bad(key, QStringLiteral("'%1' is not an ISO 8601 time with offset").arg(v));
        }
    }
    /// The objects of an array, each with its path `key[i]`.
    std::vector<Fields> objects(const QString& key) const
    {
        std::vector<Fields> out;
        const QJsonArray a = array(key);
        out.reserve(static_cast<std::size_t>(a.size()));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!a[i].isObject())
                bad(item, QStringLiteral("must be an object"));
            out.emplace_back(a[i].toObject(), name(item));
        }
        return out;
    }

private:
    qint64 toInteger(const QString& key, const QJsonValue& v) const
    {
        constexpr qint64 none = std::numeric_limits<qint64>::min();
        const qint64 i = v.isDouble() ? v.toInteger(none) : none;
        if (i == none)
            bad(key, QStringLiteral("must be a whole number"));
        return i;
    }

    QJsonObject m_o;
    QString m_path;
};

QJsonObject contentObject(const QString& content, const QString& prefix)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw BadRequest(prefix, prefix + QStringLiteral(": not a JSON object (%1)").arg(err.errorString()));
    return doc.object();
}

} // namespace

BatchHead parseBatchHead(const QByteArray& body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw BadRequest(QStringLiteral("body"),
                         QStringLiteral("body: not a JSON object (%1 at byte %2)").arg(err.errorString()).arg(err.offset));
    BatchHead head;
    head.root = doc.object();
    const Fields f(head.root, QString());
    if (f.integer(QStringLiteral("protocol")) != kProtocolVersion)
        f.bad(QStringLiteral("protocol"), QStringLiteral("this centre speaks protocol %1").arg(kProtocolVersion));
    head.store = f.string(QStringLiteral("store"));
    head.entries = f.array(QStringLiteral("entries")).size();
    return head;
}

Batch parseBatch(const BatchHead& head)
{
    const Fields f(head.root, QString());
    Batch b;
    b.store = head.store;
    for (const Fields& p : f.objects(QStringLiteral("producers"))) {
        BatchProducer x;
        x.code = p.string(QStringLiteral("code"));
        x.kind = p.oneOf(QStringLiteral("kind"), {"cooperative", "coop_group", "enterprise", "household", "individual"});
        x.name = p.string(QStringLiteral("name"));
        x.parent = p.optString(QStringLiteral("parent"));
        x.taxCode = p.optString(QStringLiteral("tax_code"));
        x.district = p.optString(QStringLiteral("district"));
        x.province = p.optString(QStringLiteral("province"));
        b.producers.push_back(x);
    }
    for (const Fields& p : f.objects(QStringLiteral("products"))) {
        BatchProduct x;
        x.sku = p.string(QStringLiteral("sku"));
        x.name = p.string(QStringLiteral("name"));
        x.unit = p.string(QStringLiteral("unit"));
        x.vat = p.oneOf(QStringLiteral("vat"), {"0", "5", "8", "10", "KCT"});
        x.owner = p.string(QStringLiteral("owner"));
        x.category = p.optString(QStringLiteral("category"));
        x.ocopStars = p.optInteger(QStringLiteral("ocop_stars"));
        x.supply = p.oneOf(QStringLiteral("supply"), {"consignment", "purchased"});
        b.products.push_back(x);
    }
    std::optional<qint64> lastSeq;
    std::optional<qint64> lastJournal;
    for (const Fields& e : f.objects(QStringLiteral("entries"))) {
        BatchEntry x;
        x.seq = e.integer(QStringLiteral("seq"));
        if (lastSeq && x.seq <= *lastSeq)
            e.bad(QStringLiteral("seq"), QStringLiteral("entries must be in outbox order (seq ascending)"));
        lastSeq = x.seq;
        x.settlement = e.oneOf(QStringLiteral("type"), {"journal", "settlement"}) == QLatin1String("settlement");
        x.id = e.integer(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
        x.content = e.string(QStringLiteral("content"));
        if (x.settlement) {
            x.producer = e.string(QStringLiteral("producer"));
            x.from = e.date(QStringLiteral("from"));
            x.to = e.date(QStringLiteral("to"));
            x.finalizedAt = e.string(QStringLiteral("finalized_at"));
            x.net = e.integer(QStringLiteral("net_vnd"));
            x.returns = e.integer(QStringLiteral("returns_vnd"));
            x.commission = e.integer(QStringLiteral("commission_vnd"));
            x.payout = e.integer(QStringLiteral("payout_vnd"));
        } else {
            if (lastJournal && x.id <= *lastJournal)
                e.bad(QStringLiteral("id"), QStringLiteral("journal entries must be in journal order (id ascending)"));
            lastJournal = x.id;
            x.at = e.string(QStringLiteral("at"));
            x.kind = e.oneOf(QStringLiteral("kind"), {"sale", "void", "return"});
            x.refId = e.integer(QStringLiteral("ref_id"));
            x.prevHash = e.hash(QStringLiteral("prev_hash"));
            x.hash = e.hash(QStringLiteral("hash"));
        }
        b.entries.push_back(x);
    }
    return b;
}

SaleContent parseSale(const QString& content, const QString& prefix)
{
    const Fields f(contentObject(content, prefix), prefix);
    if (f.string(QStringLiteral("kind")) != QLatin1String("sale"))
        f.bad(QStringLiteral("kind"), QStringLiteral("a sale entry's content must be of kind sale"));
    SaleContent s;
    s.receiptNo = f.string(QStringLiteral("receipt_no"));
    s.till = f.string(QStringLiteral("till"), true);
    s.time = f.string(QStringLiteral("time"));
    s.day = f.timeDay(QStringLiteral("time"));
    s.cashier = f.string(QStringLiteral("cashier"), true);
    s.gross = f.integer(QStringLiteral("gross"));
    s.discount = f.integer(QStringLiteral("discount"));
    s.total = f.integer(QStringLiteral("total"));
    s.vat = f.integer(QStringLiteral("vat"));
    s.paid = f.integer(QStringLiteral("paid"));
    s.change = f.integer(QStringLiteral("change"));
    for (const Fields& l : f.objects(QStringLiteral("lines"))) {
        SaleLine x;
        x.lineNo = l.integer(QStringLiteral("line"));
        x.sku = l.string(QStringLiteral("sku"));
        x.name = l.string(QStringLiteral("name"), true);
        x.owner = l.string(QStringLiteral("owner"));
        x.vatRate = l.oneOf(QStringLiteral("vat_rate"), {"0", "5", "8", "10", "KCT"});
        x.supply = l.oneOf(QStringLiteral("supply"), {"consignment", "purchased"});
        x.qty = l.integer(QStringLiteral("qty"));
        x.unitPrice = l.integer(QStringLiteral("unit_price"));
        x.gross = l.integer(QStringLiteral("gross"));
        x.discount = l.integer(QStringLiteral("discount"));
        x.saleDiscount = l.integer(QStringLiteral("sale_discount"));
        x.net = l.integer(QStringLiteral("net"));
        x.vat = l.integer(QStringLiteral("vat"));
        x.commissionBp = l.integer(QStringLiteral("commission_bp"));
        x.commission = l.integer(QStringLiteral("commission"));
        x.payout = l.integer(QStringLiteral("payout"));
        for (const Fields& lot : l.objects(QStringLiteral("lots"))) {
            SaleLot y;
            y.lotId = lot.optInteger(QStringLiteral("lot"));
            y.producer = lot.string(QStringLiteral("producer"), true);
            y.qty = lot.integer(QStringLiteral("qty"));
            y.amount = lot.integer(QStringLiteral("amount"));
            x.lots.push_back(y);
        }
        s.lines.push_back(std::move(x));
    }
    return s;
}

VoidContent parseVoid(const QString& content, const QString& prefix)
{
    const Fields f(contentObject(content, prefix), prefix);
    if (f.string(QStringLiteral("kind")) != QLatin1String("void"))
        f.bad(QStringLiteral("kind"), QStringLiteral("a void entry's content must be of kind void"));
    VoidContent v;
    v.receiptNo = f.string(QStringLiteral("receipt_no"));
    v.time = f.string(QStringLiteral("time"));
    f.timeDay(QStringLiteral("time"));
    v.by = f.string(QStringLiteral("by"), true);
    return v;
}

ReturnContent parseReturn(const QString& content, const QString& prefix)
{
    const Fields f(contentObject(content, prefix), prefix);
    if (f.string(QStringLiteral("kind")) != QLatin1String("return"))
        f.bad(QStringLiteral("kind"), QStringLiteral("a return entry's content must be of kind return"));
    ReturnContent r;
    r.number = f.string(QStringLiteral("number"));
    r.receiptNo = f.string(QStringLiteral("receipt_no"));
    r.time = f.string(QStringLiteral("time"));
    r.day = f.timeDay(QStringLiteral("time"));
    r.by = f.string(QStringLiteral("by"), true);
    r.damaged = f.boolean(QStringLiteral("damaged"));
    r.refund = f.integer(QStringLiteral("refund"));
    for (const Fields& l : f.objects(QStringLiteral("lines"))) {
        ReturnLine x;
        x.lineNo = l.integer(QStringLiteral("line"));
        x.sku = l.string(QStringLiteral("sku"));
        x.qty = l.integer(QStringLiteral("qty"));
        x.refund = l.integer(QStringLiteral("refund"));
        x.vat = l.integer(QStringLiteral("vat"));
        x.commission = l.integer(QStringLiteral("commission"));
        x.payout = l.integer(QStringLiteral("payout"));
        r.lines.push_back(x);
    }
    return r;
}

QString chainHash(const QString& prevHash, const QString& content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(content.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString genesisHash() { return QString(64, QLatin1Char('0')); }

} // namespace ocopos::centre

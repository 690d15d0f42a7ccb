#include "EInvoiceService.h"

#include "SettingsService.h"
#include "core/ErrorCodes.h"
#include "db/EInvoiceRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <map>

namespace ocopos::services {

using namespace core::einvoice;
using core::Money;

namespace {

Line invoiceLine(const SaleLineResult& l)
{
    Line x;
    x.code = l.sku;
    x.name = l.name;
    x.unit = l.unit;
    x.qty = l.qty;
    x.unitPrice = l.unitPrice;
    if (l.discountGiven.kind == core::Discount::Kind::Percent && !l.discountGiven.isNone())
        x.discountPct = core::BasisPoints { l.discountGiven.value };
    x.discount = l.discount + l.saleDiscount;
    x.amount = l.net;
    x.rate = l.vatRate;
    x.vat = l.vat;
    return x;
}

/// A decrease: every figure of the line negated.
Line negated(Line x)
{
    x.qty = core::Quantity::fromThousandths(-x.qty.thousandths());
    x.discount = -x.discount;
    x.amount = -x.amount;
    x.vat = -x.vat;
    x.discountPct.reset();
    return x;
}

std::vector<std::string> methodsOf(const SaleResult& sale)
{
    std::vector<std::string> out;
    for (const auto& p : sale.payments)
        out.emplace_back(core::toCode(p.method));
    return out;
}

} // namespace

QString EInvoiceService::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

EInvoiceRef EInvoiceService::refOf(const db::EInvoiceRow& row)
{
    EInvoiceRef r;
    r.id = row.id;
    r.kind = row.kind;
    r.form = row.form;
    r.series = row.series;
    r.number = row.number;
    r.issuedOn = row.issuedOn;
    // From the stored XML, not the stored hash: the journal check then sees a
    // rewritten XML even if its hash column was rewritten with it.
    r.xmlSha256 = sha256Hex(row.xml.toUtf8());
    r.status = row.status;
    r.authorityCode = row.authorityCode;
    r.rejectReason = row.rejectReason;
    return r;
}

EInvoiceConfig EInvoiceService::config()
{
    // One read of the settings table, not one per key: this runs in every sale.
    std::map<QString, QString> v;
    for (auto& [key, value] : SettingsService(m_ctx).all())
        v[key] = value;
    const auto get = [&](const char* key) { return v[QLatin1String(key)]; };
    EInvoiceConfig c;
    c.enabled = get("einvoice_enabled") == QLatin1String("1");
    c.form = parseForm(get("einvoice_form").toStdString(), "einvoice_form");
    c.method = parseTaxMethod(get("einvoice_tax_method").toStdString(), "einvoice_tax_method");
    c.series = get("einvoice_series");
    const auto orStore = [&](const char* key, const char* storeKey) {
        const QString value = get(key);
        return value.isEmpty() ? get(storeKey) : value;
    };
    c.seller.name = orStore("einvoice_seller_name", "store_name");
    c.seller.address = orStore("einvoice_seller_address", "store_address");
    c.seller.taxCode = orStore("einvoice_seller_tax_code", "store_tax_code");
    c.providerTaxCode = get("einvoice_provider_tax_code");
    c.url = get("einvoice_url");
    c.lookupUrl = get("einvoice_lookup_url");
    c.account = get("einvoice_account");
    c.accountPassword = get("einvoice_account_password");
    c.username = get("einvoice_username");
    c.password = get("einvoice_password");
    c.batchSize = get("einvoice_batch_size").toInt();
    if (c.enabled) {
        const auto need = [](const QString& value, const char* setting) {
            if (value.trimmed().isEmpty())
                throw Conflict(codes::einvoiceNotConfigured,
                    std::string("e-invoicing is on but ") + setting + " is empty: set it (`ocopos-cli settings set "
                        + setting + " ...`)",
                    { { "setting", setting } });
        };
        need(c.series, "einvoice_series");
        need(c.seller.name, "einvoice_seller_name");
        need(c.seller.address, "einvoice_seller_address");
        need(c.seller.taxCode, "einvoice_seller_tax_code");
    }
    return c;
}

std::optional<EInvoiceRef> EInvoiceService::issue(Invoice& inv, const EInvoiceConfig& cfg, qint64 saleId,
    std::optional<qint64> returnId, std::optional<qint64> refersTo)
{
    inv.form = cfg.form;
    inv.method = cfg.method;
    inv.seller = cfg.seller;
    inv.providerTaxCode = cfg.providerTaxCode;
    inv.series = QString::fromStdString(seriesForYear(cfg.series.toStdString(), inv.date.year()));
    db::EInvoiceRepository repo(m_ctx.db);
    inv.number = repo.nextNumber(inv.series, inv.date.year());
    const QByteArray xml = buildXml(inv);
    db::EInvoiceRow row;
    row.kind = QString::fromStdString(kindCode(inv.kind));
    row.form = QString::number(static_cast<int>(inv.form));
    row.series = inv.series;
    row.year = inv.date.year();
    row.number = inv.number;
    row.issuedOn = inv.date.toString(Qt::ISODate);
    row.saleId = saleId;
    row.returnId = returnId;
    row.refersTo = refersTo;
    row.total = totalsOf(inv.lines).total.dong();
    row.xml = QString::fromUtf8(xml);
    row.xmlSha256 = sha256Hex(xml);
    row.id = repo.insert(row);
    EInvoiceRef ref;
    ref.id = row.id;
    ref.kind = row.kind;
    ref.form = row.form;
    ref.series = row.series;
    ref.number = row.number;
    ref.issuedOn = row.issuedOn;
    ref.xmlSha256 = row.xmlSha256;
    ref.status = QStringLiteral("pending");
    return ref;
}

bool EInvoiceService::enabled()
{
    return SettingsService(m_ctx).get(QStringLiteral("einvoice_enabled")) == QLatin1String("1");
}

std::optional<EInvoiceRef> EInvoiceService::issueForSale(const SaleResult& sale, const Buyer& buyer)
{
    if (!enabled())
        return std::nullopt;
    const EInvoiceConfig cfg = config();
    if (!cfg.enabled)
        return std::nullopt;
    Invoice inv;
    inv.kind = Kind::Original;
    inv.date = sale.time.date();
    inv.payment = paymentText(methodsOf(sale));
    inv.buyer = buyer;
    inv.receiptNo = sale.receiptNo;
    for (const auto& l : sale.lines)
        inv.lines.push_back(invoiceLine(l));
    return issue(inv, cfg, sale.saleId, std::nullopt, std::nullopt);
}

std::optional<EInvoiceRef> EInvoiceService::issueForReturn(const SaleResult& sale, const ReturnResult& ret)
{
    db::EInvoiceRepository repo(m_ctx.db);
    std::optional<db::EInvoiceRow> original;
    for (auto& row : repo.bySale(sale.saleId))
        if (row.kind == QLatin1String("original"))
            original = std::move(row);
    if (!original)
        return std::nullopt; // sold before e-invoicing was on: nothing to adjust
    EInvoiceConfig cfg = config();
    cfg.form = parseForm(original->form.toStdString(), "form");
    Invoice inv;
    inv.kind = Kind::Adjustment;
    inv.date = ret.time.date();
    inv.payment = QStringLiteral("Tiền mặt"); // refunds are paid in cash
    inv.buyer = buyerFromXml(original->xml.toUtf8());
    inv.receiptNo = ret.number;
    inv.refersTo = Reference { cfg.form, original->series, original->number,
        QDate::fromString(original->issuedOn, Qt::ISODate) };
    for (const auto& rl : ret.lines) {
        const auto sl = std::find_if(
            sale.lines.begin(), sale.lines.end(), [&](const SaleLineResult& l) { return l.lineNo == rl.saleLineNo; });
        if (sl == sale.lines.end())
            continue;
        Line x = invoiceLine(*sl);
        x.qty = rl.qty;
        x.amount = rl.refund;
        x.vat = rl.vat;
        // The discount returned with the goods: the line's discount in proportion.
        x.discount = core::proportion(sl->discount + sl->saleDiscount, rl.qty, sl->qty);
        inv.lines.push_back(negated(x));
    }
    return issue(inv, cfg, sale.saleId, ret.id, original->id);
}

std::optional<EInvoiceRef> EInvoiceService::issueCancel(const SaleResult& sale)
{
    db::EInvoiceRepository repo(m_ctx.db);
    std::optional<db::EInvoiceRow> original;
    for (auto& row : repo.bySale(sale.saleId))
        if (row.kind == QLatin1String("original"))
            original = std::move(row);
    if (!original)
        return std::nullopt;
    EInvoiceConfig cfg = config();
    cfg.form = parseForm(original->form.toStdString(), "form");
    Invoice inv;
    inv.kind = Kind::Cancel;
    inv.date = m_ctx.clock.today();
    inv.payment = paymentText(methodsOf(sale));
    inv.buyer = buyerFromXml(original->xml.toUtf8());
    inv.receiptNo = sale.receiptNo;
    inv.refersTo = Reference { cfg.form, original->series, original->number,
        QDate::fromString(original->issuedOn, Qt::ISODate) };
    for (const auto& l : sale.lines)
        inv.lines.push_back(negated(invoiceLine(l)));
    return issue(inv, cfg, sale.saleId, std::nullopt, original->id);
}

std::vector<EInvoiceListItem> EInvoiceService::list(const QString& status, QDate from, QDate to)
{
    db::EInvoiceRepository repo(m_ctx.db);
    std::vector<EInvoiceListItem> out;
    const auto rows = repo.list(status, from.isValid() ? from.toString(Qt::ISODate) : QString(),
        to.isValid() ? to.toString(Qt::ISODate) : QString());
    std::map<qint64, QString> names;
    for (const auto& row : rows)
        names[row.id] = QStringLiteral("%1-%2").arg(row.series).arg(row.number);
    for (const auto& row : rows) {
        EInvoiceListItem item;
        item.ref = refOf(row);
        item.receiptNo = row.receiptNo;
        if (row.refersTo) {
            auto it = names.find(*row.refersTo);
            if (it != names.end()) {
                item.refersTo = it->second;
            } else if (const auto orig = repo.byId(*row.refersTo)) {
                item.refersTo = QStringLiteral("%1-%2").arg(orig->series).arg(orig->number);
            }
        }
        item.total = row.total;
        item.attempts = row.attempts;
        item.nextAttemptAt = row.nextAttemptAt;
        item.lastError = row.lastError;
        item.providerRef = row.providerRef;
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<QString> EInvoiceService::exportXml(QDate from, QDate to, const QString& dir)
{
    const auto rows
        = db::EInvoiceRepository(m_ctx.db).list(QString(), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!QDir().mkpath(dir))
        throw ValidationError("out", "cannot create the folder " + dir.toStdString());
    std::vector<QString> names;
    for (const auto& row : rows) {
        const QString name = QStringLiteral("%1-%2.xml").arg(row.series).arg(row.number, 8, 10, QLatin1Char('0'));
        QSaveFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(row.xml.toUtf8()) < 0 || !f.commit())
            throw ValidationError(
                "out", "cannot write " + f.fileName().toStdString() + ": " + f.errorString().toStdString());
        names.push_back(name);
    }
    return names;
}

EInvoiceCountsResult EInvoiceService::counts(QDate from, QDate to)
{
    const db::EInvoiceCounts c
        = db::EInvoiceRepository(m_ctx.db).counts(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    EInvoiceCountsResult r { c.pending, c.accepted, c.rejected, {} };
    if (c.rejected > 0)
        r.rejectedItems = list(QStringLiteral("rejected"), from, to);
    return r;
}

QByteArray EInvoiceService::xmlOf(qint64 id)
{
    const auto row = db::EInvoiceRepository(m_ctx.db).byId(id);
    if (!row)
        throw NotFound("no e-invoice " + std::to_string(id));
    return row->xml.toUtf8();
}

QByteArray canonicalEInvoice(const EInvoiceRef& ref)
{
    const QJsonObject o { { QStringLiteral("form"), ref.form }, { QStringLiteral("kind"), ref.kind },
        { QStringLiteral("number"), ref.number }, { QStringLiteral("series"), ref.series },
        { QStringLiteral("xml_sha256"), ref.xmlSha256 } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ocopos::services

#include "CartSession.h"

#include "SettingsService.h"
#include "core/Arithmetic.h"
#include "core/Errors.h"
#include "core/Fefo.h"
#include "core/VietQr.h"
#include "db/SaleRepository.h"
#include "db/StockRepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace ocopos::services {

using core::Money;
using core::Quantity;

ScanResult CartSession::resolve(const QString& code) { return CatalogLookup(m_ctx).resolveCode(code); }

void CartSession::apply(SaleRequest request)
{
    std::vector<CartLineView> views;
    core::PricedCart priced;
    if (!request.lines.empty()) {
        // What each code resolved to comes with the preview: every line is looked
        // up once per change, not twice.
        std::vector<ScanResult> scans;
        priced = SaleService(m_ctx).preview(request, &scans);
        views.reserve(request.lines.size());
        for (std::size_t i = 0; i < request.lines.size(); ++i) {
            const SaleLineRequest& in = request.lines[i];
            const ScanResult& scan = scans[i];
            const core::Product& p = scan.product;
            CartLineView v;
            v.code = in.code;
            v.productId = p.id;
            v.sku = p.sku;
            v.name = p.name;
            v.unit = p.unit;
            v.ownerCode = p.ownerCode;
            v.ownerName = p.ownerName;
            v.soldBy = p.soldBy;
            v.unitPrice = p.price;
            v.discount = in.discount;
            v.fixedByLabel = scan.weight.has_value() || scan.price.has_value();
            if (scan.weight)
                v.qty = *scan.weight;
            else if (scan.price && p.soldBy == core::SoldBy::Weight && !p.price.isZero())
                // The weight a price label stands for, as SaleService prices it.
                v.qty = Quantity::fromThousandths(std::max<std::int64_t>(1, core::mulDivRound(scan.price->dong(), 1000, p.price.dong())));
            else
                v.qty = in.qty.value_or(Quantity::units(1));
            v.priced = priced.lines[i];
            views.push_back(std::move(v));
        }
    }
    m_request = std::move(request);
    m_lines = std::move(views);
    m_priced = std::move(priced);
}

void CartSession::checkRow(int row) const
{
    if (row < 0 || row >= size())
        throw NotFound("there is no cart line " + std::to_string(row + 1));
}

int CartSession::add(const QString& rawCode, std::optional<Quantity> qty)
{
    const QString code = rawCode.trimmed();
    const ScanResult scan = resolve(code);
    SaleRequest next = m_request;
    const bool label = scan.weight.has_value() || scan.price.has_value();
    if (!label && scan.product.soldBy == core::SoldBy::Unit) {
        for (std::size_t i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].productId == scan.product.id && !m_lines[i].fixedByLabel) {
                next.lines[i].qty = m_lines[i].qty + qty.value_or(Quantity::units(1));
                apply(std::move(next));
                return static_cast<int>(i);
            }
        }
    }
    SaleLineRequest line;
    line.code = code;
    line.qty = qty;
    next.lines.push_back(line);
    apply(std::move(next));
    return size() - 1;
}

void CartSession::setQuantity(int row, Quantity qty)
{
    checkRow(row);
    const auto i = static_cast<std::size_t>(row);
    if (m_lines[i].fixedByLabel)
        throw ValidationError("qty", "the scale label of " + m_lines[i].sku.toStdString()
                                         + " fixes its quantity: remove the line and weigh again");
    if (!qty.isPositive())
        throw ValidationError("qty", "must be more than 0");
    SaleRequest next = m_request;
    next.lines[i].qty = qty;
    apply(std::move(next));
}

void CartSession::setLineDiscount(int row, core::Discount discount)
{
    checkRow(row);
    SaleRequest next = m_request;
    next.lines[static_cast<std::size_t>(row)].discount = discount;
    apply(std::move(next));
}

void CartSession::setSaleDiscount(core::Discount discount)
{
    SaleRequest next = m_request;
    next.discount = discount;
    apply(std::move(next));
}

void CartSession::removeLine(int row)
{
    checkRow(row);
    SaleRequest next = m_request;
    next.lines.erase(next.lines.begin() + row);
    if (next.lines.empty())
        next.discount = core::Discount::none();
    apply(std::move(next));
}

void CartSession::setBuyer(const core::einvoice::Buyer& buyer)
{
    core::einvoice::checkBuyer(buyer);
    m_request.buyer = buyer;
}

void CartSession::clear()
{
    m_request = SaleRequest{};
    m_lines.clear();
    m_priced = core::PricedCart{};
    m_approvedReasons.clear();
    m_approvedShort.clear();
}

void CartSession::load(const SaleRequest& request)
{
    SaleRequest next = request;
    next.payments.clear();
    next.override.reset();
    apply(std::move(next));
    m_approvedReasons.clear();
    m_approvedShort.clear();
}

std::vector<OverrideItem> CartSession::overrideItems() const
{
    static const QRegularExpression lineRe(QStringLiteral("^line (\\d+) "));
    std::vector<OverrideItem> out;
    for (const QString& reason : m_priced.overrideReasons) {
        const auto m = lineRe.match(reason);
        if (m.hasMatch()) {
            const int line = m.captured(1).toInt();
            if (line >= 1 && line <= size()) {
                const auto& p = m_lines[static_cast<std::size_t>(line - 1)].priced;
                out.push_back({line, p.lineDiscount, p.gross});
            }
        } else {
            out.push_back({0, m_priced.saleDiscount, m_priced.total + m_priced.saleDiscount});
        }
    }
    return out;
}

std::vector<StockShortage> CartSession::shortages()
{
    // Totals per product in cart order: two lines of one product draw on the same lots.
    std::vector<std::size_t> firstLine;
    std::map<qint64, Quantity> wanted;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        auto [it, added] = wanted.try_emplace(m_lines[i].productId, Quantity{});
        it->second += m_lines[i].qty;
        if (added)
            firstLine.push_back(i);
    }
    std::vector<StockShortage> out;
    db::StockRepository stock(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    for (std::size_t i : firstLine) {
        const auto& l = m_lines[i];
        const Quantity want = wanted.at(l.productId);
        const core::FefoResult r = core::allocateFefo(stock.lotSnapshots(l.productId), want, today);
        if (r.shortBy.isPositive())
            out.push_back({l.sku, l.name, want, want - r.shortBy, r.expiredOnHand});
    }
    return out;
}

bool CartSession::approvalNeeded()
{
    for (const QString& reason : m_priced.overrideReasons)
        if (std::find(m_approvedReasons.begin(), m_approvedReasons.end(), reason) == m_approvedReasons.end())
            return true;
    for (const auto& s : shortages()) {
        auto it = m_approvedShort.find(s.sku);
        if (it == m_approvedShort.end() || it->second < s.wanted)
            return true;
    }
    return false;
}

void CartSession::approve(const OverrideRequest& manager)
{
    m_request.override = manager;
    m_approvedReasons = m_priced.overrideReasons;
    m_approvedShort.clear();
    for (const auto& s : shortages())
        m_approvedShort[s.sku] = s.wanted;
}

QString CartSession::nextReceiptNo()
{
    const QString till = SettingsService(m_ctx).till();
    const qint64 seq = db::SaleRepository(m_ctx.db).lastNumber(till) + 1;
    // The same shape SaleService::commit gives the receipt number.
    return QStringLiteral("%1-%2").arg(till).arg(seq, 6, 10, QLatin1Char('0'));
}

QString CartSession::bankQrPayload(Money amount)
{
    SettingsService settings(m_ctx);
    const QString bin = settings.get(QStringLiteral("bank_bin"));
    const QString account = settings.get(QStringLiteral("bank_account"));
    if (bin.isEmpty() || account.isEmpty())
        throw Conflict("bank transfer needs the store's bank account: set bank_bin and bank_account");
    return QString::fromStdString(core::buildVietQr(
        {bin.toStdString(), account.toStdString(), amount, nextReceiptNo().toStdString(), "QRIBFTTA"}));
}

PaymentTally CartSession::tally(const std::vector<core::Payment>& payments) const
{
    PaymentTally t;
    t.due = m_priced.total;
    try {
        for (const auto& p : payments)
            if (p.amount.dong() > 0)
                t.paid += p.amount;
        t.remaining = t.paid < t.due ? t.due - t.paid : Money(0);
        const core::PaymentOutcome o = core::settlePayments(t.due, payments);
        t.change = o.change;
        t.complete = !isEmpty();
    } catch (const Conflict&) {
        // Short: `remaining` says by how much.
    } catch (const ValidationError& e) {
        t.problem = QString::fromStdString(e.problems().front().why);
    } catch (const OverflowError& e) {
        t.problem = QString::fromUtf8(e.what());
    }
    return t;
}

SaleResult CartSession::commit(const Session& cashier, const std::vector<core::Payment>& payments)
{
    SaleRequest r = m_request;
    r.payments = payments;
    // An approval given for a smaller discount or shortage does not cover this cart.
    if (approvalNeeded())
        r.override.reset();
    SaleResult result = SaleService(m_ctx).commit(cashier, r);
    clear();
    return result;
}

qint64 CartSession::park(const Session& cashier, const QString& label)
{
    SaleRequest r = m_request;
    r.override.reset();
    const qint64 id = SaleService(m_ctx).park(cashier, r, label);
    clear();
    return id;
}

void CartSession::resume(const Session& cashier, qint64 parkedId)
{
    if (!isEmpty())
        throw Conflict("finish or park the sale in progress before resuming another");
    SaleService sales(m_ctx);
    QString label;
    for (const auto& c : sales.parked())
        if (c.id == parkedId)
            label = c.label;
    const SaleRequest r = sales.resume(cashier, parkedId);
    try {
        load(r);
    } catch (...) {
        // Keep the parked cart rather than lose it when it can no longer be priced.
        sales.park(cashier, r, label);
        throw;
    }
}

const std::vector<Money>& cashDenominations()
{
    static const std::vector<Money> d = {Money(500000), Money(200000), Money(100000), Money(50000), Money(20000),
                                         Money(10000),  Money(5000),   Money(2000),   Money(1000)};
    return d;
}

void CashCount::set(Money denomination, std::int64_t count)
{
    const auto& d = cashDenominations();
    if (std::find(d.begin(), d.end(), denomination) == d.end())
        throw ValidationError("denomination", core::formatVnd(denomination) + " is not a note the till counts");
    if (count < 0)
        throw ValidationError("count", "cannot be negative");
    if (count == 0)
        m_counts.erase(denomination.dong());
    else
        m_counts[denomination.dong()] = count;
}

std::int64_t CashCount::count(Money denomination) const
{
    auto it = m_counts.find(denomination.dong());
    return it == m_counts.end() ? 0 : it->second;
}

Money CashCount::amount(Money denomination) const { return denomination.times(count(denomination)); }

Money CashCount::total() const
{
    Money sum;
    for (const auto& [denom, n] : m_counts)
        sum += Money(denom).times(n);
    return sum;
}

} // namespace ocopos::services

#include "SaleService.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "CatalogLookup.h"
#include "EInvoiceService.h"
#include "PriceService.h"
#include "Journal.h"
#include "SaleReader.h"
#include "SettingsService.h"
#include "ShiftService.h"
#include "core/Arithmetic.h"
#include "core/ErrorCodes.h"
#include "core/Fefo.h"
#include "core/Logging.h"
#include "core/VietQr.h"
#include "db/SaleRepository.h"
#include "StockLedger.h"

#include <QJsonDocument>

#include <algorithm>
#include <map>

#include <spdlog/spdlog.h>

namespace ocopos::services {

using core::Money;
using core::Quantity;

struct SaleService::Prepared {
    std::vector<core::Product> products;  ///< as scanned, one per line
    std::vector<core::CartLine> lines;
    core::PricedCart priced;
};

namespace {

SaleLineResult lineResult(const db::SaleLineRow& lr, const core::Product& product, qint64 lineId)
{
    SaleLineResult line;
    line.lineId = lineId;
    line.productId = lr.productId;
    line.lineNo = lr.lineNo;
    line.sku = lr.sku;
    line.name = lr.name;
    line.unit = lr.unit;
    line.soldBy = lr.soldBy;
    line.qty = lr.qty;
    line.unitPrice = lr.unitPrice;
    line.gross = lr.gross;
    line.discount = lr.lineDiscount;
    line.discountGiven = lr.discount.isNone() ? core::Discount{} : lr.discount;
    line.saleDiscount = lr.saleDiscount;
    line.net = lr.net;
    line.vatRate = lr.vatRate;
    line.vat = lr.vat;
    line.ownerCode = product.ownerCode;
    line.ownerName = product.ownerName;
    line.supply = lr.supply;
    line.commissionPct = lr.commissionPct;
    line.commission = lr.commission;
    line.payout = lr.payout;
    line.unlotted = lr.unlotted;
    line.ocopStars = product.ocopStars;
    return line;
}

} // namespace

QString SaleService::completeResult(SaleResult& r, const db::SaleRow& row, qint64 saleId, qint64 shiftId,
                                    const Session& cashier, const std::optional<Session>& manager)
{
    r.saleId = saleId;
    r.receiptNo = row.receiptNo;
    r.time = QDateTime::fromString(row.at, Qt::ISODate);
    r.till = row.till;
    r.shiftId = shiftId;
    r.status = QStringLiteral("completed");
    r.gross = row.gross;
    r.discount = row.discount;
    r.saleDiscountGiven = row.saleDiscount.isNone() ? core::Discount{} : row.saleDiscount;
    r.total = row.total;
    r.vatTotal = row.vat;
    r.paid = row.paid;
    r.change = row.change;
    if (row.overrideBy && manager)
        r.overrideBy = manager->username;
    std::map<core::VatRate, core::VatRow> vat;
    for (const auto& line : r.lines) {
        r.saleDiscount += line.saleDiscount;
        auto& v = vat.try_emplace(line.vatRate, core::VatRow{line.vatRate, {}, {}, {}}).first->second;
        v.amount += line.net;
        v.vat += line.vat;
        v.base = v.amount - v.vat;
    }
    for (auto& [rate, v] : vat)
        r.vat.push_back(v);
    for (const auto& pay : r.payments)
        if (r.vietqr.isEmpty() && !pay.vietqr.isEmpty())
            r.vietqr = pay.vietqr;

    // The names the lines refer to by id (the producers and lot codes of the
    // allocations), the cashier as stored, and the journal's last hash.
    std::vector<qint64> producerIds, lotIds;
    for (const auto& line : r.lines)
        for (const auto& lot : line.lots) {
            producerIds.push_back(lot.producerCode.toLongLong());
            if (lot.lotId)
                lotIds.push_back(*lot.lotId);
        }
    for (auto* ids : {&producerIds, &lotIds}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    const db::SaleNames names = db::SaleRepository(m_ctx.db).saleNames(cashier.userId, producerIds, lotIds);
    r.cashier = names.cashierUsername;
    r.cashierName = names.cashierName;
    const QString prevHash = names.lastJournalHash.isEmpty() ? Journal::genesisHash() : names.lastJournalHash;
    for (auto& line : r.lines)
        for (auto& lot : line.lots) {
            const auto producer = names.producers.find(lot.producerCode.toLongLong());
            if (producer != names.producers.end()) {
                lot.producerCode = producer->second.code;
                lot.producerName = producer->second.name;
            }
            if (lot.lotId)
                lot.lotCode = names.lotCodes.count(*lot.lotId) ? names.lotCodes.at(*lot.lotId) : QString();
        }
    return prevHash;
}

SaleService::Prepared SaleService::prepare(const SaleRequest& request, std::vector<ScanResult>* scans)
{
    if (request.lines.empty())
        throw ValidationError("lines", "a sale needs at least one line");
    CatalogLookup catalog(m_ctx);
    {
        std::vector<QString> codes;
        for (const SaleLineRequest& in : request.lines)
            codes.push_back(in.code);
        catalog.prefetch(codes);
    }
    Prepared p;
    // A code rung up on several lines is looked up once.
    std::map<QString, ScanResult> resolved;
    for (std::size_t i = 0; i < request.lines.size(); ++i) {
        const SaleLineRequest& in = request.lines[i];
        const std::string field = "lines[" + std::to_string(i + 1) + "]";
        ScanResult scan;
        try {
            auto it = resolved.find(in.code);
            if (it == resolved.end())
                it = resolved.emplace(in.code, catalog.resolveCode(in.code)).first;
            scan = it->second;
        } catch (const ValidationError& e) {
            throw ValidationError(field + ".code", e.problems().front().why, static_cast<int>(i + 1));
        } catch (const NotFound& e) {
            throw NotFound(field + ": " + e.what());
        }
        const core::Product& prod = scan.product;
        core::CartLine l;
        l.productId = prod.id;
        l.sku = prod.sku;
        l.name = prod.name;
        l.unit = prod.unit;
        l.category = prod.category;
        l.soldBy = prod.soldBy;
        l.unitPrice = prod.price;
        l.vat = prod.vat;
        l.ownerId = prod.ownerId;
        l.ownerCode = prod.ownerCode;
        l.supply = prod.supply;
        l.commission = scan.commission;
        l.discount = in.discount;
        if (in.qty && scan.weight && *in.qty != *scan.weight)
            throw ValidationError(field + ".qty", "the scale label already carries the weight "
                                                      + core::formatQuantity(*scan.weight), static_cast<int>(i + 1));
        if (scan.price) {
            // A price label fixes the amount; the quantity is what that buys.
            l.labelPrice = scan.price;
            if (prod.soldBy == core::SoldBy::Weight) {
                if (prod.price.isZero())
                    throw ValidationError(field + ".code", "product has no price per kg", static_cast<int>(i + 1));
                l.qty = Quantity::fromThousandths(std::max<std::int64_t>(1, core::mulDivRound(scan.price->dong(), 1000, prod.price.dong())));
            } else {
                l.qty = in.qty.value_or(Quantity::units(1));
            }
        } else {
            l.qty = scan.weight ? *scan.weight : in.qty.value_or(Quantity::units(1));
        }
        if (prod.soldBy == core::SoldBy::Weight && !in.qty && !scan.weight && !scan.price)
            throw ValidationError(field + ".qty", prod.sku.toStdString() + " is sold by weight: give the weight in kg",
                                  static_cast<int>(i + 1));
        p.lines.push_back(l);
        if (scans)
            scans->push_back(scan);
        p.products.push_back(std::move(scan.product));
    }
    p.priced = core::priceCart(p.lines, request.discount, SettingsService(m_ctx).discountOverrideThreshold());
    return p;
}

core::PricedCart SaleService::preview(const SaleRequest& request, std::vector<ScanResult>* scans)
{
    return prepare(request, scans).priced;
}

SaleResult SaleService::commit(const Session& cashier, const SaleRequest& request)
{
    requireRole(cashier, core::Role::Cashier, "selling");
    PriceService(m_ctx).applyDueChanges();
    // Without a manager's override nothing is written before the sale: its
    // transaction opens first, and the cart's reads (products, settings) run in
    // it rather than each in a read transaction of its own. With one, the login
    // below must be audited even when the sale is refused, so the sale's
    // transaction opens after it, as the checks before it always did.
    std::optional<db::TransactionGuard> tx;
    if (!request.override)
        tx.emplace(m_ctx.db);
    Prepared p = prepare(request);
    const core::PaymentOutcome paid = core::settlePayments(p.priced.total, request.payments);

    // Credentials are checked before the sale's transaction: a failed login is
    // audited (and counts towards the lockout) even though the sale is refused.
    std::optional<Session> manager;
    if (request.override) {
        manager = AuthService(m_ctx).login(request.override->user, request.override->pin);
        // A PIN that must change is the public 000000: it authorises nothing.
        if (!core::roleAtLeast(manager->role, core::Role::Manager) || manager->mustChangePin)
            throw AuthError(codes::authNotManager,
                            request.override->user.toStdString() + " is not a manager and cannot authorise an override",
                            {{"user", request.override->user.toStdString()}});
    }
    if (p.priced.needsOverride() && !manager) {
        const std::string threshold = core::formatPercent(SettingsService(m_ctx).discountOverrideThreshold());
        throw AuthError(codes::authOverrideNeeded,
                        "a manager's override is needed: " + p.priced.overrideReasons.front().toStdString()
                            + " is over the " + threshold + " % threshold",
                        {{"threshold", threshold}});
    }

    // The buyer's details are checked before anything is written: a bad tax code
    // is the cashier's to fix now, never a rejected invoice later.
    core::einvoice::checkBuyer(request.buyer);

    if (!tx)
        tx.emplace(m_ctx.db);
    SettingsService settings(m_ctx);
    const QString till = settings.till();
    const ShiftInfo shift = ShiftService(m_ctx).current();
    db::SaleRepository sales(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    const QString nowIso = core::Clock::isoString(m_ctx.clock.now());

    db::SaleRow row;
    row.till = till;
    row.seq = sales.nextNumber(till);
    row.receiptNo = QStringLiteral("%1-%2").arg(till).arg(row.seq, 6, 10, QLatin1Char('0'));
    row.shiftId = shift.id;
    row.cashierId = cashier.userId;
    row.at = nowIso;
    row.saleDate = today.toString(Qt::ISODate);
    row.gross = p.priced.gross;
    row.discount = p.priced.lineDiscounts + p.priced.saleDiscount;
    row.total = p.priced.total;
    row.vat = p.priced.vat;
    row.paid = paid.paid;
    row.change = paid.change;
    row.saleDiscount = request.discount;
    if (manager && p.priced.needsOverride())
        row.overrideBy = manager->userId;
    const qint64 saleId = sales.insertSale(row);
    SaleResult result;
    result.lines.reserve(p.lines.size());

    // FEFO for the cart through the stock ledger (two lines of one product draw on
    // the lots in turn). Short stock is a Conflict unless a manager overrides: then
    // the shortfall is an "unlotted" take credited to the owner and flagged.
    std::vector<FefoLine> fefoLines;
    fefoLines.reserve(p.lines.size());
    for (std::size_t i = 0; i < p.lines.size(); ++i)
        fefoLines.push_back(FefoLine{&p.products[i], p.lines[i].qty});
    const auto cartTakes = StockLedger(m_ctx).takeFefo(cashier, fefoLines, db::StockRef{QStringLiteral("sale"), saleId},
                                                       manager ? ShortStock::Unlotted : ShortStock::Refuse);
    QStringList shortages;
    // The sale's lines summed per owner (in order of first appearance): one
    // sale_owner_days row per owner instead of one per line.
    std::vector<std::pair<qint64, db::OwnerDaySums>> ownerDays;
    std::vector<db::SaleLineRow> lineRows;
    lineRows.reserve(p.lines.size());
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        const auto& l = p.lines[i];
        const auto& pl = p.priced.lines[i];
        const auto& takes = cartTakes[i];
        const bool unlotted = std::any_of(takes.begin(), takes.end(), [](const core::LotTake& t) { return t.lotId == 0; });
        if (unlotted)
            shortages << QStringLiteral("%1: %2 sold beyond stock")
                             .arg(l.sku, QString::fromStdString(core::formatQuantity(takes.back().qty)));
        db::SaleLineRow& lr = lineRows.emplace_back();
        lr.lineNo = static_cast<int>(i + 1);
        lr.productId = l.productId;
        lr.sku = l.sku;
        lr.name = l.name;
        lr.unit = l.unit;
        lr.category = l.category;
        lr.soldBy = l.soldBy;
        lr.qty = l.qty;
        lr.unitPrice = l.unitPrice;
        lr.gross = pl.gross;
        lr.lineDiscount = pl.lineDiscount;
        lr.discount = l.discount;
        lr.saleDiscount = pl.saleDiscount;
        lr.net = pl.net;
        lr.vatRate = l.vat;
        lr.vat = pl.vat;
        lr.ownerId = l.ownerId;
        lr.supply = l.supply;
        lr.commissionPct = l.commission;
        lr.commission = pl.commission;
        lr.payout = pl.payout;
        lr.unlotted = unlotted;
        auto owner = std::find_if(ownerDays.begin(), ownerDays.end(), [&](const auto& o) { return o.first == lr.ownerId; });
        lr.ownerFirst = owner == ownerDays.end();
        if (lr.ownerFirst)
            owner = ownerDays.insert(ownerDays.end(), {lr.ownerId, db::OwnerDaySums{0, 1, {}, {}, {}, {}, {}}});
        db::OwnerDaySums& sums = owner->second;
        ++sums.lines;
        sums.gross += lr.gross;
        sums.net += lr.net;
        sums.vat += lr.vat;
        sums.commission += lr.commission;
        sums.payout += lr.payout;
    }
    const std::vector<qint64> lineIds = sales.insertLines(saleId, row.saleDate, lineRows);
    std::vector<db::LotAllocationRow> allocations;
    for (std::size_t i = 0; i < lineRows.size(); ++i) {
        const auto& takes = cartTakes[i];
        std::vector<Quantity> qtys;
        for (const auto& t : takes)
            qtys.push_back(t.qty);
        const auto amounts = core::splitOverQuantities(p.priced.lines[i].net, qtys);
        SaleLineResult& out = result.lines.emplace_back(lineResult(lineRows[i], p.products[i], lineIds[i]));
        for (std::size_t k = 0; k < takes.size(); ++k) {
            const auto& t = takes[k];
            allocations.push_back({lineIds[i], static_cast<int>(k + 1), t.lotId ? std::optional<qint64>(t.lotId) : std::nullopt,
                                   t.producerId, t.qty, amounts[k]});
            SaleLotResult lot;
            if (t.lotId)
                lot.lotId = t.lotId;
            lot.producerCode = QString::number(t.producerId);  // named below, with the lot codes
            lot.qty = t.qty;
            lot.amount = amounts[k];
            out.lots.push_back(lot);
        }
    }
    sales.insertAllocations(allocations);
    sales.addOwnerDays(row.saleDate, ownerDays);
    if (manager && !shortages.isEmpty() && !row.overrideBy) {
        row.overrideBy = manager->userId;
        sales.setOverrideBy(saleId, manager->userId);
    }

    int seq = 0;
    for (const auto& pay : request.payments) {
        db::PaymentRow pr;
        pr.seq = ++seq;
        pr.method = pay.method;
        pr.amount = pay.amount;
        pr.reference = pay.reference;
        if (pay.method == core::PaymentMethod::BankQr) {
            const QString bin = settings.get(QStringLiteral("bank_bin"));
            const QString account = settings.get(QStringLiteral("bank_account"));
            if (bin.isEmpty() || account.isEmpty())
                throw Conflict("bank transfer needs the store's bank account: set bank_bin and bank_account");
            pr.vietqr = QString::fromStdString(core::buildVietQr(
                {bin.toStdString(), account.toStdString(), pay.amount, row.receiptNo.toStdString(), "QRIBFTTA"}));
        }
        sales.insertPayment(saleId, pr);
        result.payments.push_back(PaymentResult{pr.method, pr.amount, pr.reference, pr.vietqr});
    }

    if (row.overrideBy)
        audit(m_ctx, &*manager, QStringLiteral("override"),
              QStringLiteral("sale %1 for %2: %3")
                  .arg(row.receiptNo, cashier.username,
                       (QStringList(p.priced.overrideReasons.begin(), p.priced.overrideReasons.end()) + shortages)
                           .join(QStringLiteral("; "))));

    // The result (and the journal's canonical content) from what was just written,
    // not read back: SaleReader::byId would give the same (IntegrityService checks
    // exactly that) at four more statements and a decode of every column.
    const QString prevHash = completeResult(result, row, saleId, shift.id, cashier, manager);
    // The e-invoice in the same transaction: its number and XML hash join the
    // sale's journal entry.
    result.einvoice = EInvoiceService(m_ctx).issueForSale(result, request.buyer);
    result.journalHash = Journal(m_ctx).append(QStringLiteral("sale"), saleId, canonicalSale(result), prevHash);
    tx->commit();
    core::logger("sale")->info("sale {} committed: {} lines, total {}", result.receiptNo.toStdString(),
                               result.lines.size(), result.total.dong());
    return result;
}

SaleResult SaleService::voidSale(const Session& manager, const QString& receiptNo)
{
    requireRole(manager, core::Role::Manager, "voiding a sale");
    db::TransactionGuard tx(m_ctx.db);
    SaleReader reader(m_ctx);
    SaleResult sale = reader.byReceipt(receiptNo);
    if (sale.status != QLatin1String("completed"))
        throw Conflict("sale " + receiptNo.toStdString() + " is already voided");
    const auto shift = ShiftService(m_ctx).currentIfOpen();
    if (!shift || shift->id != sale.shiftId)
        throw Conflict("sale " + receiptNo.toStdString() + " is not of the open shift: use a return instead");
    db::SaleRepository sales(m_ctx.db);
    if (sales.returnCount(sale.saleId) > 0)
        throw Conflict("sale " + receiptNo.toStdString() + " has returns and cannot be voided");

    const QString nowIso = core::Clock::isoString(m_ctx.clock.now());
    StockLedger ledger(m_ctx);
    for (const auto& line : sale.lines) {
        std::vector<core::LotTake> takes;
        for (const auto& lot : line.lots)
            takes.push_back(core::LotTake{lot.lotId.value_or(0), 0, lot.qty});
        ledger.putBack(manager, line.productId, takes, core::MovementKind::Void, db::StockRef{QStringLiteral("void"), sale.saleId},
                       QStringLiteral("void of %1").arg(receiptNo));
    }
    sales.markVoided(sale.saleId, nowIso, manager.userId);
    const auto cancel = EInvoiceService(m_ctx).issueCancel(sale);
    Journal(m_ctx).append(QStringLiteral("void"), sale.saleId,
                          canonicalVoid(receiptNo, nowIso, manager.username, cancel ? &*cancel : nullptr));
    audit(m_ctx, &manager, QStringLiteral("void"),
          QStringLiteral("%1 (%2)").arg(receiptNo, QString::fromStdString(core::formatVnd(sale.total))));
    tx.commit();
    return *reader.byId(sale.saleId);
}

qint64 SaleService::park(const Session& cashier, const SaleRequest& request, const QString& label)
{
    requireRole(cashier, core::Role::Cashier, "parking a sale");
    if (request.lines.empty())
        throw ValidationError("lines", "an empty cart is not parked");
    db::TransactionGuard tx(m_ctx.db);
    const qint64 id = db::SaleRepository(m_ctx.db).insertParked(
        SettingsService(m_ctx).till(), cashier.userId, core::Clock::isoString(m_ctx.clock.now()), label,
        QString::fromUtf8(QJsonDocument(saleRequestToJson(request)).toJson(QJsonDocument::Compact)));
    tx.commit();
    return id;
}

std::vector<ParkedCart> SaleService::parked()
{
    std::vector<ParkedCart> out;
    for (const db::ParkedCartRow& row : db::SaleRepository(m_ctx.db).parkedOnTill(SettingsService(m_ctx).till())) {
        ParkedCart c;
        c.id = row.id;
        c.till = row.till;
        c.username = row.username;
        c.parkedAt = QDateTime::fromString(row.parkedAt, Qt::ISODate);
        c.label = row.label;
        c.request = saleRequestFromJson(QJsonDocument::fromJson(row.content.toUtf8()).object());
        out.push_back(c);
    }
    return out;
}

SaleRequest SaleService::resume(const Session& cashier, qint64 parkedId)
{
    requireRole(cashier, core::Role::Cashier, "resuming a sale");
    db::TransactionGuard tx(m_ctx.db);
    const auto content = db::SaleRepository(m_ctx.db).takeParked(parkedId, SettingsService(m_ctx).till());
    if (!content)
        throw NotFound("no parked sale " + std::to_string(parkedId));
    tx.commit();
    return saleRequestFromJson(QJsonDocument::fromJson(content->toUtf8()).object());
}

} // namespace ocopos::services

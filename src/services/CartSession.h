#pragma once

#include "CatalogLookup.h"
#include "SaleService.h"

#include <map>
#include <optional>
#include <vector>

namespace ocopos::services {

/// One line of the cart on screen: what the cashier rang up, the product it
/// resolved to, and its priced figures as SaleService::preview() computed them.
struct CartLineView {
    QString code;        ///< as scanned or typed (what the sale request holds)
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    QString ownerCode;
    QString ownerName;
    core::SoldBy soldBy = core::SoldBy::Unit;
    core::Quantity qty;  ///< what will be sold (a scale label's weight included)
    core::Money unitPrice;
    /// The quantity comes from a scale label and cannot be changed on the line.
    bool fixedByLabel = false;
    core::Discount discount;
    core::PricedLine priced;
};

/// A line (0 = the sale discount) whose discount is over the store's threshold.
struct OverrideItem {
    int line = 0;  ///< 1-based cart line, or 0 for the sale discount
    core::Money discount;
    core::Money base;  ///< what the discount is judged against
};

/// A product of the cart that the shelf can't cover (FEFO, expired lots excluded).
struct StockShortage {
    QString sku;
    QString name;
    core::Quantity wanted;
    core::Quantity sellable;
    core::Quantity expired;  ///< on hand but past its expiry date: never sold
};

/// Where a list of payments stands against the amount due.
struct PaymentTally {
    core::Money due;
    core::Money paid;
    core::Money remaining;  ///< still to pay (zero once paid in full)
    core::Money change;     ///< cash to hand back (core::settlePayments)
    bool complete = false;  ///< settlePayments accepts the payments
    QString problem;        ///< why not, when the payments are wrong rather than short
};

/// The sale in progress at a till: the request the cashier builds line by line
/// and its preview. Every change is priced by SaleService::preview() before it
/// is kept, so a code that can't be sold never enters the cart and the cart on
/// screen always matches what commit() will write. Holds no Qt widgets: the
/// cashier screen is a view of it.
class CartSession {
public:
    explicit CartSession(Context ctx) : m_ctx(ctx) {}

    /// Resolves a code without changing the cart. Throws ValidationError
    /// (malformed code, bad check digit) or NotFound (unknown code).
    ScanResult resolve(const QString& code);

    /// Adds a code with an optional quantity (default 1, or a scale label's
    /// weight). Scanning again a product sold by unit adds to its line. Returns
    /// the 0-based row added or changed. Throws what resolve() and preview() throw;
    /// the cart is unchanged then.
    int add(const QString& code, std::optional<core::Quantity> qty = std::nullopt);
    /// Throws ValidationError (e.g. a fractional quantity of a unit product, or a
    /// line whose weight comes from its scale label); the cart is unchanged then.
    void setQuantity(int row, core::Quantity qty);
    void setLineDiscount(int row, core::Discount discount);
    void setSaleDiscount(core::Discount discount);
    void removeLine(int row);
    void clear();
    /// Replaces the cart (a resumed sale). Throws as add() does.
    void load(const SaleRequest& request);

    bool isEmpty() const { return m_lines.empty(); }
    int size() const { return static_cast<int>(m_lines.size()); }
    const std::vector<CartLineView>& lines() const { return m_lines; }
    const core::PricedCart& priced() const { return m_priced; }
    core::Money total() const { return m_priced.total; }
    const SaleRequest& request() const { return m_request; }

    /// Discounts over the threshold, from the preview's override reasons.
    std::vector<OverrideItem> overrideItems() const;
    /// Products whose sellable stock is less than the cart asks for (read-only check).
    std::vector<StockShortage> shortages();

    /// True when the cart has discounts over the threshold or short stock that no
    /// manager has approved yet for this cart as it stands.
    bool approvalNeeded();
    /// A manager's credentials (checked by the caller with AuthService::authorizeOverride)
    /// approving what approvalNeeded() found. The approval covers exactly those
    /// discounts and shortages: a later, larger discount or shortage needs another.
    void approve(const OverrideRequest& manager);
    bool hasApproval() const { return m_request.override.has_value(); }

    /// The receipt number the next sale of this till will get (gapless, so the
    /// VietQR shown before commit carries the same number as the receipt).
    QString nextReceiptNo();
    /// The VietQR payload for a bank transfer of `amount` for this sale: the
    /// store's account, the amount and the next receipt number, exactly as commit()
    /// stores it. Throws Conflict when the store has no bank account.
    QString bankQrPayload(core::Money amount);

    /// The buyer's details for a company invoice (all empty: none). Checked
    /// here, before the sale: throws ValidationError naming the field
    /// (`buyer.tax_code`, ...); the cart keeps its previous buyer then.
    void setBuyer(const core::einvoice::Buyer& buyer);
    const core::einvoice::Buyer& buyer() const { return m_request.buyer; }

    /// Where `payments` stand against the total. Never throws.
    PaymentTally tally(const std::vector<core::Payment>& payments) const;

    /// Commits the sale with `payments`; on success the cart is emptied. Throws
    /// what SaleService::commit throws; the cart is kept then.
    SaleResult commit(const Session& cashier, const std::vector<core::Payment>& payments);
    /// Parks the cart and empties it.
    qint64 park(const Session& cashier, const QString& label = QString());
    /// Takes a parked cart back; the current cart must be empty (Conflict otherwise).
    void resume(const Session& cashier, qint64 parkedId);

private:
    /// Prices `request` and, when that works, makes it the cart.
    void apply(SaleRequest request);
    void checkRow(int row) const;

    Context m_ctx;
    SaleRequest m_request;
    std::vector<QString> m_approvedReasons;
    std::map<QString, core::Quantity> m_approvedShort;  ///< sku → quantity wanted when approved
    std::vector<CartLineView> m_lines;
    core::PricedCart m_priced;
};

/// The notes and coins a till counts, largest first (500.000 ₫ … 1.000 ₫).
const std::vector<core::Money>& cashDenominations();

/// A count of cash by denomination (shift open and close).
class CashCount {
public:
    /// Sets how many of a denomination were counted. Throws ValidationError for a
    /// negative count or a value that is not one of cashDenominations().
    void set(core::Money denomination, std::int64_t count);
    std::int64_t count(core::Money denomination) const;
    /// denomination × count.
    core::Money amount(core::Money denomination) const;
    /// Σ amounts (checked arithmetic).
    core::Money total() const;
    void clear() { m_counts.clear(); }

private:
    std::map<std::int64_t, std::int64_t> m_counts;
};

} // namespace ocopos::services

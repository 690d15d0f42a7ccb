#include "CashierScreen.h"

#include "CartModel.h"
#include "CustomerDisplay.h"
#include "Format.h"
#include "ManagerOverrideDialog.h"
#include "ParkedSalesDialog.h"
#include "PaymentDialog.h"
#include "ReceiptPrinter.h"
#include "ScanBox.h"
#include "Theme.h"
#include "ValueDialog.h"
#include "core/Barcode.h"
#include "core/Errors.h"
#include "services/CatalogLookup.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ocopos::ui {

CashierScreen::CashierScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_cart(env.ctx), m_model(new CartModel(m_cart, this)), m_scan(new ScanBox(this, this)),
      m_message(new QLabel(this)), m_table(new QTableView(this)), m_lineCount(new QLabel(this)), m_gross(new QLabel(this)),
      m_lineDiscounts(new QLabel(this)), m_saleDiscount(new QLabel(this)), m_vat(new QLabel(this)), m_total(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("cashierScreen"));
    auto* layout = new QVBoxLayout(this);
    m_scan->setPlaceholderText(tr("Scan a barcode, or type a name or code (accents optional), then Enter"));
    setLook(m_scan, Look::CashierScanBox);
    m_scan->setSearch([this](const QString& text) {
        return services::CatalogLookup(m_env.ctx).listProducts(m_env.session, text, QString(), ScanBox::kMaxSuggestions);
    });
    layout->addWidget(m_scan);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(40);
    layout->addWidget(m_message);

    auto* body = new QHBoxLayout;
    m_table->setModel(m_model);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);  // long OCOP names wrap onto a second line rather than lose their end
    setLook(m_table, Look::CartTable);
    m_table->verticalHeader()->setDefaultSectionSize(52);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(CartModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(CartModel::Producer, QHeaderView::Interactive);
    header->resizeSection(CartModel::Producer, 160);
    for (int c : {CartModel::Qty, CartModel::Price, CartModel::Discount, CartModel::Amount})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    body->addWidget(m_table, 1);

    auto* side = new QVBoxLayout;
    auto* figures = new QGridLayout;
    const auto row = [&](int r, const QString& caption, QLabel* value) {
        auto* c = new QLabel(caption, this);
        setLook(c, Look::MutedCaption);
        setLook(value, Look::Text12);
        figures->addWidget(c, r, 0);
        figures->addWidget(value, r, 1, Qt::AlignRight);
    };
    row(0, tr("Lines"), m_lineCount);
    row(1, tr("Before discounts"), m_gross);
    row(2, tr("Line discounts"), m_lineDiscounts);
    row(3, tr("Sale discount"), m_saleDiscount);
    row(4, tr("VAT included"), m_vat);
    side->addLayout(figures);
    auto* totalCaption = new QLabel(tr("TOTAL"), this);
    setLook(totalCaption, Look::Title);
    side->addWidget(totalCaption);
    m_total->setObjectName(QStringLiteral("bigTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    side->addWidget(m_total);
    auto* keys = new QGridLayout;
    keys->addWidget(keyButton(tr("F2 Quantity"), QStringLiteral("keyQty"), &CashierScreen::editQuantity), 0, 0);
    keys->addWidget(keyButton(tr("F3 Line discount"), QStringLiteral("keyLineDiscount"), &CashierScreen::editLineDiscount), 0, 1);
    keys->addWidget(keyButton(tr("F4 Sale discount"), QStringLiteral("keySaleDiscount"), &CashierScreen::editSaleDiscount), 1, 0);
    keys->addWidget(keyButton(tr("Del Remove line"), QStringLiteral("keyRemove"), &CashierScreen::removeLine), 1, 1);
    keys->addWidget(keyButton(tr("F6 Park"), QStringLiteral("keyPark"), &CashierScreen::park), 2, 0);
    keys->addWidget(keyButton(tr("F7 Resume"), QStringLiteral("keyResume"), &CashierScreen::resumeParked), 2, 1);
    auto* cancel = keyButton(tr("F8 Cancel sale"), QStringLiteral("keyCancel"), &CashierScreen::cancelSale);
    keys->addWidget(cancel, 3, 0, 1, 2);
    side->addLayout(keys);
    side->addStretch();
    auto* payButton = keyButton(tr("F12 Pay"), QStringLiteral("keyPay"), &CashierScreen::pay);
    payButton->setProperty("role", QStringLiteral("primary"));
    payButton->setMinimumHeight(72);
    setLook(payButton, Look::PayButton);
    side->addWidget(payButton);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(340);
    body->addWidget(sideWidget);
    layout->addLayout(body, 1);
    setLook(m_status, Look::Hint);
    layout->addWidget(m_status);

    connect(m_scan, &ScanBox::codeEntered, this, &CashierScreen::enterCode);
    connect(m_scan, &ScanBox::productPicked, this, &CashierScreen::pickProduct);
    connect(m_scan, &ScanBox::emptyEnter, this, &CashierScreen::pay);
    connect(m_scan, &ScanBox::deleteOnEmpty, this, &CashierScreen::removeLine);
    connect(m_scan, &ScanBox::functionKey, this, &CashierScreen::functionKey);
    connect(m_scan, &ScanBox::moveSelection, this, [this](int d) { selectRow(std::clamp(currentRow() + d, 0, m_cart.size() - 1)); });
    connect(m_table, &QTableView::clicked, this, [this] { refocus(); });
    if (m_env.customerDisplay)
        m_env.customerDisplay->attach(m_model, &m_cart);
    refresh();
    say(Tone::Info, tr("Ready: scan the first item."));
}

CashierScreen::~CashierScreen()
{
    if (m_env.customerDisplay)
        m_env.customerDisplay->detach(&m_cart);
}

QPushButton* CashierScreen::keyButton(const QString& text, const QString& name, void (CashierScreen::*slot)())
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumHeight(52);
    connect(b, &QPushButton::clicked, this, slot);
    return b;
}

void CashierScreen::functionKey(int key)
{
    switch (key) {
    case Qt::Key_F2: editQuantity(); break;
    case Qt::Key_F3: editLineDiscount(); break;
    case Qt::Key_F4: editSaleDiscount(); break;
    case Qt::Key_F6: park(); break;
    case Qt::Key_F7: resumeParked(); break;
    case Qt::Key_F8: cancelSale(); break;
    case Qt::Key_F12: pay(); break;
    default: break;
    }
}

void CashierScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateStatus();
    refocus();
}

void CashierScreen::refocus()
{
    m_scan->setFocus(Qt::OtherFocusReason);
}

void CashierScreen::say(Tone tone, const QString& text)
{
    static const char* tones[] = {"info", "ok", "warning", "error"};
    m_message->setProperty("tone", QString::fromLatin1(tones[static_cast<int>(tone)]));
    m_message->setText(text);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

int CashierScreen::currentRow() const
{
    if (m_cart.isEmpty())
        return -1;
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.row() : m_cart.size() - 1;
}

void CashierScreen::selectRow(int row)
{
    if (row < 0 || row >= m_cart.size())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void CashierScreen::refresh(int row)
{
    m_model->refresh();
    const auto& p = m_cart.priced();
    m_lineCount->setText(QString::number(m_cart.size()));
    m_gross->setText(money(p.gross));
    m_lineDiscounts->setText(p.lineDiscounts.isZero() ? money(p.lineDiscounts) : QStringLiteral("−") + money(p.lineDiscounts));
    m_saleDiscount->setText(p.saleDiscount.isZero() ? money(p.saleDiscount) : QStringLiteral("−") + money(p.saleDiscount));
    m_vat->setText(money(p.vat));
    m_total->setText(money(m_cart.total()));
    if (!m_cart.isEmpty())
        selectRow(row >= 0 ? std::min(row, m_cart.size() - 1) : m_cart.size() - 1);
    if (m_env.customerDisplay)
        m_env.customerDisplay->cartChanged();
}

void CashierScreen::updateStatus()
{
    QString shift;
    try {
        const auto s = services::ShiftService(m_env.ctx).currentIfOpen();
        shift = s ? tr("shift opened %1 by %2").arg(s->openedAt.toTimeZone(core::Clock::storeZone()).toString(QStringLiteral("dd/MM HH:mm")), s->openedBy)
                  : tr("no shift open");
        if (!s && m_cart.isEmpty())
            say(Tone::Warning, tr("No shift is open at this till: open one on the Shift screen before selling."));
    } catch (const std::exception& e) {
        shift = errorText(e);
    }
    m_status->setText(tr("Cashier: %1 · Till %2 · %3 · next receipt %4")
                          .arg(m_env.session.displayName, services::SettingsService(m_env.ctx).till(), shift, m_cart.nextReceiptNo()));
}

void CashierScreen::afterChange(int row, const QString& okText)
{
    refresh(row);
    QStringList warnings;
    for (const auto& s : m_cart.shortages())
        warnings << tr("%1: %2 in the cart, %3 sellable on the shelf").arg(s.name, quantity(s.wanted), quantity(s.sellable));
    if (!warnings.isEmpty())
        say(Tone::Warning, okText + QLatin1Char('\n') + tr("Not enough stock — a manager must approve at payment: %1").arg(warnings.join(QStringLiteral("; "))));
    else
        say(Tone::Ok, okText);
}

void CashierScreen::enterCode(const QString& text)
{
    // "3*8938505974194" rings up three at once.
    static const QRegularExpression times(QStringLiteral("^\\s*(\\d+(?:[.,]\\d{1,3})?)\\s*\\*\\s*(\\S+)\\s*$"));
    QString code = text.trimmed();
    std::optional<core::Quantity> qty;
    try {
        const auto m = times.match(code);
        if (m.hasMatch()) {
            qty = parseQty(m.captured(1));
            code = m.captured(2);
        }
        const services::ScanResult scan = m_cart.resolve(code);
        const bool weighed = scan.weight || scan.price;
        if (scan.product.soldBy == core::SoldBy::Weight && !weighed && !qty) {
            askWeight(code, scan.product.name);
            return;
        }
        const int row = m_cart.add(code, qty);
        afterChange(row, tr("Added: %1").arg(scan.product.name));
    } catch (const ValidationError& e) {
        if (core::classifyCode(code.toStdString()) == core::CodeKind::BadCheck)
            say(Tone::Error, tr("The code %1 did not read correctly (wrong check digit): scan it again.").arg(code));
        else
            say(Tone::Error, tr("Code %1: %2").arg(code, errorText(e)));
    } catch (const NotFound&) {
        say(Tone::Error, tr("No product has the code %1. Search by name instead, or set the product aside for the manager.").arg(code));
    } catch (const std::exception& e) {
        say(Tone::Error, errorText(e));
    }
}

void CashierScreen::pickProduct(const core::Product& product)
{
    if (product.soldBy == core::SoldBy::Weight) {
        askWeight(product.sku, product.name);
        return;
    }
    try {
        const int row = m_cart.add(product.sku);
        afterChange(row, tr("Added: %1").arg(product.name));
    } catch (const std::exception& e) {
        say(Tone::Error, errorText(e));
    }
}

void CashierScreen::askWeight(const QString& code, const QString& name)
{
    auto* d = new ValueDialog(tr("Weight"), tr("Weight of %1 in kg").arg(name), tr("For example 0,35 for 350 g."), QString(),
                              [this, code, name](const QString& text) {
                                  const int row = m_cart.add(code, parseQty(text));
                                  afterChange(row, tr("Added: %1").arg(name));
                              },
                              this);
    d->setObjectName(QStringLiteral("weightDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::finished, this, &CashierScreen::refocus);
    d->open();
}

void CashierScreen::editQuantity()
{
    const int row = currentRow();
    if (row < 0) {
        say(Tone::Warning, tr("The cart is empty."));
        return;
    }
    const auto& line = m_cart.lines()[static_cast<std::size_t>(row)];
    if (line.fixedByLabel) {
        say(Tone::Error, tr("%1 was weighed: its label fixes the quantity. Remove the line and weigh again.").arg(line.name));
        return;
    }
    const bool weight = line.soldBy == core::SoldBy::Weight;
    auto* d = new ValueDialog(weight ? tr("Weight") : tr("Quantity"),
                              weight ? tr("Weight of %1 in kg").arg(line.name) : tr("Quantity of %1").arg(line.name),
                              weight ? tr("For example 0,35 for 350 g.") : QString(), quantity(line.qty),
                              [this, row](const QString& text) {
                                  m_cart.setQuantity(row, parseQty(text));
                                  afterChange(row, tr("Quantity changed."));
                              },
                              this);
    d->setObjectName(QStringLiteral("quantityDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::finished, this, &CashierScreen::refocus);
    d->open();
}

void CashierScreen::editLineDiscount()
{
    const int row = currentRow();
    if (row < 0) {
        say(Tone::Warning, tr("The cart is empty."));
        return;
    }
    const auto& line = m_cart.lines()[static_cast<std::size_t>(row)];
    const core::Discount before = line.discount;
    auto* d = new ValueDialog(tr("Line discount"), tr("Discount on %1").arg(line.name),
                              tr("A percent (10%) or an amount (5000 or 5k). Empty or 0 removes it. Over %1 % needs a manager.")
                                  .arg(percentNumber(services::SettingsService(m_env.ctx).discountOverrideThreshold())),
                              QString(), [this, row](const QString& text) { m_cart.setLineDiscount(row, parseDiscount(text)); }, this);
    d->setObjectName(QStringLiteral("lineDiscountDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::rejected, this, &CashierScreen::refocus);
    connect(d, &QDialog::accepted, this, [this, row, before] {
        refresh(row);
        withApproval([this, row] { afterChange(row, tr("Discount applied.")); },
                     [this, row, before] {
                         m_cart.setLineDiscount(row, before);
                         refresh(row);
                         say(Tone::Warning, tr("Discount not approved: it was taken back."));
                     });
    });
    d->open();
}

void CashierScreen::editSaleDiscount()
{
    if (m_cart.isEmpty()) {
        say(Tone::Warning, tr("The cart is empty."));
        return;
    }
    const core::Discount before = m_cart.request().discount;
    auto* d = new ValueDialog(tr("Sale discount"), tr("Discount on the whole sale"),
                              tr("A percent (10%) or an amount (5000 or 5k), shared over the lines. Empty or 0 removes it."),
                              QString(), [this](const QString& text) { m_cart.setSaleDiscount(parseDiscount(text)); }, this);
    d->setObjectName(QStringLiteral("saleDiscountDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::rejected, this, &CashierScreen::refocus);
    connect(d, &QDialog::accepted, this, [this, before] {
        refresh(currentRow());
        withApproval([this] { afterChange(currentRow(), tr("Discount applied.")); },
                     [this, before] {
                         m_cart.setSaleDiscount(before);
                         refresh(currentRow());
                         say(Tone::Warning, tr("Discount not approved: it was taken back."));
                     });
    });
    d->open();
}

void CashierScreen::removeLine()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_cart.lines()[static_cast<std::size_t>(row)].name;
    try {
        m_cart.removeLine(row);
        refresh(row);
        say(Tone::Info, tr("Removed: %1").arg(name));
    } catch (const std::exception& e) {
        say(Tone::Error, errorText(e));
    }
}

void CashierScreen::park()
{
    if (m_cart.isEmpty()) {
        say(Tone::Warning, tr("The cart is empty: nothing to park."));
        return;
    }
    auto* d = new ValueDialog(tr("Park the sale"), tr("A note to find this sale again (optional)"),
                              tr("For example: customer in the blue shirt."), QString(),
                              [this](const QString& text) { m_cart.park(m_env.session, text.trimmed()); }, this);
    d->setObjectName(QStringLiteral("parkDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this] {
        refresh();
        say(Tone::Ok, tr("Sale parked: F7 resumes it."));
    });
    connect(d, &QDialog::finished, this, &CashierScreen::refocus);
    d->open();
}

void CashierScreen::resumeParked()
{
    if (!m_cart.isEmpty()) {
        say(Tone::Warning, tr("Finish or park the sale in progress first."));
        return;
    }
    auto* d = new ParkedSalesDialog(m_env.ctx, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        try {
            m_cart.resume(m_env.session, *d->chosen());
            afterChange(-1, tr("Parked sale resumed."));
        } catch (const std::exception& e) {
            say(Tone::Error, errorText(e));
        }
    });
    connect(d, &QDialog::finished, this, &CashierScreen::refocus);
    d->open();
}

void CashierScreen::cancelSale()
{
    if (m_cart.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel the sale"), tr("Remove every line of this sale?"),
                                QMessageBox::NoButton, this);
    auto* yes = box->addButton(tr("Remove all"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep the sale"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes) {
            m_cart.clear();
            refresh();
            say(Tone::Info, tr("Sale cancelled."));
        }
        refocus();
    });
    box->open();
}

QStringList CashierScreen::approvalReasons()
{
    QStringList out;
    const QString limit = percentNumber(services::SettingsService(m_env.ctx).discountOverrideThreshold());
    for (const auto& o : m_cart.overrideItems()) {
        if (o.line > 0)
            out << tr("Line %1, %2: discount %3 of %4 (over %5 %)")
                       .arg(o.line)
                       .arg(m_cart.lines()[static_cast<std::size_t>(o.line - 1)].name, money(o.discount), money(o.base), limit);
        else
            out << tr("Sale discount %1 of %2 (over %3 %)").arg(money(o.discount), money(o.base), limit);
    }
    for (const auto& s : m_cart.shortages()) {
        QString line = tr("%1: %2 sold, only %3 sellable on the shelf").arg(s.name, quantity(s.wanted), quantity(s.sellable));
        if (s.expired.isPositive())
            line += QLatin1Char(' ') + tr("(%1 more expired: never sold)").arg(quantity(s.expired));
        out << line;
    }
    return out;
}

void CashierScreen::withApproval(std::function<void()> then, std::function<void()> cancelled)
{
    try {
        if (!m_cart.approvalNeeded()) {
            then();
            return;
        }
    } catch (const std::exception& e) {
        say(Tone::Error, errorText(e));
        return;
    }
    const QStringList reasons = approvalReasons();
    auto* d = new ManagerOverrideDialog(m_env.ctx, reasons,
                                        QStringLiteral("till sale by %1: %2").arg(m_env.session.username, reasons.join(QStringLiteral("; "))),
                                        this);
    d->setObjectName(QStringLiteral("overrideDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d, then] {
        m_cart.approve(*d->credentials());
        then();
    });
    connect(d, &QDialog::rejected, this, [this, cancelled] {
        if (cancelled)
            cancelled();
        refocus();
    });
    d->open();
}

void CashierScreen::pay()
{
    if (m_cart.isEmpty()) {
        say(Tone::Warning, tr("The cart is empty: scan an item first."));
        return;
    }
    try {
        if (!services::ShiftService(m_env.ctx).currentIfOpen()) {
            say(Tone::Error, tr("No shift is open at this till: open one (Shift screen) before taking payment."));
            Q_EMIT shiftRequested();
            return;
        }
    } catch (const std::exception& e) {
        say(Tone::Error, errorText(e));
        return;
    }
    withApproval([this] { openPayment(); }, [this] { say(Tone::Warning, tr("Not approved: change the cart, or ask a manager.")); });
}

void CashierScreen::openPayment()
{
    auto* d = new PaymentDialog(
        m_cart, [this](const std::vector<core::Payment>& payments) { return m_cart.commit(m_env.session, payments); },
        *m_env.printer, m_env.customerDisplay, this);
    d->setObjectName(QStringLiteral("paymentDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &PaymentDialog::saleCompleted, this, [this](const services::SaleResult& sale) {
        m_lastSale = sale;
        refresh();
        if (m_env.customerDisplay)
            m_env.customerDisplay->showThanks(sale);
        say(Tone::Ok, sale.change.isZero()
                          ? tr("Receipt %1 paid: %2.").arg(sale.receiptNo, money(sale.total))
                          : tr("Receipt %1 paid: %2. Change %3.").arg(sale.receiptNo, money(sale.total), money(sale.change)));
        updateStatus();
        Q_EMIT saleCompleted(sale);
    });
    connect(d, &QDialog::finished, this, &CashierScreen::refocus);
    d->open();
}

} // namespace ocopos::ui

#include "PaymentDialog.h"

#include "CustomerDisplay.h"
#include "Format.h"
#include "PaymentListModel.h"
#include "QrImage.h"
#include "ReceiptPrinter.h"
#include "Theme.h"
#include "core/Errors.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

namespace {
const core::Money kQuickCash[] = {core::Money(50000), core::Money(100000), core::Money(200000), core::Money(500000)};

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    setLook(l, Look::MutedCaptionLarge);
    return l;
}

QLineEdit* amountEdit(QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    setLook(e, Look::AmountField);
    e->setAlignment(Qt::AlignRight);
    return e;
}
} // namespace

PaymentDialog::PaymentDialog(services::CartSession& cart, Commit commit, ReceiptPrinter& printer, CustomerDisplay* display,
                             QWidget* parent)
    : QDialog(parent), m_cart(cart), m_commit(std::move(commit)), m_printer(printer), m_display(display),
      m_payments(new PaymentListModel(this)), m_pages(new QStackedWidget(this)), m_methods(new QStackedWidget(this))
{
    setWindowTitle(tr("Payment"));
    setMinimumSize(1060, 640);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);

    auto* entry = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(entry);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(caption(tr("Amount due"), entry));
    dueRow->addStretch();
    auto* due = new QLabel(money(m_cart.total()), entry);
    due->setObjectName(QStringLiteral("bigTotal"));
    dueRow->addWidget(due);
    layout->addLayout(dueRow);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* methodRow = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    const QString names[] = {tr("Cash"), tr("Card"), tr("Bank transfer")};
    for (int i = 0; i < 3; ++i) {
        m_methodButtons[i] = new QPushButton(names[i], entry);
        m_methodButtons[i]->setCheckable(true);
        m_methodButtons[i]->setFocusPolicy(Qt::NoFocus);
        m_methodButtons[i]->setMinimumHeight(52);
        setLook(m_methodButtons[i], Look::MethodButton);
        group->addButton(m_methodButtons[i], i);
        methodRow->addWidget(m_methodButtons[i]);
    }
    connect(group, &QButtonGroup::idClicked, this, [this](int id) { showPage(static_cast<Page>(id)); });
    left->addLayout(methodRow);
    m_methods->addWidget(buildCashPage());
    m_methods->addWidget(buildCardPage());
    m_methods->addWidget(buildBankPage());
    left->addWidget(m_methods, 1);
    columns->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    right->addWidget(caption(tr("Payments"), entry));
    m_paymentView = new QTableView(entry);
    m_paymentView->setModel(m_payments);
    m_paymentView->setFocusPolicy(Qt::NoFocus);
    m_paymentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paymentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paymentView->verticalHeader()->hide();
    m_paymentView->horizontalHeader()->setSectionResizeMode(PaymentListModel::Method, QHeaderView::ResizeToContents);
    m_paymentView->horizontalHeader()->setSectionResizeMode(PaymentListModel::Amount, QHeaderView::ResizeToContents);
    m_paymentView->horizontalHeader()->setSectionResizeMode(PaymentListModel::Reference, QHeaderView::Stretch);
    right->addWidget(m_paymentView, 1);
    auto* figures = new QGridLayout;
    m_paid = new QLabel(entry);
    m_remaining = new QLabel(entry);
    m_change = new QLabel(entry);
    m_change->setObjectName(QStringLiteral("bigChange"));
    setLook(m_paid, Look::Text16);
    figures->addWidget(caption(tr("Paid"), entry), 0, 0);
    figures->addWidget(m_paid, 0, 1, Qt::AlignRight);
    figures->addWidget(caption(tr("Still to pay"), entry), 1, 0);
    figures->addWidget(m_remaining, 1, 1, Qt::AlignRight);
    figures->addWidget(caption(tr("Change"), entry), 2, 0);
    figures->addWidget(m_change, 2, 1, Qt::AlignRight);
    right->addLayout(figures);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    m_companyInvoice = new QPushButton(tr("Company invoice (buyer details)"), entry);
    m_companyInvoice->setCheckable(true);
    m_companyInvoice->setAutoDefault(false);
    m_companyInvoice->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_companyInvoice, 0, Qt::AlignLeft);
    m_buyerBox = buildBuyerBox(entry);
    m_buyerBox->hide();
    layout->addWidget(m_buyerBox);
    connect(m_companyInvoice, &QPushButton::toggled, this, [this](bool on) {
        m_buyerBox->setVisible(on);
        if (on)
            m_buyerFields.front().second->setFocus();
    });

    m_message = new QLabel(entry);
    m_message->setWordWrap(true);
    m_message->setProperty("tone", QStringLiteral("error"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Back to the cart (Esc)"), entry);
    m_remove = new QPushButton(tr("Remove payment"), entry);
    m_complete = new QPushButton(tr("Complete sale (Enter)"), entry);
    m_complete->setProperty("role", QStringLiteral("primary"));
    m_complete->setMinimumHeight(56);
    for (auto* b : {cancel, m_remove, m_complete}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
    }
    buttons->addWidget(cancel);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_complete);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_paymentView->currentIndex().isValid() ? m_paymentView->currentIndex().row() : m_payments->rowCount() - 1;
        m_payments->removeAt(row);
        refreshTally();
    });
    connect(m_complete, &QPushButton::clicked, this, &PaymentDialog::complete);

    m_pages->addWidget(entry);
    m_pages->addWidget(buildDonePage());
    showPage(Page::Cash);
    refreshTally();
}

PaymentDialog::~PaymentDialog() = default;

const std::vector<core::Payment>& PaymentDialog::payments() const { return m_payments->payments(); }

QPushButton* PaymentDialog::quickCashButton(int index) const
{
    return index >= 0 && index < static_cast<int>(m_quick.size()) ? m_quick[static_cast<std::size_t>(index)] : nullptr;
}

QWidget* PaymentDialog::buildCashPage()
{
    auto* page = new QWidget(m_methods);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(caption(tr("Cash received (type the amount, or 500k)"), page));
    m_cashAmount = amountEdit(page);
    m_cashAmount->setObjectName(QStringLiteral("cashAmount"));
    layout->addWidget(m_cashAmount);
    auto* grid = new QGridLayout;
    auto* exact = new QPushButton(tr("Exact amount"), page);
    m_quick.push_back(exact);
    for (const auto& m : kQuickCash)
        m_quick.push_back(new QPushButton(money(m), page));
    for (std::size_t i = 0; i < m_quick.size(); ++i) {
        m_quick[i]->setMinimumHeight(60);
        m_quick[i]->setFocusPolicy(Qt::NoFocus);
        m_quick[i]->setAutoDefault(false);
        setLook(m_quick[i], Look::Text15);
        grid->addWidget(m_quick[i], static_cast<int>(i) / 3, static_cast<int>(i) % 3);
        connect(m_quick[i], &QPushButton::clicked, this, [this, i] { addQuickCash(static_cast<int>(i)); });
    }
    layout->addLayout(grid);
    layout->addStretch();
    return page;
}

QWidget* PaymentDialog::buildCardPage()
{
    auto* page = new QWidget(m_methods);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(caption(tr("Amount on the card"), page));
    m_cardAmount = amountEdit(page);
    layout->addWidget(m_cardAmount);
    layout->addWidget(caption(tr("Slip reference (optional)"), page));
    m_cardRef = new QLineEdit(page);
    setLook(m_cardRef, Look::EntryField);
    layout->addWidget(m_cardRef);
    m_addCard = new QPushButton(tr("Add card payment"), page);
    m_addCard->setAutoDefault(false);
    m_addCard->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_addCard);
    layout->addStretch();
    connect(m_addCard, &QPushButton::clicked, this, &PaymentDialog::addCard);
    return page;
}

QWidget* PaymentDialog::buildBankPage()
{
    auto* page = new QWidget(m_methods);
    auto* layout = new QHBoxLayout(page);
    auto* form = new QVBoxLayout;
    form->addWidget(caption(tr("Amount to transfer"), page));
    m_bankAmount = amountEdit(page);
    form->addWidget(m_bankAmount);
    m_qrCaption = new QLabel(page);
    m_qrCaption->setWordWrap(true);
    setLook(m_qrCaption, Look::Text12);
    form->addWidget(m_qrCaption);
    form->addStretch();
    m_bankConfirm = new QPushButton(tr("Transfer received"), page);
    m_bankConfirm->setToolTip(tr("Press only after seeing the money arrive in the store's account"));
    m_bankConfirm->setProperty("role", QStringLiteral("primary"));
    m_bankConfirm->setAutoDefault(false);
    m_bankConfirm->setFocusPolicy(Qt::NoFocus);
    form->addWidget(m_bankConfirm);
    layout->addLayout(form, 1);
    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("vietQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(300, 300);
    layout->addWidget(m_qr);
    connect(m_bankAmount, &QLineEdit::textEdited, this, &PaymentDialog::refreshQr);
    connect(m_bankConfirm, &QPushButton::clicked, this, &PaymentDialog::confirmBank);
    return page;
}

QWidget* PaymentDialog::buildDonePage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* paid = new QLabel(tr("Paid"), page);
    paid->setAlignment(Qt::AlignCenter);
    setLook(paid, Look::PaidBig);
    layout->addWidget(paid);
    m_doneReceipt = new QLabel(page);
    m_doneReceipt->setAlignment(Qt::AlignCenter);
    setLook(m_doneReceipt, Look::Text18);
    layout->addWidget(m_doneReceipt);
    m_doneTotal = new QLabel(page);
    m_doneTotal->setAlignment(Qt::AlignCenter);
    setLook(m_doneTotal, Look::Text18);
    layout->addWidget(m_doneTotal);
    m_doneChange = new QLabel(page);
    m_doneChange->setObjectName(QStringLiteral("bigChange"));
    m_doneChange->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_doneChange);
    layout->addStretch();
    auto* buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("Print receipt"), page);
    m_print->setVisible(m_printer.available());
    m_newSale = new QPushButton(tr("Next customer (Enter)"), page);
    m_newSale->setProperty("role", QStringLiteral("primary"));
    m_newSale->setMinimumHeight(56);
    for (auto* b : {m_print, m_newSale}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
    }
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_newSale);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_result)
            m_printer.printSale(this, *m_result);
    });
    connect(m_newSale, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

void PaymentDialog::showPage(Page page)
{
    const int i = static_cast<int>(page);
    m_methods->setCurrentIndex(i);
    m_methodButtons[i]->setChecked(true);
    m_message->hide();
    const QString remaining = m_tally.remaining.isZero() ? QString() : QString::fromStdString(core::formatGrouped(m_tally.remaining.dong()));
    switch (page) {
    case Page::Cash:
        if (m_display)
            m_display->hideQr();
        m_cashAmount->setFocus();
        break;
    case Page::Card:
        if (m_display)
            m_display->hideQr();
        m_cardAmount->setText(remaining);
        m_cardAmount->setFocus();
        m_cardAmount->selectAll();
        break;
    case Page::Bank:
        m_bankAmount->setText(remaining);
        m_bankAmount->setFocus();
        m_bankAmount->selectAll();
        refreshQr();
        break;
    }
}

void PaymentDialog::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool PaymentDialog::addPayment(core::PaymentMethod method, core::Money amount, const QString& reference)
{
    if (amount.isZero()) {
        showError(tr("Enter an amount more than 0."));
        return false;
    }
    m_payments->add(core::Payment{method, amount, reference});
    refreshTally();
    if (!m_tally.problem.isEmpty()) {
        // Card and transfer can't exceed what is due: take the payment back.
        showError(tr("Card and bank transfer together cannot be more than the amount due; only cash gives change."));
        m_payments->removeAt(m_payments->rowCount() - 1);
        refreshTally();
        return false;
    }
    showError(QString());
    return true;
}

void PaymentDialog::addCashFromField()
{
    try {
        addPayment(core::PaymentMethod::Cash, parseAmount(m_cashAmount->text()));
        m_cashAmount->clear();
    } catch (const std::exception& e) {
        showError(errorText(e));
    }
}

void PaymentDialog::addQuickCash(int index)
{
    if (index == 0) {
        if (!m_tally.remaining.isZero())
            addPayment(core::PaymentMethod::Cash, m_tally.remaining);
        return;
    }
    addPayment(core::PaymentMethod::Cash, kQuickCash[index - 1]);
}

void PaymentDialog::addCard()
{
    try {
        if (!addPayment(core::PaymentMethod::Card, parseAmount(m_cardAmount->text()), m_cardRef->text().trimmed()))
            return;
        m_cardRef->clear();
        showPage(Page::Cash);
    } catch (const std::exception& e) {
        showError(errorText(e));
    }
}

void PaymentDialog::refreshQr()
{
    m_qrPayload.clear();
    m_qr->clear();
    m_bankConfirm->setEnabled(false);
    try {
        const core::Money amount = parseAmount(m_bankAmount->text());
        if (amount.isZero())
            throw ValidationError("amount", "must be more than 0");
        m_qrPayload = m_cart.bankQrPayload(amount);
        m_qr->setPixmap(QPixmap::fromImage(qrImage(m_qrPayload, 6)));
        m_qrCaption->setText(tr("The customer scans the code with a banking app. It transfers %1 for receipt %2.")
                                 .arg(money(amount), m_cart.nextReceiptNo()));
        m_bankConfirm->setEnabled(true);
        if (m_display)
            m_display->showQr(m_qrPayload, amount);
        showError(QString());
    } catch (const Conflict&) {
        m_qrCaption->setText(tr("The store has no bank account for VietQR yet: an administrator sets it in Settings."));
        if (m_display)
            m_display->hideQr();
    } catch (const std::exception& e) {
        m_qrCaption->setText(errorText(e));
        if (m_display)
            m_display->hideQr();
    }
}

void PaymentDialog::confirmBank()
{
    try {
        if (!addPayment(core::PaymentMethod::BankQr, parseAmount(m_bankAmount->text())))
            return;
        if (m_display)
            m_display->hideQr();
        if (m_tally.complete)
            complete();
        else
            showPage(Page::Cash);
    } catch (const std::exception& e) {
        showError(errorText(e));
    }
}

void PaymentDialog::refreshTally()
{
    m_tally = m_cart.tally(m_payments->payments());
    m_paid->setText(money(m_tally.paid));
    m_remaining->setText(money(m_tally.remaining));
    setLook(m_remaining, m_tally.remaining.isZero() ? Look::RemainingNone : Look::RemainingDue);
    m_change->setText(money(m_tally.change));
    m_complete->setEnabled(m_tally.complete);
    m_remove->setEnabled(m_payments->rowCount() > 0);
}

QWidget* PaymentDialog::buildBuyerBox(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("name"), tr("Buyer (company or person)")}, {QStringLiteral("tax_code"), tr("Tax code")},
        {QStringLiteral("address"), tr("Address")},                {QStringLiteral("id_number"), tr("Personal ID")},
        {QStringLiteral("phone"), tr("Phone")},                    {QStringLiteral("email"), tr("E-mail")},
    };
    int i = 0;
    for (const auto& [name, label] : fields) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(QStringLiteral("buyer_") + name);
        edit->setPlaceholderText(label);
        edit->setAccessibleName(label);
        grid->addWidget(edit, i / 2, i % 2);
        m_buyerFields.emplace_back(name, edit);
        ++i;
    }
    return box;
}

QLineEdit* PaymentDialog::buyerField(const QString& name) const
{
    for (const auto& [n, edit] : m_buyerFields)
        if (n == name)
            return edit;
    return nullptr;
}

bool PaymentDialog::applyBuyer()
{
    core::einvoice::Buyer b;
    if (m_companyInvoice->isChecked()) {
        const auto text = [this](const char* name) { return buyerField(QLatin1String(name))->text().trimmed(); };
        b = {text("name"), text("tax_code"), text("address"), text("id_number"), text("phone"), text("email")};
    }
    for (const auto& [name, edit] : m_buyerFields)
        edit->setProperty("tone", QVariant());
    try {
        m_cart.setBuyer(b);
        return true;
    } catch (const ValidationError& e) {
        const Problem& p = e.problems().front();
        const QString name = QString::fromStdString(p.field).section(QLatin1Char('.'), 1);
        QLineEdit* edit = buyerField(name);
        const QString why = errorText(ValidationError({Problem{0, std::string(), p.why, p.code, p.args}}));
        if (edit) {
            edit->setProperty("tone", QStringLiteral("error"));
            edit->setFocus();
            showError(tr("%1 — %2").arg(edit->accessibleName(), why));
        } else {
            showError(why);
        }
        return false;
    }
}

void PaymentDialog::complete()
{
    if (!m_tally.complete)
        return;
    if (!applyBuyer())
        return;
    try {
        m_result = m_commit(m_payments->payments());
    } catch (const std::exception& e) {
        showError(errorText(e));
        return;
    }
    m_doneReceipt->setText(tr("Receipt %1").arg(m_result->receiptNo));
    m_doneTotal->setText(tr("Total %1").arg(money(m_result->total)));
    m_doneChange->setText(m_result->change.isZero() ? tr("No change") : tr("Change: %1").arg(money(m_result->change)));
    m_pages->setCurrentIndex(1);
    if (m_display)
        m_display->showThanks(*m_result);
    // The sale is committed: a receipt printer failure now only offers Retry / Print later.
    m_printer.saleCommitted(this, *m_result);
    Q_EMIT saleCompleted(*m_result);
    setFocus();
}

void PaymentDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (m_pages->currentIndex() == 1) {
        if (enter || event->key() == Qt::Key_Escape)
            accept();
        return;
    }
    if (!enter) {
        QDialog::keyPressEvent(event);
        return;
    }
    switch (static_cast<Page>(m_methods->currentIndex())) {
    case Page::Cash:
        if (!m_cashAmount->text().trimmed().isEmpty())
            addCashFromField();
        else
            complete();
        break;
    case Page::Card:
        addCard();
        break;
    case Page::Bank:
        if (m_bankConfirm->isEnabled())
            confirmBank();
        break;
    }
}

void PaymentDialog::done(int r)
{
    if (m_display)
        m_display->hideQr();
    QDialog::done(m_result ? QDialog::Accepted : r);
}

} // namespace ocopos::ui

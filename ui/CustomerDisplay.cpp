#include "CustomerDisplay.h"

#include "CartModel.h"
#include "Format.h"
#include "QrImage.h"
#include "Theme.h"
#include "services/SettingsService.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

CustomerDisplay::CustomerDisplay(services::Context ctx, QWidget* parent)
    : QWidget(parent, Qt::Window), m_table(new QTableView(this)), m_banner(new QLabel(this)), m_total(new QLabel(this)),
      m_qrPanel(new QWidget(this)), m_qr(new QLabel(m_qrPanel)), m_qrAmount(new QLabel(m_qrPanel))
{
    setObjectName(QStringLiteral("customerDisplay"));
    m_storeName = services::SettingsService(ctx).get(QStringLiteral("store_name"));
    setWindowTitle(tr("%1 — customer display").arg(m_storeName));
    setLook(this, Look::CustomerDisplay);
    auto* layout = new QVBoxLayout(this);
    auto* store = new QLabel(m_storeName, this);
    setLook(store, Look::StoreNameCustomer);
    store->setAlignment(Qt::AlignCenter);
    layout->addWidget(store);
    m_banner->setAlignment(Qt::AlignCenter);
    setLook(m_banner, Look::Greeting);
    m_banner->setText(tr("Welcome!"));
    layout->addWidget(m_banner);

    auto* middle = new QHBoxLayout;
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    setLook(m_table, Look::Text15);
    m_table->horizontalHeader()->setStretchLastSection(false);
    middle->addWidget(m_table, 3);
    auto* qrLayout = new QVBoxLayout(m_qrPanel);
    auto* scan = new QLabel(tr("Scan to pay by bank transfer"), m_qrPanel);
    scan->setAlignment(Qt::AlignCenter);
    setLook(scan, Look::HeadingXL);
    qrLayout->addWidget(scan);
    m_qr->setAlignment(Qt::AlignCenter);
    qrLayout->addWidget(m_qr);
    m_qrAmount->setAlignment(Qt::AlignCenter);
    setLook(m_qrAmount, Look::BigFigure);
    qrLayout->addWidget(m_qrAmount);
    m_qrPanel->hide();
    middle->addWidget(m_qrPanel, 2);
    layout->addLayout(middle, 1);

    auto* totalRow = new QHBoxLayout;
    auto* totalCaption = new QLabel(tr("Total"), this);
    setLook(totalCaption, Look::Text24);
    m_total->setObjectName(QStringLiteral("bigTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totalRow->addWidget(totalCaption);
    totalRow->addStretch();
    totalRow->addWidget(m_total);
    layout->addLayout(totalRow);
    resize(900, 600);
    cartChanged();
}

void CustomerDisplay::attach(CartModel* model, const services::CartSession* cart)
{
    m_cart = cart;
    m_table->setModel(model);
    if (model) {
        m_table->setColumnHidden(CartModel::Producer, true);
        m_table->setColumnHidden(CartModel::Discount, true);
        m_table->horizontalHeader()->setSectionResizeMode(CartModel::Name, QHeaderView::Stretch);
        for (int c : {CartModel::Qty, CartModel::Price, CartModel::Amount})
            m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    cartChanged();
}

void CustomerDisplay::detach(const services::CartSession* cart)
{
    if (m_cart == cart)
        attach(nullptr, nullptr);
}

void CustomerDisplay::cartChanged()
{
    m_total->setText(money(m_cart ? m_cart->total() : core::Money(0)));
    if (m_cart && !m_cart->isEmpty())
        m_banner->setText(QString());
    if (m_table->model() && m_table->model()->rowCount() > 0)
        m_table->scrollToBottom();
}

void CustomerDisplay::showQr(const QString& payload, core::Money amount)
{
    m_qr->setPixmap(QPixmap::fromImage(qrImage(payload, 7)));
    m_qrAmount->setText(money(amount));
    m_qrPanel->show();
}

void CustomerDisplay::hideQr()
{
    m_qrPanel->hide();
    m_qr->clear();
}

void CustomerDisplay::showThanks(const services::SaleResult& sale)
{
    hideQr();
    m_banner->setText(sale.change.isZero() ? tr("Thank you! Receipt %1").arg(sale.receiptNo)
                                           : tr("Thank you! Your change: %1").arg(money(sale.change)));
    m_total->setText(money(sale.total));
}

void CustomerDisplay::showOnSecondScreen()
{
    const auto screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        setGeometry(screens[1]->geometry());
        showFullScreen();
    } else {
        show();
    }
}

} // namespace ocopos::ui

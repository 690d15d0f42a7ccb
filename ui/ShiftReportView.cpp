#include "ShiftReportView.h"

#include "Format.h"
#include "Theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ocopos::ui {

ShiftReportView::ShiftReportView(QWidget* parent) : QWidget(parent), m_title(new QLabel(this)), m_grid(new QGridLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setLook(m_title, Look::Title);
    layout->addWidget(m_title);
    m_grid->setHorizontalSpacing(24);
    layout->addLayout(m_grid);
    layout->addStretch();
}

void ShiftReportView::addRow(const QString& key, const QString& caption, const QString& value, bool strong)
{
    const int row = m_grid->rowCount();
    auto* c = new QLabel(caption, this);
    auto* v = new QLabel(value, this);
    v->setObjectName(QStringLiteral("figure_") + key);
    v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (strong) {
        setLook(c, Look::Bold);
        setLook(v, Look::Heading);
    }
    m_grid->addWidget(c, row, 0);
    m_grid->addWidget(v, row, 1);
    m_values.emplace_back(key, v);
}

QString ShiftReportView::figure(const QString& key) const
{
    for (const auto& [k, label] : m_values)
        if (k == key)
            return label->text();
    return {};
}

void ShiftReportView::setReport(const services::ShiftReport& r, bool closing)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_values.clear();
    const auto& s = r.shift;
    const auto at = [](const QDateTime& t) { return t.toTimeZone(core::Clock::storeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm")); };
    m_title->setText(closing ? tr("Z report — shift %1 closed").arg(s.id) : tr("X report — shift %1 (open)").arg(s.id));
    addRow(QStringLiteral("opened"), tr("Opened"), tr("%1 by %2").arg(at(s.openedAt), s.openedBy));
    if (!s.open)
        addRow(QStringLiteral("closed"), tr("Closed"), tr("%1 by %2").arg(at(s.closedAt), s.closedBy));
    addRow(QStringLiteral("receipts"), tr("Receipts"),
           r.firstReceipt.isEmpty() ? tr("none") : QStringLiteral("%1 – %2").arg(r.firstReceipt, r.lastReceipt));
    addRow(QStringLiteral("sales"), tr("Sales / voids / returns"), QStringLiteral("%1 / %2 / %3").arg(r.sales).arg(r.voids).arg(r.returns));
    addRow(QStringLiteral("gross"), tr("Sales before discounts"), money(r.gross));
    addRow(QStringLiteral("discounts"), tr("Discounts"), money(r.discounts));
    addRow(QStringLiteral("total"), tr("Sales total"), money(r.total), true);
    for (const auto& [method, amount] : r.byMethod)
        addRow(QStringLiteral("method_") + QString::fromLatin1(core::toCode(method).data()), QStringLiteral("    ") + paymentMethodName(method),
               money(amount));
    for (const auto& row : r.vat)
        addRow(QStringLiteral("vat_") + QString::fromStdString(row.rate.code()),
               row.rate.isKct() ? tr("    Not subject to VAT (KCT)") : tr("    VAT rate %1 %").arg(QString::fromStdString(row.rate.code())),
               tr("%1 (VAT %2)").arg(money(row.amount), money(row.vat)));
    addRow(QStringLiteral("refunds"), tr("Cash refunded (returns)"), money(r.refunds));
    addRow(QStringLiteral("float"), tr("Opening float"), money(s.openingFloat));
    addRow(QStringLiteral("cashIn"), tr("Cash received"), money(r.cashIn));
    addRow(QStringLiteral("change"), tr("Change given"), money(r.changeGiven));
    addRow(QStringLiteral("expected"), tr("Cash expected in the drawer"), money(r.expectedCash), true);
    if (r.counted)
        addRow(QStringLiteral("counted"), tr("Cash counted"), money(*r.counted), true);
    if (r.variance) {
        const QString v = r.variance->isZero() ? tr("none") : money(*r.variance);
        addRow(QStringLiteral("variance"),
               r.variance->isZero() ? tr("Variance") : r.variance->isNegative() ? tr("Variance (short)") : tr("Variance (over)"), v, true);
        if (!r.variance->isZero())
            setLook(m_values.back().second, Look::Variance);
    }
    if (r.syncWaiting)
        addRow(QStringLiteral("syncWaiting"), tr("Waiting to be sent to the centre"), QString::number(*r.syncWaiting));
    if (r.einvoices) {
        addRow(QStringLiteral("einvoiceAccepted"), tr("E-invoices accepted"), QString::number(r.einvoices->accepted));
        addRow(QStringLiteral("einvoicePending"), tr("E-invoices waiting"), QString::number(r.einvoices->pending));
        addRow(QStringLiteral("einvoiceRejected"), tr("E-invoices rejected"), QString::number(r.einvoices->rejected));
        for (const auto& [invoice, reason] : r.einvoices->rejections)
            addRow(QStringLiteral("einvoiceRejected:") + invoice, tr("Rejected %1").arg(invoice), reason);
    }
    if (!r.journalHash.isEmpty())
        addRow(QStringLiteral("journal"), tr("Journal"), r.journalHash.left(12));
}

} // namespace ocopos::ui

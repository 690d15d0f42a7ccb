#include "ProductEditorDialog.h"

#include "Format.h"
#include "InventoryModels.h"
#include "Theme.h"
#include "core/Errors.h"
#include "services/CatalogLookup.h"
#include "services/PriceService.h"
#include "services/ProductEditService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <set>

namespace ocopos::ui {

namespace {
void fillVat(QComboBox* box, bool withKeep)
{
    if (withKeep)
        box->addItem(QCoreApplication::translate("ocopos::ui::ProductEditorDialog", "(unchanged)"), QString());
    for (const char* code : { "0", "5", "8", "10" })
        box->addItem(QStringLiteral("%1 %").arg(QString::fromLatin1(code)), QString::fromLatin1(code));
    box->addItem(QStringLiteral("KCT"), QStringLiteral("KCT"));
}
} // namespace

ProductEditorDialog::ProductEditorDialog(const ScreenEnv& env, const QString& sku, QWidget* parent)
    : QDialog(parent)
    , m_env(env)
    , m_new(sku.isEmpty())
    , m_soldBy(new QComboBox(this))
    , m_vat(new QComboBox(this))
    , m_supply(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_stars(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_barcodes(new QListWidget(this))
    , m_newBarcode(new QLineEdit(this))
    , m_changeDate(new QDateEdit(this))
    , m_changePrice(new QLineEdit(this))
    , m_changeVat(new QComboBox(this))
    , m_schedule(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("productEditor"));
    setWindowTitle(m_new ? tr("New product") : tr("Edit product %1").arg(sku));
    resize(760, 640);
    auto* top = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    top->addLayout(columns, 1);

    auto* form = new QFormLayout;
    const auto labelled = [this](const char* field, const QString& label) {
        m_labels[field] = label;
        return label;
    };
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(labelled("sku", tr("SKU")), line("sku"));
    form->addRow(labelled("name", tr("Name")), line("name"));
    form->addRow(labelled("unit", tr("Unit")), line("unit"));
    m_soldBy->addItem(tr("By unit"), QStringLiteral("unit"));
    m_soldBy->addItem(tr("By weight (price per kg)"), QStringLiteral("weight"));
    form->addRow(labelled("sold_by", tr("Sold")), m_soldBy);
    m_category->setEditable(true);
    m_category->setObjectName(QStringLiteral("category"));
    form->addRow(labelled("category", tr("Category")), m_category);
    form->addRow(labelled("owner_code", tr("Owner")), m_owner);
    m_supply->addItem(tr("Consignment"), QStringLiteral("consignment"));
    m_supply->addItem(tr("Purchased"), QStringLiteral("purchased"));
    form->addRow(labelled("supply", tr("Supply")), m_supply);
    form->addRow(labelled("price", tr("Price (VAT included)")), line("price"));
    fillVat(m_vat, false);
    form->addRow(labelled("vat", tr("VAT")), m_vat);
    form->addRow(labelled("reorder_point", tr("Reorder point")), line("reorder_point"));
    m_stars->setObjectName(QStringLiteral("ocopStars"));
    m_stars->addItem(tr("None"), 0);
    for (int s : { 3, 4, 5 })
        m_stars->addItem(QString(s, QChar(0x2605)), s);
    form->addRow(labelled("ocop_stars", tr("OCOP stars")), m_stars);
    form->addRow(labelled("ocop_cert_no", tr("Certificate no.")), line("ocop_cert_no"));
    form->addRow(labelled("ocop_cert_expiry", tr("Certificate valid until")), line("ocop_cert_expiry"));
    field(QStringLiteral("ocop_cert_expiry"))->setPlaceholderText(tr("dd/mm/yyyy"));
    m_fields["sold_by"] = m_soldBy;
    m_fields["vat"] = m_vat;
    m_fields["supply"] = m_supply;
    m_fields["owner_code"] = m_owner;
    m_fields["ocop_stars"] = m_stars;
    m_fields["category"] = m_category;
    columns->addLayout(form, 3);

    auto* side = new QVBoxLayout;
    auto* codes = new QGroupBox(tr("Barcodes"), this);
    auto* cv = new QVBoxLayout(codes);
    m_barcodes->setObjectName(QStringLiteral("barcodes"));
    cv->addWidget(m_barcodes);
    m_newBarcode->setObjectName(QStringLiteral("newBarcode"));
    m_newBarcode->setPlaceholderText(tr("Scan or type a barcode"));
    cv->addWidget(m_newBarcode);
    auto* addRow = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), codes);
    add->setObjectName(QStringLiteral("addBarcode"));
    auto* remove = new QPushButton(tr("Remove"), codes);
    remove->setObjectName(QStringLiteral("removeBarcode"));
    addRow->addWidget(add);
    addRow->addWidget(remove);
    cv->addLayout(addRow);
    m_fields["barcodes"] = m_barcodes;
    m_labels["barcodes"] = tr("Barcodes");
    side->addWidget(codes, 1);

    auto* change = new QGroupBox(tr("Scheduled price or VAT change"), this);
    auto* chf = new QFormLayout(change);
    m_changeDate->setCalendarPopup(true);
    m_changeDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_changeDate->setDate(env.ctx.clock.today().addDays(1));
    m_changePrice->setObjectName(QStringLiteral("changePrice"));
    m_changePrice->setPlaceholderText(tr("unchanged"));
    fillVat(m_changeVat, true);
    chf->addRow(tr("From"), m_changeDate);
    chf->addRow(tr("New price"), m_changePrice);
    chf->addRow(tr("New VAT"), m_changeVat);
    auto* schedule = new QPushButton(tr("Schedule"), change);
    schedule->setObjectName(QStringLiteral("scheduleChange"));
    schedule->setEnabled(!m_new);
    chf->addRow(schedule);
    m_schedule->setWordWrap(true);
    m_schedule->setObjectName(QStringLiteral("pendingChanges"));
    chf->addRow(m_schedule);
    side->addWidget(change);
    columns->addLayout(side, 2);

    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setProperty("tone", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    top->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setProperty("role", QStringLiteral("primary"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    top->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProductEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ProductEditorDialog::addBarcode);
    connect(m_newBarcode, &QLineEdit::returnPressed, this, &ProductEditorDialog::addBarcode);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_barcodes->currentItem(); });
    connect(schedule, &QPushButton::clicked, this, &ProductEditorDialog::scheduleChange);

    try {
        services::CatalogLookup catalog(env.ctx);
        for (const auto& p : catalog.listProducers(env.session))
            if (p.parentCode.isEmpty())
                m_owner->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
        std::set<QString> categories;
        for (const auto& p : catalog.listProducts(env.session))
            if (!p.category.isEmpty())
                categories.insert(p.category);
        for (const auto& c : categories)
            m_category->addItem(c);
        if (!m_new)
            m_product = catalog.showProduct(env.session, sku);
    } catch (const std::exception& e) {
        showProblems(e);
    }
    load();
}

QLineEdit* ProductEditorDialog::line(const char* name)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(QString::fromLatin1(name));
    m_fields[name] = e;
    return e;
}

QLineEdit* ProductEditorDialog::field(const QString& name) const
{
    auto it = m_fields.find(name.toStdString());
    return it == m_fields.end() ? nullptr : qobject_cast<QLineEdit*>(it->second);
}

void ProductEditorDialog::load()
{
    const core::Product& p = m_product;
    field(QStringLiteral("sku"))->setText(p.sku);
    field(QStringLiteral("sku"))->setReadOnly(!m_new);
    field(QStringLiteral("name"))->setText(p.name);
    field(QStringLiteral("unit"))->setText(p.unit);
    m_soldBy->setCurrentIndex(p.soldBy == core::SoldBy::Weight ? 1 : 0);
    m_category->setCurrentText(p.category);
    if (const int i = m_owner->findData(p.ownerCode); i >= 0)
        m_owner->setCurrentIndex(i);
    m_supply->setCurrentIndex(p.supply == core::Supply::Purchased ? 1 : 0);
    field(QStringLiteral("price"))->setText(m_new ? QString() : QString::number(p.price.dong()));
    if (const int i = m_vat->findData(p.vat.isKct() ? QStringLiteral("KCT") : QString::number(p.vat.percentValue()));
        i >= 0)
        m_vat->setCurrentIndex(i);
    field(QStringLiteral("reorder_point"))
        ->setText(p.reorderPoint ? quantity(*p.reorderPoint) : QString());
    m_stars->setCurrentIndex(std::max(0, m_stars->findData(p.ocopStars.value_or(0))));
    field(QStringLiteral("ocop_cert_no"))->setText(p.certNo);
    field(QStringLiteral("ocop_cert_expiry"))->setText(shortDate(p.certExpiry));
    m_barcodes->clear();
    m_barcodes->addItems(p.barcodes);
    loadSchedule();
}

void ProductEditorDialog::loadSchedule()
{
    if (m_new) {
        m_schedule->setText(tr("Save the product first."));
        return;
    }
    try {
        QStringList pending;
        for (const auto& c : services::PriceService(m_env.ctx).priceList(m_env.session, m_product.sku)) {
            if (c.status != QLatin1String("pending"))
                continue;
            QStringList what;
            if (c.price)
                what << tr("price %1").arg(money(*c.price));
            if (c.vat)
                what << tr("VAT %1").arg(c.vat->isKct()
                        ? QStringLiteral("KCT")
                        : QString::number(c.vat->percentValue()) + QStringLiteral(" %"));
            pending << tr("From %1: %2").arg(shortDate(c.effectiveOn), what.join(QStringLiteral(", ")));
        }
        m_schedule->setText(pending.isEmpty() ? tr("No change scheduled.") : pending.join(QLatin1Char('\n')));
    } catch (const std::exception& e) {
        m_schedule->setText(errorText(e));
    }
}

void ProductEditorDialog::addBarcode()
{
    const QString code = m_newBarcode->text().trimmed();
    if (code.isEmpty())
        return;
    if (m_barcodes->findItems(code, Qt::MatchExactly).isEmpty())
        m_barcodes->addItem(code);
    m_newBarcode->clear();
}

void ProductEditorDialog::clearMarks()
{
    for (auto& [name, w] : m_fields) {
        setLook(w, Look::Plain);
        w->setToolTip(QString());
    }
    m_error->hide();
}

void ProductEditorDialog::showProblems(const std::exception& e)
{
    if (const auto* v = dynamic_cast<const ValidationError*>(&e)) {
        // Named the way the form names them, not by the CSV column.
        QStringList lines;
        for (const auto& p : v->problems()) {
            auto it = m_fields.find(p.field);
            const QString why = QString::fromStdString(p.why);
            if (it == m_fields.end()) {
                lines << QString::fromStdString(p.describe());
                continue;
            }
            setLook(it->second, Look::FieldError);
            it->second->setToolTip(why);
            const QString label = m_labels.count(p.field) ? m_labels.at(p.field) : QString::fromStdString(p.field);
            lines << QStringLiteral("%1: %2").arg(label, why);
        }
        m_error->setText(tr("Not saved:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
        m_error->show();
        errorText(e); // logs it
        return;
    }
    m_error->setText(errorText(e));
    m_error->show();
}

bool ProductEditorDialog::save()
{
    clearMarks();
    // The product as the form shows it: saveProduct clears what is left empty
    // and replaces the barcodes with the list (none at all is allowed).
    core::Product p = m_product;
    p.sku = field(QStringLiteral("sku"))->text().trimmed();
    p.name = field(QStringLiteral("name"))->text().trimmed();
    p.unit = field(QStringLiteral("unit"))->text().trimmed();
    p.soldBy = m_soldBy->currentIndex() == 1 ? core::SoldBy::Weight : core::SoldBy::Unit;
    p.category = m_category->currentText().trimmed();
    p.ownerCode = m_owner->currentData().toString();
    p.supply = m_supply->currentIndex() == 1 ? core::Supply::Purchased : core::Supply::Consignment;
    p.barcodes.clear();
    for (int i = 0; i < m_barcodes->count(); ++i)
        p.barcodes << m_barcodes->item(i)->text();
    p.ocopStars
        = m_stars->currentData().toInt() > 0 ? std::optional<int>(m_stars->currentData().toInt()) : std::nullopt;
    p.certNo = field(QStringLiteral("ocop_cert_no"))->text().trimmed();
    ProblemList problems;
    const auto read = [&](const char* name, auto parse) {
        try {
            parse();
        } catch (const ValidationError& e) {
            for (const auto& pr : e.problems())
                problems.add(0, ErrorCode(pr.code), name, pr.why, pr.args);
        }
    };
    read("price", [&] { p.price = parseAmount(field(QStringLiteral("price"))->text()); });
    read("vat", [&] { p.vat = core::VatRate::parse(m_vat->currentData().toString().toStdString()); });
    read("reorder_point", [&] {
        const QString t = field(QStringLiteral("reorder_point"))->text().trimmed();
        p.reorderPoint = t.isEmpty() ? std::nullopt : std::optional<core::Quantity>(parseQty(t));
    });
    read("ocop_cert_expiry",
        [&] { p.certExpiry = parseShortDate(field(QStringLiteral("ocop_cert_expiry"))->text(), "ocop_cert_expiry"); });
    try {
        problems.throwIfAny();
        m_product = services::ProductEditService(m_env.ctx).saveProduct(m_env.session, p);
    } catch (const std::exception& e) {
        showProblems(e);
        return false;
    }
    accept();
    return true;
}

bool ProductEditorDialog::scheduleChange()
{
    clearMarks();
    try {
        const QString priceText = m_changePrice->text().trimmed();
        const std::optional<core::Money> price
            = priceText.isEmpty() ? std::nullopt : std::optional<core::Money>(parseAmount(priceText));
        const QString vatCode = m_changeVat->currentData().toString();
        const std::optional<core::VatRate> vat = vatCode.isEmpty()
            ? std::nullopt
            : std::optional<core::VatRate>(core::VatRate::parse(vatCode.toStdString()));
        services::PriceService(m_env.ctx).scheduleChange(
            m_env.session, m_product.sku, m_changeDate->date(), price, vat);
        m_changePrice->clear();
        m_changeVat->setCurrentIndex(0);
        m_product = services::CatalogLookup(m_env.ctx).showProduct(m_env.session, m_product.sku);
        load();
        return true;
    } catch (const std::exception& e) {
        showProblems(e);
        return false;
    }
}

} // namespace ocopos::ui

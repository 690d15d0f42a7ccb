#pragma once

#include "Domain.h"
#include "Money.h"
#include "Quantity.h"
#include "Vat.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ocopos::core {

struct Producer {
    qint64 id = 0;
    QString code;
    ProducerKind kind = ProducerKind::Cooperative;
    QString name;
    std::optional<qint64> parentId;
    QString parentCode;  ///< empty when no parent
    QString taxCode;
    QString address;
    QString district;
    QString province;
    QString phone;
    QString bankBin;
    QString bankAccount;
    std::optional<BasisPoints> commission;
};

struct Product {
    qint64 id = 0;
    QString sku;
    QString name;
    QString unit;
    SoldBy soldBy = SoldBy::Unit;
    Money price;  ///< VAT included; per unit, or per kg when sold by weight
    VatRate vat = VatRate::percent(10);
    QString category;
    qint64 ownerId = 0;
    QString ownerCode;
    QString ownerName;
    std::optional<int> ocopStars;
    QString certNo;
    std::optional<QDate> certExpiry;
    Supply supply = Supply::Consignment;
    std::optional<BasisPoints> commission;
    std::optional<Quantity> reorderPoint;
    QString plu;
    QStringList barcodes;
    bool active = true;
};

} // namespace ocopos::core

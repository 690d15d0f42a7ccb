#pragma once
// Shared set-up for the stock service tests: a small catalogue (HTX-A with
// households HO-A1/HO-A2, HTX-B with HO-B1, DN-C), a clock at 2026-11-28
// 09:00 +07:00 and helpers to receive and inspect stock.

#include "TestSupport.h"

#include "core/Errors.h"
#include "db/StockRepository.h"
#include "services/GoodsReceiptService.h"

#include <gtest/gtest.h>

namespace ocopos::test {

inline core::Quantity units(std::int64_t n) { return core::Quantity::units(n); }
inline core::Quantity milli(std::int64_t t) { return core::Quantity::fromThousandths(t); }

/// TempStore::loadSmallCatalog's catalogue. Its own copy because three of the
/// EAN-13s there have wrong check digits, which the import rightly refuses.
inline void loadStockCatalog(TempStore& s)
{
    s.importProducers("code,kind,name,parent_code,bank_bin,bank_account,commission_pct\n"
                      "HTX-A,cooperative,HTX Nước mắm Cái Rồng,,970436,0141000765432,20\n"
                      "HO-A1,household,Hộ Nguyễn Văn Hải,HTX-A,,,\n"
                      "HO-A2,household,Hộ Trần Thị Lan,HTX-A,,,\n"
                      "HTX-B,cooperative,HTX Trà hoa vàng Ba Chẽ,,,,\n"
                      "HO-B1,household,Hộ Triệu Thị Mai,HTX-B,,,\n"
                      "DN-C,enterprise,Công ty Nước khoáng Quang Hanh,,,,10\n");
    s.importProducts(
        "sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes,category,commission_pct,reorder_point,plu,"
        "ocop_stars,ocop_cert_no,ocop_cert_expiry\n"
        "NM-500,Nước mắm Cái Rồng,chai 500ml,unit,120000,8,HTX-A,consignment,8938505974194,Thực phẩm,,5,,4,"
        "QN-1,2027-06-30\n"
        "CM-KG,Chả mực Hạ Long,kg,weight,450000,8,HTX-A,consignment,,Thực phẩm,25,2,10001,5,TW-2,2026-11-27\n"
        "TRA-50,Trà hoa vàng Ba Chẽ,hộp 50g,unit,650000,8,HTX-B,consignment,8936045000014,Dược liệu,,,,5,"
        "QN-3,2027-02-26\n"
        "RUOU-500,Rượu ba kích,chai 500ml,unit,350000,10,HTX-B,consignment,8936289000016,Đồ uống,,,,4,"
        "QN-4,2027-02-25\n"
        "NK-500,Nước khoáng Quang Hanh,chai 500ml,unit,8000,8,DN-C,purchased,8936167000015,Đồ uống,,24,,4,,\n"
        "GA-KG,Gà Tiên Yên,kg,weight,220000,KCT,HTX-B,consignment,,Thực phẩm,,,10003,3,QN-6,2026-11-28\n");
}

class StockFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        loadStockCatalog(store);
        admin = store.admin();
    }


    services::Context ctx() { return store.ctx(); }
    QDate today() { return store.clock().today(); }
    QString day(int offset) { return today().addDays(offset).toString(Qt::ISODate); }

    /// Receives receive.csv rows (the header is added) as admin.
    services::GoodsReceipt receive(const QByteArray& rows, const QString& supplier = QString())
    {
        return services::GoodsReceiptService(ctx()).receive(
            admin, "code,qty,lot_code,producer_code,produced_on,expires_on,unit_cost\n" + rows, supplier);
    }

    /// The problems a call refuses with (fails the test when it succeeds).
    template <typename F>
    std::vector<Problem> problemsOf(F&& f)
    {
        try {
            f();
        } catch (const ValidationError& e) {
            return e.problems();
        }
        ADD_FAILURE() << "expected a ValidationError";
        return {};
    }

    qint64 productId(const QString& sku)
    {
        db::Query q(store.db(), QStringLiteral("SELECT id FROM products WHERE sku = :s"));
        q.bind(QStringLiteral(":s"), sku);
        return q.scalar().value_or(QVariant(0)).toLongLong();
    }
    db::LotInfo lot(const QString& sku, const QString& lotCode)
    {
        auto l = db::StockRepository(store.db()).lotByCode(productId(sku), lotCode);
        if (!l)
            throw std::runtime_error("no lot " + lotCode.toStdString());
        return *l;
    }
    core::Quantity onHand(const QString& sku, const QString& lotCode) { return lot(sku, lotCode).onHand; }
    qint64 rows(const QString& table)
    {
        db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.scalar()->toLongLong();
    }
    /// Sum of the ledger for one lot.
    core::Quantity ledger(const QString& sku, const QString& lotCode)
    {
        return db::StockRepository(store.db()).ledgerSum(lot(sku, lotCode).id);
    }

    TempStore store;
    services::Session admin;
};

} // namespace ocopos::test

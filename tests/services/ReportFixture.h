#pragma once

// A small fixed store history for the report and settlement tests, made through
// the sale engine (never by inserting sale rows). Every figure the tests expect
// is worked out by hand in ReportServiceTest.cpp from these sales:
//
// 2026-11-01, cashier thu
//   S1 NM-500 ×2 (lots L1 HO-A1 ×1 + L2 HO-A2 ×1: a split lot), CM-KG 0.350 kg
//      with 5 % off, sale discount 10.000; cash 400.000
//   S2 TRA-50 ×1, NK-500 ×3 (purchased); card 200.000 + cash 500.000
//   S3 RUOU-500 ×1, cash 350.000 — voided by the manager in the same shift
// 2026-11-02, cashier ngan
//   S4 GA-KG 1.250 kg (KCT, lot of the owner HTX-B itself); bank_qr 275.000
//   S5 NM-500 ×3 (lot L2); cash 360.000
// 2026-11-03, manager ql
//   return 1 of S1's NM-500; return all 3 of S2's NK-500
#include "SaleFixtures.h"

#include "services/AuthService.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <gtest/gtest.h>

namespace ocopos::test {

inline core::Payment pay(core::PaymentMethod m, std::int64_t amount)
{
    return core::Payment{m, core::Money(amount), {}};
}

class ReportFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        services::SettingsService settings(store.ctx());
        settings.set(store.admin(), QStringLiteral("bank_bin"), QStringLiteral("970436"));
        settings.set(store.admin(), QStringLiteral("bank_account"), QStringLiteral("1023456789"));
        thu = user(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        ngan = user(QStringLiteral("ngan"), core::Role::Cashier, QString(), QStringLiteral("3333"));
        manager = user(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        coopA = user(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("4444"));
        coopB = user(QStringLiteral("htxb"), core::Role::Cooperative, QStringLiteral("HTX-B"), QStringLiteral("5555"));
    }

    /// Adds a user and returns its session without a login (a PIN check is a
    /// deliberately slow hash; these tests are not about logging in).
    services::Session user(const QString& name, core::Role role, const QString& producer, const QString& pin)
    {
        services::AuthService(store.ctx()).addUser(store.admin(), services::NewUser{name, name, role, producer, pin});
        db::Query q(store.db(), QStringLiteral("SELECT id, producer_id FROM users WHERE username = :u"));
        q.bind(QStringLiteral(":u"), name).exec();
        q.next();
        services::Session s;
        s.userId = q.value(0).toLongLong();
        s.username = s.displayName = name;
        s.role = role;
        if (!q.value(1).isNull())
            s.producerId = q.value(1).toLongLong();
        return s;
    }

    void at(const char* iso) { store.clock().set(core::parseIsoTime(QString::fromLatin1(iso), "now")); }

    services::SaleResult sell(const services::Session& cashier, std::vector<services::SaleLineRequest> lines,
                              std::vector<core::Payment> payments, core::Discount discount = {})
    {
        services::SaleRequest r;
        r.lines = std::move(lines);
        r.payments = std::move(payments);
        r.discount = discount;
        return services::SaleService(store.ctx()).commit(cashier, r);
    }

    void openShift(const services::Session& who) { services::ShiftService(store.ctx()).open(who, core::Money(0)); }
    void closeShift(const services::Session& who) { services::ShiftService(store.ctx()).close(who, core::Money(0)); }

    services::ReturnResult giveBack(const QString& receipt, const QString& sku, const QString& qty)
    {
        return services::ReturnService(store.ctx())
            .returnItems(manager, receipt, {{sku, core::parseQuantity(qty.toStdString(), "qty")}}, false);
    }

    /// The history of the header comment.
    void makeHistory()
    {
        at("2026-10-31T08:00:00+07:00");
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("1"), QDate(2027, 1, 1));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L2"), QStringLiteral("HO-A2"), QStringLiteral("10"), QDate(2027, 6, 1));
        addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("5"), QDate(2027, 1, 1));
        addLot(store, QStringLiteral("TRA-50"), QStringLiteral("T1"), QStringLiteral("HO-B1"), QStringLiteral("5"));
        addLot(store, QStringLiteral("RUOU-500"), QStringLiteral("R1"), QStringLiteral("HO-B1"), QStringLiteral("5"));
        addLot(store, QStringLiteral("NK-500"), QStringLiteral("K1"), QStringLiteral("DN-C"), QStringLiteral("100"));
        addLot(store, QStringLiteral("GA-KG"), QStringLiteral("G1"), QStringLiteral("HTX-B"), QStringLiteral("10"));
        store.db().execute(QStringLiteral("UPDATE lots SET unit_cost_vnd = 5500 WHERE lot_code = 'K1'"));

        at("2026-11-01T08:00:00+07:00");
        openShift(thu);
        at("2026-11-01T09:00:00+07:00");
        services::SaleLineRequest cm = saleLine(QStringLiteral("CM-KG"), QStringLiteral("0.350"));
        cm.discount = core::Discount::percent(core::BasisPoints{500});
        s1 = sell(thu, {saleLine(QStringLiteral("NM-500"), QStringLiteral("2")), cm}, {cash(400000)},
                  core::Discount::amount(core::Money(10000)));
        at("2026-11-01T10:00:00+07:00");
        s2 = sell(thu, {saleLine(QStringLiteral("TRA-50")), saleLine(QStringLiteral("NK-500"), QStringLiteral("3"))},
                  {pay(core::PaymentMethod::Card, 200000), cash(500000)});
        at("2026-11-01T11:00:00+07:00");
        s3 = sell(thu, {saleLine(QStringLiteral("RUOU-500"))}, {cash(350000)});
        services::SaleService(store.ctx()).voidSale(manager, s3.receiptNo);
        at("2026-11-01T20:00:00+07:00");
        closeShift(thu);

        at("2026-11-02T08:00:00+07:00");
        openShift(ngan);
        at("2026-11-02T09:30:00+07:00");
        s4 = sell(ngan, {saleLine(QStringLiteral("GA-KG"), QStringLiteral("1.250"))}, {pay(core::PaymentMethod::BankQr, 275000)});
        at("2026-11-02T10:30:00+07:00");
        s5 = sell(ngan, {saleLine(QStringLiteral("NM-500"), QStringLiteral("3"))}, {cash(360000)});
        at("2026-11-02T20:00:00+07:00");
        closeShift(ngan);

        at("2026-11-03T08:00:00+07:00");
        openShift(thu);
        at("2026-11-03T09:00:00+07:00");
        r1 = giveBack(s1.receiptNo, QStringLiteral("NM-500"), QStringLiteral("1"));
        r2 = giveBack(s2.receiptNo, QStringLiteral("NK-500"), QStringLiteral("3"));
        at("2026-11-03T20:00:00+07:00");
        closeShift(thu);
        at("2026-11-04T09:00:00+07:00");
    }

    TempStore store;
    services::Session thu, ngan, manager, coopA, coopB;
    services::SaleResult s1, s2, s3, s4, s5;
    services::ReturnResult r1, r2;
};

} // namespace ocopos::test

// Scheduled price and VAT changes: refused in the past, applied by themselves
// when the store-local day comes, recorded as history, idempotent.
#include "CatalogTestSupport.h"

using namespace ocopos;
using namespace ocopos::test;
using core::Role;

namespace {

class PriceSchedule : public CatalogFixture {
protected:
    void SetUp() override
    {
        CatalogFixture::SetUp();
        manager = store.addUser(QStringLiteral("quanly"), Role::Manager);
    }
    int schedule(const std::string& csv)
    {
        return prices.schedulePrices(manager, QByteArray::fromStdString("code,effective_on,price,vat\n" + csv));
    }
    std::vector<Problem> scheduleProblems(const std::string& csv)
    {
        return problemsOf([&] { schedule(csv); });
    }
    void setNow(const char* iso) { store.clock().set(core::parseIsoTime(QString::fromLatin1(iso), "now")); }
    services::Session manager;
};

TEST_F(PriceSchedule, TheVatReturnsTo10PercentOnNewYearsDayByItself)
{
    EXPECT_EQ(schedule("NM-500,2027-01-01,,10\nTRA-50,2027-01-01,700000,10\n8936167000015,2027-01-01,9000,\n"), 3);
    EXPECT_EQ(prices.applyDueChanges(), 0);
    EXPECT_EQ(product("NM-500").vat.percentValue(), 8);
    auto pending = prices.priceList(manager);
    ASSERT_EQ(std::count_if(pending.begin(), pending.end(), [](const auto& c) { return c.status == QLatin1String("pending"); }), 3);
    EXPECT_EQ(pending.front().effectiveOn, QDate(2027, 1, 1));
    EXPECT_EQ(pending.front().username, QStringLiteral("quanly"));

    setNow("2026-12-31T23:59:59+07:00");
    EXPECT_EQ(prices.applyDueChanges(), 0);
    setNow("2027-01-01T00:00:01+07:00");
    EXPECT_EQ(prices.applyDueChanges(), 3);
    const auto nm = product("NM-500");
    EXPECT_EQ(nm.vat.percentValue(), 10);
    EXPECT_EQ(nm.price.dong(), 120000);  // VAT only: price kept
    const auto tra = product("TRA-50");
    EXPECT_EQ(tra.vat.percentValue(), 10);
    EXPECT_EQ(tra.price.dong(), 700000);
    const auto nk = product("NK-500");  // scheduled by barcode, price only
    EXPECT_EQ(nk.price.dong(), 9000);
    EXPECT_EQ(nk.vat.percentValue(), 8);
    // Idempotent.
    EXPECT_EQ(prices.applyDueChanges(), 0);
    EXPECT_EQ(product("NM-500").vat.percentValue(), 10);

    // History: source 'schedule', who scheduled it, old and new.
    const auto list = prices.priceList(manager, QStringLiteral("NM-500"));
    ASSERT_FALSE(list.empty());
    EXPECT_EQ(list.front().status, QStringLiteral("schedule"));
    EXPECT_EQ(list.front().username, QStringLiteral("quanly"));
    EXPECT_EQ(list.front().effectiveOn, QDate(2027, 1, 1));
    EXPECT_EQ(list.front().at, QStringLiteral("2027-01-01T00:00:01+07:00"));
    EXPECT_EQ(list.front().oldVat->percentValue(), 8);
    EXPECT_EQ(list.front().vat->percentValue(), 10);
    EXPECT_EQ(list.front().oldPrice->dong(), 120000);
    for (const auto& c : prices.priceList(manager))
        EXPECT_NE(c.status, QStringLiteral("pending"));
    db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM price_history WHERE source = 'schedule'"));
    EXPECT_EQ(q.scalar()->toInt(), 3);
}

TEST_F(PriceSchedule, TheDayIsTheStoresLocalDay)
{
    schedule("NM-500,2027-01-01,,10\n");
    setNow("2026-12-31T16:59:59Z");  // 23:59:59 in Vietnam
    EXPECT_EQ(prices.applyDueChanges(), 0);
    setNow("2026-12-31T17:00:00Z");  // midnight in Vietnam
    EXPECT_EQ(prices.applyDueChanges(), 1);
}

TEST_F(PriceSchedule, ALateStartAppliesEveryMissedChangeInOrder)
{
    schedule("NM-500,2026-12-01,130000,\nNM-500,2026-12-15,140000,10\n");
    setNow("2027-02-01T08:00:00+07:00");
    EXPECT_EQ(prices.applyDueChanges(), 2);
    EXPECT_EQ(product("NM-500").price.dong(), 140000);
    const auto list = prices.priceList(manager, QStringLiteral("NM-500"));
    ASSERT_GE(list.size(), 3u);
    EXPECT_EQ(list[0].oldPrice->dong(), 130000);
    EXPECT_EQ(list[1].oldPrice->dong(), 120000);
}

TEST_F(PriceSchedule, TodayAppliesAtOnceAndThePastIsRefused)
{
    EXPECT_EQ(schedule("NM-500,2026-11-28,125000,\n"), 1);
    EXPECT_EQ(product("NM-500").price.dong(), 125000);
    const auto p = scheduleProblems("NM-500,2026-11-27,126000,\n");
    EXPECT_TRUE(hasProblem(p, 2, "effective_on", "in the past")) << describeAll(p);
    EXPECT_EQ(product("NM-500").price.dong(), 125000);
}

TEST_F(PriceSchedule, BadRowsAreReportedTogetherAndNothingIsScheduled)
{
    const auto p = scheduleProblems("NOPE,2027-01-01,1000,\n"          // 2 unknown product
                                    "NM-500,2027-13-01,1000,\n"        // 3 bad date
                                    "NM-500,2027-01-01,,\n"            // 4 nothing to change
                                    "NM-500,2027-01-02,0,\n"           // 5 zero price
                                    "NM-500,2027-01-03,0.350,\n"       // 6 not whole đồng
                                    "NM-500,2027-01-04,,9\n"           // 7 bad VAT
                                    "TRA-50,2027-02-01,,10\n"          // 8 fine
                                    "TRA-50,2027-02-01,1000,\n"        // 9 same product and day
                                    ",2027-02-01,1000,\n"              // 10 no code
                                    "TRA-50,,1000,\n");                // 11 no date
    EXPECT_TRUE(hasProblem(p, 2, "code", "NOPE")) << describeAll(p);
    EXPECT_TRUE(hasProblem(p, 3, "effective_on"));
    EXPECT_TRUE(hasProblem(p, 4, "price", "both"));
    EXPECT_TRUE(hasProblem(p, 5, "price", "more than 0"));
    EXPECT_TRUE(hasProblem(p, 6, "price"));
    EXPECT_TRUE(hasProblem(p, 7, "vat"));
    EXPECT_TRUE(hasProblem(p, 9, "effective_on", "line 8"));
    EXPECT_TRUE(hasProblem(p, 10, "code", "required"));
    EXPECT_TRUE(hasProblem(p, 11, "effective_on"));
    for (const auto& problem : p)
        EXPECT_NE(problem.line, 8) << problem.describe();
    EXPECT_EQ(rows("price_schedule"), 0);
    const auto unknownColumn = problemsOf([&] {
        prices.schedulePrices(manager, "code,effective_on,price,colour\nNM-500,2027-01-01,1,red\n");
    });
    EXPECT_TRUE(hasProblem(unknownColumn, 1, "colour"));
}

TEST_F(PriceSchedule, ReschedulingTheSameDayReplacesThePendingChange)
{
    schedule("NM-500,2027-01-01,130000,\n");
    schedule("NM-500,2027-01-01,135000,10\n");
    EXPECT_EQ(rows("price_schedule"), 1);
    setNow("2027-01-01T07:00:00+07:00");
    prices.applyDueChanges();
    EXPECT_EQ(product("NM-500").price.dong(), 135000);
}

TEST_F(PriceSchedule, OnlyAManagerSchedulesOrLists)
{
    const auto cashier = store.addUser(QStringLiteral("thungan"), Role::Cashier);
    EXPECT_THROW(prices.schedulePrices(cashier, "code,effective_on,price\nNM-500,2027-01-01,1\n"), AuthError);
    EXPECT_THROW(prices.priceList(cashier), AuthError);
    EXPECT_EQ(rows("price_schedule"), 0);
}

TEST_F(PriceSchedule, ThePriceListShowsImportsToo)
{
    const auto list = prices.priceList(manager, QStringLiteral("8938505974194"));
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].status, QStringLiteral("import"));
    EXPECT_EQ(list[0].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(list[0].price->dong(), 120000);
    EXPECT_FALSE(list[0].oldPrice);
    EXPECT_EQ(list[0].username, QStringLiteral("admin"));
    EXPECT_THROW(prices.priceList(manager, QStringLiteral("NOPE")), NotFound);
}

} // namespace

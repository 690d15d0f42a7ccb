#include "core/Domain.h"

#include <gtest/gtest.h>

using namespace ocopos::core;

TEST(Roles, AdminMayDoAllAndNoRoleMayDoMoreThanItsRank)
{
    for (Role need : {Role::Admin, Role::Manager, Role::Cashier, Role::Cooperative})
        EXPECT_TRUE(roleAtLeast(Role::Admin, need));
    EXPECT_FALSE(roleAtLeast(Role::Cashier, Role::Admin));
    EXPECT_FALSE(roleAtLeast(Role::Manager, Role::Admin));
    EXPECT_FALSE(roleAtLeast(Role::Cashier, Role::Manager));
    EXPECT_TRUE(roleAtLeast(Role::Manager, Role::Cashier));
    EXPECT_TRUE(roleAtLeast(Role::Cashier, Role::Cashier));
    // A cooperative user is no cashier, and no staff role is a cooperative.
    EXPECT_FALSE(roleAtLeast(Role::Cooperative, Role::Cashier));
    EXPECT_FALSE(roleAtLeast(Role::Manager, Role::Cooperative));
    EXPECT_TRUE(roleAtLeast(Role::Cooperative, Role::Cooperative));
}

TEST(Codes, RoundTrip)
{
    for (auto k : {ProducerKind::Cooperative, ProducerKind::CoopGroup, ProducerKind::Enterprise, ProducerKind::Household,
                   ProducerKind::Individual})
        EXPECT_EQ(producerKindFromCode(toCode(k)), k);
    EXPECT_EQ(toCode(PaymentMethod::BankQr), "bank_qr");
    EXPECT_EQ(toCode(MovementKind::WriteOff), "write_off");
    EXPECT_FALSE(roleFromCode("root").has_value());
}

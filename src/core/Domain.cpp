#include "Domain.h"

namespace ocopos::core {

namespace {
template <typename E, std::size_t N>
struct Codes {
    std::array<std::pair<E, std::string_view>, N> items;

    std::string_view to(E v) const
    {
        for (const auto& [e, s] : items)
            if (e == v)
                return s;
        return {};
    }
    std::optional<E> from(std::string_view s) const
    {
        for (const auto& [e, c] : items)
            if (c == s)
                return e;
        return std::nullopt;
    }
};

constexpr Codes<ProducerKind, 5> kKinds{{{{ProducerKind::Cooperative, "cooperative"},
                                          {ProducerKind::CoopGroup, "coop_group"},
                                          {ProducerKind::Enterprise, "enterprise"},
                                          {ProducerKind::Household, "household"},
                                          {ProducerKind::Individual, "individual"}}}};
constexpr Codes<SoldBy, 2> kSoldBy{{{{SoldBy::Unit, "unit"}, {SoldBy::Weight, "weight"}}}};
constexpr Codes<Supply, 2> kSupply{{{{Supply::Consignment, "consignment"}, {Supply::Purchased, "purchased"}}}};
constexpr Codes<Role, 4> kRoles{{{{Role::Admin, "admin"},
                                  {Role::Manager, "manager"},
                                  {Role::Cashier, "cashier"},
                                  {Role::Cooperative, "cooperative"}}}};
constexpr Codes<PaymentMethod, 3> kMethods{
    {{{PaymentMethod::Cash, "cash"}, {PaymentMethod::Card, "card"}, {PaymentMethod::BankQr, "bank_qr"}}}};
constexpr Codes<MovementKind, 7> kMovements{{{{MovementKind::Receipt, "receipt"},
                                              {MovementKind::Sale, "sale"},
                                              {MovementKind::Return, "return"},
                                              {MovementKind::Adjustment, "adjustment"},
                                              {MovementKind::Count, "count"},
                                              {MovementKind::WriteOff, "write_off"},
                                              {MovementKind::Void, "void"}}}};
} // namespace

std::string_view toCode(ProducerKind v) { return kKinds.to(v); }
std::string_view toCode(SoldBy v) { return kSoldBy.to(v); }
std::string_view toCode(Supply v) { return kSupply.to(v); }
std::string_view toCode(Role v) { return kRoles.to(v); }
std::string_view toCode(PaymentMethod v) { return kMethods.to(v); }
std::string_view toCode(MovementKind v) { return kMovements.to(v); }
std::optional<ProducerKind> producerKindFromCode(std::string_view s) { return kKinds.from(s); }
std::optional<SoldBy> soldByFromCode(std::string_view s) { return kSoldBy.from(s); }
std::optional<Supply> supplyFromCode(std::string_view s) { return kSupply.from(s); }
std::optional<Role> roleFromCode(std::string_view s) { return kRoles.from(s); }
std::optional<PaymentMethod> paymentMethodFromCode(std::string_view s) { return kMethods.from(s); }
std::optional<MovementKind> movementKindFromCode(std::string_view s) { return kMovements.from(s); }

bool roleAtLeast(Role have, Role need)
{
    if (have == Role::Admin)
        return true;
    if (have == Role::Cooperative || need == Role::Cooperative)
        return have == need;
    const auto rank = [](Role r) {
        switch (r) {
        case Role::Admin: return 3;
        case Role::Manager: return 2;
        case Role::Cashier: return 1;
        case Role::Cooperative: break;
        }
        return 0;
    };
    return rank(have) >= rank(need);
}

} // namespace ocopos::core

#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ocopos::core {

enum class ProducerKind { Cooperative, CoopGroup, Enterprise, Household, Individual };
enum class SoldBy { Unit, Weight };
enum class Supply { Consignment, Purchased };
enum class Role { Admin, Manager, Cashier, Cooperative };
enum class PaymentMethod { Cash, Card, BankQr };
enum class MovementKind { Receipt, Sale, Return, Adjustment, Count, WriteOff, Void };

/// Text codes as in cli.md (`coop_group`, `weight`, `consignment`, `bank_qr`, ...).
std::string_view toCode(ProducerKind v);
std::string_view toCode(SoldBy v);
std::string_view toCode(Supply v);
std::string_view toCode(Role v);
std::string_view toCode(PaymentMethod v);
std::string_view toCode(MovementKind v);

/// Parses a code; nullopt when it is none of the allowed values.
std::optional<ProducerKind> producerKindFromCode(std::string_view s);
std::optional<SoldBy> soldByFromCode(std::string_view s);
std::optional<Supply> supplyFromCode(std::string_view s);
std::optional<Role> roleFromCode(std::string_view s);
std::optional<PaymentMethod> paymentMethodFromCode(std::string_view s);
std::optional<MovementKind> movementKindFromCode(std::string_view s);

/// Role ranks for "may do what a lower role may": admin > manager > cashier;
/// cooperative stands apart.
bool roleAtLeast(Role have, Role need);

} // namespace ocopos::core

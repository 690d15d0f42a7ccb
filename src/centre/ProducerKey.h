#pragma once

#include <QString>

#include <functional>
#include <optional>

// The producer matching rule of docs/CENTRE.md §5: one province key per
// producer, from what the store says of it, never from its name.

namespace ocopos::centre {

/// What the rule reads of a store's producer.
struct ProducerFacts {
    QString code, kind, parent, taxCode;
};

/// Finds a producer of the same store by code (its parent).
using ProducerLookup = std::function<std::optional<ProducerFacts>(const QString& code)>;

/// The province key of `p`, a producer of store `storeCode`:
///  1. `MST:<tax code>` when it has a tax code (white space removed, upper case);
///  2. else `HTX:<code>` for a cooperative, coop_group or enterprise;
///  3. else (household, individual) `<parent's key>/<code>` when the store knows its parent;
///  4. else `STORE:<store>/<code>`, never merged with another store's.
QString producerKey(const QString& storeCode, const ProducerFacts& p, const ProducerLookup& lookup);

/// A tax code as keys compare it: white space removed, upper case.
QString normalizedTaxCode(const QString& taxCode);
/// A name as conflicts compare it: NFC, trimmed, case-folded, runs of white space as one space.
QString normalizedName(const QString& name);

} // namespace ocopos::centre

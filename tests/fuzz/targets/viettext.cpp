// Vietnamese text: normalising and folding any UTF-8 (valid or not) is total and
// idempotent; the search key matches itself; collation is a consistent order.
#include "core/VietText.h"

#include "../FuzzSupport.h"

#include <QStringList>

using namespace ocopos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString all = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString n = core::normalizeText(all);
    FUZZ_CHECK(core::normalizeText(n) == n);
    const QString key = core::searchKey(all);
    FUZZ_CHECK(core::searchKey(key) == key);
    FUZZ_CHECK(core::matchesSearch(key, key));
    // Split the input in three and check the order's laws on the parts.
    const qsizetype third = all.size() / 3;
    const QString a = all.left(third), b = all.mid(third, third), c = all.mid(2 * third);
    const int ab = core::compareVietnamese(a, b), ba = core::compareVietnamese(b, a);
    FUZZ_CHECK((ab < 0) == (ba > 0) && (ab == 0) == (ba == 0));
    FUZZ_CHECK(core::compareVietnamese(a, a) == 0);
    if (ab <= 0 && core::compareVietnamese(b, c) <= 0)
        FUZZ_CHECK(core::compareVietnamese(a, c) <= 0);
    QStringList list { a, b, c, n, key };
    core::sortVietnamese(list);
    for (qsizetype i = 1; i < list.size(); ++i)
        FUZZ_CHECK(core::compareVietnamese(list[i - 1], list[i]) <= 0);
    return 0;
}

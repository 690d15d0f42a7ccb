// The search index's saved file: a till that built its index keeps it next to
// the store, tagged with the catalogue token it was built at (migration 0011),
// and the next start reads it back in tens of milliseconds instead of building
// for seconds while searches wait on SQL (docs/PERFORMANCE.md §Search before the
// index). The file is a cache: anything unexpected in it — another token,
// another collation, another format, a short or damaged file — means "build",
// never a crash or a wrong answer.
//
// Layout (host byte order, checked by a marker): magic "OCOPSIDX", format,
// byte-order marker, the token, the collation's fingerprint, then each of the
// build's arrays as a count and its bytes, then a checksum of all of it.
#include "ProductSearchIndexData.h"

#include <QCollator>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace ocopos::services {

namespace {

constexpr char kMagic[8] = {'O', 'C', 'O', 'P', 'S', 'I', 'D', 'X'};
constexpr std::uint32_t kFormat = 1;
constexpr std::uint32_t kByteOrder = 0x01020304;

/// A running checksum over the bytes written or read: 8 bytes a step, so the
/// ~50 MB of a 300k-product index costs a few milliseconds.
class Checksum {
public:
    void add(const char* p, std::size_t n)
    {
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            step(w);
        }
        for (; i < n; ++i)
            step(static_cast<unsigned char>(p[i]));
    }
    std::uint64_t value() const noexcept { return m_h; }

private:
    void step(std::uint64_t w) noexcept
    {
        m_h = (m_h ^ w) * 0x100000001b3ULL;
        m_h ^= m_h >> 29;
    }
    std::uint64_t m_h = 0xcbf29ce484222325ULL;
};

/// The order the collator gives a fixed set of names that differ only where
/// Vietnamese collation rules decide (tones, đ, ư/ơ, digraphs, numbers, case):
/// a saved index holds ranks in collation order, so a change of ICU's rules
/// (a system upgrade) must make it be rebuilt.
std::uint64_t collationFingerprint()
{
    const QStringList probe{
        QStringLiteral("a"), QStringLiteral("à"), QStringLiteral("á"), QStringLiteral("ả"), QStringLiteral("ã"),
        QStringLiteral("ạ"), QStringLiteral("ă"), QStringLiteral("ằ"), QStringLiteral("ắ"), QStringLiteral("â"),
        QStringLiteral("ầ"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("ch"), QStringLiteral("d"),
        QStringLiteral("đ"), QStringLiteral("Đ"), QStringLiteral("e"), QStringLiteral("ê"), QStringLiteral("g"),
        QStringLiteral("gi"), QStringLiteral("ngh"), QStringLiteral("o"), QStringLiteral("ô"), QStringLiteral("ơ"),
        QStringLiteral("ờ"), QStringLiteral("u"), QStringLiteral("ư"), QStringLiteral("ự"), QStringLiteral("y"),
        QStringLiteral("ỹ"), QStringLiteral("Nước mắm 500ml"), QStringLiteral("Nước mắm 50ml"),
        QStringLiteral("nuoc mam"), QStringLiteral("NƯỚC MẮM"), QStringLiteral("Trà"), QStringLiteral("tra"),
        QStringLiteral("Mật ong"), QStringLiteral("mat ong"), QStringLiteral("Chả mực"), QStringLiteral("cha muc"),
        QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("A-1"), QStringLiteral("A 1")};
    const QCollator col = vietnameseCollator();
    std::vector<int> order(static_cast<std::size_t>(probe.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return col.compare(probe[a], probe[b]) < 0; });
    Checksum c;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::int64_t cmp = i ? col.compare(probe[order[i - 1]], probe[order[i]]) : 0;
        const std::int64_t v = order[i] * 4 + (cmp < 0 ? 1 : cmp == 0 ? 2 : 3);
        c.add(reinterpret_cast<const char*>(&v), sizeof v);
    }
    return c.value();
}

class Writer {
public:
    explicit Writer(QSaveFile& f) : m_f(f) {}
    void bytes(const void* p, std::size_t n)
    {
        if (n == 0 || !m_ok)
            return;
        m_sum.add(static_cast<const char*>(p), n);
        m_ok = m_f.write(static_cast<const char*>(p), static_cast<qint64>(n)) == static_cast<qint64>(n);
    }
    template <typename T>
    void value(T v)
    {
        bytes(&v, sizeof v);
    }
    template <typename T>
    void array(const std::vector<T>& v)
    {
        value<std::uint64_t>(v.size());
        bytes(v.data(), v.size() * sizeof(T));
    }
    void text(const std::string& s)
    {
        value<std::uint64_t>(s.size());
        bytes(s.data(), s.size());
    }
    bool finish()
    {
        const std::uint64_t sum = m_sum.value();
        if (m_ok)
            m_ok = m_f.write(reinterpret_cast<const char*>(&sum), sizeof sum) == sizeof sum;
        return m_ok;
    }

private:
    QSaveFile& m_f;
    Checksum m_sum;
    bool m_ok = true;
};

/// Reads what Writer wrote; any short read or impossible count makes it bad
/// and every later read empty, so one check at the end is enough.
class Reader {
public:
    explicit Reader(QFile& f) : m_f(f), m_left(f.size()) {}
    bool bytes(void* p, std::size_t n)
    {
        if (n == 0 || !m_ok)
            return m_ok;
        if (static_cast<qint64>(n) > m_left || m_f.read(static_cast<char*>(p), static_cast<qint64>(n)) != static_cast<qint64>(n))
            return m_ok = false;
        m_left -= static_cast<qint64>(n);
        m_sum.add(static_cast<const char*>(p), n);
        return true;
    }
    template <typename T>
    T value()
    {
        T v{};
        bytes(&v, sizeof v);
        return v;
    }
    template <typename T>
    std::vector<T> array()
    {
        const auto n = value<std::uint64_t>();
        std::vector<T> v;
        // A count larger than the rest of the file is damage, not an allocation to try.
        if (!m_ok || n > static_cast<std::uint64_t>(m_left) / sizeof(T)) {
            m_ok = false;
            return v;
        }
        v.resize(static_cast<std::size_t>(n));
        bytes(v.data(), v.size() * sizeof(T));
        return v;
    }
    std::string text()
    {
        const auto n = value<std::uint64_t>();
        std::string s;
        if (!m_ok || n > static_cast<std::uint64_t>(m_left)) {
            m_ok = false;
            return s;
        }
        s.resize(static_cast<std::size_t>(n));
        bytes(s.data(), s.size());
        return s;
    }
    /// The checksum stored at the end matches and nothing follows it.
    bool finish()
    {
        const std::uint64_t expected = m_sum.value();
        std::uint64_t stored = 0;
        if (!m_ok || m_left != sizeof stored || m_f.read(reinterpret_cast<char*>(&stored), sizeof stored) != sizeof stored)
            return false;
        return stored == expected;
    }
    bool ok() const noexcept { return m_ok; }

private:
    QFile& m_f;
    qint64 m_left;
    Checksum m_sum;
    bool m_ok = true;
};

/// Offsets into a buffer: n+1 of them, from 0, never decreasing, ending at its size.
bool validOffsets(const std::vector<std::uint32_t>& at, std::size_t n, std::size_t bufferSize)
{
    if (at.size() != n + 1 || at.front() != 0 || at.back() != bufferSize)
        return false;
    return std::is_sorted(at.begin(), at.end());
}

bool ranksBelow(const std::vector<std::uint32_t>& ranks, std::size_t n)
{
    return std::all_of(ranks.begin(), ranks.end(), [n](std::uint32_t r) { return r < n; });
}

} // namespace

QString ProductSearchIndex::Data::save(const QString& path, const QString& token) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    Writer w(f);
    w.bytes(kMagic, sizeof kMagic);
    w.value(kFormat);
    w.value(kByteOrder);
    w.text(token.toStdString());
    w.value(collationFingerprint());
    w.array(m_ids);
    w.array(m_owner);
    w.text(m_names);
    w.array(m_nameAt);
    w.text(m_codes);
    w.array(m_codeAt);
    w.array(m_codeMask);
    w.array(m_codePairs);
    std::array<std::uint8_t, 256> codeBytes{};
    std::transform(m_codeBytes.begin(), m_codeBytes.end(), codeBytes.begin(), [](bool b) { return b ? 1 : 0; });
    w.bytes(codeBytes.data(), codeBytes.size());
    w.array(m_byKey);
    w.array(m_keyPos);
    w.value<std::uint64_t>(m_words.size());
    for (const Word& word : m_words) {
        w.text(word.text);
        w.array(word.ranks);
    }
    w.value<std::uint64_t>(m_owners.size());
    for (const Owner& o : m_owners) {
        w.value<std::int64_t>(o.id);
        w.text(o.key);
        w.array(o.ranks);
    }
    if (!w.finish()) {
        f.cancelWriting();
        return f.errorString().isEmpty() ? QStringLiteral("write failed") : f.errorString();
    }
    if (!f.commit())
        return f.errorString();
    return {};
}

QString ProductSearchIndex::Data::restore(const QString& path, const QString& token)
{
    if (token.isEmpty())
        return QStringLiteral("the catalogue has no token");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    Reader r(f);
    char magic[sizeof kMagic] = {};
    r.bytes(magic, sizeof magic);
    if (!r.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0)
        return QStringLiteral("not a saved search index");
    if (r.value<std::uint32_t>() != kFormat || r.value<std::uint32_t>() != kByteOrder)
        return QStringLiteral("another format of the saved index");
    if (QString::fromStdString(r.text()) != token)
        return QStringLiteral("the catalogue changed since it was saved");
    if (r.value<std::uint64_t>() != collationFingerprint())
        return QStringLiteral("the system's Vietnamese collation changed since it was saved");
    m_ids = r.array<qint64>();
    m_owner = r.array<std::uint32_t>();
    m_names = r.text();
    m_nameAt = r.array<std::uint32_t>();
    m_codes = r.text();
    m_codeAt = r.array<std::uint32_t>();
    m_codeMask = r.array<std::uint64_t>();
    m_codePairs = r.array<std::uint64_t>();
    std::array<std::uint8_t, 256> codeBytes{};
    r.bytes(codeBytes.data(), codeBytes.size());
    m_byKey = r.array<std::uint32_t>();
    m_keyPos = r.array<std::uint32_t>();
    const auto words = r.value<std::uint64_t>();
    for (std::uint64_t i = 0; r.ok() && i < words; ++i) {
        Word word;
        word.text = r.text();
        word.ranks = r.array<std::uint32_t>();
        m_words.push_back(std::move(word));
    }
    const auto owners = r.value<std::uint64_t>();
    for (std::uint64_t i = 0; r.ok() && i < owners; ++i) {
        Owner o;
        o.id = r.value<std::int64_t>();
        o.key = r.text();
        o.ranks = r.array<std::uint32_t>();
        m_owners.push_back(std::move(o));
    }
    if (!r.finish())
        return QStringLiteral("the file is damaged or incomplete");

    // The checksum says the bytes are the ones written; these say they are an
    // index search() can walk without reading out of bounds.
    const std::size_t n = m_ids.size();
    bool valid = m_owner.size() == n && validOffsets(m_nameAt, n, m_names.size())
        && validOffsets(m_codeAt, n, m_codes.size()) && m_codeMask.size() == n && m_codePairs.size() == n
        && m_byKey.size() == n && m_keyPos.size() == n && ranksBelow(m_byKey, n)
        && (m_owners.empty() ? std::all_of(m_owner.begin(), m_owner.end(), [](std::uint32_t o) { return o == 0; })
                             : std::all_of(m_owner.begin(), m_owner.end(),
                                           [this](std::uint32_t o) { return o < m_owners.size(); }))
        && std::all_of(codeBytes.begin(), codeBytes.end(), [](std::uint8_t b) { return b <= 1; });
    for (std::size_t i = 0; valid && i < n; ++i)
        valid = m_keyPos[m_byKey[i]] == i;  // m_byKey is a permutation, m_keyPos its inverse
    for (const Word& word : m_words)
        valid = valid && ranksBelow(word.ranks, n);
    for (const Owner& o : m_owners)
        valid = valid && ranksBelow(o.ranks, n);
    if (!valid)
        return QStringLiteral("the file is not a consistent index");
    std::transform(codeBytes.begin(), codeBytes.end(), m_codeBytes.begin(), [](std::uint8_t b) { return b == 1; });
    for (std::uint32_t i = 0; i < m_owners.size(); ++i)
        m_ownerIndex.emplace(m_owners[i].id, i);
    buildMinTree();
    return {};
}

} // namespace ocopos::services

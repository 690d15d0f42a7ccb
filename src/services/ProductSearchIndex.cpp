#include "ProductSearchIndex.h"

#include "core/VietText.h"
#include "db/Database.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace ocopos::services {

namespace {

// SQLite's LIKE folds ASCII case only; the folded keys are lower case already,
// SKUs and barcodes are ASCII, so lowering ASCII here is exactly LIKE's rule.
std::string lowerAscii(QByteArray b)
{
    std::string s(b.constData(), static_cast<std::size_t>(b.size()));
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// The collator of core::compareVietnamese (same locale and options): the rank
// order must be that comparison's order.
QCollator vietnameseCollator()
{
    QCollator col{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    col.setCaseSensitivity(Qt::CaseInsensitive);
    col.setNumericMode(true);
    return col;
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

} // namespace

std::string_view ProductSearchIndex::nameKey(std::uint32_t r) const
{
    return std::string_view(m_names).substr(m_nameAt[r], m_nameAt[r + 1] - m_nameAt[r]);
}

std::string_view ProductSearchIndex::codes(std::uint32_t r) const
{
    return std::string_view(m_codes).substr(m_codeAt[r], m_codeAt[r + 1] - m_codeAt[r]);
}

void ProductSearchIndex::reload(db::Database& db)
{
    *this = ProductSearchIndex();

    db::Query oq(db, QStringLiteral("SELECT id, name_key, code FROM producers"));
    oq.exec();
    while (oq.next()) {
        Owner o;
        o.id = oq.value(0).toLongLong();
        o.key = lowerAscii(oq.value(1).toString().toUtf8());
        o.key += '\x1f';
        o.key += lowerAscii(oq.value(2).toString().toUtf8());
        m_ownerIndex.emplace(o.id, static_cast<std::uint32_t>(m_owners.size()));
        m_owners.push_back(std::move(o));
    }

    struct Row {
        qint64 id;
        QString name;
        std::string key;
        QString sku;
        std::string codes;
        std::uint32_t owner;
        QCollatorSortKey sortKey;
    };
    std::vector<Row> rows;
    std::unordered_map<qint64, std::uint32_t> byId;
    // Rows are not cheap to move (the sort key is a shared Qt handle): no regrowth.
    db::Query count(db, QStringLiteral("SELECT COUNT(*) FROM products"));
    const auto expected = static_cast<std::size_t>(count.scalar()->toLongLong());
    rows.reserve(expected);
    byId.reserve(expected);
    const QCollator col = vietnameseCollator();
    db::Query pq(db, QStringLiteral("SELECT id, name, name_key, sku, owner_id FROM products"));
    pq.exec();
    while (pq.next()) {
        const qint64 id = pq.value(0).toLongLong();
        QString name = pq.value(1).toString();
        QString sku = pq.value(3).toString();
        auto owner = m_ownerIndex.find(pq.value(4).toLongLong());
        QCollatorSortKey key = col.sortKey(name);
        byId.emplace(id, static_cast<std::uint32_t>(rows.size()));
        rows.push_back(Row{id, std::move(name), lowerAscii(pq.value(2).toString().toUtf8()), sku,
                           lowerAscii(sku.toUtf8()), owner == m_ownerIndex.end() ? 0u : owner->second, std::move(key)});
    }
    db::Query bq(db, QStringLiteral("SELECT product_id, code FROM barcodes"));
    bq.exec();
    while (bq.next()) {
        auto it = byId.find(bq.value(0).toLongLong());
        if (it != byId.end())
            (rows[it->second].codes += '\x1f') += lowerAscii(bq.value(1).toString().toUtf8());
    }

    // listProducts' order: collation, then the exact name, then SKU.
    std::vector<std::uint32_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Row& x = rows[a];
        const Row& y = rows[b];
        int c = x.sortKey.compare(y.sortKey);
        if (c == 0)
            c = QString::compare(x.name, y.name);
        return c != 0 ? c < 0 : x.sku < y.sku;
    });

    const std::size_t n = rows.size();
    m_ids.reserve(n);
    m_owner.reserve(n);
    m_nameAt.reserve(n + 1);
    m_codeAt.reserve(n + 1);
    m_codeMask.reserve(n);
    std::unordered_map<std::string_view, std::uint32_t> vocab;
    m_nameAt.push_back(0);
    m_codeAt.push_back(0);
    for (std::uint32_t r = 0; r < n; ++r) {
        Row& row = rows[order[r]];
        m_ids.push_back(row.id);
        m_owner.push_back(row.owner);
        if (!m_owners.empty())
            m_owners[row.owner].ranks.push_back(r);
        m_names += row.key;
        m_nameAt.push_back(static_cast<std::uint32_t>(m_names.size()));
        m_codes += row.codes;
        m_codeAt.push_back(static_cast<std::uint32_t>(m_codes.size()));
        std::uint64_t mask = 0;
        for (unsigned char c : row.codes)
            mask |= std::uint64_t{1} << (c & 63u);
        m_codeMask.push_back(mask);
    }
    // Words after the buffer stops growing, so the views stay valid.
    for (std::uint32_t r = 0; r < n; ++r) {
        const std::string_view key = nameKey(r);
        std::size_t start = 0;
        while (start < key.size()) {
            std::size_t end = key.find(' ', start);
            if (end == std::string_view::npos)
                end = key.size();
            if (end > start) {
                const std::string_view w = key.substr(start, end - start);
                auto [it, fresh] = vocab.emplace(w, static_cast<std::uint32_t>(m_words.size()));
                if (fresh)
                    m_words.push_back(Word{std::string(w), {}});
                auto& ranks = m_words[it->second].ranks;
                if (ranks.empty() || ranks.back() != r)
                    ranks.push_back(r);
            }
            start = end + 1;
        }
    }
    m_byKey.resize(n);
    std::iota(m_byKey.begin(), m_byKey.end(), 0u);
    std::sort(m_byKey.begin(), m_byKey.end(), [&](std::uint32_t a, std::uint32_t b) { return nameKey(a) < nameKey(b); });
}

bool ProductSearchIndex::entryMatches(std::uint32_t r, const std::string& w, const std::vector<char>& ownerHits,
                                      std::uint64_t wordMask) const
{
    if (contains(nameKey(r), w))
        return true;
    if ((m_codeMask[r] & wordMask) == wordMask && contains(codes(r), w))
        return true;
    return !ownerHits.empty() && ownerHits[m_owner[r]];
}

std::vector<qint64> ProductSearchIndex::search(const QString& query, int limit, std::optional<qint64> ownerId) const
{
    const std::size_t n = m_ids.size();
    const std::size_t want = limit > 0 ? static_cast<std::size_t>(limit) : n;
    // The same folding and word split as CatalogService::listProducts.
    const QString foldedQ = core::searchKey(query);
    const std::string folded = lowerAscii(foldedQ.toUtf8());
    struct QWord {
        std::string text;
        std::uint64_t mask = 0;
        std::vector<char> ownerHits;
    };
    std::vector<QWord> words;
    for (QString w : foldedQ.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        w.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
        if (w.isEmpty())
            continue;
        QWord qw;
        qw.text = lowerAscii(w.toUtf8());
        for (unsigned char c : qw.text)
            qw.mask |= std::uint64_t{1} << (c & 63u);
        qw.ownerHits.assign(m_owners.size(), 0);
        for (std::size_t o = 0; o < m_owners.size(); ++o)
            qw.ownerHits[o] = contains(m_owners[o].key, qw.text) ? 1 : 0;
        words.push_back(std::move(qw));
    }
    std::optional<std::uint32_t> ownerIdx;
    if (ownerId) {
        auto it = m_ownerIndex.find(*ownerId);
        if (it == m_ownerIndex.end())
            return {};
        ownerIdx = it->second;
    }
    const auto matchesAll = [&](std::uint32_t r) {
        if (ownerIdx && m_owner[r] != *ownerIdx)
            return false;
        for (const auto& w : words)
            if (!entryMatches(r, w.text, w.ownerHits, w.mask))
                return false;
        return true;
    };
    const auto isPrefix = [&](std::uint32_t r) { return !folded.empty() && nameKey(r).substr(0, folded.size()) == folded; };

    // 1. Names that start with the whole query, best ranks first.
    std::vector<std::uint32_t> first;
    if (!folded.empty()) {
        const bool wordsAreInPrefix = folded.find_first_of("%_") == std::string::npos;
        auto it = std::lower_bound(m_byKey.begin(), m_byKey.end(), folded,
                                   [&](std::uint32_t r, const std::string& q) { return nameKey(r) < q; });
        for (; it != m_byKey.end() && isPrefix(*it); ++it)
            if (wordsAreInPrefix ? (!ownerIdx || m_owner[*it] == *ownerIdx) : matchesAll(*it))
                first.push_back(*it);
        const std::size_t keep = std::min(want, first.size());
        std::partial_sort(first.begin(), first.begin() + static_cast<std::ptrdiff_t>(keep), first.end());
        first.resize(keep);
    }
    std::vector<std::uint32_t> out = first;

    // 2. The other matches in rank order, from the cheapest candidate source.
    const auto take = [&](std::uint32_t r) {
        if (isPrefix(r) || !matchesAll(r))
            return false;
        out.push_back(r);
        return out.size() >= want;
    };
    if (out.size() < want) {
        if (ownerIdx) {
            for (std::uint32_t r : m_owners[*ownerIdx].ranks)
                if (take(r))
                    break;
        } else if (words.empty()) {
            for (std::uint32_t r = 0; r < n; ++r)
                if (take(r))
                    break;
        } else {
            // The word whose vocabulary postings are fewest drives; dense words
            // (more postings than products) are cheaper as a plain walk that stops early.
            std::size_t best = 0, bestCost = SIZE_MAX;
            std::vector<std::vector<const Word*>> hits(words.size());
            for (std::size_t i = 0; i < words.size(); ++i) {
                std::size_t cost = 0;
                for (const auto& vw : m_words)
                    if (contains(vw.text, words[i].text)) {
                        hits[i].push_back(&vw);
                        cost += vw.ranks.size();
                    }
                if (cost < bestCost)
                    bestCost = cost, best = i;
            }
            if (bestCost > n) {
                for (std::uint32_t r = 0; r < n; ++r)
                    if (take(r))
                        break;
            } else {
                const QWord& w = words[best];
                std::vector<std::uint64_t> bits((n + 63) / 64, 0);
                const auto set = [&](std::uint32_t r) { bits[r >> 6] |= std::uint64_t{1} << (r & 63u); };
                for (const Word* vw : hits[best])
                    for (std::uint32_t r : vw->ranks)
                        set(r);
                for (std::uint32_t r = 0; r < n; ++r)
                    if ((m_codeMask[r] & w.mask) == w.mask && contains(codes(r), w.text))
                        set(r);
                for (std::size_t o = 0; o < m_owners.size(); ++o)
                    if (w.ownerHits[o])
                        for (std::uint32_t r : m_owners[o].ranks)
                            set(r);
                bool done = false;
                for (std::size_t b = 0; b < bits.size() && !done; ++b) {
                    std::uint64_t word = bits[b];
                    while (word && !done) {
                        const auto r = static_cast<std::uint32_t>(b * 64 + static_cast<std::size_t>(__builtin_ctzll(word)));
                        word &= word - 1;
                        done = take(r);
                    }
                }
            }
        }
    }
    std::vector<qint64> ids;
    ids.reserve(std::min(out.size(), want));
    for (std::size_t i = 0; i < out.size() && i < want; ++i)
        ids.push_back(m_ids[out[i]]);
    return ids;
}

std::size_t ProductSearchIndex::memoryBytes() const noexcept
{
    std::size_t b = m_ids.capacity() * sizeof(qint64) + m_owner.capacity() * 4 + m_names.capacity()
        + m_nameAt.capacity() * 4 + m_codes.capacity() + m_codeAt.capacity() * 4 + m_codeMask.capacity() * 8
        + m_byKey.capacity() * 4;
    for (const auto& w : m_words)
        b += w.text.capacity() + w.ranks.capacity() * 4 + sizeof(Word);
    for (const auto& o : m_owners)
        b += o.key.capacity() + o.ranks.capacity() * 4 + sizeof(Owner);
    return b;
}

} // namespace ocopos::services

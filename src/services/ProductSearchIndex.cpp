#include "ProductSearchIndex.h"
#include "ProductSearchIndexData.h"
#include "VietnameseSortKeys.h"

#include "core/Logging.h"
#include "core/VietText.h"
#include "db/Database.h"
#include "db/SearchIndexRepository.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QLocale>

#include <spdlog/spdlog.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <queue>
#include <string_view>
#include <unordered_map>

namespace ocopos::services {

namespace {

// SQLite's LIKE folds ASCII case only; the folded keys are lower case already,
// SKUs and barcodes are ASCII, so lowering ASCII here is exactly LIKE's rule.
std::string lowerAscii(const QByteArray& b)
{
    std::string s(b.constData(), static_cast<std::size_t>(b.size()));
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// Which byte pairs occur in a string, hashed into 64 bits: the prefilter for a
// code search. A byte mask is useless there (SKUs and barcodes hold the same ten
// digits); pairs of a 5-digit query are in ~1 % of codes.
std::uint64_t pairMask(std::string_view s)
{
    std::uint64_t m = 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const auto a = static_cast<unsigned char>(s[i - 1]), b = static_cast<unsigned char>(s[i]);
        m |= std::uint64_t{1} << (((a * 131u + b) * 2654435761u) >> 26);
    }
    return m;
}

} // namespace

QCollator vietnameseCollator()
{
    QCollator col{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    col.setCaseSensitivity(Qt::CaseInsensitive);
    col.setNumericMode(true);
    return col;
}

void ProductSearchIndex::Data::load(db::Database& db, const std::atomic<bool>& cancel)
{
    db::SearchIndexRepository repo(db);
    for (auto& owner : repo.owners()) {
        Owner o;
        o.id = owner.id;
        o.key = lowerAscii(owner.nameKey.toUtf8());
        o.key += '\x1f';
        o.key += lowerAscii(owner.code.toUtf8());
        m_ownerIndex.emplace(o.id, static_cast<std::uint32_t>(m_owners.size()));
        m_owners.push_back(std::move(o));
    }

    // One row per product while the order is worked out. Its texts live in
    // three buffers instead of a QString, a std::string and a QCollatorSortKey
    // each (~200 bytes of heap blocks per row, 218 MB at the peak of a 300k
    // build): the sort key's ICU bytes, the name and SKU as UTF-16 (the exact
    // tie-breaks of listProducts' order), the folded name key.
    struct Row {
        qint64 id;
        std::uint32_t owner;
        std::uint32_t sortKeyAt, sortKeyLen;  ///< in sortKeys
        std::uint32_t nameAt, nameLen;        ///< in texts
        std::uint32_t skuAt, skuLen;          ///< in texts
        std::uint32_t keyAt, keyLen;          ///< in keys
        std::string codes;                    ///< SKU and barcodes, \x1f-joined (short: mostly inline)
    };
    std::vector<Row> rows;
    std::string sortKeys, keys;
    std::u16string texts;
    std::unordered_map<qint64, std::uint32_t> byId;
    const auto expected = static_cast<std::size_t>(repo.productCount());
    rows.reserve(expected);
    byId.reserve(expected);
    sortKeys.reserve(expected * 48);
    keys.reserve(expected * 40);
    texts.reserve(expected * 48);
    const VietnameseSortKeys collation;
    const auto offset = [](std::size_t at) {
        if (at > std::numeric_limits<std::uint32_t>::max())
            throw Error("the catalogue is too large for the search index");
        return static_cast<std::uint32_t>(at);
    };
    repo.forEachProduct([&](db::SearchIndexRepository::Product&& p) {
        if ((rows.size() & 4095u) == 0 && cancel.load(std::memory_order_relaxed))
            throw Cancelled{};
        auto owner = m_ownerIndex.find(p.ownerId);
        byId.emplace(p.id, static_cast<std::uint32_t>(rows.size()));
        Row row{p.id, owner == m_ownerIndex.end() ? 0u : owner->second, 0, 0, 0, 0, 0, 0, 0, 0, lowerAscii(p.sku.toUtf8())};
        row.sortKeyAt = offset(sortKeys.size());
        collation.append(p.name, sortKeys);
        row.sortKeyLen = offset(sortKeys.size() - row.sortKeyAt);
        row.nameAt = offset(texts.size());
        texts.append(reinterpret_cast<const char16_t*>(p.name.utf16()), static_cast<std::size_t>(p.name.size()));
        row.nameLen = offset(texts.size() - row.nameAt);
        row.skuAt = offset(texts.size());
        texts.append(reinterpret_cast<const char16_t*>(p.sku.utf16()), static_cast<std::size_t>(p.sku.size()));
        row.skuLen = offset(texts.size() - row.skuAt);
        row.keyAt = offset(keys.size());
        keys += lowerAscii(p.nameKey.toUtf8());
        row.keyLen = offset(keys.size() - row.keyAt);
        rows.push_back(std::move(row));
    });
    repo.forEachBarcode([&](qint64 productId, const QString& code) {
        auto it = byId.find(productId);
        if (it != byId.end())
            (rows[it->second].codes += '\x1f') += lowerAscii(code.toUtf8());
    });
    if (cancel.load(std::memory_order_relaxed))
        throw Cancelled{};
    byId = {};

    // listProducts' order: collation, then the exact name (UTF-16 code units, as
    // QString::compare), then SKU.
    const auto view = [](const auto& buffer, std::uint32_t at, std::uint32_t len) {
        return std::basic_string_view<typename std::decay_t<decltype(buffer)>::value_type>(buffer.data() + at, len);
    };
    std::vector<std::uint32_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Row& x = rows[a];
        const Row& y = rows[b];
        int c = VietnameseSortKeys::compare(view(sortKeys, x.sortKeyAt, x.sortKeyLen), view(sortKeys, y.sortKeyAt, y.sortKeyLen));
        if (c == 0)
            c = view(texts, x.nameAt, x.nameLen).compare(view(texts, y.nameAt, y.nameLen));
        return c != 0 ? c < 0 : view(texts, x.skuAt, x.skuLen) < view(texts, y.skuAt, y.skuLen);
    });
    sortKeys = {};
    texts = {};

    const std::size_t n = rows.size();
    m_ids.reserve(n);
    m_owner.reserve(n);
    m_nameAt.reserve(n + 1);
    m_codeAt.reserve(n + 1);
    m_codeMask.reserve(n);
    m_codePairs.reserve(n);
    m_names.reserve(keys.size());
    m_nameAt.push_back(0);
    m_codeAt.push_back(0);
    for (std::uint32_t r = 0; r < n; ++r) {
        Row& row = rows[order[r]];
        m_ids.push_back(row.id);
        m_owner.push_back(row.owner);
        if (!m_owners.empty())
            m_owners[row.owner].ranks.push_back(r);
        m_names += view(keys, row.keyAt, row.keyLen);
        m_nameAt.push_back(static_cast<std::uint32_t>(m_names.size()));
        m_codes += row.codes;
        m_codeAt.push_back(static_cast<std::uint32_t>(m_codes.size()));
        std::uint64_t mask = 0;
        for (unsigned char c : row.codes) {
            mask |= std::uint64_t{1} << (c & 63u);
            m_codeBytes[c] = true;
        }
        m_codeMask.push_back(mask);
        // Codes are joined by \x1f, a byte no query word holds: pairs across a
        // join only add bits, never hide a match.
        m_codePairs.push_back(pairMask(row.codes));
        row.codes = {};
    }
    keys = {};
    rows.clear();
    rows.shrink_to_fit();

    // Words after the buffer stops growing, so the views stay valid.
    std::unordered_map<std::string_view, std::uint32_t> vocab;
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
    for (auto& w : m_words)
        w.ranks.shrink_to_fit();
    m_byKey.resize(n);
    std::iota(m_byKey.begin(), m_byKey.end(), 0u);
    std::sort(m_byKey.begin(), m_byKey.end(), [&](std::uint32_t a, std::uint32_t b) { return nameKey(a) < nameKey(b); });
    m_keyPos.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        m_keyPos[m_byKey[i]] = i;
    buildMinTree();
}

void ProductSearchIndex::Data::buildMinTree()
{
    // A prefix range of m_byKey can hold a large part of the store ("nuoc" at a
    // specialty store): its best ranks come out of this tree in O(limit · log n)
    // instead of a walk over the whole range.
    const std::size_t n = m_byKey.size();
    m_leaves = 1;
    while (m_leaves < n)
        m_leaves *= 2;
    m_minTree.assign(2 * m_leaves, UINT32_MAX);
    std::copy(m_byKey.begin(), m_byKey.end(), m_minTree.begin() + static_cast<std::ptrdiff_t>(m_leaves));
    for (std::size_t i = m_leaves - 1; i > 0; --i)
        m_minTree[i] = std::min(m_minTree[2 * i], m_minTree[2 * i + 1]);
}

std::uint32_t ProductSearchIndex::Data::minRank(std::size_t l, std::size_t r) const
{
    std::uint32_t best = UINT32_MAX;
    for (l += m_leaves, r += m_leaves; l < r; l /= 2, r /= 2) {
        if (l & 1u)
            best = std::min(best, m_minTree[l++]);
        if (r & 1u)
            best = std::min(best, m_minTree[--r]);
    }
    return best;
}

std::vector<qint64> ProductSearchIndex::Data::search(const QString& query, int limit, std::optional<qint64> ownerId) const
{
    const std::size_t n = m_ids.size();
    const std::size_t want = limit > 0 ? static_cast<std::size_t>(limit) : n;
    // The same folding and word split as CatalogLookup::listProducts.
    const QString foldedQ = core::searchKey(query);
    const std::string folded = lowerAscii(foldedQ.toUtf8());
    struct QWord {
        std::string text;
        std::uint64_t mask = 0;
        std::uint64_t pairs = 0;
        bool inCodes = true;  ///< every byte occurs in some code
        std::vector<char> ownerHits;
    };
    std::vector<QWord> words;
    for (QString w : foldedQ.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        w.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
        if (w.isEmpty())
            continue;
        QWord qw;
        qw.text = lowerAscii(w.toUtf8());
        for (unsigned char c : qw.text) {
            qw.mask |= std::uint64_t{1} << (c & 63u);
            qw.inCodes = qw.inCodes && m_codeBytes[c];
        }
        qw.pairs = pairMask(qw.text);
        bool anyOwner = false;
        qw.ownerHits.assign(m_owners.size(), 0);
        for (std::size_t o = 0; o < m_owners.size(); ++o)
            anyOwner |= (qw.ownerHits[o] = contains(m_owners[o].key, qw.text) ? 1 : 0) != 0;
        if (!anyOwner)
            qw.ownerHits.clear();
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
        for (const auto& w : words) {
            if (contains(nameKey(r), w.text))
                continue;
            if (w.inCodes && (m_codeMask[r] & w.mask) == w.mask && (m_codePairs[r] & w.pairs) == w.pairs
                && contains(codes(r), w.text))
                continue;
            if (!w.ownerHits.empty() && w.ownerHits[m_owner[r]])
                continue;
            return false;
        }
        return true;
    };
    const auto isPrefix = [&](std::uint32_t r) { return !folded.empty() && nameKey(r).substr(0, folded.size()) == folded; };

    std::vector<std::uint32_t> out;
    out.reserve(std::min(want, std::size_t{256}));
    // 1. Names that start with the whole query, in rank order: the range of
    // m_byKey is split around its best rank, best-first, until `want` are taken.
    if (!folded.empty() && n > 0) {
        const bool wordsAreInPrefix = folded.find_first_of("%_") == std::string::npos;
        const auto lo = std::lower_bound(m_byKey.begin(), m_byKey.end(), folded,
                                         [&](std::uint32_t r, const std::string& q) { return nameKey(r) < q; });
        // Keys are sorted: the prefix range ends at the first key that does not start with it.
        const auto hi = std::partition_point(lo, m_byKey.end(), [&](std::uint32_t r) { return isPrefix(r); });
        struct Span {
            std::uint32_t best;
            std::uint32_t l, r;
            bool operator>(const Span& o) const { return best > o.best; }
        };
        std::priority_queue<Span, std::vector<Span>, std::greater<>> spans;
        const auto push = [&](std::size_t l, std::size_t r) {
            if (l < r)
                spans.push(Span{minRank(l, r), static_cast<std::uint32_t>(l), static_cast<std::uint32_t>(r)});
        };
        push(static_cast<std::size_t>(lo - m_byKey.begin()), static_cast<std::size_t>(hi - m_byKey.begin()));
        while (!spans.empty() && out.size() < want) {
            const Span s = spans.top();
            spans.pop();
            const std::uint32_t at = m_keyPos[s.best];
            if (wordsAreInPrefix ? (!ownerIdx || m_owner[s.best] == *ownerIdx) : matchesAll(s.best))
                out.push_back(s.best);
            push(s.l, at);
            push(at + 1, s.r);
        }
    }

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
            // Candidates: the products that can hold every word. A word that no
            // code can contain (a byte of it is in no SKU or barcode) occurs in the
            // name or the owner, so its vocabulary and owner postings bound the
            // matches: those of all such words are intersected. A word that may be
            // in a code drives only when no other word can: its code hits are then
            // found block by block during the walk, which stops at `want`. Dense
            // words (more postings than products) bound nothing and are left to
            // take(), which checks every word anyway.
            struct Cost {
                std::size_t word, postings;
            };
            std::vector<Cost> costs;
            std::vector<std::vector<const Word*>> hits(words.size());
            for (std::size_t i = 0; i < words.size(); ++i) {
                std::size_t cost = 0;
                for (const auto& vw : m_words)
                    if (contains(vw.text, words[i].text)) {
                        hits[i].push_back(&vw);
                        cost += vw.ranks.size();
                    }
                if (!words[i].ownerHits.empty())
                    for (std::size_t o = 0; o < m_owners.size(); ++o)
                        if (words[i].ownerHits[o])
                            cost += m_owners[o].ranks.size();
                costs.push_back({i, cost});
            }
            std::sort(costs.begin(), costs.end(), [](const Cost& x, const Cost& y) { return x.postings < y.postings; });
            const std::size_t blocks = (n + 63) / 64;
            const auto fill = [&](std::size_t i, std::vector<std::uint64_t>& into) {
                into.assign(blocks, 0);
                const auto set = [&](std::uint32_t r) { into[r >> 6] |= std::uint64_t{1} << (r & 63u); };
                for (const Word* vw : hits[i])
                    for (std::uint32_t r : vw->ranks)
                        set(r);
                if (!words[i].ownerHits.empty())
                    for (std::size_t o = 0; o < m_owners.size(); ++o)
                        if (words[i].ownerHits[o])
                            for (std::uint32_t r : m_owners[o].ranks)
                                set(r);
            };
            std::vector<std::uint64_t> bits, one;
            bool bounded = false;
            const QWord* codeWord = nullptr;  // its code hits join the candidates during the walk
            for (const Cost& c : costs) {
                if (c.postings > n)
                    break;
                if (words[c.word].inCodes)
                    continue;
                fill(c.word, bounded ? one : bits);
                if (bounded)
                    for (std::size_t k = 0; k < blocks; ++k)
                        bits[k] &= one[k];
                bounded = true;
            }
            if (!bounded) {
                const auto driver = std::find_if(costs.begin(), costs.end(), [&](const Cost& c) { return words[c.word].inCodes; });
                if (driver != costs.end() && driver->postings <= n) {
                    fill(driver->word, bits);
                    codeWord = &words[driver->word];
                    bounded = true;
                }
            }
            if (!bounded) {
                for (std::uint32_t r = 0; r < n; ++r)
                    if (take(r))
                        break;
            } else {
                bool done = false;
                for (std::size_t b = 0; b < blocks && !done; ++b) {
                    std::uint64_t word = bits[b];
                    if (codeWord) {
                        const QWord& w = *codeWord;
                        const std::size_t end = std::min(n, b * 64 + 64);
                        for (std::size_t r = b * 64; r < end; ++r)
                            if ((m_codeMask[r] & w.mask) == w.mask && (m_codePairs[r] & w.pairs) == w.pairs
                                && contains(codes(static_cast<std::uint32_t>(r)), w.text))
                                word |= std::uint64_t{1} << (r & 63u);
                    }
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

std::size_t ProductSearchIndex::Data::memoryBytes() const noexcept
{
    std::size_t b = m_ids.capacity() * sizeof(qint64) + m_owner.capacity() * 4 + m_names.capacity()
        + m_nameAt.capacity() * 4 + m_codes.capacity() + m_codeAt.capacity() * 4 + m_codeMask.capacity() * 8 + m_codePairs.capacity() * 8
        + m_byKey.capacity() * 4 + m_keyPos.capacity() * 4 + m_minTree.capacity() * 4;
    for (const auto& w : m_words)
        b += w.text.capacity() + w.ranks.capacity() * 4 + sizeof(Word);
    for (const auto& o : m_owners)
        b += o.key.capacity() + o.ranks.capacity() * 4 + sizeof(Owner);
    return b;
}

ProductSearchIndex::ProductSearchIndex() = default;

ProductSearchIndex::~ProductSearchIndex() { stopBuilder(); }

std::shared_ptr<const ProductSearchIndex::Data> ProductSearchIndex::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_data;
}

void ProductSearchIndex::publish(std::shared_ptr<const Data> data)
{
    if (!data)
        m_loaded.store(false, std::memory_order_release);
    std::lock_guard lock(m_mutex);
    m_data = std::move(data);
    m_ready.store(m_data != nullptr, std::memory_order_release);
}

void ProductSearchIndex::stopBuilder()
{
    if (!m_builder.joinable())
        return;
    m_cancel.store(true);
    m_builder.join();
    m_cancel.store(false);
}

void ProductSearchIndex::wait()
{
    if (m_builder.joinable())
        m_builder.join();
}

void ProductSearchIndex::reload(db::Database& db)
{
    stopBuilder();
    m_loaded.store(false, std::memory_order_release);
    auto data = std::make_shared<Data>();
    data->load(db, m_cancel);
    publish(std::move(data));
}

void ProductSearchIndex::startBuild(const QString& databasePath, const QString& savedPath)
{
    stopBuilder();
    publish(nullptr);
    m_path = databasePath;
    m_savedPath = savedPath;
    m_builder = std::thread([this, databasePath, savedPath] {
        const auto log = core::logger("catalog");
        try {
            db::Database db(databasePath);
            db::SearchIndexRepository repo(db);
            repo.useForOneFullRead();
            // Read before the catalogue: a change after it makes the saved copy
            // look older than it is (rebuilt next time), never newer.
            const QString token = savedPath.isEmpty() ? QString() : repo.catalogToken();
            if (!token.isEmpty() && QFile::exists(savedPath)) {
                auto saved = std::make_shared<Data>();
                const QString why = saved->restore(savedPath, token);
                if (why.isEmpty()) {
                    m_loaded.store(true, std::memory_order_release);
                    publish(std::move(saved));
                    log->info("search index read from {}: {} products", savedPath.toStdString(), snapshot()->size());
                    return;
                }
                log->info("search index in {} not used ({}): building", savedPath.toStdString(), why.toStdString());
            }
            auto data = std::make_shared<Data>();
            data->load(db, m_cancel);
            publish(data);
#ifdef __GLIBC__
            // The build's temporary rows were freed in this thread's malloc arena,
            // which glibc keeps mapped: give it back, or the till's RSS stays at
            // the build's peak (~290 MB at 300k products instead of ~100).
            malloc_trim(0);
#endif
            log->info("search index ready: {} products", data->size());
            if (!token.isEmpty()) {
                const QString error = data->save(savedPath, token);
                if (!error.isEmpty())  // only a cache: the next start builds again
                    log->warn("search index not saved to {}: {}", savedPath.toStdString(), error.toStdString());
            }
        } catch (const Cancelled&) {
        } catch (const std::exception& e) {
            // The till keeps working on the SQL search; the log says why.
            log->error("search index build failed: {}", e.what());
        }
    });
}

void ProductSearchIndex::saveForNextStart(const QString& databasePath)
{
    if (db::isPostgresUrl(databasePath))
        return;
    ProductSearchIndex index;
    index.startBuild(databasePath, savedPathFor(databasePath));
    index.wait();
}

QString ProductSearchIndex::savedPathFor(const QString& databasePath)
{
    if (!db::isPostgresUrl(databasePath))
        return databasePath + QStringLiteral(".search");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return {};
    // The URL may hold a password: only its hash names the file.
    return QDir(dir).filePath(
        QStringLiteral("search-%1.idx")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(32))));
}

void ProductSearchIndex::refresh(db::Database& db)
{
    if (m_path.isEmpty())
        reload(db);
    else
        startBuild(m_path, m_savedPath);
}

std::vector<qint64> ProductSearchIndex::search(const QString& query, int limit, std::optional<qint64> ownerId) const
{
    const auto data = snapshot();
    return data ? data->search(query, limit, ownerId) : std::vector<qint64>{};
}

std::size_t ProductSearchIndex::size() const
{
    const auto data = snapshot();
    return data ? data->size() : 0;
}

std::size_t ProductSearchIndex::memoryBytes() const
{
    const auto data = snapshot();
    return data ? data->memoryBytes() : 0;
}

} // namespace ocopos::services

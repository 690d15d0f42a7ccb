#include "CatalogService.h"

#include "AuditLog.h"
#include "ProductSearchIndex.h"
#include "SettingsService.h"
#include "core/Barcode.h"
#include "core/ErrorCodes.h"
#include "core/VietText.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace ocopos::services {

using core::Money;
using core::Product;
using core::Producer;

namespace {
std::string s(const QString& q) { return q.toStdString(); }
QString qs(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

/// A cooperative session must name its producer; without one it sees nothing
/// (fail closed) rather than everything.
void requireCooperativeScope(const Session& actor)
{
    if (actor.isCooperative() && !actor.producerId)
        throw AuthError("cooperative user " + actor.username.toStdString() + " is bound to no producer");
}

template <typename F>
auto field(ProblemList& problems, int line, const char* name, F&& parse) -> std::optional<decltype(parse())>
{
    try {
        return parse();
    } catch (const ValidationError& e) {
        for (const auto& p : e.problems())
            problems.add(line, name, p.why);
    } catch (const OverflowError&) {
        problems.add(line, name, "is too large");
    }
    return std::nullopt;
}

bool isCooperativeLike(core::ProducerKind k)
{
    return k == core::ProducerKind::Cooperative || k == core::ProducerKind::CoopGroup
        || k == core::ProducerKind::Enterprise;
}

const std::set<QString> kProducerColumns = {
    QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("parent_code"),
    QStringLiteral("tax_code"), QStringLiteral("address"), QStringLiteral("district"), QStringLiteral("province"),
    QStringLiteral("phone"), QStringLiteral("bank_bin"), QStringLiteral("bank_account"), QStringLiteral("commission_pct")};
const std::set<QString> kProducerRequired = {QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("name")};

const std::set<QString> kProductColumns = {
    QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("sold_by"),
    QStringLiteral("price"), QStringLiteral("vat"), QStringLiteral("owner_code"), QStringLiteral("supply"),
    QStringLiteral("barcodes"), QStringLiteral("category"), QStringLiteral("ocop_stars"),
    QStringLiteral("ocop_cert_no"), QStringLiteral("ocop_cert_expiry"), QStringLiteral("commission_pct"),
    QStringLiteral("reorder_point"), QStringLiteral("plu")};
const std::set<QString> kProductRequired = {
    QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("sold_by"),
    QStringLiteral("price"), QStringLiteral("vat"), QStringLiteral("owner_code"), QStringLiteral("supply")};

const QRegularExpression& codeRe()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,39}$"));
    return re;
}
} // namespace

ImportResult CatalogService::importProducers(const Session& actor, const QByteArray& csv)
{
    requireRole(actor, core::Role::Manager, "importing producers");
    const core::CsvTable table = core::parseCsv(csv, kProducerColumns, kProducerRequired);
    db::CatalogRepository repo(m_ctx.db);
    ProblemList problems;
    static const QRegularExpression taxRe(QStringLiteral("^\\d{10}(-\\d{3})?$"));
    static const QRegularExpression binRe(QStringLiteral("^\\d{6}$"));
    static const QRegularExpression acctRe(QStringLiteral("^[0-9A-Z]{1,19}$"));
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 .\\-]{8,15}$"));

    struct Row {
        Producer p;
        int line;
        bool existed = false;
    };
    std::vector<Row> rows;
    std::map<QString, int> fileCodes;       // code -> line
    std::map<QString, core::ProducerKind> fileKinds;
    for (const auto& r : table.rows) {
        Row row{{}, r.line};
        const QString code = r.get(QStringLiteral("code")).value_or(QString());
        bool codeOk = false;
        if (code.isEmpty())
            problems.add(r.line, "code", "is required");
        else if (!codeRe().match(code).hasMatch())
            problems.add(r.line, "code", "'" + s(code) + "' may hold only letters, digits, '.', '_' and '-' (40 at most)");
        else if (fileCodes.count(code))
            problems.add(r.line, "code", "'" + s(code) + "' is repeated (first on line " + std::to_string(fileCodes[code]) + ")");
        else
            fileCodes[code] = r.line, codeOk = true;
        // Upsert: start from the stored producer, so an empty optional field
        // ("not given") keeps its value, parent included.
        if (auto existing = codeOk ? repo.producerByCode(code) : std::nullopt) {
            row.p = *existing;
            row.existed = true;
        }
        Producer& p = row.p;
        p.code = code;
        const auto kind = r.get(QStringLiteral("kind"));
        if (!kind)
            problems.add(r.line, "kind", "is required");
        else if (auto k = core::producerKindFromCode(s(*kind))) {
            p.kind = *k;
            if (codeOk)
                fileKinds[p.code] = *k;
        } else
            problems.add(r.line, "kind", "'" + s(*kind) + "' is not cooperative, coop_group, enterprise, household or individual");
        p.name = r.get(QStringLiteral("name")).value_or(QString());
        if (p.name.isEmpty())
            problems.add(r.line, "name", "is required");
        const auto given = [&](const char* column, QString& into) {
            if (auto v = r.get(QString::fromLatin1(column)))
                into = *v;
        };
        given("parent_code", p.parentCode);
        given("tax_code", p.taxCode);
        if (r.get(QStringLiteral("tax_code")) && !taxRe.match(p.taxCode).hasMatch())
            problems.add(r.line, "tax_code", "'" + s(p.taxCode) + "' is not a tax code (10 digits, or 10-3)");
        given("address", p.address);
        given("district", p.district);
        given("province", p.province);
        given("phone", p.phone);
        if (r.get(QStringLiteral("phone")) && !phoneRe.match(p.phone).hasMatch())
            problems.add(r.line, "phone", "'" + s(p.phone) + "' is not a phone number");
        given("bank_bin", p.bankBin);
        given("bank_account", p.bankAccount);
        if (r.get(QStringLiteral("bank_bin")) && !binRe.match(p.bankBin).hasMatch())
            problems.add(r.line, "bank_bin", "'" + s(p.bankBin) + "' is not a 6-digit bank BIN");
        if (r.get(QStringLiteral("bank_account")) && !acctRe.match(p.bankAccount).hasMatch())
            problems.add(r.line, "bank_account", "'" + s(p.bankAccount) + "' must be up to 19 digits or capital letters");
        if (p.bankBin.isEmpty() != p.bankAccount.isEmpty())
            problems.add(r.line, p.bankBin.isEmpty() ? "bank_bin" : "bank_account", "bank_bin and bank_account go together");
        if (auto c = r.get(QStringLiteral("commission_pct")))
            p.commission = field(problems, r.line, "commission_pct", [&] { return core::parsePercent(s(*c), "commission_pct"); });
        rows.push_back(row);
    }
    // Parents: in the file or already in the database; only a cooperative, group or
    // enterprise can have members, and only households and individuals are members.
    std::map<QString, QString> fileParents;  // code -> parent code, as it will be
    for (const auto& row : rows)
        fileParents[row.p.code] = row.p.parentCode;
    for (const auto& row : rows) {
        const Producer& p = row.p;
        // A producer that stops being a cooperative, group or enterprise must
        // not keep members (unless the file moves them elsewhere).
        if (row.existed && !isCooperativeLike(p.kind)) {
            for (qint64 memberId : repo.memberIds(p.id)) {
                const auto member = repo.producerById(memberId);
                if (!member)
                    continue;
                const auto moved = fileParents.find(member->code);
                if (moved == fileParents.end() || moved->second == p.code)
                    problems.add(row.line, "kind", "'" + s(p.code) + "' has members (" + s(member->code)
                                                       + "); only a cooperative, group or enterprise can have them");
            }
        }
        if (p.parentCode.isEmpty())
            continue;
        if (p.parentCode == p.code) {
            problems.add(row.line, "parent_code", "a producer cannot be its own parent");
            continue;
        }
        std::optional<core::ProducerKind> parentKind;
        if (fileKinds.count(p.parentCode))
            parentKind = fileKinds[p.parentCode];
        else if (auto existing = repo.producerByCode(p.parentCode))
            parentKind = existing->kind;
        if (!parentKind) {
            problems.add(row.line, "parent_code", "no producer with code '" + s(p.parentCode) + "'");
            continue;
        }
        if (!isCooperativeLike(*parentKind))
            problems.add(row.line, "parent_code", "'" + s(p.parentCode) + "' is a " + std::string(core::toCode(*parentKind))
                                                      + "; members belong to a cooperative, group or enterprise");
        if (isCooperativeLike(p.kind))
            problems.add(row.line, "parent_code", "only a household or individual can be a member of another producer");
    }
    problems.throwIfAny();

    ImportResult result;
    db::TransactionGuard tx(m_ctx.db);
    const QString now = core::Clock::isoString(m_ctx.clock.now());
    std::map<QString, qint64> ids;
    for (const auto& row : rows) {
        ids[row.p.code] = repo.upsertProducer(row.p, core::searchKey(row.p.name), now);
        (row.existed ? result.updated : result.inserted)++;
    }
    for (const auto& row : rows) {
        std::optional<qint64> parent;
        if (!row.p.parentCode.isEmpty())
            parent = ids.count(row.p.parentCode) ? ids[row.p.parentCode] : repo.producerByCode(row.p.parentCode)->id;
        repo.setProducerParent(ids[row.p.code], parent);
    }
    // A producer that became a member must not keep members of its own.
    db::Query nested(m_ctx.db, QStringLiteral("SELECT c.code, p.code FROM producers c JOIN producers p ON p.id = c.parent_id "
                                              "WHERE p.parent_id IS NOT NULL"));
    nested.exec();
    if (nested.next())
        throw ValidationError("parent_code", "'" + s(nested.value(1).toString()) + "' has members and cannot itself be a member");
    audit(m_ctx, &actor, QStringLiteral("producer_import"),
          QStringLiteral("%1 new, %2 updated").arg(result.inserted).arg(result.updated));
    tx.commit();
    reloadIndex();
    return result;
}

ImportResult CatalogService::importProducts(const Session& actor, const QByteArray& csv)
{
    requireRole(actor, core::Role::Manager, "importing products");
    return upsertProducts(actor, core::parseCsv(csv, kProductColumns, kProductRequired), EmptyCell::Keeps);
}

ImportResult CatalogService::upsertProducts(const Session& actor, const core::CsvTable& table, EmptyCell emptyCell)
{
    requireRole(actor, core::Role::Manager, "importing products");
    db::CatalogRepository repo(m_ctx.db);
    const bool edit = emptyCell == EmptyCell::Clears;
    ProblemList problems;
    static const QRegularExpression pluRe(QStringLiteral("^\\d{5}$"));
    static const QRegularExpression barcodeTextRe(QStringLiteral("^[A-Za-z0-9_.\\-]{1,40}$"));

    struct Row {
        Product p;
        int line;
        bool barcodesGiven = false;
        std::optional<Product> existing;
        std::vector<std::pair<QString, QString>> takenBarcodes;  // code -> SKU of the product holding it
    };
    std::vector<Row> rows;
    std::map<QString, int> skus, barcodes, plus;
    for (const auto& r : table.rows) {
        Row row{{}, r.line, false, std::nullopt, {}};
        Product& p = row.p;
        // Only the editor clears: its one row is the whole product, so a column it
        // sends empty means "none". A file's empty cell keeps the stored value.
        const auto cleared = [&](const char* column) {
            const QString c = QString::fromLatin1(column);
            return edit && table.header.contains(c) && !r.get(c);
        };
        p.sku = r.get(QStringLiteral("sku")).value_or(QString());
        if (p.sku.isEmpty())
            problems.add(r.line, "sku", "is required");
        else if (!codeRe().match(p.sku).hasMatch())
            problems.add(r.line, "sku", "'" + s(p.sku) + "' may hold only letters, digits, '.', '_' and '-' (40 at most)");
        else if (skus.count(p.sku))
            problems.add(r.line, "sku", "'" + s(p.sku) + "' is repeated (first on line " + std::to_string(skus[p.sku]) + ")");
        else
            skus[p.sku] = r.line;
        row.existing = p.sku.isEmpty() ? std::nullopt : repo.productBySku(p.sku);
        if (row.existing)
            p = *row.existing;  // start from the stored product: empty optional fields keep their values
        p.name = r.get(QStringLiteral("name")).value_or(QString());
        if (p.name.isEmpty())
            problems.add(r.line, "name", "is required");
        p.unit = r.get(QStringLiteral("unit")).value_or(QString());
        if (p.unit.isEmpty())
            problems.add(r.line, "unit", "is required");
        const auto soldBy = r.get(QStringLiteral("sold_by")).value_or(QString());
        if (auto sb = core::soldByFromCode(s(soldBy)))
            p.soldBy = *sb;
        else
            problems.add(r.line, "sold_by", "'" + s(soldBy) + "' is not unit or weight");
        if (auto m = field(problems, r.line, "price", [&] { return core::parseMoney(s(r.get(QStringLiteral("price")).value_or(QString())), "price"); })) {
            if (m->dong() <= 0)
                problems.add(r.line, "price", "must be more than 0 đồng");
            else
                p.price = *m;
        }
        if (auto v = field(problems, r.line, "vat", [&] { return core::VatRate::parse(s(r.get(QStringLiteral("vat")).value_or(QString()))); }))
            p.vat = *v;
        const QString owner = r.get(QStringLiteral("owner_code")).value_or(QString());
        if (auto o = owner.isEmpty() ? std::nullopt : repo.producerByCode(owner)) {
            p.ownerId = o->id;
            p.ownerCode = o->code;
        } else {
            problems.add(r.line, "owner_code", owner.isEmpty() ? "is required" : "no producer with code '" + s(owner) + "'");
        }
        const auto supply = r.get(QStringLiteral("supply")).value_or(QString());
        if (auto sp = core::supplyFromCode(s(supply)))
            p.supply = *sp;
        else
            problems.add(r.line, "supply", "'" + s(supply) + "' is not consignment or purchased");
        if (cleared("barcodes")) {
            row.barcodesGiven = true;
            p.barcodes.clear();
        } else if (auto b = r.get(QStringLiteral("barcodes"))) {
            row.barcodesGiven = true;
            p.barcodes.clear();
            for (QString code : b->split(QLatin1Char('|'))) {
                code = code.trimmed();
                if (code.isEmpty()) {
                    problems.add(r.line, "barcodes", "an empty barcode between '|'");
                    continue;
                }
                switch (core::classifyCode(s(code))) {
                case core::CodeKind::Gs1:
                    // A UPC-A is kept in its EAN-13 form, so that the two spellings
                    // of one code can't go to two products (resolveCode takes both).
                    if (code.size() == 12)
                        code.prepend(QLatin1Char('0'));
                    break;
                case core::CodeKind::Scale:
                    problems.add(r.line, "barcodes", "'" + s(code) + "' starts with 2: in-store numbers 20–29 are for scale labels (use plu)");
                    continue;
                case core::CodeKind::BadCheck:
                    problems.add(r.line, "barcodes", "'" + s(code) + "' has a wrong check digit");
                    continue;
                case core::CodeKind::BadLength:
                    problems.add(r.line, "barcodes", "'" + s(code) + "' is all digits but not 8, 12 or 13 long");
                    continue;
                case core::CodeKind::Text:
                    if (!barcodeTextRe.match(code).hasMatch()) {
                        problems.add(r.line, "barcodes", "'" + s(code) + "' is not a barcode");
                        continue;
                    }
                    break;
                }
                if (barcodes.count(code)) {
                    problems.add(r.line, "barcodes", "'" + s(code) + "' is also on line " + std::to_string(barcodes[code]));
                    continue;
                }
                barcodes[code] = r.line;
                const qint64 holder = repo.barcodeOwner(code);
                if (holder != 0 && (!row.existing || holder != row.existing->id)) {
                    // Allowed only if the other product is in this file and gives the code up.
                    const auto other = repo.productById(holder);
                    row.takenBarcodes.emplace_back(code, other ? other->sku : QString());
                }
                p.barcodes << code;
            }
        }
        if (cleared("category"))
            p.category.clear();
        else if (auto c = r.get(QStringLiteral("category")))
            p.category = *c;
        if (cleared("ocop_stars"))
            p.ocopStars.reset();
        else if (auto st = r.get(QStringLiteral("ocop_stars"))) {
            if (*st == QLatin1String("3") || *st == QLatin1String("4") || *st == QLatin1String("5"))
                p.ocopStars = st->toInt();
            else
                problems.add(r.line, "ocop_stars", "'" + s(*st) + "' is not 3, 4 or 5");
        }
        if (cleared("ocop_cert_no"))
            p.certNo.clear();
        else if (auto c = r.get(QStringLiteral("ocop_cert_no")))
            p.certNo = *c;
        if (cleared("ocop_cert_expiry"))
            p.certExpiry.reset();
        else if (auto d = r.get(QStringLiteral("ocop_cert_expiry")))
            p.certExpiry = field(problems, r.line, "ocop_cert_expiry", [&] { return core::parseIsoDate(*d, "ocop_cert_expiry"); });
        if (cleared("commission_pct"))
            p.commission.reset();
        else if (auto c = r.get(QStringLiteral("commission_pct")))
            p.commission = field(problems, r.line, "commission_pct", [&] { return core::parsePercent(s(*c), "commission_pct"); });
        if (cleared("reorder_point"))
            p.reorderPoint.reset();
        else if (auto rp = r.get(QStringLiteral("reorder_point")))
            p.reorderPoint = field(problems, r.line, "reorder_point", [&] { return core::parseQuantity(s(*rp), "reorder_point"); });
        // Judged on the values the product will have: a kept reorder point of a
        // product that changes to sale by unit counts too.
        if (p.reorderPoint && p.soldBy == core::SoldBy::Unit && !p.reorderPoint->isWhole())
            problems.add(r.line, "reorder_point", "'" + core::formatQuantity(*p.reorderPoint)
                                                      + "': a product sold by unit takes whole quantities");
        if (cleared("plu"))
            p.plu.clear();
        else if (auto plu = r.get(QStringLiteral("plu"))) {
            if (!pluRe.match(*plu).hasMatch()) {
                problems.add(r.line, "plu", "'" + s(*plu) + "' is not 5 digits");
            } else if (plus.count(*plu)) {
                problems.add(r.line, "plu", "'" + s(*plu) + "' is also on line " + std::to_string(plus[*plu]));
            } else {
                plus[*plu] = r.line;
                const qint64 holder = repo.pluOwner(*plu);
                if (holder != 0 && (!row.existing || holder != row.existing->id))
                    problems.add(r.line, "plu", "'" + s(*plu) + "' belongs to another product");
                p.plu = *plu;
            }
        }
        rows.push_back(std::move(row));
    }
    // A barcode held by another product may move only if that product is in the file and drops it.
    for (const auto& row : rows) {
        for (const auto& [code, otherSku] : row.takenBarcodes) {
            const auto other = std::find_if(rows.begin(), rows.end(), [&](const Row& r2) { return r2.p.sku == otherSku; });
            if (other == rows.end() || !other->barcodesGiven || other->p.barcodes.contains(code))
                problems.add(row.line, "barcodes", "'" + s(code) + "' belongs to product " + s(otherSku));
        }
    }
    problems.throwIfAny();

    ImportResult result;
    db::TransactionGuard tx(m_ctx.db);
    const QString now = core::Clock::isoString(m_ctx.clock.now());
    const QString source = edit ? QStringLiteral("edit") : QStringLiteral("import");
    // Free the barcodes that move first, so no two products hold one at once.
    for (const auto& row : rows)
        if (row.existing && row.barcodesGiven)
            repo.replaceBarcodes(row.existing->id, {});
    for (auto& row : rows) {
        Product& p = row.p;
        const QString key = core::searchKey(p.name);
        if (row.existing) {
            repo.updateProduct(p, key, now);
            if (row.existing->price != p.price || !(row.existing->vat == p.vat)) {
                repo.addPriceHistory(p.id, now, actor.userId, source, row.existing->price, p.price,
                                     row.existing->vat, p.vat);
                audit(m_ctx, &actor, QStringLiteral("price_change"),
                      QStringLiteral("%1: %2 (VAT %3) -> %4 (VAT %5)")
                          .arg(p.sku, qs(core::formatVnd(row.existing->price)), qs(row.existing->vat.code()),
                               qs(core::formatVnd(p.price)), qs(p.vat.code())));
            }
            ++result.updated;
        } else {
            p.id = repo.insertProduct(p, key, now);
            repo.addPriceHistory(p.id, now, actor.userId, source, std::nullopt, p.price, std::nullopt, p.vat);
            ++result.inserted;
        }
        if (row.barcodesGiven)
            repo.replaceBarcodes(p.id, p.barcodes);
    }
    if (edit && rows.size() == 1)
        audit(m_ctx, &actor, QStringLiteral("product_edit"),
              QStringLiteral("%1 %2").arg(rows.front().p.sku,
                                          result.inserted ? QStringLiteral("added") : QStringLiteral("updated")));
    else
        audit(m_ctx, &actor, QStringLiteral("product_import"),
              QStringLiteral("%1 new, %2 updated").arg(result.inserted).arg(result.updated));
    tx.commit();
    reloadIndex();
    return result;
}

std::vector<Producer> CatalogService::listProducers(const Session& actor)
{
    db::CatalogRepository repo(m_ctx.db);
    requireCooperativeScope(actor);
    if (!actor.isCooperative())
        requireRole(actor, core::Role::Manager, "listing producers");
    auto out = repo.producers(actor.isCooperative() ? actor.producerId : std::nullopt);
    std::sort(out.begin(), out.end(), [](const Producer& a, const Producer& b) {
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.code < b.code;
    });
    return out;
}

std::vector<Product> CatalogService::listProducts(const Session& actor, const QString& query,
                                                  const QString& producerCode, int limit)
{
    requireCooperativeScope(actor);
    db::CatalogRepository repo(m_ctx.db);
    db::CatalogRepository::ProductFilter f;
    f.words = core::searchKey(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!producerCode.isEmpty()) {
        auto p = repo.producerByCode(producerCode);
        if (!p)
            throw NotFound("no producer with code '" + s(producerCode) + "'");
        if (actor.isCooperative() && p->id != actor.producerId)
            throw AuthError("a cooperative user sees only its own products");
        f.ownerId = p->id;
    }
    if (actor.isCooperative())
        f.ownerId = actor.producerId;
    const auto byName = [](const Product& a, const Product& b) {
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.sku < b.sku;
    };
    // The index folds words as names are folded; '%' and '_' (literal in the SQL
    // search) are rare enough at the till to take the SQL path.
    if (m_index && m_index->ready() && limit > 0 && !query.contains(QLatin1Char('%')) && !query.contains(QLatin1Char('_')))
        return repo.productsByIds(m_index->search(query, limit, f.ownerId));  // same order as below
    auto out = repo.products(f);
    std::sort(out.begin(), out.end(), byName);
    if (limit > 0) {
        // A limited list is what a cashier types into: names that start with the
        // query first, each group by name. An unlimited list is simply by name.
        const QString folded = core::searchKey(query);
        if (!folded.isEmpty())
            std::stable_partition(out.begin(), out.end(),
                                  [&](const Product& p) { return core::searchKey(p.name).startsWith(folded); });
        if (static_cast<int>(out.size()) > limit)
            out.resize(static_cast<std::size_t>(limit));
    }
    return out;
}

void CatalogService::reloadIndex()
{
    // Names, SKUs, barcodes and owners change only through imports; a full rebuild
    // is simplest and an import is rare (seconds at 300k products: a till started
    // with a background build rebuilds in the background and searches SQL meanwhile).
    if (m_index)
        m_index->refresh(m_ctx.db);
}

Product CatalogService::showProduct(const Session& actor, const QString& code)
{
    db::CatalogRepository repo(m_ctx.db);
    auto p = repo.productBySku(code);
    if (!p)
        p = repo.productByBarcode(code);
    if (!p)
        throw NotFound(codes::productUnknownCode, "no product with SKU or barcode '" + s(code) + "'", {{"code", s(code)}});
    if (actor.isCooperative() && p->ownerId != actor.producerId)
        throw AuthError("a cooperative user sees only its own products");
    return *p;
}

ScanResult CatalogService::resolveCode(const QString& rawCode)
{
    using Key = db::CatalogRepository::ScanKey;
    const QString code = rawCode.trimmed();
    db::CatalogRepository repo(m_ctx.db);
    ScanResult r;
    r.code = code;
    if (code.isEmpty())
        throw ValidationError("code", "is empty");
    std::optional<db::CatalogRepository::Scanned> found;
    switch (core::classifyCode(s(code))) {
    case core::CodeKind::BadCheck:
        throw ValidationError(codes::barcodeCheckDigit, "code", "'" + s(code) + "' has a wrong check digit: scan it again",
                              {{"text", s(code)}});
    case core::CodeKind::Scale: {
        SettingsService settings(m_ctx);
        const auto reading = core::decodeScaleBarcode(s(code), settings.scaleConfig());
        found = repo.scan(Key::Plu, QString::fromStdString(reading.plu));
        if (!found)
            found = repo.scan(Key::Barcode, code);
        if (!found)
            throw NotFound(codes::productUnknownCode, "no product with PLU " + reading.plu + " (scale barcode " + s(code) + ")",
                           {{"code", s(code)}});
        r.weight = reading.weight;
        r.price = reading.price;
        if (r.weight && found->product.soldBy != core::SoldBy::Weight)
            throw ValidationError("code", "scale barcode " + s(code) + " carries a weight, but " + s(found->product.sku)
                                              + " is sold by unit");
        break;
    }
    case core::CodeKind::Gs1:
        found = repo.scan(Key::Barcode, code);
        if (!found && code.size() == 12) // UPC-A may be stored as its EAN-13 form
            found = repo.scan(Key::Barcode, QLatin1Char('0') + code);
        if (!found && code.size() == 13 && code.startsWith(QLatin1Char('0')))
            found = repo.scan(Key::Barcode, code.mid(1));
        if (!found)
            throw NotFound(codes::productUnknownCode, "unknown barcode " + s(code), {{"code", s(code)}});
        break;
    case core::CodeKind::Text:
    case core::CodeKind::BadLength:
        found = repo.scan(Key::Sku, code);
        if (!found)
            found = repo.scan(Key::Sku, code.toUpper());
        if (!found)
            found = repo.scan(Key::Barcode, code);
        if (!found)
            throw NotFound(codes::productUnknownCode, "no product with code " + s(code), {{"code", s(code)}});
        break;
    }
    if (!found)
        throw NotFound(codes::productUnknownCode, "no product with code " + s(code), {{"code", s(code)}});
    r.product = std::move(found->product);
    // commissionFor's rule, on values the statement brought along.
    if (r.product.commission)
        r.commission = *r.product.commission;
    else if (found->ownerCommission)
        r.commission = *found->ownerCommission;
    else {
        const QString pct = found->defaultCommissionPct.value_or(SettingsService::defaultValue(QStringLiteral("default_commission_pct")));
        r.commission = core::parsePercent(s(pct), "default_commission_pct");
    }
    return r;
}

core::BasisPoints CatalogService::commissionFor(const Product& p)
{
    if (p.commission)
        return *p.commission;
    db::CatalogRepository repo(m_ctx.db);
    if (auto owner = repo.producerById(p.ownerId); owner && owner->commission)
        return *owner->commission;
    return SettingsService(m_ctx).defaultCommission();
}

int CatalogService::schedulePrices(const Session& actor, const QByteArray& csv)
{
    requireRole(actor, core::Role::Manager, "scheduling prices");
    static const std::set<QString> cols = {QStringLiteral("code"), QStringLiteral("effective_on"),
                                           QStringLiteral("price"), QStringLiteral("vat")};
    static const std::set<QString> req = {QStringLiteral("code"), QStringLiteral("effective_on")};
    const auto table = core::parseCsv(csv, cols, req);
    db::CatalogRepository repo(m_ctx.db);
    ProblemList problems;
    struct Row {
        qint64 productId;
        QDate on;
        std::optional<Money> price;
        std::optional<core::VatRate> vat;
    };
    std::vector<Row> rows;
    std::map<std::pair<qint64, QDate>, int> seen;
    const QDate today = m_ctx.clock.today();
    for (const auto& r : table.rows) {
        Row row{0, {}, {}, {}};
        const QString code = r.get(QStringLiteral("code")).value_or(QString());
        std::optional<Product> p = code.isEmpty() ? std::nullopt : repo.productBySku(code);
        if (!p && !code.isEmpty())
            p = repo.productByBarcode(code);
        if (!p)
            problems.add(r.line, "code", code.isEmpty() ? "is required" : "no product with SKU or barcode '" + s(code) + "'");
        else
            row.productId = p->id;
        const auto on = field(problems, r.line, "effective_on", [&] {
            return core::parseIsoDate(r.get(QStringLiteral("effective_on")).value_or(QString()), "effective_on");
        });
        if (on) {
            row.on = *on;
            if (*on < today)
                problems.add(r.line, "effective_on", "'" + s(on->toString(Qt::ISODate)) + "' is in the past");
        }
        if (auto pr = r.get(QStringLiteral("price"))) {
            row.price = field(problems, r.line, "price", [&] { return core::parseMoney(s(*pr), "price"); });
            if (row.price && row.price->dong() <= 0)
                problems.add(r.line, "price", "must be more than 0 đồng");
        }
        if (auto v = r.get(QStringLiteral("vat")))
            row.vat = field(problems, r.line, "vat", [&] { return core::VatRate::parse(s(*v)); });
        if (!r.get(QStringLiteral("price")) && !r.get(QStringLiteral("vat")))
            problems.add(r.line, "price", "give a new price, a new vat, or both");
        if (row.productId && on) {
            auto key = std::make_pair(row.productId, *on);
            if (seen.count(key))
                problems.add(r.line, "effective_on", "the same product and day are on line " + std::to_string(seen[key]));
            seen[key] = r.line;
        }
        rows.push_back(row);
    }
    problems.throwIfAny();
    db::TransactionGuard tx(m_ctx.db);
    const QString now = core::Clock::isoString(m_ctx.clock.now());
    for (const auto& row : rows) {
        db::Query del(m_ctx.db, QStringLiteral("DELETE FROM price_schedule WHERE product_id = :p AND effective_on = :d "
                                               "AND applied_at IS NULL"));
        del.bind(QStringLiteral(":p"), row.productId).bind(QStringLiteral(":d"), row.on.toString(Qt::ISODate)).exec();
        db::Query ins(m_ctx.db, QStringLiteral("INSERT INTO price_schedule (product_id, effective_on, price_vnd, vat, "
                                               "created_at, created_by) VALUES (:p, :d, :price, :vat, :now, :u)"));
        ins.bind(QStringLiteral(":p"), row.productId)
            .bind(QStringLiteral(":d"), row.on.toString(Qt::ISODate))
            .bind(QStringLiteral(":price"), row.price ? QVariant(static_cast<qlonglong>(row.price->dong())) : QVariant())
            .bind(QStringLiteral(":vat"), row.vat ? QVariant(QString::fromStdString(row.vat->code())) : QVariant())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":u"), actor.userId)
            .exec();
    }
    audit(m_ctx, &actor, QStringLiteral("price_schedule"), QStringLiteral("%1 change(s) scheduled").arg(rows.size()));
    tx.commit();
    applyDueChanges();
    return static_cast<int>(rows.size());
}

int CatalogService::applyDueChanges()
{
    const QString today = m_ctx.clock.today().toString(Qt::ISODate);
    db::Query due(m_ctx.db, QStringLiteral("SELECT 1 FROM price_schedule WHERE applied_at IS NULL AND effective_on <= :d LIMIT 1"));
    due.bind(QStringLiteral(":d"), today);
    if (!due.scalar())
        return 0;
    db::TransactionGuard tx(m_ctx.db);
    db::CatalogRepository repo(m_ctx.db);
    db::Query q(m_ctx.db, QStringLiteral("SELECT id, product_id, price_vnd, vat, created_by FROM price_schedule "
                                         "WHERE applied_at IS NULL AND effective_on <= :d ORDER BY effective_on, id"));
    q.bind(QStringLiteral(":d"), today).exec();
    struct Due {
        qint64 id, product;
        QVariant price, vat, by;
    };
    std::vector<Due> list;
    while (q.next())
        list.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2), q.value(3), q.value(4)});
    const QString now = core::Clock::isoString(m_ctx.clock.now());
    for (const auto& d : list) {
        auto p = repo.productById(d.product);
        if (!p)
            continue;
        const Money price = d.price.isNull() ? p->price : Money(d.price.toLongLong());
        const core::VatRate vat = d.vat.isNull() ? p->vat : core::VatRate::parse(s(d.vat.toString()));
        repo.setPriceAndVat(p->id, price, vat, now);
        repo.addPriceHistory(p->id, now, d.by.isNull() ? std::nullopt : std::optional<qint64>(d.by.toLongLong()),
                             QStringLiteral("schedule"), p->price, price, p->vat, vat);
        db::Query mark(m_ctx.db, QStringLiteral("UPDATE price_schedule SET applied_at = :now WHERE id = :id"));
        mark.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), d.id).exec();
        audit(m_ctx, nullptr, QStringLiteral("price_change"),
              QStringLiteral("%1: %2 (VAT %3) -> %4 (VAT %5), scheduled")
                  .arg(p->sku, qs(core::formatVnd(p->price)), qs(p->vat.code()), qs(core::formatVnd(price)), qs(vat.code())),
              QStringLiteral("schedule"));
    }
    tx.commit();
    return static_cast<int>(list.size());
}

std::vector<PriceChange> CatalogService::priceList(const Session& actor, const QString& code)
{
    requireRole(actor, core::Role::Manager, "listing prices");
    std::optional<qint64> productId;
    if (!code.isEmpty())
        productId = showProduct(actor, code).id;
    std::vector<PriceChange> out;
    {
        QString sql = QStringLiteral("SELECT p.sku, p.name, s.effective_on, s.price_vnd, s.vat, s.applied_at, s.created_at, u.username "
                                     "FROM price_schedule s JOIN products p ON p.id = s.product_id "
                                     "LEFT JOIN users u ON u.id = s.created_by WHERE s.applied_at IS NULL");
        if (productId)
            sql += QStringLiteral(" AND p.id = :p");
        sql += QStringLiteral(" ORDER BY s.effective_on DESC, s.id DESC");
        db::Query qq(m_ctx.db, sql);
        if (productId)
            qq.bind(QStringLiteral(":p"), *productId);
        qq.exec();
        while (qq.next()) {
            PriceChange c;
            c.sku = qq.value(0).toString();
            c.name = qq.value(1).toString();
            c.effectiveOn = QDate::fromString(qq.value(2).toString(), Qt::ISODate);
            if (!qq.value(3).isNull())
                c.price = Money(qq.value(3).toLongLong());
            if (!qq.value(4).isNull())
                c.vat = core::VatRate::parse(s(qq.value(4).toString()));
            c.status = QStringLiteral("pending");
            c.at = qq.value(6).toString();
            c.username = qq.value(7).toString();
            out.push_back(c);
        }
    }
    QString sql = QStringLiteral("SELECT p.sku, p.name, h.changed_at, h.new_price_vnd, h.new_vat, h.source, u.username, "
                                 "h.old_price_vnd, h.old_vat FROM price_history h JOIN products p ON p.id = h.product_id "
                                 "LEFT JOIN users u ON u.id = h.user_id");
    if (productId)
        sql += QStringLiteral(" WHERE p.id = :p");
    sql += QStringLiteral(" ORDER BY h.id DESC");
    db::Query qq(m_ctx.db, sql);
    if (productId)
        qq.bind(QStringLiteral(":p"), *productId);
    qq.exec();
    while (qq.next()) {
        PriceChange c;
        c.sku = qq.value(0).toString();
        c.name = qq.value(1).toString();
        c.at = qq.value(2).toString();
        c.effectiveOn = core::Clock::localDate(QDateTime::fromString(c.at, Qt::ISODate));
        c.price = Money(qq.value(3).toLongLong());
        c.vat = core::VatRate::parse(s(qq.value(4).toString()));
        c.status = qq.value(5).toString();
        c.username = qq.value(6).toString();
        if (!qq.value(7).isNull())
            c.oldPrice = Money(qq.value(7).toLongLong());
        if (!qq.value(8).isNull())
            c.oldVat = core::VatRate::parse(s(qq.value(8).toString()));
        out.push_back(c);
    }
    return out;
}

} // namespace ocopos::services

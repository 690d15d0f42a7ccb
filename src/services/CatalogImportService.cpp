#include "CatalogImportService.h"

#include "AuditLog.h"
#include "CsvFields.h"
#include "ProductRules.h"
#include "core/Csv.h"
#include "core/Errors.h"
#include "core/VietText.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"

#include <map>
#include <set>

namespace ocopos::services {

using core::Product;
using core::Producer;

namespace {
std::string s(const QString& q) { return q.toStdString(); }

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


/// One file row as a draft: the stored product with the cells given applied (an
/// empty cell keeps the stored value); cells that do not read are reported here,
/// the rules are ProductChecks'.
catalog::ProductDraft readProductRow(const core::CsvRow& r, catalog::ProductChecks& checks, ProblemList& problems)
{
    catalog::ProductDraft d;
    d.line = r.line;
    Product& p = d.product;
    p.sku = r.get(QStringLiteral("sku")).value_or(QString());
    checks.checkSku(d);
    if (d.stored)
        p = *d.stored;  // start from the stored product: empty optional fields keep their values
    p.name = r.get(QStringLiteral("name")).value_or(QString());
    p.unit = r.get(QStringLiteral("unit")).value_or(QString());
    const auto soldBy = r.get(QStringLiteral("sold_by")).value_or(QString());
    if (auto sb = core::soldByFromCode(s(soldBy)))
        p.soldBy = *sb;
    else
        problems.add(r.line, "sold_by", "'" + s(soldBy) + "' is not unit or weight");
    if (auto m = field(problems, r.line, "price", [&] { return core::parseMoney(s(r.get(QStringLiteral("price")).value_or(QString())), "price"); }))
        p.price = *m;
    else
        d.priceUnreadable = true;
    if (auto v = field(problems, r.line, "vat", [&] { return core::VatRate::parse(s(r.get(QStringLiteral("vat")).value_or(QString()))); }))
        p.vat = *v;
    p.ownerCode = r.get(QStringLiteral("owner_code")).value_or(QString());
    const auto supply = r.get(QStringLiteral("supply")).value_or(QString());
    if (auto sp = core::supplyFromCode(s(supply)))
        p.supply = *sp;
    else
        problems.add(r.line, "supply", "'" + s(supply) + "' is not consignment or purchased");
    if (auto b = r.get(QStringLiteral("barcodes"))) {
        d.barcodesGiven = true;
        p.barcodes.clear();
        for (const QString& code : b->split(QLatin1Char('|'))) {
            if (code.trimmed().isEmpty())
                problems.add(r.line, "barcodes", "an empty barcode between '|'");
            else
                p.barcodes << code;
        }
    }
    if (auto c = r.get(QStringLiteral("category")))
        p.category = *c;
    if (auto st = r.get(QStringLiteral("ocop_stars"))) {
        bool ok = false;
        const int stars = st->toInt(&ok);
        if (ok && QString::number(stars) == *st)
            p.ocopStars = stars;
        else
            problems.add(r.line, "ocop_stars", "'" + s(*st) + "' is not 3, 4 or 5");
    }
    if (auto c = r.get(QStringLiteral("ocop_cert_no")))
        p.certNo = *c;
    if (auto day = r.get(QStringLiteral("ocop_cert_expiry")))
        if (auto e = field(problems, r.line, "ocop_cert_expiry", [&] { return core::parseIsoDate(*day, "ocop_cert_expiry"); }))
            p.certExpiry = e;
    if (auto c = r.get(QStringLiteral("commission_pct")))
        if (auto pct = field(problems, r.line, "commission_pct", [&] { return core::parsePercent(s(*c), "commission_pct"); }))
            p.commission = pct;
    if (auto rp = r.get(QStringLiteral("reorder_point")))
        if (auto q = field(problems, r.line, "reorder_point", [&] { return core::parseQuantity(s(*rp), "reorder_point"); }))
            p.reorderPoint = q;
    if (auto plu = r.get(QStringLiteral("plu"))) {
        d.pluGiven = true;
        p.plu = *plu;
    }
    checks.check(d);
    return d;
}
} // namespace

ImportResult CatalogImportService::importProducers(const Session& actor, const QByteArray& csv)
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
        else if (!catalog::codePattern().match(code).hasMatch())
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
    if (const auto nested = repo.memberWithMembers())
        throw ValidationError("parent_code", "'" + s(*nested) + "' has members and cannot itself be a member");
    audit(m_ctx, &actor, QStringLiteral("producer_import"),
          QStringLiteral("%1 new, %2 updated").arg(result.inserted).arg(result.updated));
    tx.commit();
    catalog::refreshSearchIndex(m_ctx);
    return result;
}


ImportResult CatalogImportService::importProducts(const Session& actor, const QByteArray& csv)
{
    requireRole(actor, core::Role::Manager, "importing products");
    const core::CsvTable table = core::parseCsv(csv, kProductColumns, kProductRequired);
    db::CatalogRepository repo(m_ctx.db);
    ProblemList problems;
    catalog::ProductChecks checks(repo, problems);
    std::vector<catalog::ProductDraft> drafts;
    for (const auto& r : table.rows)
        drafts.push_back(readProductRow(r, checks, problems));
    checks.checkMovedBarcodes(drafts);
    problems.throwIfAny();

    db::TransactionGuard tx(m_ctx.db);
    const ImportResult result = catalog::storeProducts(m_ctx, actor, drafts, QStringLiteral("import"));
    audit(m_ctx, &actor, QStringLiteral("product_import"),
          QStringLiteral("%1 new, %2 updated").arg(result.inserted).arg(result.updated));
    tx.commit();
    catalog::refreshSearchIndex(m_ctx);
    return result;
}

} // namespace ocopos::services

// The journal's canonical sale text is written by a small serializer
// (SaleReader.cpp) instead of QJsonObject/QJsonDocument. The hash input must not
// change: these tests hold it byte for byte to the QJson canonicalisation it
// replaced (kept below as the reference), over many generated sales, every
// UTF-16 code unit, a fixed golden entry, and a store whose journal was written
// by the reference that must still pass `check`.
#include "SaleFixtures.h"

#include "services/IntegrityService.h"
#include "services/Journal.h"
#include "services/SaleReader.h"
#include "services/SaleService.h"
#include "services/ShiftService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;
using core::Money;

namespace {

// The journal text and hash the code before the serializer wrote for the sale
// of GoldenEntryOfTheOldCodeStillHashesTheSame (octal escapes: UTF-8 bytes).
#define GOLDEN_JSON \
    "{\"cashier\":\"thu\",\"change\":20000,\"discount\":5000,\"gross\":285000,\"kind\":\"sale\",\"lines\":" \
    "[{\"commission\":20625,\"commission_bp\":1250,\"discount\":5000,\"gross\":170000,\"line\":1,\"lots\":" \
    "[{\"amount\":123750,\"lot\":7,\"producer\":\"HTX-A\",\"qty\":1500},{\"amount\":41250,\"lot\":null,\"p" \
    "roducer\":\"HTX-A\",\"qty\":500}],\"name\":\"N\306\260\341\273\233c m\341\272\257m \\\"Ph\303\272 Qu" \
    "\341\273\221c\\\"\\tchai 500ml\",\"net\":165000,\"owner\":\"HTX-A\",\"payout\":144375,\"qty\":2000,\"s" \
    "ale_discount\":0,\"sku\":\"NM-500\",\"supply\":\"consignment\",\"unit_price\":85000,\"vat\":12222,\"v" \
    "at_rate\":\"8\"},{\"commission\":0,\"commission_bp\":0,\"discount\":0,\"gross\":115000,\"line\":2,\"l" \
    "ots\":[{\"amount\":115000,\"lot\":9,\"producer\":\"DN-C\",\"qty\":350}],\"name\":\"C\341\273\221m l\303\240n" \
    "g V\303\262ng\\\\\304\221\341\272\267c bi\341\273\207t\",\"net\":115000,\"owner\":\"DN-C\",\"payout\":" \
    "115000,\"qty\":350,\"sale_discount\":0,\"sku\":\"CM-KG\",\"supply\":\"purchased\",\"unit_price\":328" \
    "571,\"vat\":8519,\"vat_rate\":\"KCT\"}],\"paid\":300000,\"payments\":[{\"amount\":200000,\"method\":" \
    "\"cash\",\"reference\":\"\"},{\"amount\":100000,\"method\":\"bank_qr\",\"reference\":\"FT26332\\nX\"}" \
    "],\"receipt_no\":\"Q01-000042\",\"till\":\"Q01\",\"time\":\"2026-11-28T10:15:30+07:00\",\"total\":28" \
    "0000,\"vat\":20741}"
#define GOLDEN_HASH "d44731586e2be1c271de2b17da35c5af5d65ebd2a46f1deb8255255575a2eecf"

// The canonicalisation as it was before the serializer, verbatim.
QByteArray referenceCanonicalSale(const SaleResult& s)
{
    const auto m = [](Money x) { return QJsonValue(static_cast<qint64>(x.dong())); };
    QJsonArray lines;
    for (const auto& l : s.lines) {
        QJsonArray lots;
        for (const auto& lot : l.lots)
            lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId ? QJsonValue(*lot.lotId) : QJsonValue()},
                                    {QStringLiteral("producer"), lot.producerCode},
                                    {QStringLiteral("qty"), static_cast<qint64>(lot.qty.thousandths())},
                                    {QStringLiteral("amount"), m(lot.amount)}});
        lines.append(QJsonObject{{QStringLiteral("line"), l.lineNo},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty"), static_cast<qint64>(l.qty.thousandths())},
                                 {QStringLiteral("unit_price"), m(l.unitPrice)},
                                 {QStringLiteral("gross"), m(l.gross)},
                                 {QStringLiteral("discount"), m(l.discount)},
                                 {QStringLiteral("sale_discount"), m(l.saleDiscount)},
                                 {QStringLiteral("net"), m(l.net)},
                                 {QStringLiteral("vat_rate"), QString::fromStdString(l.vatRate.code())},
                                 {QStringLiteral("vat"), m(l.vat)},
                                 {QStringLiteral("owner"), l.ownerCode},
                                 {QStringLiteral("supply"), QString::fromUtf8(core::toCode(l.supply).data())},
                                 {QStringLiteral("commission_bp"), static_cast<qint64>(l.commissionPct.bp)},
                                 {QStringLiteral("commission"), m(l.commission)},
                                 {QStringLiteral("payout"), m(l.payout)},
                                 {QStringLiteral("lots"), lots}});
    }
    QJsonArray pays;
    for (const auto& p : s.payments)
        pays.append(QJsonObject{{QStringLiteral("method"), QString::fromUtf8(core::toCode(p.method).data())},
                                {QStringLiteral("amount"), m(p.amount)},
                                {QStringLiteral("reference"), p.reference}});
    const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("sale")},
                        {QStringLiteral("receipt_no"), s.receiptNo},
                        {QStringLiteral("time"), s.time.toString(Qt::ISODate)},
                        {QStringLiteral("till"), s.till},
                        {QStringLiteral("cashier"), s.cashier},
                        {QStringLiteral("gross"), m(s.gross)},
                        {QStringLiteral("discount"), m(s.discount)},
                        {QStringLiteral("total"), m(s.total)},
                        {QStringLiteral("vat"), m(s.vatTotal)},
                        {QStringLiteral("paid"), m(s.paid)},
                        {QStringLiteral("change"), m(s.change)},
                        {QStringLiteral("lines"), lines},
                        {QStringLiteral("payments"), pays}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

class Gen {
public:
    explicit Gen(unsigned seed) : m_rng(seed) {}

    int pick(int n) { return static_cast<int>(m_rng() % static_cast<unsigned>(n)); }
    std::int64_t amount()
    {
        switch (pick(6)) {
        case 0: return 0;
        case 1: return -static_cast<std::int64_t>(m_rng() % 1'000'000);
        // beyond 2^53, yet no overflow: < 9.2e12 × 1,000,003 < 2^63
        case 2: return static_cast<std::int64_t>(m_rng() % 9'200'000'000'000ULL) * 1'000'003;
        case 3: return std::numeric_limits<std::int64_t>::max() - pick(3);
        default: return static_cast<std::int64_t>(m_rng() % 5'000'000);
        }
    }
    QString text()
    {
        static const char* const pool[] = {
            "Nước mắm cá cơm Phú Quốc chai 500ml",
            "Trà shan tuyết Hà Giang 50g",
            "Rượu cần \"Tây Nguyên\" 500ml",
            "Mật ong bạc hà Đồng Văn – 1 kg",
            "Bánh đậu xanh Hải Dương ½ hộp",
            "back\\slash / slash",
            "tab\there\nnew line\r\fform\bback",
            "HTX-A",
            "",
            "Cà phê Buôn Ma Thuột 🌿 rang xay",
            "ỐỒỔỖỘ ơớờởỡợ ưứừửữự đĐ",
            "€ ™ ≤ ≥ 中文 日本語",
            "\x01\x02\x1f\x7f control",
        };
        QString s = QString::fromUtf8(pool[pick(static_cast<int>(std::size(pool)))]);
        if (pick(8) == 0)
            s += QChar(static_cast<char16_t>(0xd800 + pick(0x800)));  // an unpaired surrogate
        if (pick(8) == 0)
            s.prepend(QChar(static_cast<char16_t>(pick(0x10000))));
        if (pick(10) == 0)
            return QString();  // null, not only empty
        return s;
    }

    SaleResult sale()
    {
        SaleResult s;
        s.receiptNo = QStringLiteral("Q%1-%2").arg(pick(100)).arg(pick(1'000'000), 6, 10, QLatin1Char('0'));
        s.time = QDateTime(QDate(2026, 1 + pick(12), 1 + pick(28)), QTime(pick(24), pick(60), pick(60)),
                           Qt::OffsetFromUTC, 7 * 3600);
        s.till = text();
        s.cashier = text();
        s.gross = Money(amount());
        s.discount = Money(amount());
        s.total = Money(amount());
        s.vatTotal = Money(amount());
        s.paid = Money(amount());
        s.change = Money(amount());
        const int lines = pick(12);
        for (int i = 0; i < lines; ++i) {
            SaleLineResult l;
            l.lineNo = i + 1;
            l.sku = text();
            l.name = text();
            // weighed (grams) and counted quantities
            l.qty = core::Quantity::fromThousandths(pick(2) ? 1000 * (1 + pick(5)) : 1 + pick(5000));
            l.unitPrice = Money(amount());
            l.gross = Money(amount());
            l.discount = Money(amount());
            l.saleDiscount = Money(amount());
            l.net = Money(amount());
            static const int rates[] = {0, 5, 8, 10};
            l.vatRate = pick(5) == 0 ? core::VatRate::kct() : core::VatRate::percent(rates[pick(4)]);
            l.vat = Money(amount());
            l.ownerCode = text();
            l.supply = pick(2) ? core::Supply::Consignment : core::Supply::Purchased;
            l.commissionPct = core::BasisPoints{pick(10001)};
            l.commission = Money(amount());
            l.payout = Money(amount());
            const int lots = pick(4);
            for (int k = 0; k < lots; ++k) {
                SaleLotResult lot;
                if (pick(4))
                    lot.lotId = static_cast<qint64>(m_rng() % 1'000'000'000'000ULL) * 7;
                lot.producerCode = text();
                lot.qty = core::Quantity::fromThousandths(pick(100000));
                lot.amount = Money(amount());
                l.lots.push_back(lot);
            }
            s.lines.push_back(l);
        }
        const int pays = pick(4);
        for (int i = 0; i < pays; ++i) {
            static const core::PaymentMethod methods[] = {core::PaymentMethod::Cash, core::PaymentMethod::Card,
                                                          core::PaymentMethod::BankQr};
            s.payments.push_back(PaymentResult{methods[pick(3)], Money(amount()), text(), QString()});
        }
        return s;
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace

TEST(CanonicalSale, ByteIdenticalToTheQJsonCanonicalisationOverManySales)
{
    Gen gen(20261128);
    for (int i = 0; i < 3000; ++i) {
        const SaleResult s = gen.sale();
        const QByteArray want = referenceCanonicalSale(s);
        ASSERT_EQ(canonicalSale(s), want) << "sale " << i;
    }
}

TEST(CanonicalSale, EveryUtf16CodeUnitAndSurrogatePairIsEscapedAsQJsonDoes)
{
    SaleResult s;
    s.lines.emplace_back();
    for (char32_t u = 0; u < 0x10000; ++u) {
        s.lines[0].name = QString(QChar(static_cast<char16_t>(u))) + QStringLiteral("x") + QChar(static_cast<char16_t>(u));
        ASSERT_EQ(canonicalSale(s), referenceCanonicalSale(s)) << "U+" << std::hex << static_cast<unsigned>(u);
    }
    for (char32_t c : {U'\U00010000', U'\U0001F33F', U'\U0010FFFF', U'\U00020BB7'}) {
        s.lines[0].name = QString::fromUcs4(&c, 1);
        ASSERT_EQ(canonicalSale(s), referenceCanonicalSale(s));
    }
    // High surrogate followed by a high surrogate, low before high, at the end.
    s.lines[0].name = QString(QChar(char16_t(0xd83c))) + QChar(char16_t(0xd83c)) + QChar(char16_t(0xdf3f));
    EXPECT_EQ(canonicalSale(s), referenceCanonicalSale(s));
    s.lines[0].name = QString(QChar(char16_t(0xdf3f))) + QChar(char16_t(0xd83c));
    EXPECT_EQ(canonicalSale(s), referenceCanonicalSale(s));
}

// A journal entry as the code before the serializer wrote it: its text and hash
// are fixed here, so a change in the canonical form fails this test even if the
// reference above were changed along with it.
TEST(CanonicalSale, GoldenEntryOfTheOldCodeStillHashesTheSame)
{
    SaleResult s;
    s.receiptNo = QStringLiteral("Q01-000042");
    s.time = QDateTime(QDate(2026, 11, 28), QTime(10, 15, 30), Qt::OffsetFromUTC, 7 * 3600);
    s.till = QStringLiteral("Q01");
    s.cashier = QStringLiteral("thu");
    s.gross = Money(285000);
    s.discount = Money(5000);
    s.total = Money(280000);
    s.vatTotal = Money(20741);
    s.paid = Money(300000);
    s.change = Money(20000);
    SaleLineResult a;
    a.lineNo = 1;
    a.sku = QStringLiteral("NM-500");
    a.name = QStringLiteral("Nước mắm \"Phú Quốc\"\tchai 500ml");
    a.qty = core::Quantity::fromThousandths(2000);
    a.unitPrice = Money(85000);
    a.gross = Money(170000);
    a.discount = Money(5000);
    a.saleDiscount = Money(0);
    a.net = Money(165000);
    a.vatRate = core::VatRate::percent(8);
    a.vat = Money(12222);
    a.ownerCode = QStringLiteral("HTX-A");
    a.supply = core::Supply::Consignment;
    a.commissionPct = core::BasisPoints{1250};
    a.commission = Money(20625);
    a.payout = Money(144375);
    a.lots = {SaleLotResult{7, QStringLiteral("B1"), QStringLiteral("HTX-A"), QString(), core::Quantity::fromThousandths(1500),
                            Money(123750)},
              SaleLotResult{std::nullopt, QString(), QStringLiteral("HTX-A"), QString(), core::Quantity::fromThousandths(500),
                            Money(41250)}};
    SaleLineResult b;
    b.lineNo = 2;
    b.sku = QStringLiteral("CM-KG");
    b.name = QStringLiteral("Cốm làng Vòng\\đặc biệt");
    b.qty = core::Quantity::fromThousandths(350);
    b.unitPrice = Money(328571);
    b.gross = Money(115000);
    b.net = Money(115000);
    b.vatRate = core::VatRate::kct();
    b.vat = Money(8519);
    b.ownerCode = QStringLiteral("DN-C");
    b.supply = core::Supply::Purchased;
    b.commission = Money(0);
    b.payout = Money(115000);
    b.lots = {SaleLotResult{9, QStringLiteral("B2"), QStringLiteral("DN-C"), QString(), core::Quantity::fromThousandths(350),
                            Money(115000)}};
    s.lines = {a, b};
    s.payments = {PaymentResult{core::PaymentMethod::Cash, Money(200000), QString(), QString()},
                  PaymentResult{core::PaymentMethod::BankQr, Money(100000), QStringLiteral("FT26332\nX"), QString()}};

    const QByteArray golden = QByteArrayLiteral(GOLDEN_JSON);
    EXPECT_EQ(referenceCanonicalSale(s), golden);
    EXPECT_EQ(canonicalSale(s), golden);
    EXPECT_EQ(Journal::hashOf(Journal::genesisHash(), canonicalSale(s)), QStringLiteral(GOLDEN_HASH));
}

// A store whose journal was written by the old canonicalisation (the entries
// rewritten with the reference's text and a re-chained hash) still verifies.
TEST(CanonicalSale, JournalWrittenByTheOldCodePathStillVerifies)
{
    TempStore store;
    store.loadSmallCatalog();
    const Session cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
    for (const char* sku : {"NM-500", "TRA-50", "RUOU-500", "NK-500", "CM-KG", "GA-KG"})
        addLot(store, QString::fromLatin1(sku), QStringLiteral("B1"),
               sku[0] == 'N' && sku[1] == 'K' ? QStringLiteral("DN-C") : QStringLiteral("HTX-A"), QStringLiteral("1000"));
    ShiftService(store.ctx()).open(cashier, Money(0));
    const char* codes[] = {"NM-500", "TRA-50", "RUOU-500", "NK-500", "CM-KG", "GA-KG", "NM-500"};
    for (int n = 1; n <= 5; ++n) {
        SaleRequest r;
        for (int i = 0; i < n + 2; ++i) {
            SaleLineRequest l;
            l.code = QString::fromLatin1(codes[i]);
            l.qty = core::Quantity::fromThousandths(codes[i][1] == 'M' && codes[i][3] == 'K' ? 350
                                                    : codes[i][0] == 'G'                     ? 1200
                                                                                             : 1000 * n);
            r.lines.push_back(l);
        }
        r.payments = {core::Payment{core::PaymentMethod::Card, Money(100'000), QStringLiteral("thẻ \"VISA\" 4242")},
                      core::Payment{core::PaymentMethod::Cash, Money(10'000'000), {}}};
        SaleService(store.ctx()).commit(cashier, r);
    }

    // Rewrite the chain as the old code would have written it.
    std::vector<std::pair<qint64, qint64>> entries;  // journal id, sale id
    {
        db::Query q(store.db(), QStringLiteral("SELECT id, ref_id FROM journal WHERE kind = 'sale' ORDER BY id"));
        q.exec();
        while (q.next())
            entries.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    ASSERT_EQ(entries.size(), 5u);
    {
        db::Query others(store.db(), QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind <> 'sale'"));
        ASSERT_EQ(others.scalar()->toLongLong(), 0);
    }
    QString prev;
    {
        db::Query first(store.db(), QStringLiteral("SELECT prev_hash FROM journal WHERE id = :id"));
        first.bind(QStringLiteral(":id"), entries.front().first);
        prev = first.scalar()->toString();
    }
    SaleReader reader(store.ctx());
    for (const auto& [entryId, saleId] : entries) {
        const QByteArray content = referenceCanonicalSale(*reader.byId(saleId));
        EXPECT_EQ(content, canonicalSale(*reader.byId(saleId)));
        const QString hash = Journal::hashOf(prev, content);
        db::Query up(store.db(), QStringLiteral("UPDATE journal SET content = :c, prev_hash = :p, hash = :h WHERE id = :id"));
        up.bind(QStringLiteral(":c"), QString::fromUtf8(content))
            .bind(QStringLiteral(":p"), prev)
            .bind(QStringLiteral(":h"), hash)
            .bind(QStringLiteral(":id"), entryId)
            .exec();
        prev = hash;
    }
    const auto report = IntegrityService(store.ctx()).check(store.admin());
    EXPECT_TRUE(report.ok);
}

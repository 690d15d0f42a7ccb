// A full disk and a store that cannot be written: the cashier gets a clear
// error (db.disk_full, db.read_only), the cart stays as it was, nothing is
// half-written (no sale, no receipt number used, `check` clean), and the same
// cart sells once there is space again. SQLite only (a PostgreSQL server's disk
// is the server's; its 53100 maps to the same error).
//
// Two ways to fill the disk: SQLite's max_page_count (the same SQLITE_FULL, on
// any machine), and a real tmpfs of a few MB filled to the last byte (when this
// process may mount one: root, as in CI); a read-only store: SQLite's query_only
// and a tmpfs remounted read-only.
#include "SaleFixtures.h"
#include "db/DbError.h"
#include "services/BackupService.h"
#include "services/CartSession.h"
#include "services/IntegrityService.h"
#include "services/ShiftService.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;

namespace {

class StorageFailure : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (testingOnPostgres())
            GTEST_SKIP() << "the SQLite file's disk; PostgreSQL's disk is the server's";
        store.loadSmallCatalog();
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        ShiftService(store.ctx()).open(cashier, core::Money(500000));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("100"));
        addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A1"), QStringLiteral("50"));
    }

    /// A cart of two lines, as the cashier rang it up.
    static void ringUp(CartSession& cart)
    {
        cart.add(QStringLiteral("NM-500"), core::Quantity::units(2));
        cart.add(QStringLiteral("CM-KG"), core::Quantity::fromThousandths(350));
    }

    static std::vector<core::Payment> cashFor(const CartSession& cart)
    {
        return { core::Payment { core::PaymentMethod::Cash, cart.total(), {} } };
    }

    /// The sale fails with `code`; the cart is as it was; nothing was written.
    template <typename Error>
    static void expectRefusedWhole(db::Database& d, CartSession& cart, const Session& cashier, const std::string& code)
    {
        const int lines = cart.size();
        const auto total = cart.total();
        try {
            cart.commit(cashier, cashFor(cart));
            FAIL() << "the sale went through";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), code);
            EXPECT_NE(std::string(e.what()).find("nothing of this action was saved"), std::string::npos) << e.what();
        }
        EXPECT_EQ(cart.size(), lines);
        EXPECT_EQ(cart.total(), total);
        EXPECT_EQ(countRows(d, QStringLiteral("sales")), 0);
        EXPECT_EQ(countRows(d, QStringLiteral("journal")), 0);
    }

    TempStore store;
    Session cashier;
};

/// Runs a command; true when it exited 0.
bool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// A tmpfs of `megabytes` mounted on a new folder, unmounted at the end.
class Tmpfs {
public:
    explicit Tmpfs(int megabytes)
    {
        m_mounted = run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1m").arg(megabytes), QStringLiteral("tmpfs"), m_dir.path() });
    }
    ~Tmpfs()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir.path() });
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool remount(bool readOnly)
    {
        return run(QStringLiteral("mount"),
            { QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                m_dir.path() });
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

/// Writes a file until the disk is full; returns its size.
qint64 fillDisk(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray chunk(64 * 1024, 'x');
    qint64 written = 0;
    for (int i = 0; i < 100000; ++i) { // bounded: 6.4 GB at most
        const qint64 n = f.write(chunk);
        if (n <= 0 || !f.flush())
            break;
        written += n;
    }
    // The last bytes, one 512-byte block at a time.
    const QByteArray small(512, 'x');
    for (int i = 0; i < 256 && f.write(small) > 0 && f.flush(); ++i)
        written += small.size();
    f.close();
    return written;
}

} // namespace

TEST_F(StorageFailure, AFullDatabaseRefusesTheSaleWholeKeepsTheCartAndSellsItOnceThereIsSpace)
{
    CartSession cart(store.ctx());
    // SQLITE_FULL as a full disk gives it: no page may be added to the file. The
    // free room inside its pages still takes a few sales; sell until it says no.
    const qint64 pages = db::Query(store.db(), QStringLiteral("PRAGMA page_count")).scalar()->toLongLong();
    db::Query(store.db(), QStringLiteral("PRAGMA max_page_count=%1").arg(pages)).exec();
    qint64 sold = 0;
    bool refused = false;
    for (int i = 0; i < 500 && !refused; ++i) {
        ringUp(cart);
        const auto total = cart.total();
        try {
            cart.commit(cashier, cashFor(cart));
            ++sold;
        } catch (const db::DbDiskFull& e) {
            refused = true;
            EXPECT_EQ(e.code(), "db.disk_full");
            EXPECT_NE(std::string(e.what()).find("nothing of this action was saved"), std::string::npos) << e.what();
            EXPECT_EQ(cart.size(), 2); // the cart as it was
            EXPECT_EQ(cart.total(), total);
        }
    }
    ASSERT_TRUE(refused) << "a full store took " << sold << " sales";
    EXPECT_EQ(countRows(store.db(), QStringLiteral("sales")), sold); // nothing of the refused one
    EXPECT_EQ(countRows(store.db(), QStringLiteral("journal")), sold);
    EXPECT_TRUE(IntegrityService(store.ctx()).check(store.admin()).ok);

    db::Query(store.db(), QStringLiteral("PRAGMA max_page_count=1073741823")).exec();
    const auto sale = cart.commit(cashier, cashFor(cart));
    // The refused sale used no number.
    EXPECT_EQ(sale.receiptNo, QStringLiteral("Q01-%1").arg(sold + 1, 6, 10, QLatin1Char('0')));
    EXPECT_TRUE(cart.isEmpty());
    EXPECT_TRUE(IntegrityService(store.ctx()).check(store.admin()).ok);
}

TEST_F(StorageFailure, AStoreThatOnlyReadsRefusesTheSaleWholeAndKeepsTheCart)
{
    CartSession cart(store.ctx());
    ringUp(cart);
    db::Query(store.db(), QStringLiteral("PRAGMA query_only=1")).exec();
    expectRefusedWhole<db::DbReadOnly>(store.db(), cart, cashier, "db.read_only");
    db::Query(store.db(), QStringLiteral("PRAGMA query_only=0")).exec();
    EXPECT_EQ(cart.commit(cashier, cashFor(cart)).receiptNo, QStringLiteral("Q01-000001"));
    EXPECT_TRUE(IntegrityService(store.ctx()).check(store.admin()).ok);
}

TEST_F(StorageFailure, ARealFullDiskThenSpaceAgainAndARealReadOnlyDisk)
{
    Tmpfs disk(16);
    if (!disk.mounted())
        GTEST_SKIP() << "this process may not mount a tmpfs (not root, or no CAP_SYS_ADMIN); "
                        "the max_page_count test above covers the same error path";
    // The store onto the small disk, as a backup would put it there.
    const QString location = disk.path(QStringLiteral("store.db"));
    BackupService(store.ctx()).backup(store.admin(), location);
    core::FixedClock clock(store.clock().now());
    {
        db::Database d(location);
        Context ctx { d, clock, nullptr, PinHashCost::minimum() };
        CartSession cart(ctx);
        ringUp(cart);
        EXPECT_EQ(cart.commit(cashier, cashFor(cart)).receiptNo, QStringLiteral("Q01-000001"));

        ringUp(cart);
        const qint64 filler = fillDisk(disk.path(QStringLiteral("filler")));
        ASSERT_GT(filler, 0);
        // The WAL may still have room in pages it already holds: sell until the disk says no.
        int sold = 0;
        bool refused = false;
        for (int i = 0; i < 200 && !refused; ++i) {
            try {
                cart.commit(cashier, cashFor(cart));
                ++sold;
                ringUp(cart);
            } catch (const db::DbError& e) {
                refused = true;
                EXPECT_TRUE(e.code() == "db.disk_full" || e.code() == "db.io_error") << e.code() << ": " << e.what();
                EXPECT_NE(std::string(e.what()).find("nothing of this action was saved"), std::string::npos);
            }
        }
        ASSERT_TRUE(refused) << "the full disk took " << sold << " sales";
        EXPECT_EQ(cart.size(), 2); // the cart is kept
        const qint64 before = countRows(d, QStringLiteral("sales"));
        EXPECT_EQ(before, 1 + sold);

        // Space again: the same cart sells, with the next number.
        ASSERT_TRUE(QFile::remove(disk.path(QStringLiteral("filler"))));
        const auto sale = cart.commit(cashier, cashFor(cart));
        EXPECT_EQ(sale.receiptNo, QStringLiteral("Q01-%1").arg(before + 1, 6, 10, QLatin1Char('0')));
        EXPECT_TRUE(IntegrityService(ctx).check(store.admin()).ok);
    }
    // A store on a disk that is read-only when the till starts (a disk cannot be
    // remounted read-only while the till has the store open for writing).
    ASSERT_TRUE(disk.remount(true));
    try {
        db::Database d(location);
        Context ctx { d, clock, nullptr, PinHashCost::minimum() };
        CartSession cart(ctx);
        ringUp(cart);
        try {
            cart.commit(cashier, cashFor(cart));
            ADD_FAILURE() << "sold on a read-only disk";
        } catch (const db::DbReadOnly& e) {
            EXPECT_NE(std::string(e.what()).find("nothing of this action was saved"), std::string::npos) << e.what();
        }
        EXPECT_EQ(cart.size(), 2);
    } catch (const db::DbReadOnly& e) {
        // Or refused as it opens: the message says why.
        EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos) << e.what();
    }
    ASSERT_TRUE(disk.remount(false));
    db::Database d(location);
    Context ctx { d, clock, nullptr, PinHashCost::minimum() };
    const qint64 before = countRows(d, QStringLiteral("sales"));
    CartSession cart(ctx);
    ringUp(cart);
    cart.commit(cashier, cashFor(cart));
    EXPECT_EQ(countRows(d, QStringLiteral("sales")), before + 1);
    EXPECT_TRUE(IntegrityService(ctx).check(store.admin()).ok);
}

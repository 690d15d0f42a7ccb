// The migration splitter and the schema's constraints: the database itself
// refuses rows that break the rules, whatever code writes them.
#include "TestSupport.h"

#include "db/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::db;

namespace {

TEST(DatabaseSplitSql, PlainStatementsAndWhitespace)
{
    const auto s = splitSqlStatements(QStringLiteral("CREATE TABLE a (x);\n\n  INSERT INTO a VALUES (1) ;;\nSELECT 1"));
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(s[0], QStringLiteral("CREATE TABLE a (x)"));
    EXPECT_EQ(s[1], QStringLiteral("INSERT INTO a VALUES (1)"));
    EXPECT_EQ(s[2], QStringLiteral("SELECT 1"));
}

TEST(DatabaseSplitSql, CommentsNeverSplit)
{
    const auto s = splitSqlStatements(QStringLiteral(
        "-- header; with a semicolon and a 'quote\n"
        "CREATE TABLE a (x); -- trailing; comment\n"
        "/* block; comment with 'quote and \"dq\n over lines; */\n"
        "INSERT INTO a /* inline; */ VALUES (2);\n"
        "-- last line without newline;"));
    ASSERT_EQ(s.size(), 2) << s.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(s[0], QStringLiteral("CREATE TABLE a (x)"));
    EXPECT_TRUE(s[1].startsWith(QStringLiteral("INSERT INTO a")));
    EXPECT_TRUE(s[1].endsWith(QStringLiteral("VALUES (2)")));
    EXPECT_FALSE(s[1].contains(QStringLiteral("inline")));
}

TEST(DatabaseSplitSql, QuotesNeverSplit)
{
    const auto s = splitSqlStatements(QStringLiteral(
        "INSERT INTO a VALUES ('x;y', 'it''s; fine', '-- not a comment');\n"
        "CREATE TABLE \"odd;name\" (\"col;1\" TEXT, [br;acket] TEXT, `back;tick` TEXT);\n"
        "SELECT '/* not a comment; */'"));
    ASSERT_EQ(s.size(), 3) << s.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(s[0], QStringLiteral("INSERT INTO a VALUES ('x;y', 'it''s; fine', '-- not a comment')"));
    EXPECT_EQ(s[1], QStringLiteral("CREATE TABLE \"odd;name\" (\"col;1\" TEXT, [br;acket] TEXT, `back;tick` TEXT)"));
    EXPECT_EQ(s[2], QStringLiteral("SELECT '/* not a comment; */'"));
}

TEST(DatabaseSplitSql, TriggerBodiesStayWhole)
{
    const auto s = splitSqlStatements(QStringLiteral(
        "CREATE TABLE t (x INTEGER);\n"
        "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN\n"
        "  UPDATE t SET x = CASE WHEN new.x < 0 THEN 0 ELSE new.x END WHERE rowid = new.rowid;\n"
        "  SELECT CASE WHEN new.x > 100 THEN RAISE(ABORT, 'too big; sorry') END;\n"
        "END;\n"
        "create temp trigger if not exists t_del before delete on t begin select 1; end;\n"
        "CREATE INDEX t_backend ON t(x);\n"
        "SELECT CASE WHEN 1 THEN 2 END;"));
    ASSERT_EQ(s.size(), 5) << s.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(s[1].startsWith(QStringLiteral("CREATE TRIGGER t_ins")));
    EXPECT_TRUE(s[1].endsWith(QStringLiteral("END")));
    EXPECT_TRUE(s[1].contains(QStringLiteral("too big; sorry")));
    EXPECT_TRUE(s[2].startsWith(QStringLiteral("create temp trigger")));
    EXPECT_TRUE(s[2].endsWith(QStringLiteral("end")));
    EXPECT_EQ(s[3], QStringLiteral("CREATE INDEX t_backend ON t(x)"));
    EXPECT_EQ(s[4], QStringLiteral("SELECT CASE WHEN 1 THEN 2 END"));

    // And SQLite accepts every piece.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("t.db")));
    for (const auto& stmt : s)
        EXPECT_NO_THROW(db.execute(stmt)) << stmt.toStdString();
    db.execute(QStringLiteral("INSERT INTO t VALUES (-5)"));
    Query q(db, QStringLiteral("SELECT x FROM t"));
    EXPECT_EQ(q.scalar()->toInt(), 0);
    EXPECT_THROW(db.execute(QStringLiteral("INSERT INTO t VALUES (500)")), DbError);
}

class DatabaseSchema : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("s.db")));
        for (const char* sql : {
                 "INSERT INTO producers (id, code, kind, name, name_key, created_at, updated_at) "
                 "VALUES (1, 'HTX-A', 'cooperative', 'HTX A', 'htx a', 't', 't')",
                 "INSERT INTO products (id, sku, name, name_key, unit, sold_by, price_vnd, vat, owner_id, supply, "
                 "created_at, updated_at) VALUES (1, 'P1', 'P', 'p', 'chai', 'unit', 1000, '8', 1, 'consignment', 't', 't')",
                 "INSERT INTO barcodes (code, product_id) VALUES ('8938505974194', 1)",
                 "INSERT INTO users (id, username, display_name, role, pin_hash, created_at) "
                 "VALUES (1, 'thungan', 'Thu Ngân', 'cashier', 'h', 't')",
                 "INSERT INTO shifts (id, till, opened_by, opened_at, float_vnd, status) VALUES (1, 'Q01', 1, 't', 0, 'open')",
                 "INSERT INTO sales (id, till, seq, receipt_no, shift_id, cashier_id, at, sale_date, gross_vnd, "
                 "discount_vnd, total_vnd, vat_vnd, paid_vnd, change_vnd, status) VALUES (1, 'Q01', 1, 'Q01-000001', "
                 "1, 1, 't', '2026-11-28', 1000, 0, 1000, 74, 1000, 0, 'completed')"})
            m_db->execute(QString::fromUtf8(sql));
    }
    /// The statement must fail on a constraint (not on a typo in the test).
    void expectRefused(const QString& sql)
    {
        try {
            m_db->execute(sql);
            ADD_FAILURE() << "accepted: " << sql.toStdString();
        } catch (const DbError& e) {
            EXPECT_NE(e.driverMessage().find("constraint failed"), std::string::npos)
                << sql.toStdString() << "\n" << e.driverMessage();
        }
    }
    QString saleLine(int lineNo, int gross, int lineDiscount, int saleDiscount, int net, const char* vat = "8")
    {
        return QStringLiteral(
                   "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by, qty, unit_price_vnd, "
                   "gross_vnd, line_discount_vnd, sale_discount_vnd, net_vnd, vat_rate, vat_vnd, owner_id, supply, "
                   "commission_bp, commission_vnd, payout_vnd) VALUES (1, %1, 1, 'P1', 'P', 'chai', 'unit', 1000, 1000, "
                   "%2, %3, %4, %5, '%6', 0, 1, 'consignment', 2000, 0, 0)")
            .arg(lineNo).arg(gross).arg(lineDiscount).arg(saleDiscount).arg(net).arg(QString::fromLatin1(vat));
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

TEST_F(DatabaseSchema, TheSeedRowsAndAValidSaleLineAreAccepted)
{
    EXPECT_NO_THROW(m_db->execute(saleLine(1, 1000, 100, 50, 850)));
    EXPECT_TRUE(m_db->integrityCheck().isEmpty());
}

TEST_F(DatabaseSchema, NegativeMoneyIsRefused)
{
    expectRefused(QStringLiteral("UPDATE products SET price_vnd = -1 WHERE id = 1"));
    expectRefused(QStringLiteral("INSERT INTO shifts (till, opened_by, opened_at, float_vnd, status) "
                                 "VALUES ('Q02', 1, 't', -100, 'open')"));
    expectRefused(QStringLiteral("UPDATE sales SET total_vnd = -5 WHERE id = 1"));
    expectRefused(QStringLiteral("UPDATE sales SET change_vnd = -5 WHERE id = 1"));
    expectRefused(QStringLiteral("INSERT INTO payments (sale_id, seq, method, amount_vnd) VALUES (1, 1, 'cash', 0)"));
    expectRefused(saleLine(1, 1000, -100, 0, 1100));
    expectRefused(QStringLiteral("INSERT INTO price_history (product_id, changed_at, source, new_price_vnd, new_vat) "
                                 "VALUES (1, 't', 'edit', -1, '8')"));
}

TEST_F(DatabaseSchema, UnknownVatRatesAreRefused)
{
    expectRefused(QStringLiteral("UPDATE products SET vat = '12' WHERE id = 1"));
    expectRefused(QStringLiteral("UPDATE products SET vat = 'kct' WHERE id = 1"));
    expectRefused(saleLine(1, 1000, 0, 0, 1000, "7"));
    expectRefused(QStringLiteral("INSERT INTO price_schedule (product_id, effective_on, vat, created_at) "
                                 "VALUES (1, '2027-01-01', '9', 't')"));
    EXPECT_NO_THROW(m_db->execute(QStringLiteral("UPDATE products SET vat = 'KCT' WHERE id = 1")));
}

TEST_F(DatabaseSchema, ACooperativeUserNeedsAProducerAndOnlyItHasOne)
{
    expectRefused(QStringLiteral("INSERT INTO users (username, display_name, role, pin_hash, created_at) "
                                 "VALUES ('htx', 'HTX', 'cooperative', 'h', 't')"));
    expectRefused(QStringLiteral("INSERT INTO users (username, display_name, role, producer_id, pin_hash, created_at) "
                                 "VALUES ('thu2', 'Thu', 'cashier', 1, 'h', 't')"));
    expectRefused(QStringLiteral("INSERT INTO users (username, display_name, role, producer_id, pin_hash, created_at) "
                                 "VALUES ('htx', 'HTX', 'cooperative', 999, 'h', 't')"));  // foreign key
    EXPECT_NO_THROW(m_db->execute(QStringLiteral(
        "INSERT INTO users (username, display_name, role, producer_id, pin_hash, created_at) "
        "VALUES ('htx', 'HTX', 'cooperative', 1, 'h', 't')")));
}

TEST_F(DatabaseSchema, DuplicatesAreRefused)
{
    expectRefused(QStringLiteral("INSERT INTO barcodes (code, product_id) VALUES ('8938505974194', 1)"));
    expectRefused(QStringLiteral("INSERT INTO products (sku, name, name_key, unit, sold_by, price_vnd, vat, owner_id, "
                                 "supply, created_at, updated_at) VALUES ('P1', 'Q', 'q', 'chai', 'unit', 1, '8', 1, "
                                 "'consignment', 't', 't')"));
    expectRefused(QStringLiteral("INSERT INTO producers (code, kind, name, name_key, created_at, updated_at) "
                                 "VALUES ('HTX-A', 'household', 'B', 'b', 't', 't')"));
    expectRefused(QStringLiteral("INSERT INTO users (username, display_name, role, pin_hash, created_at) "
                                 "VALUES ('thungan', 'X', 'cashier', 'h', 't')"));
}

TEST_F(DatabaseSchema, SaleLineNetMustBeGrossLessDiscounts)
{
    expectRefused(saleLine(1, 1000, 100, 50, 851));
    expectRefused(saleLine(2, 1000, 0, 0, 999));
    EXPECT_NO_THROW(m_db->execute(saleLine(3, 1000, 0, 0, 1000)));
    expectRefused(saleLine(3, 1000, 0, 0, 1000));  // (sale, line_no) unique
}

TEST_F(DatabaseSchema, ForeignKeysAndKindsAreEnforced)
{
    expectRefused(QStringLiteral("INSERT INTO barcodes (code, product_id) VALUES ('96385074', 42)"));
    expectRefused(QStringLiteral("UPDATE producers SET parent_id = 1 WHERE id = 1"));
    expectRefused(QStringLiteral("UPDATE producers SET kind = 'company' WHERE id = 1"));
    expectRefused(QStringLiteral("UPDATE products SET sold_by = 'box' WHERE id = 1"));
    expectRefused(QStringLiteral("UPDATE products SET ocop_stars = 6 WHERE id = 1"));
    expectRefused(QStringLiteral("UPDATE products SET commission_bp = 10001 WHERE id = 1"));
    expectRefused(QStringLiteral("INSERT INTO stock_movements (product_id, kind, qty, at, user_id) "
                                 "VALUES (1, 'receipt', 0, 't', 1)"));
    expectRefused(QStringLiteral("INSERT INTO price_schedule (product_id, effective_on, created_at) "
                                 "VALUES (1, '2027-01-01', 't')"));
}

} // namespace

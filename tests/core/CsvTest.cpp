#include "core/Csv.h"
#include "core/Errors.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::core;

namespace {
const std::set<QString> kKnown{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("qty")};
const std::set<QString> kRequired{QStringLiteral("code")};

std::vector<Problem> problemsOf(const QByteArray& data)
{
    try {
        parseCsv(data, kKnown, kRequired);
    } catch (const ValidationError& e) {
        return e.problems();
    }
    return {};
}
} // namespace

TEST(Csv, Rfc4180Quoting)
{
    const auto t = parseCsv("\xEF\xBB\xBF" "code,name\r\nA,\"Nước mắm, \"\"Cái Rồng\"\"\"\r\nB,\"two\nlines\"\n\nC,\n",
                            kKnown, kRequired);
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(*t.rows[0].get(QStringLiteral("name")), QStringLiteral("Nước mắm, \"Cái Rồng\""));
    EXPECT_EQ(*t.rows[1].get(QStringLiteral("name")), QStringLiteral("two\nlines"));
    EXPECT_EQ(t.rows[2].line, 6);  // the quoted newline and the blank line count
    EXPECT_FALSE(t.rows[2].get(QStringLiteral("name")));  // empty = not given
    EXPECT_FALSE(t.rows[2].get(QStringLiteral("qty")));   // absent column
}

TEST(Csv, RowsOfNothingButBlanksAreBlankLines)
{
    // What a spreadsheet saves below the data (",,"), spaces, a lone vertical tab
    // (found by fuzz_csv): blank lines, whatever their number of cells.
    const auto t = parseCsv("code,name,qty\nA,x,1\n,,\n   \n\x0b\n , \nB,y,2\n,,\n", kKnown, kRequired);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].line, 7);
    EXPECT_EQ(*t.rows[1].get(QStringLiteral("code")), QStringLiteral("B"));
    // A row with something in it is still checked.
    EXPECT_EQ(problemsOf("code,name\n,x,\n").size(), 1u);
}

TEST(Csv, ColumnsInAnyOrderAndCaseFolded)
{
    const auto t = parseCsv("Name,CODE\nx,1\n", kKnown, kRequired);
    EXPECT_EQ(*t.rows[0].get(QStringLiteral("code")), QStringLiteral("1"));
}

TEST(Csv, HeaderProblems)
{
    auto p = problemsOf("code,colour\n1,red\n");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].line, 1);
    EXPECT_EQ(p[0].field, "colour");
    p = problemsOf("name\nx\n");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].field, "code");
    p = problemsOf("code,code\n1,2\n");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].why, "column repeated");
    EXPECT_FALSE(problemsOf("").empty());
}

TEST(Csv, EveryBadRowIsReported)
{
    const auto p = problemsOf("code,name\n1\n2,b\n3,c,extra\n");
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].line, 2);
    EXPECT_EQ(p[1].line, 4);
    EXPECT_EQ(p[0].describe(), "line 2, field row: has 1 cells, the header has 2");
}

TEST(Csv, MalformedQuotingAndEncoding)
{
    EXPECT_FALSE(problemsOf("code,name\n1,\"open\n").empty());
    EXPECT_FALSE(problemsOf("code,name\n1,ab\"c\n").empty());
    EXPECT_FALSE(problemsOf("code,name\n1,\"a\"b\n").empty());
    EXPECT_FALSE(problemsOf("code,name\n1,\xC3\x28\n").empty());  // invalid UTF-8
}

TEST(Csv, TextIsNfc)
{
    const auto t = parseCsv("code,name\n1,Nu\xCC\x9Bo\xCC\x9B\xCC\x81" "c\n", kKnown, kRequired);
    EXPECT_EQ(*t.rows[0].get(QStringLiteral("name")), QStringLiteral("Nước"));
}

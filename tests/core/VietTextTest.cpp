#include "core/VietText.h"

#include <gtest/gtest.h>

using namespace ocopos::core;

TEST(VietText, SearchKeyFoldsMarksAndD)
{
    EXPECT_EQ(searchKey(QStringLiteral("Nước mắm Cái Rồng")), QStringLiteral("nuoc mam cai rong"));
    EXPECT_EQ(searchKey(QStringLiteral("ĐƯỜNG đi")), QStringLiteral("duong di"));
    EXPECT_EQ(searchKey(QStringLiteral("\u00D0ặc sản")), QStringLiteral("dac san"));  // look-alike Ð
    EXPECT_EQ(searchKey(QStringLiteral("  Trà   hoa vàng ")), QStringLiteral("tra hoa vang"));
    // Decomposed input (as some input methods send it) folds the same.
    const QString decomposed = QStringLiteral("Nu\u031Bo\u031B\u0301c");
    EXPECT_EQ(searchKey(decomposed), QStringLiteral("nuoc"));
    EXPECT_TRUE(matchesSearch(searchKey(QStringLiteral("Nước mắm Cái Rồng")), QStringLiteral("nuoc mam cai")));
    EXPECT_TRUE(matchesSearch(searchKey(QStringLiteral("Đặc sản")), QStringLiteral("d")));
    EXPECT_FALSE(matchesSearch(searchKey(QStringLiteral("Nước mắm")), QStringLiteral("mam tom")));
}

TEST(VietText, NormalizeToNfc)
{
    const QString decomposed = QStringLiteral("Nu\u031Bo\u031B\u0301c ");
    EXPECT_EQ(normalizeText(decomposed), QStringLiteral("Nước"));
}

TEST(VietText, VietnameseCollation)
{
    QStringList l{QStringLiteral("Đỗ"), QStringLiteral("Dung"), QStringLiteral("Ân"), QStringLiteral("Anh"),
                  QStringLiteral("Ăn"), QStringLiteral("Ơn"), QStringLiteral("Ông"), QStringLiteral("Óc"),
                  QStringLiteral("Em"), QStringLiteral("Êm")};
    sortVietnamese(l);
    // a < ă < â ; d < đ ; e < ê ; o < ô < ơ
    EXPECT_LT(l.indexOf(QStringLiteral("Anh")), l.indexOf(QStringLiteral("Ăn")));
    EXPECT_LT(l.indexOf(QStringLiteral("Ăn")), l.indexOf(QStringLiteral("Ân")));
    EXPECT_LT(l.indexOf(QStringLiteral("Dung")), l.indexOf(QStringLiteral("Đỗ")));
    EXPECT_LT(l.indexOf(QStringLiteral("Em")), l.indexOf(QStringLiteral("Êm")));
    EXPECT_LT(l.indexOf(QStringLiteral("Óc")), l.indexOf(QStringLiteral("Ông")));
    EXPECT_LT(l.indexOf(QStringLiteral("Ông")), l.indexOf(QStringLiteral("Ơn")));
    // d-words sort after every other word starting with c and before e.
    EXPECT_LT(compareVietnamese(QStringLiteral("Cá"), QStringLiteral("Dê")), 0);
    EXPECT_LT(compareVietnamese(QStringLiteral("Đường"), QStringLiteral("Em")), 0);
    // Tones: ngang < huyền < hỏi < ngã < sắc < nặng
    QStringList tones{QStringLiteral("mạ"), QStringLiteral("má"), QStringLiteral("mã"), QStringLiteral("mả"),
                      QStringLiteral("mà"), QStringLiteral("ma")};
    sortVietnamese(tones);
    EXPECT_EQ(tones, (QStringList{QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"), QStringLiteral("mã"),
                                  QStringLiteral("má"), QStringLiteral("mạ")}));
}

#pragma once

#include <QString>
#include <QStringList>

namespace ocopos::core {

/// Text as stored: trimmed, NFC (input methods may send decomposed text).
QString normalizeText(const QString& text);

/// The search key of docs/DOMAIN.md: NFD, combining marks U+0300–U+036F removed,
/// đ/Đ and the look-alike Ð (U+00D0) to d, lower case, runs of white space folded
/// to one space. "Nước mắm Cái Rồng" -> "nuoc mam cai rong".
QString searchKey(const QString& text);

/// True if every word of the folded query is a prefix of some word of the folded
/// key, or occurs inside it (query "nuoc mam cai" matches "nuoc mam cai rong").
bool matchesSearch(const QString& foldedKey, const QString& foldedQuery);

/// Vietnamese collation (a < ă < â, d < đ, tones ngang, huyền, hỏi, ngã, sắc, nặng).
/// Thread-safe; returns <0, 0, >0.
int compareVietnamese(const QString& a, const QString& b);

/// Sorts in place with Vietnamese collation.
void sortVietnamese(QStringList& list);

} // namespace ocopos::core

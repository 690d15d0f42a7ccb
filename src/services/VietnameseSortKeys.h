#pragma once

#include <QString>

#include <string>
#include <string_view>

struct UCollator;

namespace ocopos::services {

/// ICU sort keys in the collation QCollator applies for vietnameseCollator()
/// (locale vi_VN; normalization on; secondary strength, i.e. case-insensitive;
/// numeric mode; punctuation not ignored): the very bytes QCollator::sortKey()
/// wraps, appended to one buffer rather than held one heap object each. The
/// search index's build sorts 300k names with them (tested equal to QCollator's
/// order). Not thread-safe: one per thread.
class VietnameseSortKeys {
public:
    /// Throws ocopos::Error when ICU cannot open the collation.
    VietnameseSortKeys();
    ~VietnameseSortKeys();
    VietnameseSortKeys(const VietnameseSortKeys&) = delete;
    VietnameseSortKeys& operator=(const VietnameseSortKeys&) = delete;

    /// Appends the sort key of `text` (with its terminating zero, as Qt keeps it).
    void append(const QString& text, std::string& out) const;
    /// QCollatorSortKey::compare's rule: bytes, then the shorter first.
    static int compare(std::string_view a, std::string_view b) noexcept { return a.compare(b); }

private:
    UCollator* m_collator = nullptr;
};

} // namespace ocopos::services

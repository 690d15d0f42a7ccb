#include "VietText.h"

#include <QCollator>
#include <QLocale>

namespace ocopos::core {

QString normalizeText(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

QString searchKey(const QString& text)
{
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(nfd.size());
    bool lastSpace = true;
    for (QChar c : nfd) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && u <= 0x036F)
            continue;
        if (u == 0x0111 || u == 0x0110 || u == 0x00D0) {
            out += QLatin1Char('d');
            lastSpace = false;
            continue;
        }
        if (c.isSpace()) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        out += c.toLower();
        lastSpace = false;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

bool matchesSearch(const QString& foldedKey, const QString& foldedQuery)
{
    const auto words = foldedQuery.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& w : words)
        if (!foldedKey.contains(w))
            return false;
    return true;
}

namespace {
const QCollator& collator()
{
    // QCollator::compare is const and ICU collators are thread-safe for comparison.
    static const QCollator c = [] {
        QCollator col{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        col.setCaseSensitivity(Qt::CaseInsensitive);
        col.setNumericMode(true);
        return col;
    }();
    return c;
}
} // namespace

int compareVietnamese(const QString& a, const QString& b)
{
    const int c = collator().compare(a, b);
    if (c != 0)
        return c;
    return QString::compare(a, b); // a total order for equal-collating strings
}

void sortVietnamese(QStringList& list)
{
    std::sort(list.begin(), list.end(),
              [](const QString& a, const QString& b) { return compareVietnamese(a, b) < 0; });
}

} // namespace ocopos::core

#pragma once

// Internal to the centre's repositories (db/centre/*.cpp).
#include "db/Database.h"

#include <QString>

#include <optional>

namespace ocopos::db {

/// A PostgreSQL array literal built column by column, bound as one text
/// parameter and CAST to its array type in the statement: a batch's rows go in
/// with one statement per table.
class PgArray {
public:
    explicit PgArray(std::size_t reserve = 0) { m_text.reserve(static_cast<qsizetype>(reserve * 12 + 2)); }
    PgArray& add(qint64 v)
    {
        sep();
        m_text += QString::number(v);
        return *this;
    }
    PgArray& add(const std::optional<qint64>& v)
    {
        if (!v) {
            sep();
            m_text += QLatin1String("NULL");
            return *this;
        }
        return add(*v);
    }
    PgArray& add(bool b)
    {
        sep();
        m_text += b ? QLatin1String("t") : QLatin1String("f");
        return *this;
    }
    /// Text (quoted and escaped); a null QString is NULL.
    PgArray& add(const QString& s)
    {
        sep();
        if (s.isNull()) {
            m_text += QLatin1String("NULL");
            return *this;
        }
        m_text += QLatin1Char('"');
        for (const QChar c : s) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                m_text += QLatin1Char('\\');
            m_text += c;
        }
        m_text += QLatin1Char('"');
        return *this;
    }
    QString take()
    {
        m_text.prepend(QLatin1Char('{'));
        m_text += QLatin1Char('}');
        return std::move(m_text);
    }

private:
    void sep()
    {
        if (m_any)
            m_text += QLatin1Char(',');
        m_any = true;
    }
    QString m_text;
    bool m_any = false;
};

} // namespace ocopos::db

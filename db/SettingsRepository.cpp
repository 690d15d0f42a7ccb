#include "SettingsRepository.h"

namespace ocopos::db {

std::optional<QString> SettingsRepository::value(const QString& key)
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key);
    const auto v = q.scalar();
    if (!v)
        return std::nullopt;
    return v->toString();
}

std::vector<std::pair<QString, QString>> SettingsRepository::all()
{
    Query q(m_db, QStringLiteral("SELECT key, value FROM settings"));
    q.exec();
    std::vector<std::pair<QString, QString>> rows;
    while (q.next())
        rows.emplace_back(q.value(0).toString(), q.value(1).toString());
    return rows;
}

void SettingsRepository::set(const QString& key, const QString& value)
{
    Query q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value).exec();
}

} // namespace ocopos::db

#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace ocopos::core {

/// The store's clock. Everything that stamps a time asks a Clock, so tests and
/// `$OCOPOS_NOW` can choose the day. Store local time is Vietnam (UTC+07:00, no DST).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The store's time zone: UTC+07:00.
    static QTimeZone storeZone();
    /// now() in store local time.
    QDateTime localNow() const;
    /// The store-local calendar date of now().
    QDate today() const;
    /// ISO 8601 with offset, seconds precision: 2026-11-28T14:05:00+07:00.
    static QString isoString(const QDateTime& t);
    /// The store-local date of a moment.
    static QDate localDate(const QDateTime& t);
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

/// A clock that stands still (tests) or that `$OCOPOS_NOW` sets.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime t) : m_t(std::move(t)) {}
    QDateTime now() const override { return m_t; }
    void set(QDateTime t) { m_t = std::move(t); }
    void advanceSecs(qint64 s) { m_t = m_t.addSecs(s); }

private:
    QDateTime m_t;
};

/// Parses ISO 8601 (with offset, or store-local when none). Throws ValidationError.
QDateTime parseIsoTime(const QString& text, const char* field);
/// Parses YYYY-MM-DD strictly. Throws ValidationError(field).
QDate parseIsoDate(const QString& text, const std::string& field, int line = 0);

} // namespace ocopos::core

#include "Clock.h"

#include "ErrorCodes.h"

#include <QRegularExpression>

namespace ocopos::core {

namespace {
constexpr int kStoreOffsetSeconds = 7 * 3600;  // Vietnam: UTC+7, no daylight saving
} // namespace

QTimeZone Clock::storeZone()
{
    // Made once: a QTimeZone is a shared, immutable handle, and building one
    // (its id, its backend) was ~1.5 % of a sale's CPU, several times a sale.
    static const QTimeZone zone(kStoreOffsetSeconds);
    return zone;
}

QDateTime Clock::localNow() const { return now().toTimeZone(storeZone()); }

// A fixed offset needs no time zone object: the same instant, date and ISO text.
QDate Clock::today() const { return now().toOffsetFromUtc(kStoreOffsetSeconds).date(); }

QString Clock::isoString(const QDateTime& t)
{
    return t.toOffsetFromUtc(kStoreOffsetSeconds).toString(Qt::ISODate);
}

QDate Clock::localDate(const QDateTime& t) { return t.toOffsetFromUtc(kStoreOffsetSeconds).date(); }

QDateTime SystemClock::now() const { return QDateTime::currentDateTimeUtc(); }

QDateTime parseIsoTime(const QString& text, const char* field)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        throw ValidationError(codes::timeMalformed, field, "'" + text.toStdString() + "' is not an ISO 8601 time",
                              {{"text", text.toStdString()}});
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Clock::storeZone());
    return t;
}

QDate parseIsoDate(const QString& text, const std::string& field, int line)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!re.match(text).hasMatch() || !d.isValid())
        throw ValidationError(codes::dateMalformed, field, "'" + text.toStdString() + "' is not a date YYYY-MM-DD",
                              {{"text", text.toStdString()}}, line);
    return d;
}

} // namespace ocopos::core

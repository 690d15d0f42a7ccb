#include "Clock.h"

#include "ErrorCodes.h"

#include <QRegularExpression>

namespace ocopos::core {

QTimeZone Clock::storeZone() { return QTimeZone(7 * 3600); }

QDateTime Clock::localNow() const { return now().toTimeZone(storeZone()); }

QDate Clock::today() const { return localNow().date(); }

QString Clock::isoString(const QDateTime& t)
{
    return t.toTimeZone(storeZone()).toString(Qt::ISODate);
}

QDate Clock::localDate(const QDateTime& t) { return t.toTimeZone(storeZone()).date(); }

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

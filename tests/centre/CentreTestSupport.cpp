#include "CentreTestSupport.h"

#include "db/JournalRepository.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <stdexcept>

namespace ocopos::test {

HttpReply http(const QString& url, const QString& token, const QByteArray& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = body.isNull() ? nam.get(req) : nam.post(req, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(60000);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        delete reply;
        throw std::runtime_error("HTTP " + url.toStdString() + ": no answer within 60 s");
    }
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->readAll();
    r.body = QJsonDocument::fromJson(r.raw).object();
    delete reply;
    return r;
}

QJsonArray journalEntries(TempStore& store, qint64 afterId, int max)
{
    QJsonArray out;
    db::JournalRepository(store.db()).forEachEntry([&](const db::JournalEntry& e) {
        if (e.id <= afterId)
            return true;
        out.append(QJsonObject{{QStringLiteral("seq"), e.id},
                               {QStringLiteral("type"), QStringLiteral("journal")},
                               {QStringLiteral("id"), e.id},
                               {QStringLiteral("at"), e.at},
                               {QStringLiteral("kind"), e.kind},
                               {QStringLiteral("ref_id"), e.refId},
                               {QStringLiteral("prev_hash"), e.prevHash},
                               {QStringLiteral("hash"), e.hash},
                               {QStringLiteral("content"), e.content}});
        return out.size() < max;
    });
    return out;
}

namespace {
QJsonValue textOrNull(const QVariant& v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toString()); }
} // namespace

QJsonObject batchOf(TempStore& store, const QString& storeCode, const QJsonArray& entries)
{
    QJsonArray producers;
    db::Query p(store.db(), QStringLiteral("SELECT p.code, p.kind, p.name, pp.code, p.tax_code, p.district, p.province "
                                           "FROM producers p LEFT JOIN producers pp ON pp.id = p.parent_id ORDER BY p.code"));
    p.exec();
    while (p.next())
        producers.append(QJsonObject{{QStringLiteral("code"), p.value(0).toString()},
                                     {QStringLiteral("kind"), p.value(1).toString()},
                                     {QStringLiteral("name"), p.value(2).toString()},
                                     {QStringLiteral("parent"), textOrNull(p.value(3))},
                                     {QStringLiteral("tax_code"), textOrNull(p.value(4))},
                                     {QStringLiteral("district"), textOrNull(p.value(5))},
                                     {QStringLiteral("province"), textOrNull(p.value(6))}});
    QJsonArray products;
    db::Query q(store.db(), QStringLiteral("SELECT x.sku, x.name, x.unit, x.vat, o.code, x.category, x.ocop_stars, x.supply "
                                           "FROM products x JOIN producers o ON o.id = x.owner_id ORDER BY x.sku"));
    q.exec();
    while (q.next())
        products.append(QJsonObject{{QStringLiteral("sku"), q.value(0).toString()},
                                    {QStringLiteral("name"), q.value(1).toString()},
                                    {QStringLiteral("unit"), q.value(2).toString()},
                                    {QStringLiteral("vat"), q.value(3).toString()},
                                    {QStringLiteral("owner"), q.value(4).toString()},
                                    {QStringLiteral("category"), textOrNull(q.value(5))},
                                    {QStringLiteral("ocop_stars"),
                                     q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toLongLong())},
                                    {QStringLiteral("supply"), q.value(7).toString()}});
    return QJsonObject{{QStringLiteral("protocol"), 1},
                       {QStringLiteral("store"), storeCode},
                       {QStringLiteral("producers"), producers},
                       {QStringLiteral("products"), products},
                       {QStringLiteral("entries"), entries}};
}

QByteArray toBytes(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace ocopos::test

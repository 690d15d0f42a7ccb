#include "EInvoiceProvider.h"

#include "EInvoiceService.h"
#include "core/ErrorCodes.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <map>

namespace ocopos::services {

namespace {

std::string s(const QString& q)
{
    return q.toStdString();
}

/// VNPT's answer codes for ImportAndPublishInvMTT as we read its published
/// integration guide (docs/EINVOICE.md lists what we assumed).
enum class VnptError { Account, Data, Duplicate, Series, Other };

VnptError classify(const QString& err)
{
    if (err == QLatin1String("ERR:1"))
        return VnptError::Account;
    if (err == QLatin1String("ERR:3"))
        return VnptError::Data;
    if (err == QLatin1String("ERR:13"))
        return VnptError::Duplicate;
    if (err == QLatin1String("ERR:20"))
        return VnptError::Series;
    return VnptError::Other;
}

} // namespace

VnptInvoiceProvider::VnptInvoiceProvider(Account account, int timeoutMs)
    : m_account(std::move(account))
    , m_timeoutMs(timeoutMs)
{
}

QByteArray VnptInvoiceProvider::batchXml(const std::vector<ProviderInvoice>& batch)
{
    QByteArray out = "<DSHDon>";
    for (const auto& inv : batch) {
        // The stored document is <?xml?><HDon><DLHDon …>…</DLHDon><MCCQT/></HDon>:
        // VNPT wants each DLHDon under an HDon that leads with its key.
        const qsizetype from = inv.xml.indexOf("<DLHDon");
        const qsizetype to = inv.xml.indexOf("</DLHDon>");
        out += "<HDon><key>" + inv.key.toHtmlEscaped().toUtf8() + "</key>";
        if (from >= 0 && to > from)
            out += inv.xml.mid(from, to + 9 - from);
        out += "<MCCQT></MCCQT></HDon>";
    }
    out += "</DSHDon>";
    return out;
}

QString VnptInvoiceProvider::call(const QString& method, const std::vector<std::pair<QString, QString>>& args)
{
    QUrl url = m_account.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/PublishService.asmx"));

    QByteArray body;
    QXmlStreamWriter w(&body);
    w.writeStartDocument();
    w.writeNamespace(QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("soap"));
    w.writeStartElement(QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("Envelope"));
    w.writeStartElement(QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("Body"));
    w.writeStartElement(method);
    w.writeDefaultNamespace(QStringLiteral("http://tempuri.org/"));
    for (const auto& [name, value] : args)
        w.writeTextElement(name, value);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", "\"http://tempuri.org/" + method.toLatin1() + "\"");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
    deadline.start(m_timeoutMs + 1000); // the transfer timeout's backstop: the loop always ends
    if (!reply->isFinished())
        loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const std::string where = s(m_account.url.toString(QUrl::RemoveUserInfo));
    if (status != 200)
        throw Conflict(codes::einvoiceProviderUnreachable,
            "the e-invoice provider " + where + " "
                + (status == 0 ? "did not answer: " + s(reply->errorString())
                               : "cannot take invoices now (HTTP " + std::to_string(status) + ")")
                + "; the invoices wait and are sent on a later try",
            { { "url", where } });
    QXmlStreamReader r(reply->readAll());
    const QString resultName = method + QStringLiteral("Result");
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == resultName)
            return r.readElementText();
    }
    throw Conflict(codes::einvoiceProviderUnreachable,
        "the e-invoice provider " + where + " answered without a " + s(resultName) + "; tried again later",
        { { "url", where } });
}

std::vector<ProviderResult> VnptInvoiceProvider::publishOnce(const std::vector<ProviderInvoice>& batch)
{
    const QString answer = call(QStringLiteral("ImportAndPublishInvMTT"),
        { { QStringLiteral("Account"), m_account.account }, { QStringLiteral("ACpass"), m_account.accountPassword },
            { QStringLiteral("xmlInvData"), QString::fromUtf8(batchXml(batch)) },
            { QStringLiteral("username"), m_account.username }, { QStringLiteral("password"), m_account.password },
            { QStringLiteral("pattern"), batch.front().form }, { QStringLiteral("serial"), batch.front().series },
            { QStringLiteral("convert"), QStringLiteral("0") } });
    if (answer.startsWith(QLatin1String("OK:"))) {
        // OK:<pattern>;<serial>-<key>_<number>_<MCCQT>,<key>_<number>_<MCCQT>,...
        // The MCCQT may be empty: the provider has the invoice, its code follows.
        const qsizetype dash = answer.indexOf(QLatin1Char('-'), answer.indexOf(QLatin1Char(';')));
        std::vector<ProviderResult> out;
        // Keys hold a dash themselves ("C26MAA-12"): match each answer item by the keys we sent.
        const QString list = answer.mid(dash + 1);
        for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = item.split(QLatin1Char('_'));
            ProviderResult res;
            res.key = parts.value(0);
            res.providerRef = parts.value(1);
            res.authorityCode = parts.value(2);
            res.outcome
                = res.authorityCode.isEmpty() ? ProviderResult::Outcome::Sent : ProviderResult::Outcome::Accepted;
            out.push_back(res);
        }
        return out;
    }
    const QString code = answer.section(QLatin1Char(' '), 0, 0).trimmed();
    const std::string where = s(m_account.url.toString(QUrl::RemoveUserInfo));
    switch (classify(code)) {
    case VnptError::Account:
        throw Conflict(codes::einvoiceProviderRefused,
            "the e-invoice provider refused the store's account (" + s(answer)
                + "): check einvoice_account "
                  "and the passwords",
            { { "message", s(answer) } });
    case VnptError::Series:
        throw Conflict(codes::einvoiceProviderRefused,
            "the e-invoice provider does not know form " + s(batch.front().form) + " series " + s(batch.front().series)
                + " for this account (" + s(answer) + ")",
            { { "message", s(answer) } });
    case VnptError::Duplicate: {
        // Some of the batch is there already (an earlier answer was lost): ask
        // for each, then publish only those it lacks, one by one.
        QStringList keys;
        for (const auto& inv : batch)
            keys << inv.key;
        std::vector<ProviderResult> out;
        for (const ProviderResult& known : lookup(batch.front().form, keys)) {
            if (known.outcome != ProviderResult::Outcome::Unknown) {
                out.push_back(known);
                continue;
            }
            for (const auto& inv : batch)
                if (inv.key == known.key)
                    for (const auto& r : publishOnce({ inv }))
                        out.push_back(r);
        }
        return out;
    }
    case VnptError::Data:
        if (batch.size() > 1) {
            // One bad invoice refuses the whole call: find it by sending them singly.
            std::vector<ProviderResult> out;
            for (const auto& inv : batch)
                for (const auto& r : publishOnce({ inv }))
                    out.push_back(r);
            return out;
        } else {
            ProviderResult res;
            res.key = batch.front().key;
            res.outcome = ProviderResult::Outcome::Rejected;
            res.reason = answer;
            return { res };
        }
    case VnptError::Other:
        break;
    }
    throw Conflict(codes::einvoiceProviderUnreachable,
        "the e-invoice provider " + where + " could not publish now (" + s(answer) + "); tried again later",
        { { "url", where } });
}

std::vector<ProviderResult> VnptInvoiceProvider::publish(const std::vector<ProviderInvoice>& batch)
{
    if (batch.empty())
        return {};
    return publishOnce(batch);
}

std::vector<ProviderResult> VnptInvoiceProvider::lookup(const QString& form, const QStringList& keys)
{
    const QString answer = call(QStringLiteral("GetMCCQThueByFkeys"),
        { { QStringLiteral("Account"), m_account.account }, { QStringLiteral("ACpass"), m_account.accountPassword },
            { QStringLiteral("username"), m_account.username }, { QStringLiteral("password"), m_account.password },
            { QStringLiteral("pattern"), form }, { QStringLiteral("fkeys"), keys.join(QLatin1Char('_')) } });
    if (answer.startsWith(QLatin1String("ERR:1")) && answer.size() == 5)
        throw Conflict(codes::einvoiceProviderRefused, "the e-invoice provider refused the store's account (ERR:1)",
            { { "message", "ERR:1" } });
    // <DSHDon><HDon><key/><SHDon/><MCCQThue/><TThai/><MTLoi/></HDon>...</DSHDon>;
    // TThai 2 accepted, 3 rejected (MTLoi the reason), 1 waiting for the authority.
    std::map<QString, ProviderResult> found;
    QXmlStreamReader r(answer);
    ProviderResult cur;
    QString status;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            if (name == QLatin1String("HDon")) {
                cur = {};
                status.clear();
            } else if (name == QLatin1String("key")) {
                cur.key = r.readElementText();
            } else if (name == QLatin1String("SHDon")) {
                cur.providerRef = r.readElementText();
            } else if (name == QLatin1String("MCCQThue")) {
                cur.authorityCode = r.readElementText();
            } else if (name == QLatin1String("TThai")) {
                status = r.readElementText();
            } else if (name == QLatin1String("MTLoi")) {
                cur.reason = r.readElementText();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("HDon")) {
            cur.outcome = status == QLatin1String("2") ? ProviderResult::Outcome::Accepted
                : status == QLatin1String("3")         ? ProviderResult::Outcome::Rejected
                                                       : ProviderResult::Outcome::Sent;
            if (cur.outcome == ProviderResult::Outcome::Accepted && cur.authorityCode.isEmpty())
                cur.outcome = ProviderResult::Outcome::Sent;
            found[cur.key] = cur;
        }
    }
    std::vector<ProviderResult> out;
    for (const QString& key : keys) {
        auto it = found.find(key);
        if (it != found.end()) {
            out.push_back(it->second);
        } else {
            ProviderResult unknown;
            unknown.key = key;
            unknown.outcome = ProviderResult::Outcome::Unknown;
            out.push_back(unknown);
        }
    }
    return out;
}

std::unique_ptr<EInvoiceProvider> makeProvider(const EInvoiceConfig& cfg)
{
    if (cfg.url.isEmpty())
        throw Conflict(codes::einvoiceNotConfigured, "no e-invoice provider is set up: set einvoice_url",
            { { "setting", "einvoice_url" } });
    return std::make_unique<VnptInvoiceProvider>(
        VnptInvoiceProvider::Account { QUrl(cfg.url), cfg.account, cfg.accountPassword, cfg.username, cfg.password });
}

} // namespace ocopos::services

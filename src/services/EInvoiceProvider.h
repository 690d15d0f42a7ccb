#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <vector>

namespace ocopos::services {

struct EInvoiceConfig;

/// One invoice handed to the provider. `key` is the idempotency key the
/// provider stores with it (VNPT's fkey): "<series>-<number>", so the same
/// invoice sent twice is recognised rather than issued twice.
struct ProviderInvoice {
    QString key;
    QString form; ///< "1" or "2" (VNPT's pattern)
    QString series;
    qint64 number = 0;
    QByteArray xml; ///< as stored: <HDon><DLHDon>...</DLHDon><MCCQT/></HDon>
};

/// What became of one invoice.
struct ProviderResult {
    enum class Outcome {
        Accepted, ///< the tax authority's code (MCCQT) is known
        Sent, ///< the provider has it; the code is not known yet (ask again later)
        Rejected, ///< refused for its content, with the reason: never resent
        Unknown, ///< the provider has no such invoice (lookup only)
    };
    QString key;
    Outcome outcome = Outcome::Sent;
    QString authorityCode;
    QString providerRef;
    QString reason;
};

/// A licensed e-invoice provider. Calls block (each runs its own event loop
/// until the answer or the timeout) and are made outside any transaction.
/// Failures of the link or of the provider's service throw Conflict with code
/// einvoice.provider_unreachable (try later); a refused account or series throws
/// Conflict einvoice.provider_refused. Invoices of one call share form and series.
class EInvoiceProvider {
public:
    virtual ~EInvoiceProvider() = default;
    /// Publishes a batch; one result per invoice, in any order. Invoices the
    /// provider already has come back Accepted with their existing code.
    virtual std::vector<ProviderResult> publish(const std::vector<ProviderInvoice>& batch) = 0;
    /// What the provider knows of these keys (Accepted, Sent, Rejected or Unknown).
    virtual std::vector<ProviderResult> lookup(const QString& form, const QStringList& keys) = 0;
};

/// VNPT Invoice's SOAP web service for cash-register invoices
/// (PublishService.asmx: ImportAndPublishInvMTT, GetMCCQThueByFkeys), as
/// docs/EINVOICE.md describes it.
class VnptInvoiceProvider : public EInvoiceProvider {
public:
    struct Account {
        QUrl url; ///< the service's base address; PublishService.asmx is under it
        QString account, accountPassword, username, password;
    };
    explicit VnptInvoiceProvider(Account account, int timeoutMs = 60000);

    std::vector<ProviderResult> publish(const std::vector<ProviderInvoice>& batch) override;
    std::vector<ProviderResult> lookup(const QString& form, const QStringList& keys) override;

    /// The xmlInvData of a batch: <DSHDon><HDon><key>…</key><DLHDon>…</DLHDon><MCCQT/></HDon>…</DSHDon>.
    static QByteArray batchXml(const std::vector<ProviderInvoice>& batch);

private:
    /// The text of <method>Result> in the SOAP answer.
    QString call(const QString& method, const std::vector<std::pair<QString, QString>>& args);
    std::vector<ProviderResult> publishOnce(const std::vector<ProviderInvoice>& batch);

    Account m_account;
    int m_timeoutMs;
};

/// The provider the settings name (VNPT), for the sender.
std::unique_ptr<EInvoiceProvider> makeProvider(const EInvoiceConfig& cfg);

} // namespace ocopos::services

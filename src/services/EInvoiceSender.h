#pragma once

#include "EInvoiceProvider.h"
#include "Session.h"

#include <QString>

namespace ocopos::services {

/// What one run of the sender did.
struct EInvoiceSendRun {
    int batches = 0; ///< calls that the provider answered
    int accepted = 0; ///< invoices that got their MCCQT now
    int sent = 0; ///< handed over, code still to come
    int rejected = 0;
    qint64 waiting = 0; ///< pending or sent after the run
    QString error; ///< why the run stopped early (provider unreachable), empty otherwise
};

/// Sends pending e-invoices to the provider in batches of einvoice_batch_size
/// (at most 5,000), oldest first, grouped by form and series, and asks after
/// those sent without a code yet. Each batch's outcome is written in its own
/// transaction, after the call: a sale never waits on it, and an answer lost
/// on the way is harmless because the provider knows each invoice by its key
/// (series and number) and answers a resend with the code it already gave.
/// A failed try sets the next one after a backoff (1, 2, 4 ... minutes, at most
/// 60), so a provider down for a day is caught up within the hour after it is
/// back. Runs in `ocopos-cli einvoice send` and on the app's background thread.
class EInvoiceSender {
public:
    /// `provider` null: the one the settings name.
    explicit EInvoiceSender(Context ctx, EInvoiceProvider* provider = nullptr)
        : m_ctx(ctx)
        , m_provider(provider)
    {
    }

    /// One run. `force` sends what waits even before its next attempt is due
    /// (the CLI: someone asked now). Throws Conflict einvoice.not_configured
    /// when e-invoicing is off or no provider is set, and einvoice.provider_refused
    /// when the provider refuses the account or series (after recording it).
    /// A provider that does not answer ends the run with `error` set.
    EInvoiceSendRun run(bool force);

    /// Minutes before the next try after `attempts` failed ones.
    static int backoffMinutes(int attempts);

private:
    Context m_ctx;
    EInvoiceProvider* m_provider;
};

} // namespace ocopos::services

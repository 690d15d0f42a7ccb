#pragma once

// --printer on the commands whose document is printed after their operation
// (sell, return, void, shift close, receipt): docs/CLI.md "Receipt printers".
#include "Cli.h"
#include "core/ErrorCodes.h"
#include "core/PrinterAddress.h"
#include "docs/PrintQueue.h"

#include <optional>

namespace ocopos::cli {

/// `--printer URI`, checked before anything is done (a bad URI is exit 3 with nothing changed).
inline std::optional<QString> printerOption(Args& a)
{
    auto uri = a.option(QStringLiteral("--printer"));
    if (uri)
        core::PrinterAddress::parse(*uri);
    return uri;
}

/// The outcome of printing a committed operation's document: its job in the
/// JSON output, or, when the printer failed, the printer's error (exit 1) saying
/// what was done and how to print it later; the job stays queued.
inline QJsonObject printedOrThrow(
    const std::optional<docs::PrintAttempt>& a, const QString& uri, const std::string& done)
{
    if (!a)
        return {};
    if (!a->printed)
        throw Error(ErrorCode(a->errorCode),
            a->error.toStdString() + " (" + done + "; it waits as print job " + std::to_string(a->jobId)
                + ": `print retry " + std::to_string(a->jobId) + " --printer " + uri.toStdString() + "`)");
    return QJsonObject { { QStringLiteral("job"), a->jobId }, { QStringLiteral("printed"), true },
        { QStringLiteral("printer"), uri } };
}

} // namespace ocopos::cli

// receipt, labels: documents that are only printed (the other documents come
// with the command that makes their data: sell, return, shift close, receive,
// settle, report sales).
#include "Cli.h"
#include "PrintHelpers.h"

#include "docs/Documents.h"
#include "docs/PdfOutput.h"

namespace ocopos::cli {
namespace {

int receipt(Cli& c, Args& a)
{
    const auto out = a.option(QStringLiteral("--pdf"));
    const auto printer = printerOption(a);
    const QString receiptNo = a.positional(QStringLiteral("RECEIPT_NO"));
    a.finish();
    if (!out && !printer)
        throw UsageError("receipt needs --pdf OUT or --printer URI");
    const auto& actor = c.session();
    QJsonObject json{{QStringLiteral("receipt_no"), receiptNo}};
    QString text;
    if (out) {
        docs::PdfOutput pdf(*out, "pdf");
        pdf.open();
        pdf.commit(docs::Documents(c.ctx()).reprint(actor, receiptNo));
        json[QStringLiteral("pdf")] = *out;
        text += QStringLiteral("receipt %1 written to %2\n").arg(receiptNo, *out);
    }
    if (printer) {
        // A reprint ("BẢN IN LẠI"), never with the drawer kick.
        const auto attempt = docs::PrintQueue(c.ctx()).reprint(actor, receiptNo, *printer);
        json[QStringLiteral("print")] = printedOrThrow(attempt, *printer, "receipt " + receiptNo.toStdString() + " was not printed");
        text += QStringLiteral("receipt %1 printed on %2\n").arg(receiptNo, *printer);
    }
    c.output(json, text);
    return 0;
}

int labels(Cli& c, Args& a)
{
    const QString codes = a.required(QStringLiteral("--codes"));
    const QString out = a.required(QStringLiteral("--pdf"));
    a.finish();
    const QStringList list = codes.split(QLatin1Char(','));
    docs::Documents docs(c.ctx());
    // Every code is checked before the file is touched.
    const auto data = docs.shelfLabelData(c.session(), list);
    docs::PdfOutput pdf(out, "pdf");
    pdf.open();
    pdf.commit(docs.shelfLabels(data));
    QJsonArray printed;
    for (const auto& l : data)
        printed.append(l.sku);
    c.output(QJsonObject{{QStringLiteral("labels"), static_cast<int>(data.size())},
                         {QStringLiteral("skus"), printed},
                         {QStringLiteral("pdf"), out}},
             QStringLiteral("%1 shelf label(s) written to %2\n").arg(data.size()).arg(out));
    return 0;
}

const Register reg{
    {QStringLiteral("receipt"), QStringLiteral("receipt RECEIPT_NO (--pdf OUT | --printer URI)"), receipt},
    {QStringLiteral("labels"), QStringLiteral("labels --codes CODE[,CODE...] --pdf OUT"), labels},
};

} // namespace
} // namespace ocopos::cli

// The statements page and the settlement statement PDFs: the same ocopos_docs
// statement as the store prints, made from the statement the store froze and
// sent (centre_settlements.content).
#include "Html.h"
#include "Portal.h"
#include "PortalPage.h"

#include "core/Clock.h"
#include "docs/DocumentMappers.h"
#include "printing/SettlementStatementPdf.h"
#include "services/SettlementService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ocopos::portal {

namespace {

QString dmy(const QString& isoDate) { return QDate::fromString(isoDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")); }

Response pdfResponse(const QByteArray& pdf, const QString& fileName)
{
    Response r;
    r.contentType = "application/pdf";
    r.body = pdf;
    r.headers.emplace_back("Content-Disposition", "inline; filename=\"" + fileName.toLatin1() + "\"");
    return r;
}

/// A file name made of safe characters only.
QString safeFileName(QString s)
{
    for (QChar& c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    return s;
}

} // namespace

Response Portal::statements(const Request&, const Identity& who)
{
    db::PortalRepository repo(m_db);
    const auto rows = repo.settlements(who.scope());
    Safe body = Safe::literal("<h1>Bảng quyết toán</h1><p class=\"muted\">Mọi bảng quyết toán cửa hàng đã chốt và gửi về "
                              "trung tâm, mới nhất trước. Bản PDF giống bản cửa hàng in.</p>");
    body += Safe::literal(R"(<div class="scroll"><table id="statements"><thead><tr><th>Kỳ</th><th>Cửa hàng</th>)"
                          R"(<th>Chủ hàng</th><th class="n">Doanh thu thuần</th><th class="n">Hàng trả</th>)"
                          R"(<th class="n">Hoa hồng</th><th class="n">Phải trả HTX</th><th>Chốt lúc</th><th></th></tr></thead><tbody>)");
    for (const auto& s : rows)
        body += html(R"(<tr><td>{} – {}</td><td>{}<br><span class="muted">{}</span></td><td>{}</td><td class="n">{}</td>)"
                     R"(<td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td>{}</td>)"
                     R"(<td><a href="/portal/statement.pdf?store={}&amp;id={}">PDF</a></td></tr>)",
                     {dmy(s.from), dmy(s.to), s.storeName, s.storeCode, s.producerName, vnd(s.net), vnd(s.returns),
                      vnd(s.commission), vnd(s.payout), s.finalizedAt, urlValue(s.storeCode), s.settlementId});
    if (rows.empty())
        body += Safe::literal(R"(<tr><td colspan="9">Chưa có bảng quyết toán nào.</td></tr>)");
    body += Safe::literal("</tbody></table></div>");
    return htmlPage(QStringLiteral("Quyết toán"), &who, body);
}

Response Portal::statementPdf(const Request& req, const Identity& who)
{
    bool ok = false;
    const QString store = req.query.queryItemValue(QStringLiteral("store"), QUrl::FullyDecoded);
    const qint64 id = req.query.queryItemValue(QStringLiteral("id")).toLongLong(&ok);
    if (!ok)
        return notFound(&who);
    db::PortalRepository repo(m_db);
    const auto s = repo.settlement(who.scope(), store, id);
    if (!s)
        return notFound(&who);
    const services::Statement st = services::statementFromJson(QJsonDocument::fromJson(s->content.toUtf8()).object());
    printing::StoreInfo info;
    info.name = st.storeName.isEmpty() ? s->storeName : st.storeName;
    info.address = st.storeAddress;
    info.taxCode = st.storeTaxCode;
    const QString finalized = st.finalizedAt.isEmpty() ? s->finalizedAt : st.finalizedAt;
    const QDateTime issued = core::parseIsoTime(finalized, "finalized_at");
    const printing::SettlementStatementData data = docs::settlementData(
        st, info, [&](const QString& sku) { return repo.unitOf(s->storeId, sku); }, issued, st.commissionRates);
    printing::PdfDocument pdf = printing::SettlementStatementPdf(data).render();
    return pdfResponse(pdf.toBytes(), safeFileName(QStringLiteral("quyet-toan-%1-%2").arg(s->storeCode).arg(id))
                                          + QStringLiteral(".pdf"));
}

Response Portal::draftPdf(const Request&, const Identity& who) { return notFound(&who); }

} // namespace ocopos::portal

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
#include <algorithm>

namespace ocopos::portal {

namespace {

QString dmy(const QString& isoDate)
{
    return QDate::fromString(isoDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
}

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

namespace {

/// The running period of an owner at a store: from the day after its newest
/// finalized statement (or the first of this month) to today.
std::pair<QDate, QDate> runningPeriod(const db::PortalDraftOwner& o, const QDate& today)
{
    QDate from = QDate(today.year(), today.month(), 1);
    if (const QDate last = QDate::fromString(o.lastSettledTo, Qt::ISODate); last.isValid())
        from = last.addDays(1);
    return { from, today };
}

/// A draft services::Statement from the centre's rows, as the store's
/// SettlementService would compute it now (no bank account: the centre does not
/// receive producers' accounts, so the draft carries no VietQR).
services::Statement draftStatement(
    db::PortalRepository& repo, const db::PortalDraftOwner& o, const QDate& from, const QDate& to)
{
    services::Statement st;
    st.producer.code = o.owner;
    st.producer.name = o.ownerName;
    st.producer.kind = core::producerKindFromCode(o.kind.toStdString()).value_or(core::ProducerKind::Cooperative);
    st.producer.taxCode = o.taxCode;
    st.producer.district = o.district;
    st.producer.province = o.province;
    st.from = from;
    st.to = to;
    st.storeName = o.storeName;
    const QString f = from.toString(Qt::ISODate), t = to.toString(Qt::ISODate);
    for (const auto& l : repo.draftLines(o.storeId, o.owner, f, t)) {
        services::StatementLine x;
        x.sku = l.sku;
        x.name = l.name;
        x.supply = core::supplyFromCode(l.supply.toStdString()).value_or(core::Supply::Consignment);
        x.qty = core::Quantity::fromThousandths(l.qty);
        x.gross = core::Money(l.gross);
        x.discount = core::Money(l.discount);
        x.net = core::Money(l.net);
        x.returns = core::Money(l.returns);
        x.vat = core::Money(l.vat);
        x.commission = core::Money(l.commission);
        x.payout = core::Money(l.payout);
        x.sales = l.sales;
        services::StatementTotals& part = x.supply == core::Supply::Consignment ? st.consignment : st.purchased;
        for (services::StatementTotals* tot : { &part, &st.total }) {
            tot->net = tot->net + x.net;
            tot->returns = tot->returns + x.returns;
            tot->commission = tot->commission + x.commission;
            tot->payout = tot->payout + x.payout;
        }
        st.lines.push_back(x);
    }
    std::stable_sort(st.lines.begin(), st.lines.end(), [](const auto& a, const auto& b) {
        return a.supply == core::Supply::Consignment && b.supply != core::Supply::Consignment;
    });
    for (const auto& h : repo.draftHouseholds(o.storeId, o.owner, f, t)) {
        services::StatementHousehold x;
        x.producer = h.code;
        x.name = h.name;
        x.net = core::Money(h.net);
        st.households.push_back(x);
    }
    st.vietqrNote = QStringLiteral("Bản nháp: mã chuyển khoản có trên bảng quyết toán đã chốt tại cửa hàng.");
    return st;
}

} // namespace

Response Portal::statements(const Request&, const Identity& who)
{
    db::PortalRepository repo(m_db);
    const auto rows = repo.settlements(who.scope());
    Safe body
        = Safe::literal("<h1>Bảng quyết toán</h1><p class=\"muted\">Mọi bảng quyết toán cửa hàng đã chốt và gửi về "
                        "trung tâm, mới nhất trước. Bản PDF giống bản cửa hàng in.</p>");
    body += Safe::literal(
        R"(<div class="scroll"><table id="statements"><thead><tr><th>Kỳ</th><th>Cửa hàng</th>)"
        R"(<th>Chủ hàng</th><th class="n">Doanh thu thuần</th><th class="n">Hàng trả</th>)"
        R"(<th class="n">Hoa hồng</th><th class="n">Phải trả HTX</th><th>Chốt lúc</th><th></th></tr></thead><tbody>)");
    for (const auto& s : rows)
        body += html(
            R"(<tr><td>{} – {}</td><td>{}<br><span class="muted">{}</span></td><td>{}</td><td class="n">{}</td>)"
            R"(<td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td>{}</td>)"
            R"(<td><a href="/portal/statement.pdf?store={}&amp;id={}">PDF</a></td></tr>)",
            { dmy(s.from), dmy(s.to), s.storeName, s.storeCode, s.producerName, vnd(s.net), vnd(s.returns),
                vnd(s.commission), vnd(s.payout), s.finalizedAt, urlValue(s.storeCode), s.settlementId });
    if (rows.empty())
        body += Safe::literal(R"(<tr><td colspan="9">Chưa có bảng quyết toán nào.</td></tr>)");
    body += Safe::literal("</tbody></table></div>");

    const QDate today = m_clock.today();
    const auto drafts
        = repo.draftOwners(who.scope(), QDate(today.year(), today.month(), 1).addMonths(-1).toString(Qt::ISODate));
    body += Safe::literal(
        R"(<h2>Bản nháp kỳ đang chạy</h2><p class="muted">Tính từ dữ liệu đã đồng bộ về trung tâm, )"
        R"(từ ngày sau kỳ đã chốt gần nhất đến hôm nay; chỉ để đối chiếu, chưa có giá trị thanh toán.</p>)"
        R"(<div class="scroll"><table id="drafts"><thead><tr><th>Kỳ</th><th>Cửa hàng</th><th>Chủ hàng</th>)"
        R"(<th></th></tr></thead><tbody>)");
    int shown = 0;
    for (const auto& o : drafts) {
        const auto [from, to] = runningPeriod(o, today);
        if (to < from)
            continue;
        ++shown;
        body += html(R"(<tr><td>{} – {}</td><td>{}<br><span class="muted">{}</span></td><td>{}</td>)"
                     R"(<td><a href="/portal/draft.pdf?store={}&amp;owner={}">PDF nháp</a></td></tr>)",
            { from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")), o.storeName,
                o.storeCode, o.ownerName, urlValue(o.storeCode), urlValue(o.owner) });
    }
    if (shown == 0)
        body += Safe::literal(R"(<tr><td colspan="4">Không có bán hàng trong kỳ đang chạy.</td></tr>)");
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
    return pdfResponse(pdf.toBytes(),
        safeFileName(QStringLiteral("quyet-toan-%1-%2").arg(s->storeCode).arg(id)) + QStringLiteral(".pdf"));
}

Response Portal::draftPdf(const Request& req, const Identity& who)
{
    db::PortalRepository repo(m_db);
    const auto o = repo.draftOwner(who.scope(), req.query.queryItemValue(QStringLiteral("store"), QUrl::FullyDecoded),
        req.query.queryItemValue(QStringLiteral("owner"), QUrl::FullyDecoded));
    if (!o)
        return notFound(&who);
    const auto [from, to] = runningPeriod(*o, m_clock.today());
    if (to < from)
        return notFound(&who);
    const services::Statement st = draftStatement(repo, *o, from, to);
    printing::StoreInfo info;
    info.name = o->storeName;
    const printing::SettlementStatementData data = docs::settlementData(
        st, info, [&](const QString& sku) { return repo.unitOf(o->storeId, sku); }, m_clock.localNow());
    printing::PdfDocument pdf = printing::SettlementStatementPdf(data).render();
    return pdfResponse(
        pdf.toBytes(), safeFileName(QStringLiteral("nhap-%1-%2").arg(o->storeCode, o->owner)) + QStringLiteral(".pdf"));
}

} // namespace ocopos::portal

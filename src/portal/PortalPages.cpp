// The cooperative's pages: the dashboard, the sale lines (and their CSV) and
// the proof of a line in its store's hash chain.
#include "Html.h"
#include "Portal.h"
#include "PortalPage.h"
#include "centre/CentreService.h"
#include "centre/Protocol.h"
#include "core/Clock.h"
#include "core/Csv.h"

#include <QRegularExpression>
#include <map>

namespace ocopos::portal {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

/// The name of what the user sees: the cooperative, the store, or the province.
QString scopeName(db::PortalRepository& repo, const Identity& who)
{
    if (who.role == QLatin1String("cooperative")) {
        const auto p = repo.producerName(who.producerKey);
        return p ? p->first : who.producerKey;
    }
    if (who.role == QLatin1String("store"))
        return QStringLiteral("Cửa hàng %1").arg(who.storeCode);
    return QStringLiteral("Toàn tỉnh");
}

db::PortalSums total(const std::vector<db::PortalSums>& rows)
{
    db::PortalSums t;
    for (const auto& r : rows) {
        t.lines += r.lines;
        t.receipts += r.receipts;
        t.qty += r.qty;
        t.gross += r.gross;
        t.net += r.net;
        t.returns += r.returns;
        t.vat += r.vat;
        t.commission += r.commission;
        t.payout += r.payout;
    }
    return t;
}

Safe card(const QString& name, qint64 now, qint64 before, bool money)
{
    return html(R"(<div class="card"><div class="k">{}</div><div class="v">{}</div>)"
                R"(<div class="p">Tháng trước: {} ({})</div></div>)",
        { name, money ? vnd(now) : QString::number(now), money ? vnd(before) : QString::number(before),
            change(now, before) });
}

/// A table of sums: label, [qty], net, returns, commission, payout, with totals.
Safe sumsTable(
    const QString& head, const std::vector<db::PortalSums>& rows, bool withQty, bool withReturns, bool withFees)
{
    Safe t = html(R"(<div class="scroll"><table><thead><tr><th>{}</th>)", { head });
    if (withQty)
        t += Safe::literal(R"(<th class="n">Số lượng</th>)");
    t += Safe::literal(R"(<th class="n">Doanh thu thuần</th>)");
    if (withReturns)
        t += Safe::literal(R"(<th class="n">Hàng trả</th>)");
    if (withFees)
        t += Safe::literal(R"(<th class="n">Hoa hồng</th><th class="n">HTX nhận</th>)");
    t += Safe::literal("</tr></thead><tbody>");
    const auto row = [&](const Safe& label, const db::PortalSums& r, bool isTotal) {
        Safe x = html("<tr><td>{}</td>", { label });
        if (withQty) // no total: the products' units differ
            x += html(R"(<td class="n">{}</td>)", { isTotal ? QString() : qty(r.qty) });
        x += html(R"(<td class="n">{}</td>)", { vnd(r.net) });
        if (withReturns)
            x += html(R"(<td class="n">{}</td>)", { vnd(r.returns) });
        if (withFees)
            x += html(R"(<td class="n">{}</td><td class="n">{}</td>)", { vnd(r.commission), vnd(r.payout) });
        return x + Safe::literal("</tr>");
    };
    for (const auto& r : rows)
        t += row(r.label.isEmpty() || r.label == r.group
                ? esc(r.group)
                : html("{}<br><span class=\"muted\">{}</span>", { r.label, r.group }),
            r, false);
    t += Safe::literal("</tbody><tfoot>");
    const db::PortalSums sum = total(rows);
    t += row(Safe::literal("Cộng"), sum, true);
    return t + Safe::literal("</tfoot></table></div>");
}

std::optional<QDate> dateParam(const Request& req, const char* name, const QDate& fallback)
{
    const QString v = req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
    if (v.isEmpty())
        return fallback;
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(v, Qt::ISODate);
    if (!re.match(v).hasMatch() || !d.isValid())
        return std::nullopt;
    return d;
}

QString param(const Request& req, const char* name)
{
    return req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed().left(200);
}

/// A CSV text cell that a spreadsheet will not run as a formula.
QString csvText(const QString& s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s[0]))
        return core::csvEscape(QLatin1Char('\'') + s);
    return core::csvEscape(s);
}

/// A quantity for a spreadsheet: "1.25", "3" (a dot before the fraction, no grouping).
QString plainQty(qint64 thousandths)
{
    const qint64 a = thousandths < 0 ? -thousandths : thousandths;
    QString s = QString::number(a / 1000);
    if (a % 1000 != 0) {
        QString f = QStringLiteral("%1").arg(a % 1000, 3, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char('.') + f;
    }
    return thousandths < 0 ? QStringLiteral("-") + s : s;
}

/// "L12 (HO-A1) ×1" for each lot of a line ("lot|producer|qty;...").
QString lotsText(const QString& raw)
{
    QStringList out;
    for (const QString& part : raw.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = part.split(QLatin1Char('|'));
        if (f.size() != 3)
            continue;
        out << QStringLiteral("%1%2 ×%3")
                   .arg(
                       f[0].isEmpty() ? QString() : QStringLiteral("lô %1 · ").arg(f[0]), f[1], qty(f[2].toLongLong()));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

Response Portal::dashboard(const Request& req, const Identity& who)
{
    const QString m = param(req, "month");
    QDate first;
    if (m.isEmpty()) {
        const QDate t = m_clock.today();
        first = QDate(t.year(), t.month(), 1);
    } else {
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}$"));
        first = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
        if (!re.match(m).hasMatch() || !first.isValid())
            return errorPage(
                400, QStringLiteral("Tháng không hợp lệ"), QStringLiteral("Tháng viết dạng 2026-11."), &who);
    }
    const QDate last = first.addMonths(1).addDays(-1), prevFirst = first.addMonths(-1), prevLast = first.addDays(-1);
    db::PortalRepository repo(m_db);
    const db::PortalScope scope = who.scope();
    const auto byStore = repo.sumsBy(scope, QStringLiteral("store"), iso(first), iso(last));
    const auto prevByStore = repo.sumsBy(scope, QStringLiteral("store"), iso(prevFirst), iso(prevLast));
    const auto byDay = repo.sumsBy(scope, QStringLiteral("day"), iso(first), iso(last));
    const auto prevByDay = repo.sumsBy(scope, QStringLiteral("day"), iso(prevFirst), iso(prevLast));
    const auto byProduct = repo.sumsByProduct(scope, iso(first), iso(last));
    const auto byHousehold = repo.sumsByHousehold(scope, iso(first), iso(last));
    db::PortalSums now = total(byStore);
    const db::PortalSums before = total(prevByStore);

    Safe body = html(R"(<h1>{} · tháng {}</h1>)", { scopeName(repo, who), first.toString(QStringLiteral("MM/yyyy")) });
    body += html(R"(<p class="pager"><a href="/portal/dashboard?month={}">← Tháng {}</a>)"
                 R"(<a href="/portal/dashboard?month={}">Tháng {} →</a></p>)",
        { prevFirst.toString(QStringLiteral("yyyy-MM")), prevFirst.toString(QStringLiteral("MM/yyyy")),
            first.addMonths(1).toString(QStringLiteral("yyyy-MM")),
            first.addMonths(1).toString(QStringLiteral("MM/yyyy")) });
    if (who.role == QLatin1String("cooperative")) {
        // The headline figures are the centre's report by producer (docs/CENTRE.md),
        // for the cooperative's key and its members' keys; the tables below add up to it.
        db::PortalSums report;
        for (const auto& r : centre::CentreService(m_db, m_clock).reportByProducer(first, last).rows) {
            if (r.key != who.producerKey && !r.key.startsWith(who.producerKey + QLatin1Char('/')))
                continue;
            report.net += r.net;
            report.returns += r.returns;
            report.commission += r.commission;
            report.payout += r.payout;
            report.receipts += r.sales;
        }
        const bool same = report.net == now.net && report.commission == now.commission && report.payout == now.payout;
        body += same
            ? Safe::literal(
                R"(<p class="muted" id="report-check">Số liệu khớp với báo cáo theo nhà sản xuất của trung tâm.</p>)")
            : Safe::literal(
                R"(<p class="bad" id="report-check">Số liệu chưa khớp với báo cáo của trung tâm; hãy tải lại trang.</p>)");
        now.net = report.net;
        now.commission = report.commission;
        now.payout = report.payout;
        now.receipts = report.receipts;
    }
    body += Safe::literal(R"(<div class="cards">)");
    body += card(QStringLiteral("Doanh thu thuần"), now.net, before.net, true);
    body += card(QStringLiteral("Hoa hồng cửa hàng"), now.commission, before.commission, true);
    body += card(QStringLiteral("HTX được nhận"), now.payout, before.payout, true);
    body += card(QStringLiteral("Số hóa đơn"), now.receipts, before.receipts, false);
    body += Safe::literal("</div>");
    body += html(R"(<div id="figures" hidden data-net="{}" data-commission="{}" data-payout="{}"></div>)",
        { now.net, now.commission, now.payout });

    std::vector<qint64> days(static_cast<std::size_t>(first.daysInMonth()), 0),
        prevDays(static_cast<std::size_t>(prevFirst.daysInMonth()), 0);
    for (const auto& d : byDay)
        if (const QDate x = QDate::fromString(d.group, Qt::ISODate); x.isValid())
            days[static_cast<std::size_t>(x.day() - 1)] = d.net;
    for (const auto& d : prevByDay)
        if (const QDate x = QDate::fromString(d.group, Qt::ISODate); x.isValid())
            prevDays[static_cast<std::size_t>(x.day() - 1)] = d.net;
    body += Safe::literal(R"(<h2>Theo ngày</h2><p class="legend"><span class="b">■</span> tháng này · )"
                          R"(<span class="o">▬</span> cùng ngày tháng trước</p>)");
    body += dayChart(days, prevDays, QStringLiteral("Doanh thu thuần theo ngày"));

    std::vector<std::pair<QString, qint64>> bars;
    for (const auto& s : byStore)
        bars.emplace_back(s.label.isEmpty() ? s.group : s.label, s.net);
    body += Safe::literal("<h2>Theo cửa hàng</h2>");
    if (!bars.empty())
        body += barChart(bars, QStringLiteral("Doanh thu thuần theo cửa hàng"));
    body += sumsTable(QStringLiteral("Cửa hàng"), byStore, false, true, true);
    body += Safe::literal("<h2>Theo sản phẩm</h2>");
    body += sumsTable(QStringLiteral("Sản phẩm"), byProduct, true, true, true);
    body += Safe::literal(R"(<h2>Theo hộ thành viên</h2><p class="muted">Theo lô hàng đã bán (doanh thu của dòng bán )"
                          R"(chia theo lô), chưa trừ hàng trả lại.</p>)");
    body += sumsTable(QStringLiteral("Hộ sản xuất"), byHousehold, true, false, false);
    return htmlPage(QStringLiteral("Tổng quan"), &who, body);
}

Response Portal::lines(const Request& req, const Identity& who, bool csv)
{
    const QDate today = m_clock.today();
    const auto from = dateParam(req, "from", QDate(today.year(), today.month(), 1));
    const auto to = dateParam(req, "to", today);
    if (!from || !to || *to < *from)
        return errorPage(400, QStringLiteral("Khoảng ngày không hợp lệ"),
            QStringLiteral("Ngày viết dạng 2026-11-30; ngày cuối không trước ngày đầu."), &who);
    db::PortalLineFilter f;
    f.from = iso(*from);
    f.to = iso(*to);
    f.store = param(req, "store");
    f.sku = param(req, "sku");
    f.household = param(req, "household");
    if (const QString lot = param(req, "lot"); !lot.isEmpty()) {
        bool ok = false;
        f.lot = lot.toLongLong(&ok);
        if (!ok)
            return errorPage(400, QStringLiteral("Lô không hợp lệ"), QStringLiteral("Số lô là một số."), &who);
    }
    bool pageOk = false;
    const int page = std::max(1, param(req, "page").toInt(&pageOk));
    db::PortalRepository repo(m_db);
    if (csv) {
        f.limit = 500000;
        const db::PortalLinePage all = repo.lines(who.scope(), f);
        QString out
            = QStringLiteral("\uFEFFngay,so_hoa_don,cua_hang,ma_sp,san_pham,so_luong,thanh_tien,hoa_hong,htx_nhan,"
                             "chu_hang,lo\r\n");
        for (const auto& l : all.lines)
            out += QStringList { l.saleDate, csvText(l.receiptNo), csvText(l.storeCode), csvText(l.sku),
                csvText(l.name), plainQty(l.qty), QString::number(l.net), QString::number(l.commission),
                QString::number(l.payout), csvText(l.ownerName), csvText(lotsText(l.lots)) }
                       .join(QLatin1Char(','))
                + QStringLiteral("\r\n");
        Response r;
        r.contentType = "text/csv; charset=utf-8";
        r.body = out.toUtf8();
        r.headers.emplace_back("Content-Disposition",
            "attachment; filename=\"dong-ban-" + f.from.toLatin1() + "-" + f.to.toLatin1() + ".csv\"");
        return r;
    }
    f.limit = 50;
    f.offset = (page - 1) * f.limit;
    const db::PortalLinePage result = repo.lines(who.scope(), f);
    QUrlQuery keep;
    keep.addQueryItem(QStringLiteral("from"), f.from);
    keep.addQueryItem(QStringLiteral("to"), f.to);
    for (const auto& [k, v] :
        { std::pair { "store", f.store }, std::pair { "sku", f.sku }, std::pair { "household", f.household } })
        if (!v.isEmpty())
            keep.addQueryItem(QString::fromLatin1(k), urlValue(v));
    if (f.lot)
        keep.addQueryItem(QStringLiteral("lot"), QString::number(*f.lot));
    const QString base = keep.toString(QUrl::FullyEncoded);

    Safe body = html("<h1>Dòng bán · {}</h1>", { scopeName(repo, who) });
    body += html(
        R"(<form class="filter" method="get" action="/portal/lines">)"
        R"(<div><label for="from">Từ ngày</label><input id="from" name="from" type="date" value="{}"></div>)"
        R"(<div><label for="to">Đến ngày</label><input id="to" name="to" type="date" value="{}"></div>)"
        R"(<div><label for="store">Cửa hàng (mã)</label><input id="store" name="store" value="{}"></div>)"
        R"(<div><label for="sku">Sản phẩm (mã)</label><input id="sku" name="sku" value="{}"></div>)"
        R"(<div><label for="household">Hộ (khóa)</label><input id="household" name="household" value="{}"></div>)"
        R"(<div><label for="lot">Lô (số)</label><input id="lot" name="lot" inputmode="numeric" value="{}"></div>)"
        R"(<div><button class="btn" type="submit">Lọc</button></div></form>)",
        { f.from, f.to, f.store, f.sku, f.household, f.lot ? QString::number(*f.lot) : QString() });
    body += html(R"(<p><span id="line-count">{}</span> dòng · <a href="/portal/lines.csv?{}">Tải CSV (Excel)</a></p>)",
        { result.total, base });
    body += Safe::literal(
        R"(<div class="scroll"><table id="lines"><thead><tr><th>Ngày</th><th>Số HĐ</th><th>Cửa hàng</th>)"
        R"(<th>Sản phẩm</th><th class="n">SL</th><th class="n">Thành tiền</th><th class="n">Hoa hồng</th>)"
        R"(<th class="n">HTX nhận</th><th>Lô · hộ</th><th></th></tr></thead><tbody>)");
    for (const auto& l : result.lines)
        body += html(
            R"(<tr><td>{}</td><td>{}</td><td>{}</td><td>{}<br><span class="muted">{}</span></td><td class="n">{}</td>)"
            R"(<td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td>{}</td>)"
            R"(<td><a href="/portal/verify?store={}&amp;sale={}&amp;line={}">Kiểm chứng</a></td></tr>)",
            { QDate::fromString(l.saleDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")), l.receiptNo,
                l.storeCode, l.name, l.sku, qty(l.qty), vnd(l.net), vnd(l.commission), vnd(l.payout), lotsText(l.lots),
                urlValue(l.storeCode), l.saleId, l.lineNo });
    body += Safe::literal("</tbody></table></div>");
    const qint64 pages = (result.total + f.limit - 1) / f.limit;
    body += Safe::literal(R"(<p class="pager">)");
    if (page > 1)
        body += html(R"(<a href="/portal/lines?{}&amp;page={}">← Trang trước</a>)", { base, page - 1 });
    body += html("<span>Trang {} / {}</span>", { page, std::max<qint64>(1, pages) });
    if (page < pages)
        body += html(R"(<a href="/portal/lines?{}&amp;page={}">Trang sau →</a>)", { base, page + 1 });
    body += Safe::literal("</p>");
    return htmlPage(QStringLiteral("Dòng bán"), &who, body);
}

Response Portal::verify(const Request& req, const Identity& who)
{
    bool okSale = false, okLine = false;
    const QString store = param(req, "store");
    const qint64 saleId = param(req, "sale").toLongLong(&okSale);
    const qint64 lineNo = param(req, "line").toLongLong(&okLine);
    if (!okSale || !okLine)
        return notFound(&who);
    db::PortalRepository repo(m_db);
    const auto line = repo.line(who.scope(), store, saleId, lineNo);
    const auto storeId = repo.storeIdByCode(store);
    if (!line || !storeId)
        return notFound(&who);
    const auto entry = repo.journalEntry(*storeId, line->entryId);
    if (!entry)
        return notFound(&who);
    const auto prev = repo.previousEntry(*storeId, entry->entryId);
    const QString recomputed = centre::chainHash(entry->prevHash, entry->content);
    const bool selfOk = recomputed == entry->hash;
    const bool linkOk = prev ? prev->hash == entry->prevHash : entry->prevHash == centre::genesisHash();
    const bool prevOk = !prev || centre::chainHash(prev->prevHash, prev->content) == prev->hash;
    const auto [count, breaks] = repo.chainLinks(*storeId, entry->entryId);
    const auto verdict = [](bool ok) {
        return ok ? Safe::literal(R"(<span class="ok">✔ khớp</span>)")
                  : Safe::literal(R"(<span class="bad">✘ không khớp</span>)");
    };

    Safe body = html("<h1>Kiểm chứng dòng bán</h1><p>Hóa đơn <b>{}</b> · cửa hàng {} ({}) · {} · {} × {} = {}</p>",
        { line->receiptNo, line->storeName, line->storeCode, line->at, line->name, qty(line->qty), vnd(line->net) });
    body += html(R"(<h2>Bút toán nhật ký số {} ({})</h2><div class="scroll"><table>)"
                 R"(<tr><th>Hash của bút toán</th><td class="hash" id="entry-hash">{}</td></tr>)"
                 R"(<tr><th>Hash bút toán trước</th><td class="hash" id="prev-hash">{}</td></tr>)"
                 R"(<tr><th>Tính lại SHA-256(hash trước ‖ nội dung)</th><td class="hash" id="recomputed">{}</td></tr>)"
                 R"(<tr><th>Kết quả</th><td id="self-check">{}</td></tr>)",
        { entry->entryId, entry->kind, entry->hash, entry->prevHash, recomputed, verdict(selfOk) });
    if (prev)
        body += html(R"(<tr><th>Bút toán trước (số {})</th><td class="hash">{}<br>tính lại: {}</td></tr>)"
                     R"(<tr><th>Liên kết với bút toán trước</th><td id="link-check">{}</td></tr>)",
            { prev->entryId, prev->hash, verdict(prevOk), verdict(linkOk) });
    else
        body += html(
            R"(<tr><th>Liên kết</th><td id="link-check">bút toán đầu tiên (hash trước = 64 số 0): {}</td></tr>)",
            { verdict(linkOk) });
    body += html(R"(<tr><th>Chuỗi đến bút toán này</th><td id="chain-check">{} bút toán, {} liên kết sai {}</td></tr>)"
                 R"(</table></div>)",
        { count, breaks, verdict(breaks == 0 && selfOk && linkOk && prevOk) });
    body += Safe::literal(
        R"(<p class="muted">Mỗi bút toán chứa hash của bút toán trước nó; trung tâm tính lại hash của )"
        R"(từng bút toán khi nhận và từ chối lô hàng nếu có sai lệch. Nếu cửa hàng sửa một hóa đơn )"
        R"(sau khi đã gửi, hash sẽ không còn khớp.</p><h2>Nội dung đã băm</h2>)");
    body += html(R"(<pre id="content">{}</pre>)", { entry->content });
    return htmlPage(QStringLiteral("Kiểm chứng"), &who, body);
}

} // namespace ocopos::portal

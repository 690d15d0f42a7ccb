// The province admin's page (stores and their sync state, cooperatives, portal
// users) and a store manager's page (their store's sync state).
#include "Html.h"
#include "Portal.h"
#include "PortalPage.h"

namespace ocopos::portal {

namespace {

QString roleName(const QString& role)
{
    if (role == QLatin1String("province"))
        return QStringLiteral("Quản trị tỉnh");
    if (role == QLatin1String("store"))
        return QStringLiteral("Quản lý cửa hàng");
    return QStringLiteral("Hợp tác xã");
}

Safe storeRows(const std::vector<db::PortalStoreState>& stores)
{
    Safe t = Safe::literal(R"(<div class="scroll"><table id="stores"><thead><tr><th>Cửa hàng</th><th>Trạng thái</th>)"
                           R"(<th>Lần gửi cuối</th><th class="n">Bút toán đến số</th><th class="n">Bút toán</th>)"
                           R"(<th class="n">Quyết toán</th><th>Lô bị từ chối (đứt chuỗi)</th></tr></thead><tbody>)");
    for (const auto& s : stores) {
        const Safe refused = s.rejections == 0
            ? Safe::literal("0")
            : html(R"(<span class="bad">{}</span><br><span class="muted">{} · {}</span>)",
                { s.rejections, s.lastRejectionAt, s.lastRejection });
        t += html(R"(<tr><td>{}<br><span class="muted">{}</span></td><td>{}</td><td>{}</td><td class="n">{}</td>)"
                  R"(<td class="n">{}</td><td class="n">{}</td><td>{}</td></tr>)",
            { s.name, s.code,
                s.revokedAt.isEmpty() ? QStringLiteral("hoạt động") : QStringLiteral("đã thu hồi mã ") + s.revokedAt,
                s.lastBatchAt.isEmpty() ? QStringLiteral("chưa gửi") : s.lastBatchAt, s.journalThrough, s.entries,
                s.settlements, refused });
    }
    return t + Safe::literal("</tbody></table></div>");
}

} // namespace

Response Portal::admin(const Request&, const Identity& who)
{
    if (who.role != QLatin1String("province"))
        return forbidden(&who);
    db::PortalRepository repo(m_db);
    Safe body
        = Safe::literal("<h1>Quản trị tỉnh</h1><h2>Cửa hàng và đồng bộ</h2>"
                        "<p class=\"muted\">Số bút toán cửa hàng còn chờ gửi chỉ cửa hàng biết (lệnh "
                        "<code>ocopos-cli sync --status</code>); trung tâm thấy lần gửi cuối và bút toán đã nhận.</p>");
    body += storeRows(repo.storeStates());
    body += Safe::literal(R"(<h2>Hợp tác xã</h2><div class="scroll"><table id="cooperatives"><thead><tr><th>Tên</th>)"
                          R"(<th>Khóa</th><th class="n">Cửa hàng</th><th class="n">Hộ thành viên</th>)"
                          R"(<th class="n">Tài khoản</th></tr></thead><tbody>)");
    for (const auto& c : repo.cooperatives())
        body
            += html(R"(<tr><td>{}</td><td>{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>)",
                { c.name, c.key, c.stores, c.members, c.users });
    body += Safe::literal(
        R"(</tbody></table></div><h2>Tài khoản cổng</h2><div class="scroll"><table id="users"><thead><tr>)"
        R"(<th>Tên đăng nhập</th><th>Họ tên</th><th>Vai trò</th><th>Phạm vi</th><th>Trạng thái</th>)"
        R"(</tr></thead><tbody>)");
    for (const auto& u : repo.users())
        body += html(R"(<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>)",
            { u.login, u.name, roleName(u.role),
                u.role == QLatin1String("store")             ? u.storeCode
                    : u.role == QLatin1String("cooperative") ? u.producerKey
                                                             : QStringLiteral("toàn tỉnh"),
                !u.disabledAt.isEmpty() ? QStringLiteral("đã khóa ") + u.disabledAt : QStringLiteral("hoạt động") });
    body += Safe::literal("</tbody></table></div><p class=\"muted\">Tài khoản được tạo bằng lệnh "
                          "<code>ocopos-centre user add</code> (docs/PORTAL.md).</p>");
    return htmlPage(QStringLiteral("Quản trị"), &who, body);
}

Response Portal::storePage(const Request&, const Identity& who)
{
    if (who.role != QLatin1String("store"))
        return forbidden(&who);
    db::PortalRepository repo(m_db);
    std::vector<db::PortalStoreState> mine;
    for (const auto& s : repo.storeStates())
        if (who.storeId && s.id == *who.storeId)
            mine.push_back(s);
    Safe body = html("<h1>Cửa hàng {}</h1><h2>Đồng bộ với trung tâm</h2>", { who.storeCode });
    body += storeRows(mine);
    body += Safe::literal(R"(<p><a href="/portal/dashboard">Doanh số tháng này của cửa hàng</a> · )"
                          R"(<a href="/portal/lines">Dòng bán</a> · <a href="/portal/statements">Quyết toán</a></p>)");
    return htmlPage(QStringLiteral("Cửa hàng"), &who, body);
}

} // namespace ocopos::portal

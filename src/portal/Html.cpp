#include "Html.h"

#include "core/Money.h"

#include <QUrl>
#include <algorithm>

namespace ocopos::portal {

struct SafeAccess {
    static Safe make(QString s) { return Safe(std::move(s)); }
};

Safe esc(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return SafeAccess::make(std::move(out));
}

Safe html(const char* pattern, std::initializer_list<HtmlArg> args)
{
    const QString p = QString::fromUtf8(pattern);
    QString out;
    out.reserve(p.size() + 64);
    auto arg = args.begin();
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] == QLatin1Char('{') && i + 1 < p.size() && p[i + 1] == QLatin1Char('}')) {
            if (arg != args.end())
                out += (arg++)->str();
            ++i;
            continue;
        }
        out += p[i];
    }
    return SafeAccess::make(std::move(out));
}

QString vnd(qint64 dong)
{
    return QString::fromStdString(core::formatVnd(core::Money(dong)));
}

QString qty(qint64 thousandths)
{
    const bool negative = thousandths < 0;
    const qint64 a = negative ? -thousandths : thousandths;
    QString s = QString::fromStdString(core::formatGrouped(a / 1000));
    qint64 frac = a % 1000;
    if (frac != 0) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char(',') + f;
    }
    return negative ? QStringLiteral("-") + s : s;
}

QString change(qint64 now, qint64 before)
{
    if (before == 0)
        return QStringLiteral("—");
    const qint64 pct = (now - before) * 100 / (before < 0 ? -before : before);
    return (pct > 0          ? QStringLiteral("+")
                   : pct < 0 ? QStringLiteral("−")
                             : QString())
        + QString::number(pct < 0 ? -pct : pct) + QStringLiteral(" %");
}

QString urlValue(const QString& v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}

namespace {
qint64 scaled(qint64 v, qint64 max, qint64 size)
{
    return max <= 0 || v <= 0 ? 0 : v * size / max;
}
} // namespace

Safe barChart(const std::vector<std::pair<QString, qint64>>& rows, const QString& title)
{
    // 360 units wide, the width of a phone: its text stays readable at 360 px.
    // Each row: the label on its own line, the bar below with its value after it.
    constexpr qint64 kRow = 40, kBar = 230;
    qint64 max = 0;
    for (const auto& r : rows)
        max = std::max(max, r.second);
    const qint64 height = kRow * static_cast<qint64>(rows.size()) + 6;
    Safe svg = html(R"(<svg class="chart" viewBox="0 0 360 {}" role="img" aria-label="{}"><title>{}</title>)",
        { height, title, title });
    qint64 y = 2;
    for (const auto& [label, value] : rows) {
        const QString shown = label.size() > 44 ? label.left(43) + QStringLiteral("…") : label;
        const qint64 w = scaled(value, max, kBar);
        svg += html(R"(<text x="4" y="{}" class="lbl">{}</text><rect x="4" y="{}" width="{}" height="12" class="bar"/>)"
                    R"(<text x="{}" y="{}" class="val">{}</text>)",
            { y + 14, shown, y + 20, w, w + 10, y + 31, vnd(value) });
        y += kRow;
    }
    return svg + Safe::literal("</svg>");
}

Safe dayChart(const std::vector<qint64>& thisMonth, const std::vector<qint64>& lastMonth, const QString& title)
{
    constexpr qint64 kW = 340, kH = 140, kTop = 8;
    const qint64 n = std::max<qint64>(1, static_cast<qint64>(std::max(thisMonth.size(), lastMonth.size())));
    qint64 max = 0;
    for (const qint64 v : thisMonth)
        max = std::max(max, v);
    for (const qint64 v : lastMonth)
        max = std::max(max, v);
    const qint64 step = kW / n;
    Safe svg = html(R"(<svg class="chart" viewBox="0 0 360 {}" role="img" aria-label="{}"><title>{}</title>)",
        { kH + kTop + 22, title, title });
    svg += html(R"(<line x1="10" y1="{}" x2="{}" y2="{}" class="axis"/>)", { kTop + kH, 10 + kW, kTop + kH });
    for (qint64 d = 0; d < n; ++d) {
        const qint64 x = 10 + d * step;
        if (d < static_cast<qint64>(thisMonth.size())) {
            const qint64 h = scaled(thisMonth[static_cast<std::size_t>(d)], max, kH);
            svg += html(R"(<rect x="{}" y="{}" width="{}" height="{}" class="bar"/>)",
                { x + 1, kTop + kH - h, std::max<qint64>(1, step - 2), h });
        }
        if (d < static_cast<qint64>(lastMonth.size())) {
            const qint64 h = scaled(lastMonth[static_cast<std::size_t>(d)], max, kH);
            svg += html(R"(<rect x="{}" y="{}" width="{}" height="3" class="prev"/>)",
                { x + 1, kTop + kH - h - 1, std::max<qint64>(1, step - 2) });
        }
        if (d == 0 || (d + 1) % 5 == 0)
            svg += html(R"(<text x="{}" y="{}" class="day">{}</text>)", { x + 1, kTop + kH + 18, d + 1 });
    }
    return svg + Safe::literal("</svg>");
}

} // namespace ocopos::portal

#pragma once

#include <QString>
#include <initializer_list>
#include <utility>
#include <vector>

// The portal's HTML: one escaping function and a template helper that escapes
// every value it is given. A page is assembled from Safe fragments only; a
// QString becomes Safe by passing through esc() (or html(), which calls it on
// every argument), so text from the database, a store or a request can never
// be read as markup: a producer named <script>alert(1)</script> shows as text.

namespace ocopos::portal {

/// HTML that is already safe to emit: built by esc() or html(), or a literal of
/// this program's own (Safe::literal).
class Safe {
public:
    Safe() = default;
    /// Markup written in this program's source (never a runtime value).
    template <std::size_t N> static Safe literal(const char (&s)[N]) { return Safe(QString::fromUtf8(s, N - 1)); }
    const QString& str() const noexcept { return m_html; }
    Safe& operator+=(const Safe& o)
    {
        m_html += o.m_html;
        return *this;
    }
    friend Safe operator+(Safe a, const Safe& b) { return a += b; }
    bool isEmpty() const noexcept { return m_html.isEmpty(); }

private:
    explicit Safe(QString html)
        : m_html(std::move(html))
    {
    }
    friend struct SafeAccess; // Html.cpp: esc(), html() and the charts
    QString m_html;
};

/// The one escaping function: & < > " ' become entities (text and attribute
/// values alike).
Safe esc(const QString& text);

/// An argument of html(): text (escaped) or Safe (as is); numbers as digits.
class HtmlArg {
public:
    HtmlArg(const QString& text)
        : m_html(esc(text).str())
    {
    }
    HtmlArg(const char* text)
        : m_html(esc(QString::fromUtf8(text)).str())
    {
    }
    HtmlArg(const Safe& s)
        : m_html(s.str())
    {
    }
    HtmlArg(qint64 n)
        : m_html(QString::number(n))
    {
    }
    HtmlArg(int n)
        : m_html(QString::number(n))
    {
    }
    const QString& str() const noexcept { return m_html; }

private:
    QString m_html;
};

/// `pattern` (this program's UTF-8 markup) with each `{}` replaced by the next
/// argument, escaped. Extra `{}` stay empty.
Safe html(const char* pattern, std::initializer_list<HtmlArg> args);

/// `45.000 ₫` (integer đồng).
QString vnd(qint64 dong);
/// `1.250` of a quantity in thousandths, trailing zeros of the fraction dropped ("2", "0,35").
QString qty(qint64 thousandths);
/// "+12 %", "−3 %" (integer percent of the change, rounded toward zero), "—" when the base is 0.
QString change(qint64 now, qint64 before);

/// A horizontal bar chart as inline SVG (integer geometry, no script): one bar
/// per row with its label and value as text. Width scales to the screen.
Safe barChart(const std::vector<std::pair<QString, qint64>>& rows, const QString& title);
/// A column chart of days (1..n) of two series: this month's bars and last
/// month's as a line of marks, with the day numbers below.
Safe dayChart(const std::vector<qint64>& thisMonth, const std::vector<qint64>& lastMonth, const QString& title);

/// A URL query value, percent-encoded (for links built from values).
QString urlValue(const QString& v);

} // namespace ocopos::portal

#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QTranslator>

#include <memory>

namespace ocopos::ui {

void applyTheme(QApplication& app)
{
    QFont font = app.font();
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans")))
        font.setFamily(QStringLiteral("Noto Sans"));
    font.setPointSize(11);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(
        "QPushButton { min-height: 40px; padding: 4px 14px; border-radius: 6px; border: 1px solid #b8c2cc;"
        "  background: #f4f6f8; }"
        "QPushButton:hover { background: #e8eef4; }"
        "QPushButton:pressed { background: #d5dee8; }"
        "QPushButton:disabled { color: #9aa5b1; background: #f0f0f0; }"
        "QPushButton[role=\"primary\"] { background: #1f7a3d; color: white; border-color: #17602f; font-weight: bold; }"
        "QPushButton[role=\"primary\"]:disabled { background: #9cc5a9; color: #eef5f0; }"
        "QPushButton[role=\"danger\"] { background: #b3261e; color: white; border-color: #8c1d17; }"
        "QPushButton[role=\"nav\"] { text-align: left; padding-left: 16px; min-height: 48px; font-size: 13pt;"
        "  border: none; border-radius: 0; background: transparent; color: #e8eef4; }"
        "QPushButton[role=\"nav\"]:checked { background: #2f5d86; color: white; font-weight: bold; }"
        "QPushButton[role=\"nav\"]:hover { background: #27496a; }"
        "QPushButton[role=\"pin\"] { min-height: 64px; min-width: 88px; font-size: 22pt; }"
        "QDialog { background: white; }"
        "QWidget#navPanel { background: #1b3a57; }"
        "QLabel#navUser { color: white; font-weight: bold; font-size: 12pt; }"
        "QLabel#navRole { color: #b9cde0; }"
        "QLabel#bigTotal { font-size: 36pt; font-weight: bold; color: #0f3d1f; }"
        "QLabel#bigChange { font-size: 32pt; font-weight: bold; color: #1f7a3d; }"
        "QLabel#screenTitle { font-size: 18pt; font-weight: bold; color: #1b3a57; }"
        "QLabel[tone=\"error\"] { background: #fdecea; color: #8c1d17; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; font-weight: bold; }"
        "QLabel[tone=\"warning\"] { background: #fff4e0; color: #7a4b00; border: 1px solid #f3d19c; border-radius: 4px; padding: 6px; }"
        "QLabel[tone=\"ok\"] { background: #e7f4ea; color: #17602f; border: 1px solid #b5dbbf; border-radius: 4px; padding: 6px; }"
        "QLabel[tone=\"info\"] { background: #eef3f8; color: #1b3a57; border: 1px solid #ccd9e6; border-radius: 4px; padding: 6px; }"
        "QTableView { gridline-color: #e1e6eb; selection-background-color: #cfe3f7; selection-color: black; }"
        "QHeaderView::section { background: #eef2f6; padding: 4px; border: none; border-bottom: 1px solid #cfd8e0; font-weight: bold; }"));
}

namespace {
QString g_language = QStringLiteral("en");
}

QString currentLanguage() { return g_language; }

bool installLanguage(const QString& language)
{
    static std::unique_ptr<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed.get());
        installed.reset();
    }
    g_language = QStringLiteral("en");
    if (language == QLatin1String("en"))
        return true;
    auto t = std::make_unique<QTranslator>();
    if (!t->load(QStringLiteral(":/i18n/ocopos_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(t.get());
    installed = std::move(t);
    g_language = language;
    return true;
}

} // namespace ocopos::ui

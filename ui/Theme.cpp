#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QTranslator>
#include <QWidget>

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
        "QLabel#navTill { color: #b9cde0; }"
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

namespace {

QString lookSheet(Look look)
{
    switch (look) {
    case Look::Legend:
        return QStringLiteral("color: #5b6b7a");
    case Look::Hint:
        return QStringLiteral("color: #52606d");
    case Look::MutedCaption:
        return QStringLiteral("color: #52606d; font-size: 12pt");
    case Look::MutedCaptionLarge:
        return QStringLiteral("font-size: 13pt; color: #52606d");
    case Look::Text12:
        return QStringLiteral("font-size: 12pt");
    case Look::Text13:
        return QStringLiteral("font-size: 13pt");
    case Look::Text15:
        return QStringLiteral("font-size: 15pt");
    case Look::Text16:
        return QStringLiteral("font-size: 16pt");
    case Look::Text18:
        return QStringLiteral("font-size: 18pt");
    case Look::Text24:
        return QStringLiteral("font-size: 24pt");
    case Look::PayButton:
        return QStringLiteral("font-size: 20pt");
    case Look::Bold:
        return QStringLiteral("font-weight: bold");
    case Look::Heading:
        return QStringLiteral("font-size: 13pt; font-weight: bold");
    case Look::HeadingLarge:
        return QStringLiteral("font-size: 15pt; font-weight: bold");
    case Look::HeadingXL:
        return QStringLiteral("font-size: 16pt; font-weight: bold");
    case Look::BigFigure:
        return QStringLiteral("font-size: 20pt; font-weight: bold");
    case Look::Title:
        return QStringLiteral("font-size: 14pt; font-weight: bold; color: #1b3a57");
    case Look::SectionTitle:
        return QStringLiteral("font-size: 12pt; font-weight: bold; color: #1b3a57; margin-top: 8px");
    case Look::StoreName:
        return QStringLiteral("font-size: 20pt; font-weight: bold; color: #1b3a57");
    case Look::StoreNameCustomer:
        return QStringLiteral("font-size: 22pt; font-weight: bold; color: #1b3a57");
    case Look::Greeting:
        return QStringLiteral("font-size: 18pt; color: #1f7a3d");
    case Look::PaidBig:
        return QStringLiteral("font-size: 28pt; font-weight: bold; color: #1f7a3d");
    case Look::PayoutBig:
        return QStringLiteral("font-size: 22pt; font-weight: bold; color: #0f3d1f");
    case Look::PayoutValue:
        return QStringLiteral("font-weight: bold; font-size: 16pt; color: #0f3d1f");
    case Look::Variance:
        return QStringLiteral("font-weight: bold; font-size: 13pt; color: #b3261e");
    case Look::RemainingNone:
        return QStringLiteral("font-size: 18pt; color: #7b8794");
    case Look::RemainingDue:
        return QStringLiteral("font-size: 18pt; font-weight: bold; color: #b3261e");
    case Look::SearchField:
        return QStringLiteral("font-size: 14pt; padding: 4px");
    case Look::EntryField:
        return QStringLiteral("font-size: 16pt; padding: 4px");
    case Look::PinField:
        return QStringLiteral("font-size: 20pt; padding: 4px");
    case Look::ValueField:
        return QStringLiteral("font-size: 20pt; padding: 6px");
    case Look::AmountField:
        return QStringLiteral("font-size: 22pt; padding: 4px");
    case Look::LoginPin:
        return QStringLiteral("font-size: 26pt; padding: 6px; letter-spacing: 6px");
    case Look::CashierScanBox:
        return QStringLiteral("QLineEdit#scanBox { font-size: 20pt; padding: 8px; border: 2px solid #2f5d86; border-radius: 6px; }");
    case Look::CartTable:
        return QStringLiteral("QTableView { font-size: 12pt; }");
    case Look::CountTable:
        return QStringLiteral("QTableView { font-size: 13pt; }");
    case Look::Suggestions:
        return QStringLiteral("QTableView#suggestions { border: 2px solid #2f5d86; background: white; font-size: 13pt; }");
    case Look::CustomerDisplay:
        return QStringLiteral("QWidget#customerDisplay { background: #f7f9fb; }");
    case Look::LoginScreen:
        return QStringLiteral("QWidget#loginScreen { background: #eef3f8; }QWidget#loginCard { background: white; border: 1px solid #ccd9e6; border-radius: 10px; }");
    case Look::LinkButton:
        return QStringLiteral("QPushButton { border: none; background: transparent; color: #2f5d86; min-height: 32px; }QPushButton:checked { font-weight: bold; text-decoration: underline; }");
    case Look::UserList:
        return QStringLiteral("QListView { font-size: 13pt; border: 1px solid #ccd9e6; }QListView::item { padding: 8px; border-bottom: 1px solid #eef2f6; }QListView::item:selected { background: #2f5d86; color: white; }");
    case Look::MethodButton:
        return QStringLiteral("QPushButton:checked { background: #2f5d86; color: white; font-weight: bold; }");
    case Look::FieldError:
        return QStringLiteral("border: 2px solid #b3261e; background: #fdecea;");
    case Look::Plain:
        return QString();
    }
    return QString();
}

} // namespace

void setLook(QWidget* w, Look look) { w->setStyleSheet(lookSheet(look)); }

} // namespace ocopos::ui

#pragma once

class QApplication;
class QString;
class QWidget;

namespace ocopos::ui {

/// Fonts and the style sheet: Noto Sans (every Vietnamese letter) when the
/// system has it, large touch-friendly buttons, the colours of the screens.
void applyTheme(QApplication& app);

/// How a widget looks beyond the application style sheet. Each look is one
/// style sheet kept in Theme.cpp, so a size or a colour changes in one place
/// and no screen carries CSS of its own.
enum class Look {
    Legend,  ///< grey legend under a table
    Hint,  ///< muted hint or status line
    MutedCaption,  ///< muted caption beside a figure
    MutedCaptionLarge,  ///< larger muted caption
    Text12,  ///< body text a little larger than the default
    Text13,  ///< larger body text, buttons of a pad
    Text15,  ///< large text, quick buttons
    Text16,  ///< large text: the login button, the amount paid
    Text18,  ///< very large text: receipt number and total after a sale
    Text24,  ///< the customer display's total caption
    PayButton,  ///< the cashier's Pay button
    Bold,  ///< a caption in a report
    Heading,  ///< a heading over a form or a figure
    HeadingLarge,  ///< a heading of the login card
    HeadingXL,  ///< a heading of the customer display
    BigFigure,  ///< a big figure: float, counted cash, QR amount
    Title,  ///< a screen or report title
    SectionTitle,  ///< a section of a statement
    StoreName,  ///< the store name on the login screen
    StoreNameCustomer,  ///< the store name on the customer display
    Greeting,  ///< the customer display's greeting
    PaidBig,  ///< "paid" after a sale
    PayoutBig,  ///< a statement's payout
    PayoutValue,  ///< a payout figure
    Variance,  ///< a cash variance
    RemainingNone,  ///< nothing left to pay
    RemainingDue,  ///< an amount still to pay
    SearchField,  ///< a search or scan field of a back-office screen
    EntryField,  ///< an entry field: card reference, receipt number
    PinField,  ///< a manager's PIN field
    ValueField,  ///< the field of a value dialog
    AmountField,  ///< an amount being paid
    LoginPin,  ///< the PIN on the login screen
    CashierScanBox,  ///< the cashier's scan box
    CartTable,  ///< the cart
    CountTable,  ///< the cash count
    Suggestions,  ///< search-as-you-type suggestions
    CustomerDisplay,  ///< the customer display window
    LoginScreen,  ///< the login screen and its card
    LinkButton,  ///< a button that looks like a link (language choice)
    UserList,  ///< the login screen's user list
    MethodButton,  ///< a payment method toggle
    FieldError,  ///< a field a service refused
    Plain,  ///< no look of its own (clears one)
};
/// Gives `w` the look, replacing the one it had.
void setLook(QWidget* w, Look look);

/// Installs the translation for `language` ("vi" or "en"; English is the source
/// text) from the embedded .qm, replacing any installed before. Returns false
/// when the translation is missing from the build.
bool installLanguage(const QString& language);
/// The language installed last ("vi" or "en").
QString currentLanguage();

} // namespace ocopos::ui

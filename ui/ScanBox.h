#pragma once

#include "core/Catalog.h"

#include <QLineEdit>

#include <functional>
#include <vector>

class QTableView;
class QTimer;

namespace ocopos::ui {

class SuggestionModel;

/// The cashier's one input: a barcode scanner types a code fast and ends it
/// with Enter; a person types a name and picks from the dropdown. The dropdown
/// is searched after a pause in typing (a scanner's code arrives with its Enter
/// before the pause ends, so scanning never searches). Keys that belong to the
/// cashier screen (F-keys, Delete on an empty box, arrows without a dropdown)
/// are handed on as signals, so this box can keep the focus all the time.
class ScanBox : public QLineEdit {
    Q_OBJECT
public:
    using Search = std::function<std::vector<core::Product>(const QString& text)>;

    /// The dropdown is placed over `overlayParent` (the screen), under this box.
    ScanBox(QWidget* overlayParent, QWidget* parent = nullptr);

    void setSearch(Search search) { m_search = std::move(search); }
    static constexpr int kDefaultDebounceMs = 120;
    static constexpr int kMinSearchLength = 2;
    static constexpr int kMaxSuggestions = 12;

    bool suggestionsVisible() const;
    SuggestionModel* suggestions() const { return m_model; }
    QTableView* suggestionView() const { return m_popup; }
    /// Runs a pending search now (tests; the timer does it otherwise).
    void searchNow();
    void hideSuggestions();

Q_SIGNALS:
    /// Enter on a typed or scanned code.
    void codeEntered(const QString& code);
    /// A product picked from the dropdown.
    void productPicked(const core::Product& product);
    /// Enter on an empty box (pay).
    void emptyEnter();
    /// Delete on an empty box (remove the selected line).
    void deleteOnEmpty();
    /// Up (-1) or Down (+1) without a dropdown: move in the cart.
    void moveSelection(int delta);
    /// F1–F12: the screen's function keys.
    void functionKey(int key);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void textEdited(const QString& text);
    void placePopup();
    void pickRow(int row);

    QWidget* m_overlayParent;
    QTimer* m_timer;
    SuggestionModel* m_model;
    QTableView* m_popup;
    Search m_search;
    bool m_navigated = false;  ///< the cashier moved in the dropdown: Enter picks
};

} // namespace ocopos::ui

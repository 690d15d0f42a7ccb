#include "ScanBox.h"

#include "Format.h"
#include "SuggestionModel.h"
#include "Theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QTimer>

namespace ocopos::ui {

ScanBox::ScanBox(QWidget* overlayParent, QWidget* parent)
    : QLineEdit(parent), m_overlayParent(overlayParent), m_timer(new QTimer(this)), m_model(new SuggestionModel(this)),
      m_popup(new QTableView(overlayParent))
{
    setObjectName(QStringLiteral("scanBox"));
    setClearButtonEnabled(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDebounceMs);
    connect(m_timer, &QTimer::timeout, this, &ScanBox::searchNow);
    connect(this, &QLineEdit::textEdited, this, &ScanBox::textEdited);

    m_popup->setObjectName(QStringLiteral("suggestions"));
    m_popup->setModel(m_model);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->horizontalHeader()->hide();
    m_popup->verticalHeader()->hide();
    m_popup->setShowGrid(false);
    m_popup->setWordWrap(false);
    m_popup->verticalHeader()->setDefaultSectionSize(36);
    m_popup->horizontalHeader()->setSectionResizeMode(SuggestionModel::Name, QHeaderView::Stretch);
    m_popup->horizontalHeader()->setSectionResizeMode(SuggestionModel::Owner, QHeaderView::ResizeToContents);
    m_popup->horizontalHeader()->setSectionResizeMode(SuggestionModel::Price, QHeaderView::ResizeToContents);
    setLook(m_popup, Look::Suggestions);
    m_popup->hide();
    connect(m_popup, &QTableView::clicked, this, [this](const QModelIndex& i) { pickRow(i.row()); });
    m_overlayParent->installEventFilter(this);
}

bool ScanBox::suggestionsVisible() const { return m_popup->isVisible() && m_model->rowCount() > 0; }

void ScanBox::textEdited(const QString& text)
{
    m_navigated = false;
    if (text.trimmed().size() < kMinSearchLength) {
        m_timer->stop();
        hideSuggestions();
        return;
    }
    m_timer->start();
}

void ScanBox::searchNow()
{
    m_timer->stop();
    const QString text = this->text().trimmed();
    if (!m_search || text.size() < kMinSearchLength) {
        hideSuggestions();
        return;
    }
    m_model->setProducts(m_search(text));
    m_navigated = false;
    if (m_model->rowCount() == 0) {
        hideSuggestions();
        return;
    }
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void ScanBox::hideSuggestions()
{
    m_popup->hide();
    m_navigated = false;
}

void ScanBox::placePopup()
{
    const QPoint below = mapTo(m_overlayParent, QPoint(0, height()));
    const int rows = std::min(m_model->rowCount(), kMaxSuggestions);
    const int h = rows * m_popup->verticalHeader()->defaultSectionSize() + 6;
    m_popup->setGeometry(below.x(), below.y() + 2, width(), h);
}

void ScanBox::pickRow(int row)
{
    const core::Product* p = m_model->productAt(row);
    if (!p)
        return;
    const core::Product picked = *p;
    clear();
    hideSuggestions();
    Q_EMIT productPicked(picked);
}

bool ScanBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_overlayParent && event->type() == QEvent::Resize && m_popup->isVisible())
        placePopup();
    return QLineEdit::eventFilter(watched, event);
}

void ScanBox::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12) {
        Q_EMIT functionKey(key);
        return;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        m_timer->stop();
        const int row = m_popup->currentIndex().row();
        if (suggestionsVisible() && m_navigated && row >= 0) {
            pickRow(row);
            return;
        }
        const QString code = text().trimmed();
        clear();
        hideSuggestions();
        if (code.isEmpty())
            Q_EMIT emptyEnter();
        else
            Q_EMIT codeEntered(code);
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int delta = key == Qt::Key_Up ? -1 : 1;
        if (!suggestionsVisible()) {
            Q_EMIT moveSelection(delta);
            return;
        }
        const int current = m_navigated ? m_popup->currentIndex().row() : -1;
        const int next = std::clamp(current + delta, 0, m_model->rowCount() - 1);
        m_popup->setCurrentIndex(m_model->index(next, 0));
        m_navigated = true;
        return;
    }
    case Qt::Key_Escape:
        if (suggestionsVisible())
            hideSuggestions();
        else
            clear();
        return;
    case Qt::Key_Delete:
        if (text().isEmpty()) {
            Q_EMIT deleteOnEmpty();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace ocopos::ui

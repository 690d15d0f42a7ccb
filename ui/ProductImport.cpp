#include "ProductImport.h"

#include "Background.h"
#include "Format.h"
#include "InventoryModels.h"
#include "services/CatalogImportService.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ocopos::ui::ProductImport)
};
} // namespace

ImportErrorsDialog::ImportErrorsDialog(const QString& fileName, std::vector<Problem> problems, QWidget* parent)
    : QDialog(parent)
    , m_model(new ProblemListModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("importErrors"));
    setWindowTitle(tr("Import refused"));
    resize(820, 420);
    auto* v = new QVBoxLayout(this);
    const int n = static_cast<int>(problems.size());
    auto* head = new QLabel(
        tr("%1 was not imported: nothing was changed. Fix these %n problem(s) and import the whole file again.",
            nullptr, n)
            .arg(fileName),
        this);
    head->setProperty("tone", QStringLiteral("error"));
    head->setWordWrap(true);
    v->addWidget(head);
    m_model->setProblems(std::move(problems));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemListModel::Line, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemListModel::Field, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemListModel::Why, QHeaderView::Stretch);
    v->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

void importProductsFile(const ScreenEnv& env, const QString& path, QWidget* parent,
                        std::function<void(const ImportOutcome&)> done)
{
    const QString name = QFileInfo(path).fileName();
    auto* progress = new QProgressDialog(ImportText::tr("Importing %1…").arg(name), QString(), 0, 0, parent);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowTitle(ImportText::tr("Import products"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();

    // Read and import on the worker: a big file is slow to check and save.
    auto result = std::make_shared<services::ImportResult>();
    const services::Session session = env.session;
    runInBackground(
        parent, services::WorkerSource::of(env.ctx),
        [path, name, session, result](services::Context& ctx) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw ValidationError("file", ImportText::tr("Cannot read %1: %2").arg(name, file.errorString()).toStdString());
            *result = services::CatalogImportService(ctx).importProducts(session, file.readAll());
        },
        [parent, progress, name, result, done = std::move(done)](const std::exception_ptr& error) {
            progress->deleteLater();
            progress->hide();
            if (!error)
                return done({ true,
                    ImportText::tr("%1 imported: %2 new product(s), %3 updated.")
                        .arg(name)
                        .arg(result->inserted)
                        .arg(result->updated) });
            try {
                std::rethrow_exception(error);
            } catch (const ValidationError& e) {
                auto* d = new ImportErrorsDialog(name, e.problems(), parent);
                d->setAttribute(Qt::WA_DeleteOnClose);
                d->open();
                const int n = static_cast<int>(e.problems().size());
                done({ false,
                    ImportText::tr("%1 was not imported (%n problem(s)); nothing was changed.", nullptr, n).arg(name) });
            } catch (const std::exception& e) {
                done({ false, errorText(e) });
            }
        });
}

} // namespace ocopos::ui

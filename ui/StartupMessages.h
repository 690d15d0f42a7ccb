#pragma once

#include <QCoreApplication>
#include <QString>

namespace ocopos::ui {

/// What the app says when it cannot start on the database it was given, in the
/// installed language (the store's own language setting is still unreadable).
class StartupMessages {
    Q_DECLARE_TR_FUNCTIONS(ocopos::ui::StartupMessages)

public:
    /// The file is not an OCOPOS store (not SQLite, damaged, another program's).
    static QString notAStore(const QString& path, const QString& detail);
    /// The file was written by a newer OCOPOS.
    static QString newerStore(const QString& path, const QString& detail);
    /// The store cannot be written: a read-only disk, file or folder.
    static QString readOnlyStore(const QString& path, const QString& detail);
};

} // namespace ocopos::ui

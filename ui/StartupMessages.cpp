#include "StartupMessages.h"

namespace ocopos::ui {

QString StartupMessages::notAStore(const QString& path, const QString& detail)
{
    return tr("%1 is not an OCOPOS store database, so OCOPOS did not open it and left it as it was. "
              "Choose the store's database file (--db).\n\n%2")
        .arg(path, detail);
}

QString StartupMessages::newerStore(const QString& path, const QString& detail)
{
    return tr("%1 was saved by a newer version of OCOPOS. Install that version to open it; the file was left as it "
              "was.\n\n%2")
        .arg(path, detail);
}

QString StartupMessages::readOnlyStore(const QString& path, const QString& detail)
{
    return tr("OCOPOS cannot write %1: the disk, the file or its folder is read-only. Nothing was changed. "
              "Ask whoever looks after this computer to make it writable, then start OCOPOS again.\n\n%2")
        .arg(path, detail);
}

} // namespace ocopos::ui

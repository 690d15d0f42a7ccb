// `restore FILE`: any file — not SQLite, truncated, another program's database, a
// store with damaged pages — is refused with the store left exactly as it was, or
// (a real store) restored whole with a clean check. Never a crash, never a
// half-replaced store.
#include "../FuzzSupport.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "db/DbError.h"
#include "services/BackupService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ocopos;

namespace {

struct World {
    test::TempStore store;
    QTemporaryDir dir;
    QString base; ///< a real store file: the target is reset to it before each input
    QByteArray baseHash;
    World()
    {
        store.loadSmallCatalog();
        base = dir.filePath(QStringLiteral("base.db"));
        services::BackupService(store.ctx()).backup(store.admin(), base);
        baseHash = hash(base);
    }
    static QByteArray hash(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static auto* w = new World();
    const QString source = w->dir.filePath(QStringLiteral("backup.db"));
    const QString target = w->dir.filePath(QStringLiteral("store.db"));
    QFile::remove(target);
    FUZZ_CHECK(QFile::copy(w->base, target));
    {
        QFile f(source);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    core::FixedClock clock(QDateTime::fromString(QStringLiteral("2026-12-01T09:00:00+07:00"), Qt::ISODate));
    bool restored = false;
    try {
        const auto report = services::restoreDatabase(w->store.admin(), clock, source, target);
        restored = true;
        FUZZ_CHECK(report.ok);
    } catch (const ValidationError&) {
    } catch (const Conflict&) {
    } catch (const db::NewerSchemaError&) {
    } catch (const db::NotAStoreDatabase&) {
    }
    if (!restored)
        FUZZ_CHECK(World::hash(target) == w->baseHash); // refused: the store untouched
    QFile::remove(source);
    return 0;
}

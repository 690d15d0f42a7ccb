// A SQLite store file looked at without SQLite (see SqliteFileLook.h).
#include "SqliteFileLook.h"

#include "DbError.h"

#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>
#include <unistd.h>

namespace ocopos::db {

namespace {

qint64 bigEndian32(const QByteArray& b, int at)
{
    qint64 v = 0;
    for (int i = at; i < at + 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(b[i]);
    return v;
}

} // namespace

/// What a SQLite file's write-ahead log holds, read without SQLite: how many
/// frames belong to it (their salts match its header; no checksums: this only
/// ever serves to refuse a file, or not to), and the schema version in the
/// newest committed copy of page 1 there, if any — a program that migrated the
/// file and stopped before a checkpoint leaves the new version only in the WAL
/// (and opening the file through SQLite would checkpoint it into the main file).
WalLook walLook(const QString& path)
{
    WalLook out;
    QFile w(path + QStringLiteral("-wal"));
    if (!w.open(QIODevice::ReadOnly))
        return out;
    const QByteArray head = w.read(32);
    if (head.size() < 32)
        return out;
    const qint64 magic = bigEndian32(head, 0);
    const qint64 pageSize = bigEndian32(head, 8);
    if ((magic != 0x377f0682 && magic != 0x377f0683) || pageSize < 512 || pageSize > 65536)
        return out;
    std::optional<qint64> page1;
    for (;;) {
        const QByteArray frame = w.read(24);
        if (frame.size() < 24 || frame.mid(8, 8) != head.mid(16, 8))
            break;
        const QByteArray page = w.read(pageSize);
        if (page.size() < pageSize)
            break;
        ++out.frames;
        if (bigEndian32(frame, 0) == 1)
            page1 = bigEndian32(page, 60);
        if (bigEndian32(frame, 4) != 0 && page1)
            out.version = page1;
    }
    return out;
}

/// The schema version in a SQLite file's header (offset 60, big-endian), read
/// without SQLite so that a newer file can be refused before anything opens it.
/// nullopt when the file is missing or empty (SQLite then creates it). Throws
/// NotAStoreDatabase when the file is not SQLite or is shorter than its header
/// says (truncated) with no write-ahead log to make up the rest: SQLite would
/// open either and write to it before failing. A checkpoint killed midway
/// leaves exactly that shape — page 1, with the new size, copied back, later
/// pages not yet — and then the WAL still holds every page: SQLite finishes the
/// checkpoint, so that file is a store (found by scripts/torture).
std::optional<qint64> headerVersion(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() == 0)
        return std::nullopt;
    const auto refuse = [&](const std::string& why) {
        return NotAStoreDatabase(path.toStdString() + " is not an OCOPOS database (" + why + "); it was not changed",
                                 "", "");
    };
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw refuse("not a SQLite file");
    const qint64 rawPageSize = (static_cast<unsigned char>(h[16]) << 8) | static_cast<unsigned char>(h[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The page count at 28 is valid only while the change counter (24) matches 92.
    if (h.mid(24, 4) == h.mid(92, 4) && f.size() < bigEndian32(h, 28) * pageSize && walLook(path).frames == 0)
        throw refuse("truncated: " + std::to_string(f.size()) + " bytes of "
                     + std::to_string(bigEndian32(h, 28) * pageSize));
    return bigEndian32(h, 60);
}

/// Why this process may not write an SQLite store, or nullptr when it may.
const char* unwritable(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    struct statvfs fs {};
    if (::statvfs(dir.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0)
        return "its disk is mounted read-only";
    if (::access(file.constData(), F_OK) == 0 && ::access(file.constData(), W_OK) != 0)
        return "the file is read-only";
    if (::access(dir.constData(), W_OK) != 0)
        return "its folder is read-only";
    return nullptr;
}

} // namespace ocopos::db

#pragma once

#include "core/ErrorCodes.h"

#include <string>
#include <utility>

namespace ocopos::db {

/// A database failure, with the statement and the driver's message (code "storage").
class DbError : public ocopos::StorageError {
public:
    DbError(std::string what, std::string statement, std::string driverMessage);
    const std::string& statement() const noexcept { return m_statement; }
    const std::string& driverMessage() const noexcept { return m_driver; }

private:
    std::string m_statement;
    std::string m_driver;
};

/// The file was written by a newer OCOPOS; it was not touched.
class NewerSchemaError : public DbError {
public:
    NewerSchemaError(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbNewerSchema.id()), {});
    }
};

/// The file is not an OCOPOS store (not SQLite, truncated, or another
/// program's database); it was not touched. Bad input, not a failure of ours.
class NotAStoreDatabase : public DbError {
public:
    NotAStoreDatabase(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbNotAStore.id()), {});
    }
};

/// The server refused the user name or password (PostgreSQL). Exit 6 in the CLI.
class DbAuthFailed : public DbError {
public:
    DbAuthFailed(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbAuthFailed.id()), {});
    }
};

/// No database server answers at the address given (PostgreSQL); nothing was
/// read or written.
class DbUnavailable : public DbError {
public:
    DbUnavailable(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbUnreachable.id()), {});
    }
};

/// The connection to the server broke during a statement: the transaction it
/// was in is rolled back by the server, so nothing of it was written. The next
/// transaction reconnects.
class DbConnectionLost : public DbError {
public:
    DbConnectionLost(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbConnectionLost.id()), {});
    }
};

/// Another till held the store's write lock longer than the busy timeout.
class DbBusy : public DbError {
public:
    DbBusy(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbBusy.id()), {});
    }
};

/// The disk under the store is full (SQLite's SQLITE_FULL, PostgreSQL's 53100):
/// the transaction was rolled back, so nothing of it was written.
class DbDiskFull : public DbError {
public:
    DbDiskFull(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbDiskFull.id()), {});
    }
};

/// The store cannot be written (a read-only file or file system; a standby server).
class DbReadOnly : public DbError {
public:
    DbReadOnly(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbReadOnly.id()), {});
    }
};

/// The disk failed reading or writing the store (SQLite's SQLITE_IOERR).
class DbIoError : public DbError {
public:
    DbIoError(std::string what, std::string statement, std::string driverMessage)
        : DbError(std::move(what), std::move(statement), std::move(driverMessage))
    {
        setCode(std::string(codes::dbIoError.id()), {});
    }
};

} // namespace ocopos::db

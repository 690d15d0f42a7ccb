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

} // namespace ocopos::db

// WorkerContext: a worker thread's own connection to the database of a Context.
#include "TestSupport.h"

#include "db/UserRepository.h"
#include "services/WorkerContext.h"

#include <gtest/gtest.h>

#include <thread>

using namespace ocopos;
using namespace ocopos::services;

TEST(WorkerContext, OpensTheSameDatabaseOnTheWorkerThreadWithTheSameClockAndCost)
{
    test::TempStore s;
    const WorkerSource source = WorkerSource::of(s.ctx());
    qint64 users = -1;
    bool sameClock = false, sameCost = false, ownConnection = false;
    std::thread worker([&] {
        WorkerContext w(source);
        users = db::UserRepository(w.ctx().db).count();
        sameClock = &w.ctx().clock == &s.clock();
        sameCost = w.ctx().pinHashCost == PinHashCost::minimum();
        ownConnection = &w.ctx().db != &s.db() && w.ctx().db.path() == s.path();
    });
    worker.join();
    EXPECT_EQ(users, 1);  // the admin
    EXPECT_TRUE(sameClock);
    EXPECT_TRUE(sameCost);
    EXPECT_TRUE(ownConnection);
}

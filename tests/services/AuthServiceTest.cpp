// AuthService: PIN hashing, lockout (persisted), audit, roles, cooperative binding.
#include "TestSupport.h"

#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/PinHasher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace ocopos;
using namespace ocopos::services;
using core::Role;

namespace {

std::vector<QString> auditActions(test::TempStore& s, const QString& username)
{
    db::Query q(s.db(), QStringLiteral("SELECT action FROM audit_log WHERE username = :u ORDER BY id"));
    q.bind(QStringLiteral(":u"), username).exec();
    std::vector<QString> out;
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

long long countOf(const std::vector<QString>& v, const char* what)
{
    return std::count(v.begin(), v.end(), QString::fromLatin1(what));
}

/// Counts the PIN checks and remembers the hashes checked; runs `duringVerify`
/// in the middle of each check (where argon2id spends its time).
class ObservingHasher : public PinHasher {
public:
    using PinHasher::PinHasher;
    bool verify(const QString& hash, const QString& pin) const override
    {
        checked.push_back(hash);
        if (duringVerify)
            duringVerify();
        return PinHasher::verify(hash, pin);
    }
    mutable std::vector<QString> checked;
    std::function<void()> duringVerify;
};

/// The argon2id parameters a hash string names ("m=65536,t=2,p=1").
QString costOf(const QString& hash)
{
    const QStringList parts = hash.split(QLatin1Char('$'));
    return parts.size() > 3 ? parts[3] : QString();
}

std::string authMessage(AuthService& auth, const QString& user, const QString& pin)
{
    try {
        auth.login(user, pin);
    } catch (const AuthError& e) {
        return e.what();
    }
    return "(logged in)";
}

TEST(AuthService, PinsAreStoredOnlyAsArgon2idHashes)
{
    test::TempStore s;
    s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("48213579"));
    db::Query q(s.db(), QStringLiteral("SELECT pin_hash FROM users WHERE username = 'thungan'"));
    const QString hash = q.scalar()->toString();
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(QStringLiteral("48213579")));
    db::Query admin(s.db(), QStringLiteral("SELECT pin_hash FROM users WHERE username = 'admin'"));
    EXPECT_TRUE(admin.scalar()->toString().startsWith(QStringLiteral("$argon2id$")));
    // Salted: the same PIN hashes differently each time.
    const PinHasher hasher(PinHashCost::minimum());
    EXPECT_NE(hasher.hash(QStringLiteral("1234")), hasher.hash(QStringLiteral("1234")));
    EXPECT_TRUE(hasher.verify(hash, QStringLiteral("48213579")));
    EXPECT_FALSE(hasher.verify(hash, QStringLiteral("48213578")));
    EXPECT_FALSE(hasher.verify(QStringLiteral("not a hash"), QStringLiteral("1234")));
}

TEST(AuthService, NewPinsAreHashedAtTheCostOfTheContext)
{
    test::TempStore s;
    EXPECT_EQ(costOf(PinHasher(PinHashCost::minimum()).hash(QStringLiteral("1234"))), QStringLiteral("m=8,t=1,p=1"));
    // The default, which the app and the CLI use: libsodium's interactive cost.
    Context strong{s.db(), s.clock()};
    AuthService(strong).addUser(s.admin(), NewUser{QStringLiteral("thu"), QStringLiteral("Thu"), Role::Cashier, {},
                                                   QStringLiteral("1234")});
    db::Query q(s.db(), QStringLiteral("SELECT pin_hash FROM users WHERE username = 'thu'"));
    EXPECT_EQ(costOf(q.scalar()->toString()), QStringLiteral("m=65536,t=2,p=1"));
    EXPECT_EQ(costOf(PinHasher().unmatchable()), QStringLiteral("m=65536,t=2,p=1"));
}

TEST(AuthService, APinIsFourToEightAsciiDigits)
{
    for (const char* ok : {"0000", "1234", "12345678", "000000"})
        EXPECT_NO_THROW(AuthService::validatePin(QString::fromUtf8(ok))) << ok;
    for (const char* bad : {"", "123", "123456789", "12a4", " 1234", "1234 ", "-123", "12.4",
                            "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94",  // full-width digits
                            "\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4"})                  // Arabic-Indic digits
        EXPECT_THROW(AuthService::validatePin(QString::fromUtf8(bad)), ValidationError) << bad;

    test::TempStore s;
    AuthService auth(s.ctx());
    const auto p = test::problemsOf(
        [&] { auth.addUser(s.admin(), NewUser{QStringLiteral("thu"), QStringLiteral("Thu"), Role::Cashier, {}, QStringLiteral("12")}); });
    EXPECT_TRUE(test::hasProblem(p, 0, "pin")) << test::describeAll(p);
    EXPECT_THROW(auth.setPin(s.admin(), QStringLiteral("admin"), QStringLiteral("123456789")), ValidationError);
}

TEST(AuthService, InitCreatesAdminWithPin000000Once)
{
    test::TempStore s;
    AuthService auth(s.ctx());
    auth.ensureAdmin();
    EXPECT_EQ(test::countRows(s.db(), QStringLiteral("users")), 1);
    const Session a = auth.login(QStringLiteral("admin"), QStringLiteral("000000"));
    EXPECT_EQ(a.role, Role::Admin);
    EXPECT_EQ(a.username, QStringLiteral("admin"));
}

TEST(AuthService, FiveWrongPinsLockForFiveMinutesAcrossRestarts)
{
    test::TempStore s;
    s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("1111"));
    {
        AuthService auth(s.ctx());
        for (int i = 0; i < 4; ++i)
            EXPECT_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("9999")), AuthError);
        EXPECT_EQ(authMessage(auth, QStringLiteral("thungan"), QStringLiteral("9999")), "wrong user name or PIN");
        // Locked now: even the right PIN is refused, and the message says why.
        EXPECT_NE(authMessage(auth, QStringLiteral("thungan"), QStringLiteral("1111")).find("locked"), std::string::npos);
    }
    // A new program (new connection, new service) still sees the lock.
    s.clock().advanceSecs(4 * 60 + 59);
    {
        db::Database again(s.path());
        core::FixedClock clock(s.clock().now());
        AuthService auth(Context{again, clock});
        EXPECT_NE(authMessage(auth, QStringLiteral("thungan"), QStringLiteral("1111")).find("locked"), std::string::npos);
        EXPECT_TRUE(auth.listUsers(s.admin())[1].locked);
        clock.advanceSecs(1);
        EXPECT_NO_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("1111")));
        EXPECT_FALSE(auth.listUsers(s.admin())[1].locked);
    }
    const auto actions = auditActions(s, QStringLiteral("thungan"));
    EXPECT_EQ(countOf(actions, "lock"), 1) << "the lock itself is audited";
    EXPECT_EQ(countOf(actions, "login_failed"), 7);  // 5 wrong PINs, 2 attempts while locked
    EXPECT_EQ(countOf(actions, "login"), 2);         // addUser's login, the one after the lock
}

TEST(AuthService, ASuccessfulLoginResetsTheFailureCount)
{
    test::TempStore s;
    s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("1111"));
    AuthService auth(s.ctx());
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 4; ++i)
            EXPECT_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("0000")), AuthError);
        EXPECT_NO_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("1111")));
    }
    EXPECT_EQ(countOf(auditActions(s, QStringLiteral("thungan")), "lock"), 0);
}

TEST(AuthService, LoginAndFailuresAreAudited)
{
    test::TempStore s;
    AuthService auth(s.ctx());
    auth.login(QStringLiteral("admin"), QStringLiteral("000000"));
    EXPECT_THROW(auth.login(QStringLiteral("admin"), QStringLiteral("000001")), AuthError);
    EXPECT_THROW(auth.login(QStringLiteral("nobody"), QStringLiteral("000000")), AuthError);
    Context ctx = s.ctx();
    const auto entries = recentAudit(ctx, 10);
    ASSERT_GE(entries.size(), 3u);
    EXPECT_EQ(entries[0].action, QStringLiteral("login_failed"));
    EXPECT_EQ(entries[0].username, QStringLiteral("nobody"));
    EXPECT_EQ(entries[1].action, QStringLiteral("login_failed"));
    EXPECT_EQ(entries[1].username, QStringLiteral("admin"));
    EXPECT_EQ(entries[2].action, QStringLiteral("login"));
    EXPECT_EQ(entries[2].at, QStringLiteral("2026-11-28T09:00:00+07:00"));
    db::Query q(s.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%000001%'"));
    EXPECT_EQ(q.scalar()->toInt(), 0) << "a tried PIN never reaches the log";
}

TEST(AuthService, InactiveAndUnknownUsersCannotLogInAndLookAlike)
{
    test::TempStore s;
    s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("1111"));
    AuthService auth(s.ctx());
    auth.deactivate(s.admin(), QStringLiteral("thungan"));
    const std::string inactive = authMessage(auth, QStringLiteral("thungan"), QStringLiteral("1111"));
    const std::string wrong = authMessage(auth, QStringLiteral("admin"), QStringLiteral("1111"));
    const std::string unknown = authMessage(auth, QStringLiteral("ghost"), QStringLiteral("1111"));
    EXPECT_EQ(inactive, wrong);
    EXPECT_EQ(unknown, wrong);
    EXPECT_FALSE(auth.listUsers(s.admin())[1].active);
}

TEST(AuthService, AnUnknownUserCostsAPinCheckAtTheSameCost)
{
    // Names can't be probed by timing: an unknown user costs one hash check too,
    // against a hash of the same argon2id parameters as a real user's.
    test::TempStore s;
    auto hasher = std::make_shared<ObservingHasher>(PinHashCost{});
    AuthService auth(s.ctx(), hasher);
    EXPECT_THROW(auth.login(QStringLiteral("admin"), QStringLiteral("1234")), AuthError);
    EXPECT_THROW(auth.login(QStringLiteral("ghost"), QStringLiteral("1234")), AuthError);
    ASSERT_EQ(hasher->checked.size(), 2u);
    EXPECT_EQ(costOf(hasher->checked[1]), QStringLiteral("m=65536,t=2,p=1"));
    // The test store's admin was hashed cheaply; a real store's is at the strong
    // cost, which the unknown user's check matches.
    EXPECT_EQ(costOf(hasher->checked[1]), costOf(PinHasher().hash(QStringLiteral("1234"))));
}

TEST(AuthService, ALoginDoesNotHoldTheWriteLockWhileCheckingThePin)
{
    // While one till's login is hashing, another till can write at once (busy
    // timeout 0: no waiting). With the check inside the write lock it can't.
    test::TempStore s;
    s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("1111"));
    auto hasher = std::make_shared<ObservingHasher>(PinHashCost::minimum());
    db::Database::Options noWait;
    noWait.busyTimeoutMs = 0;
    db::Database other(s.path(), noWait);
    int writes = 0;
    hasher->duringVerify = [&] {
        db::TransactionGuard tx(other);
        other.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'Q02') "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        tx.commit();
        ++writes;
    };
    AuthService auth(s.ctx(), hasher);
    EXPECT_NO_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("1111")));
    EXPECT_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("2222")), AuthError);
    EXPECT_THROW(auth.login(QStringLiteral("ghost"), QStringLiteral("2222")), AuthError);
    EXPECT_EQ(writes, 3);
}

TEST(AuthService, ConcurrentWrongPinsAllCountAndTheLockHolds)
{
    // Two tills try wrong PINs for one user at the same time: each failure counts
    // (the count is re-read under the write lock, not taken from before the check).
    test::TempStore s;
    s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("1111"));
    db::Database otherDb(s.path());
    Context otherCtx{otherDb, s.clock(), nullptr, PinHashCost::minimum()};
    AuthService otherTill(otherCtx);
    auto hasher = std::make_shared<ObservingHasher>(PinHashCost::minimum());
    // While this till checks its 1st..4th wrong PIN, the other till fails once each time.
    hasher->duringVerify = [&] {
        if (hasher->checked.size() <= 2) {
            EXPECT_THROW(otherTill.login(QStringLiteral("thungan"), QStringLiteral("9999")), AuthError);
        }
    };
    AuthService till(s.ctx(), hasher);
    EXPECT_THROW(till.login(QStringLiteral("thungan"), QStringLiteral("8888")), AuthError);
    EXPECT_THROW(till.login(QStringLiteral("thungan"), QStringLiteral("8888")), AuthError);
    // 4 failures so far; the other till's 5th locks; this till's right PIN,
    // checked while the lock was being taken, is refused all the same.
    hasher->duringVerify = [&] { EXPECT_THROW(otherTill.login(QStringLiteral("thungan"), QStringLiteral("9999")), AuthError); };
    EXPECT_NE(authMessage(till, QStringLiteral("thungan"), QStringLiteral("1111")).find("locked"), std::string::npos);
    EXPECT_EQ(countOf(auditActions(s, QStringLiteral("thungan")), "lock"), 1);
    EXPECT_EQ(countOf(auditActions(s, QStringLiteral("thungan")), "login_failed"), 6);
}

TEST(AuthService, TheAdminThatInitMakesMustChangeThePublicPin)
{
    test::TempStore s;
    db::Database fresh(s.freshLocation(QStringLiteral("init.db")));
    Context ctx{fresh, s.clock(), nullptr, PinHashCost::minimum()};
    AuthService auth(ctx);
    auth.ensureAdmin();
    Session admin = auth.login(QStringLiteral("admin"), QStringLiteral("000000"));
    EXPECT_TRUE(admin.mustChangePin);
    EXPECT_THROW(auth.authorizeOverride(QStringLiteral("admin"), QStringLiteral("000000"), QStringLiteral("x")), AuthError);
    EXPECT_THROW(auth.setPin(admin, QStringLiteral("admin"), QStringLiteral("000000")), ValidationError);
    // A PIN the admin gives another user is not flagged (they chose it).
    auth.addUser(admin, NewUser{QStringLiteral("thu"), QStringLiteral("Thu"), Role::Cashier, {}, QStringLiteral("1111")});
    EXPECT_FALSE(auth.login(QStringLiteral("thu"), QStringLiteral("1111")).mustChangePin);
    auth.setPin(admin, QStringLiteral("admin"), QStringLiteral("482913"));
    admin = auth.login(QStringLiteral("admin"), QStringLiteral("482913"));
    EXPECT_FALSE(admin.mustChangePin);
    auth.setPin(admin, QStringLiteral("thu"), QStringLiteral("2222"));
    EXPECT_FALSE(auth.login(QStringLiteral("thu"), QStringLiteral("2222")).mustChangePin);

    // The demo's training store (and the test store) keep the documented PIN.
    EXPECT_FALSE(AuthService(s.ctx()).login(QStringLiteral("admin"), QStringLiteral("000000")).mustChangePin);
}

TEST(AuthService, OnlyAdminManagesUsersButAnyoneSetsTheirOwnPin)
{
    test::TempStore s;
    const Session cashier = s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("1111"));
    const Session manager = s.addUser(QStringLiteral("quanly"), Role::Manager, QString(), QStringLiteral("2222"));
    AuthService auth(s.ctx());
    const NewUser u{QStringLiteral("moi"), QStringLiteral("Người mới"), Role::Cashier, {}, QStringLiteral("5555")};
    EXPECT_THROW(auth.addUser(cashier, u), AuthError);
    EXPECT_THROW(auth.addUser(manager, u), AuthError);
    EXPECT_THROW(auth.listUsers(cashier), AuthError);
    EXPECT_THROW(auth.deactivate(manager, QStringLiteral("thungan")), AuthError);
    EXPECT_THROW(auth.setPin(cashier, QStringLiteral("quanly"), QStringLiteral("9999")), AuthError);
    EXPECT_NO_THROW(auth.addUser(s.admin(), u));
    EXPECT_THROW(auth.addUser(s.admin(), u), Conflict);

    auth.setPin(cashier, QStringLiteral("thungan"), QStringLiteral("7777"));
    EXPECT_NO_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("7777")));
    EXPECT_THROW(auth.login(QStringLiteral("thungan"), QStringLiteral("1111")), AuthError);
    auth.setPin(s.admin(), QStringLiteral("quanly"), QStringLiteral("8888"));
    EXPECT_NO_THROW(auth.login(QStringLiteral("quanly"), QStringLiteral("8888")));
    EXPECT_THROW(auth.setPin(s.admin(), QStringLiteral("ghost"), QStringLiteral("8888")), NotFound);
    EXPECT_THROW(auth.deactivate(s.admin(), QStringLiteral("ghost")), NotFound);
    EXPECT_THROW(auth.deactivate(s.admin(), QStringLiteral("admin")), Conflict);

    const auto users = auth.listUsers(s.admin());
    ASSERT_EQ(users.size(), 4u);
    EXPECT_EQ(users[0].username, QStringLiteral("admin"));  // sorted by user name
    const auto actions = auditActions(s, QStringLiteral("admin"));
    EXPECT_GE(countOf(actions, "user_add"), 3);
    EXPECT_EQ(countOf(actions, "user_pin"), 1);
}

TEST(AuthService, AdminMayDoWhatAnyRoleMay)
{
    for (Role need : {Role::Admin, Role::Manager, Role::Cashier, Role::Cooperative})
        EXPECT_TRUE(core::roleAtLeast(Role::Admin, need));
    EXPECT_TRUE(core::roleAtLeast(Role::Manager, Role::Cashier));
    EXPECT_FALSE(core::roleAtLeast(Role::Cashier, Role::Manager));
    EXPECT_FALSE(core::roleAtLeast(Role::Cashier, Role::Admin));
    EXPECT_FALSE(core::roleAtLeast(Role::Manager, Role::Admin));
    EXPECT_FALSE(core::roleAtLeast(Role::Cooperative, Role::Admin));
    EXPECT_FALSE(core::roleAtLeast(Role::Manager, Role::Cooperative));
    EXPECT_FALSE(core::roleAtLeast(Role::Cooperative, Role::Cashier));
}

TEST(AuthService, ACooperativeUserIsBoundToAnExistingProducer)
{
    test::TempStore s;
    s.importProducers("code,kind,name\nHTX-A,cooperative,HTX Cái Rồng\n");
    AuthService auth(s.ctx());
    auto p = test::problemsOf([&] {
        auth.addUser(s.admin(), NewUser{QStringLiteral("htx"), QStringLiteral("HTX"), Role::Cooperative, {}, QStringLiteral("3333")});
    });
    EXPECT_TRUE(test::hasProblem(p, 0, "producer", "--producer")) << test::describeAll(p);
    p = test::problemsOf([&] {
        auth.addUser(s.admin(), NewUser{QStringLiteral("thu"), QStringLiteral("Thu"), Role::Cashier, QStringLiteral("HTX-A"),
                                        QStringLiteral("3333")});
    });
    EXPECT_TRUE(test::hasProblem(p, 0, "producer")) << test::describeAll(p);
    EXPECT_THROW(auth.addUser(s.admin(), NewUser{QStringLiteral("htx"), QStringLiteral("HTX"), Role::Cooperative,
                                                 QStringLiteral("HTX-NONE"), QStringLiteral("3333")}),
                 NotFound);
    EXPECT_EQ(test::countRows(s.db(), QStringLiteral("users")), 1);
    const Session coop = s.addUser(QStringLiteral("htx"), Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
    EXPECT_TRUE(coop.isCooperative());
    ASSERT_TRUE(coop.producerId);
    db::Query q(s.db(), QStringLiteral("SELECT id FROM producers WHERE code = 'HTX-A'"));
    EXPECT_EQ(*coop.producerId, q.scalar()->toLongLong());
    EXPECT_EQ(auth.listUsers(s.admin())[1].producerCode, QStringLiteral("HTX-A"));
}

TEST(AuthService, UserFieldsAreValidatedTogether)
{
    test::TempStore s;
    AuthService auth(s.ctx());
    const auto p = test::problemsOf([&] {
        auth.addUser(s.admin(), NewUser{QStringLiteral("Bad Name"), QStringLiteral("  "), Role::Cashier, {}, QStringLiteral("1")});
    });
    EXPECT_TRUE(test::hasProblem(p, 0, "username")) << test::describeAll(p);
    EXPECT_TRUE(test::hasProblem(p, 0, "name"));
    EXPECT_TRUE(test::hasProblem(p, 0, "pin"));
}

TEST(AuthService, AManagerOverrideIsCheckedAndAudited)
{
    test::TempStore s;
    s.addUser(QStringLiteral("thungan"), Role::Cashier, QString(), QStringLiteral("1111"));
    s.addUser(QStringLiteral("quanly"), Role::Manager, QString(), QStringLiteral("2222"));
    AuthService auth(s.ctx());
    const Session m = auth.authorizeOverride(QStringLiteral("quanly"), QStringLiteral("2222"), QStringLiteral("discount 15 %"));
    EXPECT_EQ(m.role, Role::Manager);
    EXPECT_EQ(countOf(auditActions(s, QStringLiteral("quanly")), "override"), 1);
    EXPECT_THROW(auth.authorizeOverride(QStringLiteral("thungan"), QStringLiteral("1111"), QStringLiteral("x")), AuthError);
    EXPECT_THROW(auth.authorizeOverride(QStringLiteral("quanly"), QStringLiteral("0000"), QStringLiteral("x")), AuthError);
}

} // namespace

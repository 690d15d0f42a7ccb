#include "StoreGenerator.h"

#include "core/Clock.h"
#include "core/VietText.h"
#include "db/Database.h"
#include "services/AuthService.h"

#include <QFile>

#include <sqlite3.h>

#include <array>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>

namespace ocopos::bench {

namespace {

// Products of OCOP shops, places they come from, kinds and sizes: combined they
// give names like "Nước mắm cá cơm Phú Quốc 500ml" or "Trà hoa vàng Ba Chẽ hộp 100g".
constexpr std::array kGoods = {
    "Nước mắm", "Trà hoa vàng", "Mật ong", "Chả mực", "Miến dong", "Bánh đa", "Chè Shan tuyết", "Cà phê",
    "Hạt điều", "Tiêu", "Gạo ST25", "Gạo nếp cái hoa vàng", "Nấm linh chi", "Măng khô", "Mắm tôm", "Mắm ruốc",
    "Rượu ngô", "Rượu táo mèo", "Sâm Ngọc Linh", "Tỏi cô đơn", "Bưởi", "Vải thiều", "Nhãn lồng", "Xoài cát",
    "Dừa sáp", "Kẹo dừa", "Bánh pía", "Bánh tráng", "Giò chả", "Ruốc heo", "Lạp xưởng", "Khô cá dứa",
    "Tôm khô", "Cá cơm sấy", "Mực một nắng", "Hồng treo gió", "Mứt gừng", "Tinh bột nghệ", "Trà atiso",
    "Cao atiso", "Chè búp", "Quế", "Hồi", "Sả chanh", "Dầu tràm", "Nước cốt chanh leo", "Ca cao", "Sữa chua nếp cẩm"};
constexpr std::array kKinds = {
    "cá cơm", "nhĩ", "đặc biệt", "truyền thống", "hữu cơ", "sấy khô", "thượng hạng", "loại 1", "rừng", "nguyên chất",
    "tẩm gia vị", "ít đường", "cay", "rang muối", "xay", "túi lọc", "đóng hũ", "hộp quà", "sạch", "lên men",
    "", "", "", ""};
constexpr std::array kPlaces = {
    "Phú Quốc", "Cát Hải", "Cái Rồng", "Ba Chẽ", "Hạ Long", "Vân Đồn", "Bình Liêu", "Tiên Yên", "Đầm Hà",
    "Hà Giang", "Mộc Châu", "Sơn La", "Thái Nguyên", "Tân Cương", "Lục Ngạn", "Hưng Yên", "Nam Định", "Hải Hậu",
    "Bắc Kạn", "Cao Bằng", "Lào Cai", "Sa Pa", "Yên Bái", "Điện Biên", "Nghệ An", "Hà Tĩnh", "Huế", "Đà Nẵng",
    "Quảng Nam", "Quảng Ngãi", "Lý Sơn", "Bình Định", "Phú Yên", "Nha Trang", "Phan Thiết", "Đà Lạt",
    "Buôn Ma Thuột", "Gia Lai", "Kon Tum", "Bến Tre", "Cà Mau", "Sóc Trăng", "Đồng Tháp", "An Giang", "Cần Thơ",
    "Tây Ninh", "Bình Phước", "Long An", "Tiền Giang", "Vĩnh Long"};
constexpr std::array kSizes = {
    "100g", "200g", "250g", "300g", "500g", "1kg", "chai 500ml", "chai 750ml", "chai 1 lít", "hũ 250g", "hũ 500g",
    "hộp 100g", "hộp 12 gói", "túi 1kg", "gói 50g", "can 2 lít"};
constexpr std::array kFamily = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Triệu", "Lý"};
constexpr std::array kMiddle = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Quang", "Thanh"};
constexpr std::array kGiven = {"Hải", "Lan", "Mai", "Hùng", "Dũng", "Hoa", "Hương", "Tuấn", "Sơn", "Thảo", "Bình", "Yến", "Phúc", "Đông"};
constexpr std::array kVat = {"0", "5", "5", "8", "10", "10", "KCT"};
constexpr std::array kCategories = {"Thực phẩm", "Đồ uống", "Gia vị", "Dược liệu", "Thủ công", "Đặc sản"};

template <typename A>
const char* pick(std::mt19937& rng, const A& a)
{
    return a[std::uniform_int_distribution<std::size_t>(0, a.size() - 1)(rng)];
}

struct Sqlite {
    sqlite3* db = nullptr;
    ~Sqlite() { sqlite3_close(db); }
    void exec(const char* sql)
    {
        char* err = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string m = err ? err : "?";
            sqlite3_free(err);
            throw std::runtime_error("sqlite: " + m + " in " + sql);
        }
    }
};

struct Stmt {
    sqlite3_stmt* st = nullptr;
    Stmt(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db));
    }
    ~Stmt() { sqlite3_finalize(st); }
    Stmt& text(int i, const std::string& v)
    {
        sqlite3_bind_text(st, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& text(int i, const QString& v) { return text(i, v.toStdString()); }
    Stmt& integer(int i, std::int64_t v)
    {
        sqlite3_bind_int64(st, i, v);
        return *this;
    }
    Stmt& null(int i)
    {
        sqlite3_bind_null(st, i);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(st) != SQLITE_DONE)
            throw std::runtime_error(std::string("step: ") + sqlite3_errmsg(sqlite3_db_handle(st)));
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
};

} // namespace

QString generatedBarcode(int i)
{
    std::string d = "893" + std::to_string(100000000 + i).substr(0, 9);
    int sum = 0;
    for (int k = 0; k < 12; ++k)
        sum += (d[static_cast<std::size_t>(k)] - '0') * (k % 2 ? 3 : 1);
    d += static_cast<char>('0' + (10 - sum % 10) % 10);
    return QString::fromStdString(d);
}

void generateStore(const QString& path, const StoreSpec& spec)
{
    const QString now = QStringLiteral("2026-01-05T08:00:00+07:00");
    {
        const core::FixedClock clock(core::parseIsoTime(now, "now"));
        db::Database database(path);
        // A generated benchmark store, like the demo, keeps the documented admin PIN.
        services::AuthService(services::Context{database, clock}).ensureAdmin(services::InitialAdmin::Training);
    }
    Sqlite s;
    if (sqlite3_open(path.toUtf8().constData(), &s.db) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path.toStdString());
    s.exec("PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA cache_size=-65536");
    s.exec("BEGIN IMMEDIATE");
    std::mt19937 rng(spec.seed);
    const std::string ts = now.toStdString();

    Stmt prod(s.db, "INSERT INTO producers (id, code, kind, name, name_key, parent_id, province, commission_bp, "
                    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
    std::int64_t producerId = 0;
    for (int c = 1; c <= spec.cooperatives; ++c) {
        const QString name = QStringLiteral("HTX %1 %2").arg(QString::fromUtf8(pick(rng, kGoods)), QString::fromUtf8(pick(rng, kPlaces)));
        const std::int64_t coop = ++producerId;
        prod.integer(1, coop).text(2, QStringLiteral("HTX-%1").arg(c, 4, 10, QLatin1Char('0'))).text(3, std::string("cooperative"))
            .text(4, name).text(5, core::searchKey(name)).null(6).text(7, QString::fromUtf8(pick(rng, kPlaces)))
            .integer(8, 1000 + 500 * (c % 3)).text(9, ts).run();
        for (int h = 1; h <= spec.householdsPer; ++h) {
            const QString hn = QStringLiteral("Hộ %1 %2 %3").arg(QString::fromUtf8(pick(rng, kFamily)),
                                                                 QString::fromUtf8(pick(rng, kMiddle)), QString::fromUtf8(pick(rng, kGiven)));
            prod.integer(1, ++producerId).text(2, QStringLiteral("HO-%1-%2").arg(c, 4, 10, QLatin1Char('0')).arg(h))
                .text(3, std::string("household")).text(4, hn).text(5, core::searchKey(hn)).integer(6, coop).null(7).null(8)
                .text(9, ts).run();
        }
    }

    Stmt ins(s.db, "INSERT INTO products (id, sku, name, name_key, unit, sold_by, price_vnd, vat, category, owner_id, "
                   "ocop_stars, supply, plu, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                   "?12, ?13, ?14, ?14)");
    Stmt bar(s.db, "INSERT INTO barcodes (code, product_id) VALUES (?1, ?2)");
    Stmt hist(s.db, "INSERT INTO price_history (product_id, changed_at, user_id, source, new_price_vnd, new_vat) "
                    "VALUES (?1, ?2, 1, 'import', ?3, ?4)");
    std::uniform_int_distribution<std::int64_t> owner(1, producerId);
    std::uniform_int_distribution<int> price(10, 600), pct(0, 99);
    int plu = 0;
    for (int i = 1; i <= spec.products; ++i) {
        QString name = QString::fromUtf8(pick(rng, kGoods));
        if (const char* k = pick(rng, kKinds); *k)
            name += QLatin1Char(' ') + QString::fromUtf8(k);
        name += QLatin1Char(' ') + QString::fromUtf8(pick(rng, kPlaces));
        const bool weight = pct(rng) < 3 && plu < 99'999;
        if (!weight)
            name += QLatin1Char(' ') + QString::fromUtf8(pick(rng, kSizes));
        const std::string vat = pick(rng, kVat);
        const std::int64_t vnd = std::int64_t{price(rng)} * 1000;
        ins.integer(1, i).text(2, QStringLiteral("SP%1").arg(i, 6, 10, QLatin1Char('0'))).text(3, name)
            .text(4, core::searchKey(name)).text(5, std::string(weight ? "kg" : "cái")).text(6, std::string(weight ? "weight" : "unit"))
            .integer(7, vnd).text(8, vat).text(9, std::string(pick(rng, kCategories))).integer(10, owner(rng));
        if (const int st = pct(rng); st < 60)
            ins.integer(11, 3 + st % 3);
        else
            ins.null(11);
        ins.text(12, std::string(pct(rng) < 80 ? "consignment" : "purchased"));
        if (weight)
            ins.text(13, QStringLiteral("%1").arg(++plu, 5, 10, QLatin1Char('0')));
        else
            ins.null(13);
        ins.text(14, ts).run();
        bar.text(1, generatedBarcode(i)).integer(2, i).run();
        hist.integer(1, i).text(2, ts).integer(3, vnd).text(4, vat).run();
    }
    Stmt audit(s.db, "INSERT INTO audit_log (at, user_id, username, action, detail) VALUES (?1, 1, 'admin', ?2, ?3)");
    audit.text(1, ts).text(2, std::string("producer_import")).text(3, std::to_string(producerId) + " new, 0 updated").run();
    audit.text(1, ts).text(2, std::string("product_import")).text(3, std::to_string(spec.products) + " new, 0 updated").run();
    s.exec("COMMIT");
    s.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

bool ensureStore(const QString& path, const StoreSpec& spec)
{
    if (QFile::exists(path))
        return false;
    const QString tmp = path + QStringLiteral(".part");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(tmp + QString::fromLatin1(suffix));
    generateStore(tmp, spec);
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(tmp + QString::fromLatin1(suffix));
    if (!QFile::rename(tmp, path))
        throw std::runtime_error("cannot move the generated store to " + path.toStdString());
    return true;
}

} // namespace ocopos::bench

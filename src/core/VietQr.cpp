#include "VietQr.h"

#include "Errors.h"
#include "VietText.h"

#include <QString>

#include <cstdio>
#include <map>

namespace ocopos::core {

std::uint16_t crc16CcittFalse(const std::string& bytes)
{
    std::uint16_t crc = 0xFFFF;
    for (unsigned char b : bytes) {
        crc = static_cast<std::uint16_t>(crc ^ (b << 8));
        for (int i = 0; i < 8; ++i)
            crc = static_cast<std::uint16_t>((crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1);
    }
    return crc;
}

namespace {
std::string tlv(const std::string& id, const std::string& value)
{
    if (value.size() > 99)
        throw ValidationError("vietqr", "field " + id + " is longer than 99 characters");
    char len[3];
    std::snprintf(len, sizeof len, "%02zu", value.size());
    return id + len + value;
}

bool digitsOnly(const std::string& s)
{
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

std::map<std::string, std::string> parseTlv(const std::string& s)
{
    std::map<std::string, std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (i + 4 > s.size() || !digitsOnly(s.substr(i, 4)))
            throw ValidationError("vietqr", "malformed field at offset " + std::to_string(i));
        const std::string id = s.substr(i, 2);
        const auto len = static_cast<std::size_t>(std::stoi(s.substr(i + 2, 2)));
        if (i + 4 + len > s.size())
            throw ValidationError("vietqr", "field " + id + " runs past the end");
        out[id] = s.substr(i + 4, len);
        i += 4 + len;
    }
    return out;
}

std::string crcHex(const std::string& s)
{
    char buf[5];
    std::snprintf(buf, sizeof buf, "%04X", crc16CcittFalse(s));
    return buf;
}
} // namespace

std::string asciiPurpose(const std::string& utf8, std::size_t max)
{
    // Fold diacritics but keep the case of the receipt number (Q01-000017).
    const QString nfd = QString::fromStdString(utf8).normalized(QString::NormalizationForm_D);
    std::string out;
    for (QChar c : nfd) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && u <= 0x036F)
            continue;
        char a = 0;
        if (u == 0x0111)
            a = 'd';
        else if (u == 0x0110 || u == 0x00D0)
            a = 'D';
        else if (u >= 0x20 && u < 0x7F)
            a = static_cast<char>(u);
        else
            a = ' ';
        out += a;
        if (out.size() == max)
            break;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string buildVietQr(const VietQrTransfer& t)
{
    if (t.bankBin.size() != 6 || !digitsOnly(t.bankBin))
        throw ValidationError("bank_bin", "'" + t.bankBin + "' is not a 6-digit bank BIN");
    if (t.account.empty() || t.account.size() > 19
        || t.account.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos)
        throw ValidationError("bank_account", "'" + t.account + "' is not a bank account number (up to 19 digits or capitals)");
    if (t.amount && t.amount->dong() <= 0)
        throw ValidationError("amount", "a VietQR amount must be positive");
    const std::string beneficiary = tlv("00", t.bankBin) + tlv("01", t.account);
    const std::string merchant = tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", t.service);
    std::string p = tlv("00", "01") + tlv("01", t.amount ? "12" : "11") + tlv("38", merchant) + tlv("53", "704");
    if (t.amount)
        p += tlv("54", std::to_string(t.amount->dong()));
    p += tlv("58", "VN");
    const std::string purpose = asciiPurpose(t.purpose);
    if (!purpose.empty())
        p += tlv("62", tlv("08", purpose));
    p += "6304";
    return p + crcHex(p);
}

VietQrTransfer parseVietQr(const std::string& payload)
{
    if (payload.size() < 8 || payload.compare(payload.size() - 8, 4, "6304") != 0)
        throw ValidationError("vietqr", "no CRC field at the end");
    const std::string expected = crcHex(payload.substr(0, payload.size() - 4));
    if (payload.substr(payload.size() - 4) != expected)
        throw ValidationError("vietqr", "CRC mismatch (expected " + expected + ")");
    auto f = parseTlv(payload);
    if (f["00"] != "01")
        throw ValidationError("vietqr", "payload format indicator is not 01");
    if (f["53"] != "704" || f["58"] != "VN")
        throw ValidationError("vietqr", "not a VND payment in Vietnam");
    auto merchant = parseTlv(f["38"]);
    if (merchant["00"] != "A000000727")
        throw ValidationError("vietqr", "not a NAPAS payload");
    auto beneficiary = parseTlv(merchant["01"]);
    VietQrTransfer t;
    t.bankBin = beneficiary["00"];
    t.account = beneficiary["01"];
    t.service = merchant["02"];
    if (f.count("54")) {
        if (!digitsOnly(f["54"]))
            throw ValidationError("vietqr", "amount '" + f["54"] + "' is not whole đồng");
        t.amount = Money(std::stoll(f["54"]));
    }
    if (f.count("62"))
        t.purpose = parseTlv(f["62"])["08"];
    return t;
}

} // namespace ocopos::core

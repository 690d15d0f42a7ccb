#include "TestPage.h"

#include "DocumentParts.h"

#include <algorithm>
#include <cmath>

namespace ocopos::printing {

using namespace parts;

TestPage::TestPage(QString storeName, QString printerUri, RollWidth width)
    : m_store(std::move(storeName))
    , m_uri(std::move(printerUri))
    , m_width(width)
{
}

DocumentLayout TestPage::layout(const TextMeasurer& measurer) const
{
    Composer c = Composer::roll(measurer, m_width);
    const TextStyle body = kRollBody;
    if (!m_store.isEmpty())
        c.paragraph(m_store.toUpper().toStdString(), body.bold().sized(11).aligned(Align::Center), 0, true);
    rollTitle(c, "TRANG IN THỬ", "OCOPOS");
    c.rule(true);
    c.labelValue("Máy in", m_uri.toStdString(), body, body);
    c.labelValue("Khổ giấy", m_width == RollWidth::Mm80 ? "80 mm · 576 điểm" : "58 mm · 384 điểm", body, body);
    c.rule(true);
    c.paragraph("Nước mắm Cái Rồng · Trà hoa vàng Ba Chẽ · Rượu ba kích Đầm Hà · Chả mực Hạ Long · "
                "Miến dong Bình Liêu · 1.250.000 ₫",
        body);
    c.paragraph("ăâđêôơư ĂÂĐÊÔƠƯ áàảãạ ắằẳẵặ ấầẩẫậ éèẻẽẹ ếềểễệ íìỉĩị óòỏõọ ốồổỗộ ớờởỡợ úùủũụ ứừửữự ýỳỷỹỵ", body.bold());
    c.rule(true);
    const QrMatrix qr = encodeQr(m_uri.toStdString());
    const double module = std::min(kQrModule, c.width() / (qr.size + 8));
    c.reserve(module * (qr.size + 4));
    c.qrAt(qr, c.left() + (c.width() - module * qr.size) / 2, c.y() + module * 2, module);
    c.advance(module * (qr.size + 4));
    const std::string code = "OCOPOS";
    const double bar = mm(0.25); // two whole dots of a thermal head
    const double count = static_cast<double>(encodeCode128(code).size() + 20);
    c.reserve(mm(8) + 12);
    c.code128At(code, c.left() + std::floor((c.width() - count * bar) / 2 / bar) * bar, c.y(), bar, mm(8), 7);
    c.advance(mm(8) + 12);
    return DocumentLayout { QStringLiteral("Trang in thử"), {}, c.finish() };
}

} // namespace ocopos::printing

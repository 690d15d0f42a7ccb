#include "PdfTools.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

namespace ocopos::printing::test {

ToolResult runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        throw std::runtime_error("cannot start " + program.toStdString() + " (install poppler-utils)");
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        throw std::runtime_error(program.toStdString() + " did not finish");
    return ToolResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                      p.readAllStandardError()};
}

GrayImage GrayImage::crop(int x, int y, int w, int h) const
{
    const int x0 = std::clamp(x, 0, width), y0 = std::clamp(y, 0, height);
    const int x1 = std::clamp(x + w, 0, width), y1 = std::clamp(y + h, 0, height);
    GrayImage out;
    out.width = x1 - x0;
    out.height = y1 - y0;
    out.pixels.reserve(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
    for (int yy = y0; yy < y1; ++yy)
        for (int xx = x0; xx < x1; ++xx)
            out.pixels.push_back(at(xx, yy));
    return out;
}

PdfFile::PdfFile(const QByteArray& bytes)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    m_path = m_dir.filePath(QStringLiteral("doc.pdf"));
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write the PDF to a temporary file");
}

QString PdfFile::text(bool layout, int page) const
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << m_path << QStringLiteral("-");
    const auto r = runTool(QStringLiteral("pdftotext"), args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

QByteArray PdfFile::textWarnings() const
{
    return runTool(QStringLiteral("pdftotext"), {m_path, QStringLiteral("-")}).err;
}

QString PdfFile::info() const
{
    const auto r = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                       QStringLiteral("9999"), m_path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

int PdfFile::pageCount() const
{
    const auto m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                       .match(info());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

PageSize PdfFile::pageSize(int page) const
{
    const QRegularExpression re(QStringLiteral("^Page\\s+%1 size:\\s+([0-9.]+) x ([0-9.]+) pts").arg(page),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(info());
    if (!m.hasMatch())
        return {};
    return PageSize{m.captured(1).toDouble(), m.captured(2).toDouble()};
}

QString PdfFile::fonts() const
{
    const auto r = runTool(QStringLiteral("pdffonts"), {m_path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

GrayImage PdfFile::render(int page, int dpi, bool antialias) const
{
    const QString prefix = m_dir.filePath(QStringLiteral("page%1-%2").arg(page).arg(dpi));
    QStringList args = {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-f"),
                        QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile")};
    if (!antialias)
        args << QStringLiteral("-aa") << QStringLiteral("no") << QStringLiteral("-aaVector") << QStringLiteral("no");
    args << m_path << prefix;
    const auto r = runTool(QStringLiteral("pdftoppm"), args);
    if (r.exitCode != 0)
        throw std::runtime_error("pdftoppm failed: " + r.err.toStdString());
    return readPgm(prefix + QStringLiteral(".pgm"));
}

GrayImage readPgm(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    const QByteArray data = f.readAll();
    // Header: "P5" width height maxval, separated by whitespace, then one byte per pixel.
    int fields[3] = {0, 0, 0};
    qsizetype i = 2;
    if (!data.startsWith("P5"))
        throw std::runtime_error("not a binary PGM: " + path.toStdString());
    for (int& field : fields) {
        while (i < data.size() && std::isspace(static_cast<unsigned char>(data[i])))
            ++i;
        while (i < data.size() && std::isdigit(static_cast<unsigned char>(data[i])))
            field = field * 10 + (data[i++] - '0');
    }
    ++i; // the single whitespace after maxval
    GrayImage img;
    img.width = fields[0];
    img.height = fields[1];
    const auto n = static_cast<qsizetype>(img.width) * img.height;
    if (fields[2] != 255 || data.size() - i < n)
        throw std::runtime_error("unexpected PGM layout in " + path.toStdString());
    img.pixels.assign(data.begin() + i, data.begin() + i + n);
    return img;
}

std::vector<QString> vietnameseLetters()
{
    const QString vowels = QStringLiteral("aăâeêioôơuưy");
    const char16_t tones[] = {0x0300, 0x0301, 0x0303, 0x0309, 0x0323}; // huyền, sắc, ngã, hỏi, nặng
    std::vector<QString> lower;
    for (QChar v : vowels)
        for (char16_t t : tones)
            lower.push_back((QString(v) + QChar(t)).normalized(QString::NormalizationForm_C));
    for (QChar c : QStringLiteral("ăâđêôơư"))
        lower.push_back(QString(c));
    std::vector<QString> all = lower;
    for (const auto& l : lower)
        all.push_back(l.toUpper());
    return all;
}

std::vector<std::string> decodeBarcodes(const GrayImage& image, const std::string& formats)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormatsFromString(formats));
    hints.setTryHarder(true);
    const ZXing::ImageView view(image.pixels.data(), image.width, image.height, ZXing::ImageFormat::Lum);
    std::vector<std::string> out;
    for (const auto& r : ZXing::ReadBarcodes(view, hints))
        if (r.isValid())
            out.push_back(r.text());
    return out;
}

} // namespace ocopos::printing::test

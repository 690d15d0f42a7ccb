#include "PdfOutput.h"

#include "core/Errors.h"

#include <utility>

namespace ocopos::docs {

PdfOutput::PdfOutput(QString path, std::string option) : m_path(std::move(path)), m_option(std::move(option)) {}

PdfOutput::~PdfOutput()
{
    if (m_file)
        m_file->cancelWriting();
}

void PdfOutput::open()
{
    if (m_path.isEmpty())
        throw ValidationError(m_option, "is empty: give the file to write the PDF to");
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        throw ValidationError(m_option, "cannot write " + m_path.toStdString() + ": " + m_file->errorString().toStdString());
}

void PdfOutput::commit(const QByteArray& pdf)
{
    if (!m_file)
        open();
    if (m_file->write(pdf) != pdf.size() || !m_file->commit()) {
        const std::string why = m_file->errorString().toStdString();
        m_file->cancelWriting();
        m_file.reset();
        throw ValidationError(m_option, "cannot write " + m_path.toStdString() + ": " + why);
    }
    m_file.reset();
}

} // namespace ocopos::docs

#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace ocopos::docs {

/// A PDF file written atomically: open() before the operation whose document it
/// is (so a path that cannot be written refuses the command before anything is
/// done), commit() after it succeeded; the file appears whole or not at all
/// (QSaveFile: a temporary file renamed over the target). Destroyed without
/// commit(), nothing is left behind.
class PdfOutput {
public:
    /// `option` names the command-line option in messages ("pdf", "receipt-pdf").
    PdfOutput(QString path, std::string option);
    ~PdfOutput();
    PdfOutput(const PdfOutput&) = delete;
    PdfOutput& operator=(const PdfOutput&) = delete;

    /// Creates the temporary file. Throws ValidationError naming the option and why.
    void open();
    /// Writes the bytes and renames the file into place. Throws ValidationError.
    void commit(const QByteArray& pdf);
    const QString& path() const { return m_path; }

private:
    QString m_path;
    std::string m_option;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace ocopos::docs

#pragma once

#include <QString>

namespace ocopos::core {

/// Where a till's receipt printer is, from the URI the settings and the CLI's
/// `--printer` take:
///  - `tcp://HOST:PORT` — a network printer's raw port (9100 when no port is given);
///  - `file:/dev/usb/lp0` — a device file (a USB printer through the usblp
///    driver) or any file path;
///  - `cups:QUEUE` — a CUPS raw queue, sent with `lp -d QUEUE -o raw`.
struct PrinterAddress {
    enum class Kind { Tcp, File, Cups };
    Kind kind = Kind::Tcp;
    QString host;
    quint16 port = 9100;
    QString path; ///< Kind::File
    QString queue; ///< Kind::Cups
    QString uri; ///< as given, trimmed

    /// Throws ValidationError (field "printer") naming what is wrong with `uri`.
    static PrinterAddress parse(const QString& uri);
};

} // namespace ocopos::core

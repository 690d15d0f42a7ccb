#include "PinInput.h"

#include "Cli.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace ocopos::cli {

QString pinFromFile(const QString& path)
{
    const QString text = QString::fromUtf8(readInputFile(path));
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.isEmpty())
        throw ValidationError("file", path.toStdString() + " has no PIN on its first line");
    return first;
}

std::optional<QString> promptSecret(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool restore = tcgetattr(STDIN_FILENO, &old) == 0;
    if (restore) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;  // the user's Enter still moves to the next line
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (restore)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    return QString::fromStdString(line).trimmed();
}

void warnPinOnArgv(const char* option, const char* instead)
{
    std::fprintf(stderr, "warning: %s on the command line is visible to other users of this machine; use %s\n", option,
                 instead);
}

} // namespace ocopos::cli

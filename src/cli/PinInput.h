#pragma once

#include <QString>

#include <optional>

namespace ocopos::cli {

/// The first line of FILE, trimmed (a PIN kept out of the process list).
/// Throws ValidationError naming the file when it can't be read or is empty.
QString pinFromFile(const QString& path);

/// Asks for a secret on the terminal with echo off, when standard input is a
/// terminal; nullopt otherwise (scripts and tests never block on a prompt).
std::optional<QString> promptSecret(const QString& prompt);

/// The one-line warning printed when a PIN is given on the command line, where
/// every user of the machine can read it (ps, /proc).
void warnPinOnArgv(const char* option, const char* instead);

} // namespace ocopos::cli

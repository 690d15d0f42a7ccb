#pragma once

#include "core/QrCode.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ocopos::printing {

/// The modules of a linear barcode, left to right, without quiet zones: true is a bar.
using BarModules = std::vector<bool>;

/// EAN-13 (GS1): 95 modules. Takes 13 digits with a valid check digit, or 12
/// digits (the check digit is added). Throws ValidationError("ean13", ...) otherwise.
BarModules encodeEan13(const std::string& digits);

/// The 13 digits an EAN-13 prints (adds the check digit to 12). Throws like encodeEan13.
std::string ean13WithCheckDigit(const std::string& digits);

/// True for the modules of EAN-13's start, centre and end guards, which are
/// drawn longer than the data bars.
bool isEan13GuardModule(std::size_t module);

/// Code 128: code set C for an even number of digits, else code set B
/// (printable ASCII 32–126), with the mod-103 check symbol and stop pattern.
/// Throws ValidationError("code128", ...) for an empty text or other characters.
BarModules encodeCode128(const std::string& text);

/// QR codes come from the one encoder in core, shared with the screens.
using core::encodeQr;
using core::QrMatrix;

} // namespace ocopos::printing

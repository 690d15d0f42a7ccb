// A docs source with only the includes docs may have: the include rule accepts it.
#include "core/Money.h"
#include "printing/PdfDocument.h"
#include "services/SaleReader.h"
#include "Documents.h"

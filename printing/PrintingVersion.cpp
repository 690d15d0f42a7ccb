// Placeholder translation unit until the printing issue lands its documents.
namespace ocopos::printing {
int printingVersion() { return 1; }
} // namespace ocopos::printing

#include "PdfDocument.h"

#include "PdfError.h"
#include "TextLayout.h"
#include "ToUnicode.h"
#include "core/Logging.h"

#include <QFile>
#include <QSaveFile>

#include <hpdf.h>
#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <vector>
#include <type_traits>

namespace ocopos::printing {

namespace {

struct HpdfFree {
    void operator()(HPDF_Doc d) const noexcept { HPDF_Free(d); }
};
using DocHandle = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, HpdfFree>;

/// The first error libharu reported since the last check.
struct ErrorState {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

// libharu calls this from inside its C code. Throwing here would unwind through
// C frames that hold half-updated state, so it only records the error; the
// wrapper that made the call checks and throws PdfError on our side.
void recordError(HPDF_STATUS code, HPDF_STATUS detail, void* userData) noexcept
{
    auto* state = static_cast<ErrorState*>(userData);
    if (state->code == HPDF_OK) {
        state->code = code;
        state->detail = detail;
    }
}

const char* describe(HPDF_STATUS code)
{
    static const std::map<HPDF_STATUS, const char*> names = {
        {HPDF_FAILD_TO_ALLOC_MEM, "out of memory"},
        {HPDF_FILE_IO_ERROR, "file input/output error"},
        {HPDF_FILE_OPEN_ERROR, "cannot open file"},
        {HPDF_INVALID_DATE_TIME, "invalid date"},
        {HPDF_INVALID_DOCUMENT, "invalid document"},
        {HPDF_INVALID_FONTDEF_DATA, "invalid font data"},
        {HPDF_INVALID_PARAMETER, "invalid parameter"},
        {HPDF_PAGE_INVALID_FONT_SIZE, "font size out of range (0 < size <= 600)"},
        {HPDF_PAGE_INVALID_SIZE, "page size out of range (3–14400 pt)"},
        {HPDF_REAL_OUT_OF_RANGE, "number out of range"},
        {HPDF_TTF_CANNOT_EMBEDDING_FONT, "the font does not allow embedding"},
        {HPDF_TTF_INVALID_CMAP, "the font has no usable Unicode cmap"},
        {HPDF_TTF_INVALID_FOMAT, "not a TrueType font"},
        {HPDF_TTF_MISSING_TABLE, "the font lacks a required table"},
        {HPDF_ZLIB_ERROR, "compression failed"},
    };
    const auto it = names.find(code);
    return it == names.end() ? "libharu error" : it->second;
}

std::string hex(HPDF_STATUS v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%04X", static_cast<unsigned>(v));
    return buf;
}

HPDF_REAL real(double v) { return static_cast<HPDF_REAL>(v); }

/// The bytes of a font file, read once per process (empty if it cannot be
/// read: the caller then lets libharu open the file and report the error).
QByteArray cachedFontBytes(const QString& path)
{
    static std::mutex mutex;
    static std::map<QString, QByteArray> cache;
    std::lock_guard lock(mutex);
    if (const auto it = cache.find(path); it != cache.end())
        return it->second;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return {};
    cache.emplace(path, bytes);
    return bytes;
}

/// Glyph advances (thousandths of an em) per BMP character, filled as text is
/// measured, in 256-character blocks so a document touches only what it uses.
class WidthCache {
public:
    static constexpr std::uint16_t kUnmeasured = 0xFFFF;
    std::uint16_t& at(char32_t c)
    {
        auto& block = m_blocks[c >> 8];
        if (!block) {
            block = std::make_unique<std::array<std::uint16_t, 256>>();
            block->fill(kUnmeasured);
        }
        return (*block)[c & 0xFF];
    }

private:
    std::array<std::unique_ptr<std::array<std::uint16_t, 256>>, 256> m_blocks;
};

} // namespace

struct PdfDocument::Impl {
    // Declared before `doc` so it outlives it: libharu may report while freeing.
    ErrorState errors;
    DocHandle doc;
    FontFiles files;
    HPDF_Font regular = nullptr;
    HPDF_Font bold = nullptr;
    ToUnicodeRecorder usedRegular;
    ToUnicodeRecorder usedBold;
    WidthCache regularWidths;
    WidthCache boldWidths;
    bool failed = false;
    bool written = false; ///< libharu embeds the font subset at the first save and never again
    int pages = 0;

    [[noreturn]] void fail(HPDF_STATUS status, const std::string& what)
    {
        const HPDF_STATUS code = errors.code != HPDF_OK ? errors.code : status;
        const HPDF_STATUS detail = errors.detail;
        failed = true;
        errors = {};
        if (doc)
            HPDF_ResetError(doc.get());
        throw PdfError(what + ": " + describe(code) + " (" + hex(code) + ", detail " + std::to_string(detail) + ")",
                       code, detail);
    }

    /// Throws if the last libharu call failed, by its status or through the handler.
    void check(HPDF_STATUS status, const char* what)
    {
        if (status != HPDF_OK || errors.code != HPDF_OK)
            fail(status, what);
    }

    template <class Handle>
    Handle checked(Handle h, const char* what)
    {
        if (!h || errors.code != HPDF_OK)
            fail(HPDF_OK, what);
        return h;
    }

    void ensureUsable() const
    {
        if (failed || !doc)
            throw PdfError("the PDF document is unusable after an earlier error");
    }

    /// Swaps libharu's broken ToUnicode CMap for a correct one (see ToUnicode.h).
    /// Reaches into libharu's font dictionary, so only for the version whose
    /// structures were checked; if anything looks different the PDF keeps
    /// libharu's map, which poppler still reads.
    void replaceToUnicode(HPDF_Font font, const ToUnicodeRecorder& used)
    {
#if HPDF_VERSION_ID == 20300 && !defined(HPDF_SHARED)
        if (used.empty())
            return;
        auto dict = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
        if (!dict || !dict->stream || dict->stream->type != HPDF_STREAM_MEMORY || errors.code != HPDF_OK) {
            errors = {};
            HPDF_ResetError(doc.get());
            core::logger("printing")->warn("libharu font has no ToUnicode stream to fix; text extraction relies on the reader");
            return;
        }
        const std::string cmap = used.cmap();
        HPDF_MemStream_FreeData(dict->stream);
        check(HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                                static_cast<HPDF_UINT>(cmap.size())),
              "writing the ToUnicode map");
#else
        (void)font;
        (void)used;
#endif
    }

    /// libharu 2.3.0 writes a CIDToGIDMap for every code its UTF-8 encoder knows
    /// (128 KB per font, compressed on every save: most of a receipt's saving
    /// time). Only codes up to the highest one drawn are ever looked up, so the
    /// map is cut there. Nothing is drawn after the first save, so cutting again
    /// on a second save keeps the same bytes.
    void trimCidToGidMap(HPDF_Font font, const ToUnicodeRecorder& used)
    {
#if HPDF_VERSION_ID == 20300 && !defined(HPDF_SHARED)
        auto descendants = static_cast<HPDF_Array>(HPDF_Dict_GetItem(font, "DescendantFonts", HPDF_OCLASS_ARRAY));
        auto cidFont = descendants ? static_cast<HPDF_Dict>(HPDF_Array_GetItem(descendants, 0, HPDF_OCLASS_DICT)) : nullptr;
        auto map = cidFont ? static_cast<HPDF_Dict>(HPDF_Dict_GetItem(cidFont, "CIDToGIDMap", HPDF_OCLASS_DICT)) : nullptr;
        if (!map || !map->stream || map->stream->type != HPDF_STREAM_MEMORY || errors.code != HPDF_OK) {
            errors = {};
            HPDF_ResetError(doc.get());
            return; // keep libharu's full map: bigger and slower, still right
        }
        const HPDF_UINT size = HPDF_Stream_Size(map->stream);
        HPDF_UINT keep = static_cast<HPDF_UINT>(std::min<std::size_t>(size, 2 * (static_cast<std::size_t>(used.maxCode()) + 1)));
        if (keep == size)
            return;
        std::vector<HPDF_BYTE> head(keep);
        check(HPDF_Stream_Seek(map->stream, 0, HPDF_SEEK_SET), "reading the glyph map");
        check(HPDF_Stream_Read(map->stream, head.data(), &keep), "reading the glyph map");
        HPDF_MemStream_FreeData(map->stream);
        check(HPDF_Stream_Write(map->stream, head.data(), keep), "writing the glyph map");
#else
        (void)font;
        (void)used;
#endif
    }

    /// Each run of dark modules in a row as one filled rectangle, written in
    /// module units under a scaling matrix: "3 5 4 1 re" instead of four long
    /// decimals, which keeps a receipt's QR code small and quick to compress.
    void drawModules(HPDF_Page page, double pageHeight, const ModuleGridOp& g)
    {
        if (g.columns <= 0 || g.rows <= 0)
            return;
        HPDF_Page_GSave(page);
        HPDF_Page_SetGrayFill(page, 0);
        // Grid (column, row) → page (x + column·module, top − row·module), rows going down.
        HPDF_Page_Concat(page, real(g.module), 0, 0, real(-g.module), real(g.x), real(pageHeight - g.y));
        for (int r = 0; r < g.rows; ++r) {
            int c = 0;
            while (c < g.columns) {
                if (!g.dark[static_cast<std::size_t>(r * g.columns + c)]) {
                    ++c;
                    continue;
                }
                const int start = c;
                while (c < g.columns && g.dark[static_cast<std::size_t>(r * g.columns + c)])
                    ++c;
                HPDF_Page_Rectangle(page, real(start), real(r), real(c - start), 1);
            }
        }
        HPDF_Page_Fill(page);
        HPDF_Page_GRestore(page);
        check(HPDF_OK, "drawing a QR code");
    }

    HPDF_Font font(FontStyle s) const { return s == FontStyle::Bold ? bold : regular; }
    ToUnicodeRecorder& recorder(FontStyle s) { return s == FontStyle::Bold ? usedBold : usedRegular; }

    /// Loads and embeds one TrueType font; returns the name HPDF_GetFont wants.
    const char* loadFont(const QString& path)
    {
        const std::string what = "loading font " + path.toStdString();
#if HPDF_VERSION_ID == 20300 && !defined(HPDF_SHARED)
        // libharu 2.3.0 can only load a font from a file, and keeps reading it
        // while the PDF is made (a seek and a read for every new glyph: ~800
        // system calls per receipt). Fed from memory instead, through the same
        // internal steps HPDF_LoadTTFontFromFile takes, the file is read once
        // per process and a receipt makes no system call for its fonts.
        const QByteArray bytes = cachedFontBytes(path);
        if (!bytes.isEmpty()) {
            HPDF_Doc d = doc.get();
            HPDF_Stream stream = checked(HPDF_MemStream_New(d->mmgr, static_cast<HPDF_UINT>(bytes.size())), what.c_str());
            if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.constData()),
                                  static_cast<HPDF_UINT>(bytes.size()))
                != HPDF_OK) {
                HPDF_Stream_Free(stream);
                fail(HPDF_OK, what);
            }
            HPDF_FontDef def = HPDF_TTFontDef_Load(d->mmgr, stream, HPDF_TRUE); // owns the stream from here
            checked(def, what.c_str());
            check(HPDF_Doc_RegisterFontDef(d, def), what.c_str()); // frees `def` itself on failure
            // The subset tag libharu would give: HPDFAA, HPDFAB, ...
            if (d->ttfont_tag[0] == 0) {
                std::memcpy(d->ttfont_tag, "HPDFAA", 6);
            } else {
                for (int i = 5; i >= 0; --i) {
                    d->ttfont_tag[i] = static_cast<HPDF_BYTE>(d->ttfont_tag[i] + 1);
                    if (d->ttfont_tag[i] > 'Z')
                        d->ttfont_tag[i] = 'A';
                    else
                        break;
                }
            }
            HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(d->ttfont_tag));
            check(HPDF_OK, what.c_str());
            return def->base_font;
        }
#endif
        const QByteArray local = path.toLocal8Bit();
        return checked(HPDF_LoadTTFontFromFile(doc.get(), local.constData(), HPDF_TRUE), what.c_str());
    }

    void loadFonts()
    {
        HPDF_Doc d = doc.get();
        check(HPDF_SetCompressionMode(d, HPDF_COMP_ALL), "setting compression");
        check(HPDF_UseUTFEncodings(d), "enabling UTF-8");
        check(HPDF_SetCurrentEncoder(d, "UTF-8"), "selecting UTF-8");
        const char* regularName = loadFont(files.regular);
        const char* boldName = loadFont(files.bold);
        regular = checked(HPDF_GetFont(d, regularName, "UTF-8"), "preparing the regular font");
        bold = checked(HPDF_GetFont(d, boldName, "UTF-8"), "preparing the bold font");
    }
};

PdfDocument::PdfDocument() : PdfDocument(FontLocator::locate()) {}

PdfDocument::PdfDocument(const FontFiles& fonts) : m_impl(std::make_unique<Impl>())
{
    m_impl->files = fonts;
    // The Impl lives on the heap so the handler's pointer stays valid when the
    // PdfDocument is moved.
    m_impl->doc.reset(HPDF_New(&recordError, &m_impl->errors));
    if (!m_impl->doc)
        throw PdfError("cannot create a PDF document (out of memory)");
    m_impl->loadFonts();
}

PdfDocument::~PdfDocument() noexcept = default;
PdfDocument::PdfDocument(PdfDocument&& other) noexcept = default;
PdfDocument& PdfDocument::operator=(PdfDocument&& other) noexcept = default;

PdfDocument::Impl& PdfDocument::impl() const
{
    if (!m_impl)
        throw PdfError("this PdfDocument was moved from");
    return *m_impl;
}

const FontFiles& PdfDocument::fonts() const noexcept
{
    static const FontFiles none;
    return m_impl ? m_impl->files : none;
}

int PdfDocument::pageCount() const noexcept { return m_impl ? m_impl->pages : 0; }

double PdfDocument::textWidth(std::string_view utf8, FontStyle style, double size) const
{
    Impl& impl = this->impl();
    impl.ensureUsable();
    if (utf8.empty())
        return 0;
    // libharu sums glyph advances (thousandths of an em) with no kerning, so the
    // sum of cached per-character advances is exactly what it would return, at a
    // fraction of the cost: layout measures every candidate line and cell.
    WidthCache& cache = style == FontStyle::Bold ? impl.boldWidths : impl.regularWidths;
    std::int64_t total = 0;
    for (char32_t c : decodeUtf8(utf8)) {
        if (c >= 0x10000)
            c = U' '; // libharu draws characters beyond the BMP as spaces
        std::uint16_t& width = cache.at(c);
        if (width == WidthCache::kUnmeasured) {
            const std::string one = encodeUtf8(std::u32string_view(&c, 1));
            const HPDF_TextWidth w = HPDF_Font_TextWidth(impl.font(style), reinterpret_cast<const HPDF_BYTE*>(one.data()),
                                                         static_cast<HPDF_UINT>(one.size()));
            impl.check(HPDF_OK, "measuring text");
            width = static_cast<std::uint16_t>(std::min<HPDF_UINT>(w.width, WidthCache::kUnmeasured - 1));
        }
        total += width;
    }
    return static_cast<double>(total) * size / 1000.0;
}

void PdfDocument::draw(const DocumentLayout& layout)
{
    impl().ensureUsable();
    if (m_impl->written)
        throw PdfError("this PDF was already written: glyphs drawn now would be missing from its fonts");
    HPDF_Doc d = m_impl->doc.get();
    if (!layout.title.isEmpty())
        m_impl->check(HPDF_SetInfoAttr(d, HPDF_INFO_TITLE, layout.title.toUtf8().constData()), "setting the title");
    m_impl->check(HPDF_SetInfoAttr(d, HPDF_INFO_CREATOR, "OCOPOS"), "setting the creator");
    if (layout.created.isValid()) {
        const QDateTime t = layout.created;
        const QDate date = t.date();
        const QTime time = t.time();
        const int offsetMinutes = t.offsetFromUtc() / 60;
        HPDF_Date hd{};
        hd.year = date.year();
        hd.month = date.month();
        hd.day = date.day();
        hd.hour = time.hour();
        hd.minutes = time.minute();
        hd.seconds = time.second();
        hd.ind = offsetMinutes == 0 ? 'Z' : (offsetMinutes > 0 ? '+' : '-');
        hd.off_hour = std::abs(offsetMinutes) / 60;
        hd.off_minutes = std::abs(offsetMinutes) % 60;
        m_impl->check(HPDF_SetInfoDateAttr(d, HPDF_INFO_CREATION_DATE, hd), "setting the creation date");
    }
    for (const auto& page : layout.pages)
        drawPage(page);
}

namespace {

/// Draws one page's operations, batching runs of the same kind so a QR code's
/// hundreds of modules become one path and one fill.
class PageDrawer {
public:
    PageDrawer(HPDF_Page page, double height) : m_page(page), m_height(height) {}

    double y(double top) const { return m_height - top; }

    void fillColor(const Color& c)
    {
        if (m_hasFill && m_fill == c)
            return;
        if (c.r == c.g && c.g == c.b)
            HPDF_Page_SetGrayFill(m_page, real(c.r));
        else
            HPDF_Page_SetRGBFill(m_page, real(c.r), real(c.g), real(c.b));
        m_fill = c;
        m_hasFill = true;
    }

    void strokeColor(const Color& c)
    {
        if (m_hasStroke && m_stroke == c)
            return;
        if (c.r == c.g && c.g == c.b)
            HPDF_Page_SetGrayStroke(m_page, real(c.r));
        else
            HPDF_Page_SetRGBStroke(m_page, real(c.r), real(c.g), real(c.b));
        m_stroke = c;
        m_hasStroke = true;
    }

    void lineStyle(double width, bool dashed)
    {
        if (m_lineWidth != width) {
            HPDF_Page_SetLineWidth(m_page, real(width));
            m_lineWidth = width;
        }
        if (m_dashed != dashed) {
            static const HPDF_UINT16 dash[] = {2, 2};
            HPDF_Page_SetDash(m_page, dashed ? dash : nullptr, dashed ? 2 : 0, 0);
            m_dashed = dashed;
        }
    }

private:
    HPDF_Page m_page;
    double m_height;
    // What the page's graphics state holds, so unchanged settings are not repeated.
    Color m_fill;
    Color m_stroke;
    bool m_hasFill = false;
    bool m_hasStroke = false;
    double m_lineWidth = 1; // the PDF default
    bool m_dashed = false;
};

} // namespace

void PdfDocument::drawPage(const PageLayout& layout)
{
    Impl& impl = this->impl();
    impl.ensureUsable();
    if (impl.written)
        throw PdfError("this PDF was already written: glyphs drawn now would be missing from its fonts");
    HPDF_Page page = impl.checked(HPDF_AddPage(impl.doc.get()), "adding a page");
    impl.check(HPDF_Page_SetWidth(page, real(layout.width)), "setting the page width");
    impl.check(HPDF_Page_SetHeight(page, real(layout.height)), "setting the page height");
    ++impl.pages;

    PageDrawer drawer(page, layout.height);
    const auto& ops = layout.ops;
    std::size_t i = 0;
    while (i < ops.size()) {
        if (std::holds_alternative<TextOp>(ops[i])) {
            HPDF_Page_BeginText(page);
            HPDF_Font currentFont = nullptr;
            double currentSize = 0;
            for (; i < ops.size() && std::holds_alternative<TextOp>(ops[i]); ++i) {
                const auto& t = std::get<TextOp>(ops[i]);
                if (t.text.empty())
                    continue;
                HPDF_Font f = impl.font(t.style);
                if (f != currentFont || t.size != currentSize) {
                    HPDF_Page_SetFontAndSize(page, f, real(t.size));
                    currentFont = f;
                    currentSize = t.size;
                }
                drawer.fillColor(t.color);
                HPDF_Page_TextOut(page, real(t.x), real(drawer.y(t.baseline)), t.text.c_str());
                impl.recorder(t.style).add(t.text);
            }
            HPDF_Page_EndText(page);
            impl.check(HPDF_OK, "drawing text");
        } else if (const auto* r = std::get_if<RectOp>(&ops[i]); r && r->filled) {
            const Color color = r->color;
            drawer.fillColor(color);
            for (; i < ops.size(); ++i) {
                const auto* f = std::get_if<RectOp>(&ops[i]);
                if (!f || !f->filled || !(f->color == color))
                    break;
                HPDF_Page_Rectangle(page, real(f->x), real(drawer.y(f->y + f->h)), real(f->w), real(f->h));
            }
            HPDF_Page_Fill(page);
            impl.check(HPDF_OK, "filling rectangles");
        } else if (const auto* s = std::get_if<RectOp>(&ops[i])) {
            drawer.strokeColor(s->color);
            drawer.lineStyle(s->lineWidth, false);
            HPDF_Page_Rectangle(page, real(s->x), real(drawer.y(s->y + s->h)), real(s->w), real(s->h));
            HPDF_Page_Stroke(page);
            impl.check(HPDF_OK, "drawing a rectangle");
            ++i;
        } else if (const auto* l = std::get_if<LineOp>(&ops[i])) {
            const LineOp first = *l;
            drawer.strokeColor(first.color);
            drawer.lineStyle(first.width, first.dashed);
            for (; i < ops.size(); ++i) {
                const auto* n = std::get_if<LineOp>(&ops[i]);
                if (!n || n->width != first.width || n->dashed != first.dashed || !(n->color == first.color))
                    break;
                HPDF_Page_MoveTo(page, real(n->from.x), real(drawer.y(n->from.y)));
                HPDF_Page_LineTo(page, real(n->to.x), real(drawer.y(n->to.y)));
            }
            HPDF_Page_Stroke(page);
            impl.check(HPDF_OK, "drawing lines");
        } else if (const auto* g = std::get_if<ModuleGridOp>(&ops[i])) {
            impl.drawModules(page, layout.height, *g); // inside q…Q: the drawer's colours still hold
            ++i;
        } else if (const auto* p = std::get_if<PolygonOp>(&ops[i])) {
            if (p->points.size() >= 3) {
                drawer.fillColor(p->color);
                HPDF_Page_MoveTo(page, real(p->points[0].x), real(drawer.y(p->points[0].y)));
                for (std::size_t k = 1; k < p->points.size(); ++k)
                    HPDF_Page_LineTo(page, real(p->points[k].x), real(drawer.y(p->points[k].y)));
                HPDF_Page_ClosePath(page);
                HPDF_Page_Fill(page);
                impl.check(HPDF_OK, "drawing a shape");
            }
            ++i;
        }
    }
}

QByteArray PdfDocument::toBytes()
{
    Impl& impl = this->impl();
    impl.ensureUsable();
    HPDF_Doc d = impl.doc.get();
    if (impl.pages == 0)
        throw PdfError("the PDF has no pages");
    impl.replaceToUnicode(impl.regular, impl.usedRegular);
    impl.replaceToUnicode(impl.bold, impl.usedBold);
    impl.trimCidToGidMap(impl.regular, impl.usedRegular);
    impl.trimCidToGidMap(impl.bold, impl.usedBold);
    impl.written = true;
    impl.check(HPDF_SaveToStream(d), "writing the PDF");
    const HPDF_UINT32 total = HPDF_GetStreamSize(d);
    QByteArray out(static_cast<qsizetype>(total), Qt::Uninitialized);
    impl.check(HPDF_ResetStream(d), "reading the PDF");
    HPDF_UINT32 got = 0;
    while (got < total) {
        HPDF_UINT32 n = total - got;
        const HPDF_STATUS st = HPDF_ReadFromStream(d, reinterpret_cast<HPDF_BYTE*>(out.data()) + got, &n);
        got += n;
        if (st == HPDF_STREAM_EOF || impl.errors.code == HPDF_STREAM_EOF) {
            // The end of the stream is reported as an error; it is only the end.
            impl.errors = {};
            HPDF_ResetError(d);
            break;
        }
        impl.check(st, "reading the PDF");
        if (n == 0)
            break;
    }
    if (got != total)
        throw PdfError("the PDF stream ended early (" + std::to_string(got) + " of " + std::to_string(total)
                       + " bytes)");
    return out;
}

void PdfDocument::save(const QString& path)
{
    const QByteArray bytes = toBytes();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw PdfError("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw PdfError("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    core::logger("printing")->debug("wrote {} ({} bytes)", path.toStdString(), bytes.size());
}

} // namespace ocopos::printing

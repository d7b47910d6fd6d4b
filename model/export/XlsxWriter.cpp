#include "model/export/XlsxWriter.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/RequestTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cstdio>
#include <memory>
#include <vector>

namespace pp {

namespace {

/// Sheet names and the request sheet's fields follow the chosen language, as
/// the column headers do (named for this file alone: unity builds).
struct XlsxWords
{
    Q_DECLARE_TR_FUNCTIONS(pp::XlsxWriter)
};

/// Excel's limits: one cell's text, rows of a sheet.
constexpr int maxCellText = 32767;
constexpr int maxRows = 1048576;
constexpr double minWidth = 8;
constexpr double maxWidth = 60;
constexpr size_t tmpfileBuffer = 1 << 20;

bool isPlainInteger(QStringView s)
{
    // 0, or up to nine digits without a leading zero: exact as a double.
    if (s.isEmpty() || s.size() > 9 || (s.size() > 1 && s.front() == u'0'))
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Longest line of a cell, in characters.
int longestLine(QStringView text)
{
    int longest = 0, current = 0;
    for (const QChar c : text) {
        current = c == u'\n' ? 0 : current + 1;
        longest = std::max(longest, current);
    }
    return longest;
}

/// The workbook, its two formats, and the buffers of its sheets' row files:
/// those live until workbook_close() has closed the files.
struct Book
{
    lxw_workbook *book = nullptr;
    lxw_format *header = nullptr;
    lxw_format *cell = nullptr;
    std::vector<std::unique_ptr<char[]>> buffers;
};

/// One sheet, written row by row: the header first, then rows as they come;
/// filter, frozen header and widths (fitted to the longest line of each
/// column) when it is done.
class Sheet
{
public:
    Sheet(Book &b, const QString &name, const QStringList &headers)
        : m_sheet(workbook_add_worksheet(b.book, name.toUtf8().constData()))
        , m_cell(b.cell)
        , m_columns(int(headers.size()))
        , m_widths(size_t(headers.size()), minWidth)
    {
        // Constant-memory mode streams each row into a temporary file as
        // XML (about 700 bytes a flow): through stdio's default 4 KB buffer
        // that is a write call every few rows. Nothing is written to it yet.
        if (m_sheet && m_sheet->optimize_tmpfile) {
            b.buffers.push_back(std::make_unique<char[]>(tmpfileBuffer));
            std::setvbuf(m_sheet->optimize_tmpfile, b.buffers.back().get(), _IOFBF, tmpfileBuffer);
        }
        for (int c = 0; c < m_columns; ++c)
            put(0, c, headers[c], b.header);
    }

    /// False once the sheet is full (Excel's row limit): the row is left out.
    bool add(const QStringList &row, lxw_format *format)
    {
        if (m_rows + 1 >= maxRows)
            return false;
        ++m_rows;
        for (int c = 0; c < row.size() && c < m_columns; ++c)
            if (!row[c].isEmpty()) // an absent cell reads as empty, and costs nothing
                put(lxw_row_t(m_rows), c, row[c], format);
        return true;
    }
    bool add(const QStringList &row) { return add(row, m_cell); }

    void close()
    {
        for (int c = 0; c < m_columns; ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths[size_t(c)], nullptr);
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_rows), lxw_col_t(m_columns - 1));
        worksheet_freeze_panes(m_sheet, 1, 0);
        // Printed: landscape, the header row on every page.
        worksheet_set_landscape(m_sheet);
        worksheet_repeat_rows(m_sheet, 0, 0);
    }

private:
    void put(lxw_row_t row, int column, const QString &text, lxw_format *format)
    {
        double &width = m_widths[size_t(column)];
        if (width < maxWidth && text.size() + 2 > width)
            width = qBound(width, double(longestLine(text)) + 2, maxWidth);
        if (isPlainInteger(text)) {
            worksheet_write_number(m_sheet, row, lxw_col_t(column), text.toDouble(), format);
            return;
        }
        // worksheet_write_string makes a string cell: a value starting with
        // "=" stays text, nothing in it is ever evaluated.
        worksheet_write_string(m_sheet, row, lxw_col_t(column), utf8(text), format);
    }

    /// The text as a NUL-terminated UTF-8 string in a buffer kept between
    /// cells, cut to what a cell holds.
    const char *utf8(const QString &text)
    {
        QStringView view(text);
        QString cut;
        if (view.size() > maxCellText) {
            cut = text.left(maxCellText - 120)
                + QStringLiteral(" ... (cut here: a cell holds 32,767 characters; the CSV export has all of it)");
            view = cut;
        }
        m_buffer.resize(m_encoder.requiredSpace(view.size()) + 1);
        char *end = m_encoder.appendToBuffer(m_buffer.data(), view);
        *end = '\0';
        return m_buffer.constData();
    }

    lxw_worksheet *m_sheet;
    lxw_format *m_cell;
    int m_columns;
    int m_rows = 0;
    std::vector<double> m_widths;
    QByteArray m_buffer;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

void setProperties(lxw_workbook *book, const ChangeRequest &request)
{
    QByteArray title = (QStringLiteral("Firewall change request: ") + request.designName).toUtf8();
    QByteArray subject = request.info.ticket.toUtf8();
    QByteArray comments("Generated by PortPlanner");
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.comments = comments.data();
    workbook_set_properties(book, &properties);
}

void addFormats(Book &b)
{
    b.header = workbook_add_format(b.book);
    format_set_bold(b.header);
    format_set_bg_color(b.header, 0x1F5F99);
    format_set_font_color(b.header, LXW_COLOR_WHITE);
    format_set_border(b.header, LXW_BORDER_THIN);
    format_set_align(b.header, LXW_ALIGN_VERTICAL_TOP);
    b.cell = workbook_add_format(b.book);
    format_set_text_wrap(b.cell);
    format_set_align(b.cell, LXW_ALIGN_VERTICAL_TOP);
}

/// Every sheet, in order; false when cancelled.
bool writeSheets(Book &b, const ExportInput &input, ExportProgress &progress)
{
    const ChangeRequest &request = input.request;
    const int lines = input.linesToWrite();

    Sheet openings(b, XlsxWords::tr("openings"), requesttable::lineHeaders());
    for (int i = 0; i < lines; ++i) {
        openings.add(requesttable::lineRow(request, request.lines[size_t(i)]));
        if (!progress.advance())
            return false;
    }
    openings.close();

    Sheet rules(b, XlsxWords::tr("rules"), requesttable::ruleHeaders());
    for (const FirewallRule &rule : request.rules)
        rules.add(requesttable::ruleRow(request, rule));
    rules.close();

    Sheet groups(b, XlsxWords::tr("groups"), requesttable::groupHeaders());
    for (const ObjectGroup &g : request.objectGroups)
        groups.add(requesttable::objectGroupRow(g));
    for (const ServiceGroup &g : request.serviceGroups)
        groups.add(requesttable::serviceGroupRow(g));
    groups.close();

    // One row per flow, each on one line of text: no wrapping format.
    Sheet flows(b, XlsxWords::tr("flows"), requesttable::flowHeaders());
    qint64 left = 0;
    for (int i = 0; i < lines; ++i) {
        const RequestLine &line = request.lines[size_t(i)];
        for (const RequestFlow &f : line.flows)
            left += !flows.add(requesttable::flowRow(request, line.id, f), nullptr);
        if (!progress.advance(qint64(line.flows.size())))
            return false;
    }
    for (const RequestFlow &f : request.otherFlows)
        left += !flows.add(requesttable::flowRow(request, QString(), f), nullptr);
    flows.close();

    Sheet hosts(b, XlsxWords::tr("hosts"), requesttable::hostHeaders());
    QHash<QString, int> perZone;
    for (const Host &h : input.design.hosts) {
        hosts.add(requesttable::hostRow(h, input.catalog));
        ++perZone[h.zone];
    }
    hosts.close();

    Sheet zones(b, XlsxWords::tr("zones"), requesttable::zoneHeaders());
    for (const Zone &z : input.design.zones)
        zones.add(requesttable::zoneRow(z, perZone.value(z.id)));
    zones.close();

    Sheet meta(b, XlsxWords::tr("request"), {XlsxWords::tr("field"), XlsxWords::tr("value")});
    for (const auto &[name, value] : requesttable::metadata(request))
        meta.add({name, value});
    meta.add({XlsxWords::tr("Kind"),
              request.delta ? XlsxWords::tr("delta (only what changed)") : XlsxWords::tr("full request")});
    if (left > 0)
        meta.add({XlsxWords::tr("Flows sheet"),
                  XlsxWords::tr("cut at Excel's %1 rows: %2 flows are not listed there "
                                "(portplanner-cli flows --format csv lists them all)")
                      .arg(maxRows)
                      .arg(left)});
    for (const QString &w : request.warnings)
        meta.add({XlsxWords::tr("Warning"), w});
    meta.close();
    return progress.advance(0);
}

bool copyInto(const QString &path, QIODevice &out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the workbook back: %1").arg(file.errorString());
        return false;
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;)
        if (out.write(chunk.constData(), n) != n) {
            *error = QStringLiteral("cannot write: %1").arg(out.errorString());
            return false;
        }
    return true;
}

} // namespace

bool XlsxWriter::write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const
{
    QString ignored;
    error = error ? error : &ignored;
    // libxlsxwriter writes to a file: build it in a private folder (its row
    // files too), then stream the bytes to the device.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString());
        return false;
    }
    const QString path = dir.filePath(QStringLiteral("request.xlsx"));
    QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmp.data();
    options.use_zip64 = LXW_TRUE;
    Book b;
    b.book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!b.book) {
        *error = QStringLiteral("libxlsxwriter could not start a workbook");
        return false;
    }
    setProperties(b.book, input.request);
    addFormats(b);
    progress.addTotal(input.linesToWrite() + qint64(input.request.flowCount()));
    const bool complete = writeSheets(b, input, progress);
    const lxw_error result = workbook_close(b.book);
    if (!complete)
        return cancelled(error);
    if (result != LXW_NO_ERROR) {
        *error = QStringLiteral("libxlsxwriter: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return copyInto(path, out, error);
}

} // namespace pp

#pragma once

#include "model/export/xlsx/Deflater.h"

#include <QStringList>

#include <algorithm>
#include <string>
#include <vector>

namespace pp::xlsx {

/// The cell formats of styles.xml (WorkbookParts), by index.
enum class CellStyle : quint8 {
    Plain = 0,   ///< the default: one line of text
    Header = 1,  ///< bold white on blue, thin border, top-aligned
    Wrapped = 2, ///< wrapped text, top-aligned
};

/// One worksheet's XML, written row by row into a deflate stream: the rows
/// are never held uncompressed. The part begins with what is known only at
/// the end (the used range, the column widths fitted to the longest line
/// of each column): it is deflated apart and put before the rows when the
/// sheet is finished. Text cells are inline strings (never formulas: a
/// value starting with "=" stays text); plain integers are numbers.
class WorksheetXml
{
public:
    /// Excel's limits: rows of a sheet, characters of a cell.
    static constexpr int maxRows = 1048576;
    static constexpr int maxCellText = 32767;

    WorksheetXml(const QStringList &headers, bool selected);

    /// Adds a row under the header; false once the sheet is full (Excel's
    /// row limit), the row then left out. Cells past the header's columns
    /// are dropped, empty cells cost nothing.
    bool add(const QStringList &row, CellStyle style);
    /// The whole part, ready for the archive. Call once.
    DeflatedPart finish();

    int rows() const { return m_rows; }       ///< with the header row
    int columns() const { return int(m_columnNames.size()); }

    /// "A", "Z", "AA", ...: the name of a column (0-based).
    static std::string columnName(int column);
    /// Appends `text` as XML character data in UTF-8: markup escaped,
    /// characters XML cannot hold written as Excel's _xHHHH_ escapes.
    static void appendText(std::string &out, QStringView text);

private:
    void addRow(const QStringList &row, CellStyle style);
    void cell(int column, QStringView text, CellStyle style);
    void flush(bool force);
    std::string lastColumn() const { return columnName(std::max(columns() - 1, 0)); }
    std::string head() const;
    std::string tail() const;

    std::vector<std::string> m_columnNames;
    std::vector<double> m_widths;
    bool m_selected;
    int m_rows = 0;
    std::string m_rowNumber;
    std::string m_buffer;
    Deflater m_body;
};

} // namespace pp::xlsx

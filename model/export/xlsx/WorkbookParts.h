#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp::xlsx {

/// The parts of an XLSX package around its worksheets: content types,
/// relationships, the workbook (sheet names, each sheet's filter range and
/// printed header row), the styles of CellStyle, and the document
/// properties. Sheets are added in order as they are written.
class WorkbookParts
{
public:
    /// A sheet name as Excel takes it: at most 31 characters, none of
    /// []:*?/\ and not starting or ending with an apostrophe.
    static QString sheetName(const QString &wanted);

    void addSheet(const QString &name, int rows, int columns);
    qsizetype sheetCount() const { return qsizetype(m_sheets.size()); }
    /// The archive path of the n-th sheet (0-based), "xl/worksheets/sheet1.xml".
    static QString sheetPath(qsizetype index);

    QString title;
    QString subject;
    QString description;
    QDateTime created = QDateTime::currentDateTimeUtc();

    /// Every part but the sheets, as (archive path, XML).
    std::vector<std::pair<QString, QByteArray>> parts() const;

private:
    struct Sheet
    {
        QString name;
        int rows;
        int columns;
    };
    QByteArray contentTypes() const;
    QByteArray workbook() const;
    QByteArray workbookRelationships() const;
    QByteArray application() const;
    QByteArray core() const;

    std::vector<Sheet> m_sheets;
};

} // namespace pp::xlsx

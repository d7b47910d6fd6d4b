#include "model/export/xlsx/WorkbookParts.h"

#include "model/export/xlsx/WorksheetXml.h"

namespace pp::xlsx {

namespace {

const QByteArray declaration = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
const QByteArray relationshipNs = QByteArrayLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QByteArray officeRel = QByteArrayLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

QByteArray text(const QString &s)
{
    std::string out;
    WorksheetXml::appendText(out, s);
    return QByteArray::fromStdString(out);
}

QByteArray attribute(const QString &s)
{
    return text(s).replace('"', "&quot;");
}

/// A sheet in a formula reference, always quoted: 'flows'!$A$1:$L$9.
QString quoted(const QString &sheet)
{
    return QLatin1Char('\'') + QString(sheet).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QByteArray relationship(int id, const QByteArray &type, const QByteArray &target)
{
    return "<Relationship Id=\"rId" + QByteArray::number(id) + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
}

/// styles.xml: fonts, fills and borders for CellStyle's three formats.
QByteArray styles()
{
    return declaration
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
          "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
          "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
          "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1F5F99\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
          "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
          "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
          "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" "
          "applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
          "<alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
          "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
          "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" "
          "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>";
}

QByteArray rootRelationships()
{
    return declaration + "<Relationships xmlns=\"" + relationshipNs + "\">"
        + relationship(1, officeRel + "officeDocument", "xl/workbook.xml")
        + relationship(2, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                       "docProps/core.xml")
        + relationship(3, officeRel + "extended-properties", "docProps/app.xml") + "</Relationships>";
}

} // namespace

QString WorkbookParts::sheetName(const QString &wanted)
{
    QString name = wanted;
    for (QChar &c : name)
        if (QStringView(u"[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Sheet") : name;
}

void WorkbookParts::addSheet(const QString &name, int rows, int columns)
{
    m_sheets.push_back({name, rows, columns});
}

QString WorkbookParts::sheetPath(qsizetype index)
{
    return QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1);
}

std::vector<std::pair<QString, QByteArray>> WorkbookParts::parts() const
{
    return {{QStringLiteral("[Content_Types].xml"), contentTypes()},
            {QStringLiteral("_rels/.rels"), rootRelationships()},
            {QStringLiteral("docProps/app.xml"), application()},
            {QStringLiteral("docProps/core.xml"), core()},
            {QStringLiteral("xl/workbook.xml"), workbook()},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships()},
            {QStringLiteral("xl/styles.xml"), styles()}};
}

QByteArray WorkbookParts::contentTypes() const
{
    const QByteArray doc = "application/vnd.openxmlformats-officedocument.";
    QByteArray xml = declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/docProps/app.xml\" ContentType=\"" + doc + "extended-properties+xml\"/>"
          "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + doc + "spreadsheetml.styles+xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + doc + "spreadsheetml.sheet.main+xml\"/>";
    for (qsizetype i = 0; i < sheetCount(); ++i)
        xml += "<Override PartName=\"/" + sheetPath(i).toUtf8() + "\" ContentType=\"" + doc
            + "spreadsheetml.worksheet+xml\"/>";
    return xml + "</Types>";
}

QByteArray WorkbookParts::workbook() const
{
    QByteArray sheets, filters, titles;
    for (qsizetype i = 0; i < sheetCount(); ++i) {
        const Sheet &s = m_sheets[size_t(i)];
        const QByteArray id = QByteArray::number(i + 1);
        const QByteArray local = QByteArray::number(i);
        sheets += "<sheet name=\"" + attribute(s.name) + "\" sheetId=\"" + id + "\" r:id=\"rId" + id + "\"/>";
        const QString ref = quoted(s.name);
        const QString range = QStringLiteral("%1!$A$1:$%2$%3")
                                  .arg(ref, QString::fromStdString(WorksheetXml::columnName(std::max(s.columns - 1, 0))))
                                  .arg(s.rows);
        filters += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + local + "\" hidden=\"1\">"
            + text(range) + "</definedName>";
        titles += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + local + "\">" + text(ref + QStringLiteral("!$1:$1"))
            + "</definedName>";
    }
    return declaration
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" + officeRel.chopped(1)
        + "\"><workbookPr/><bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" "
          "windowHeight=\"9660\"/></bookViews><sheets>" + sheets + "</sheets><definedNames>" + filters + titles
        + "</definedNames><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>";
}

QByteArray WorkbookParts::workbookRelationships() const
{
    QByteArray xml = declaration + "<Relationships xmlns=\"" + relationshipNs + "\">";
    for (qsizetype i = 0; i < sheetCount(); ++i)
        xml += relationship(int(i) + 1, officeRel + "worksheet", sheetPath(i).mid(3).toUtf8());
    return xml + relationship(int(sheetCount()) + 1, officeRel + "styles", "styles.xml") + "</Relationships>";
}

QByteArray WorkbookParts::application() const
{
    QByteArray names;
    for (const Sheet &s : m_sheets)
        names += "<vt:lpstr>" + text(s.name) + "</vt:lpstr>";
    const QByteArray count = QByteArray::number(sheetCount());
    return declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
          "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
          "<Application>PortPlanner</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
          "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
          "<vt:variant><vt:i4>" + count + "</vt:i4></vt:variant></vt:vector></HeadingPairs>"
          "<TitlesOfParts><vt:vector size=\"" + count + "\" baseType=\"lpstr\">" + names
        + "</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
          "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>";
}

QByteArray WorkbookParts::core() const
{
    const QByteArray when = created.toUTC().toString(Qt::ISODate).toUtf8();
    return declaration
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
          "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
          "<dc:title>" + text(title) + "</dc:title><dc:subject>" + text(subject) + "</dc:subject><dc:description>"
        + text(description) + "</dc:description><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when
        + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when
        + "</dcterms:modified></cp:coreProperties>";
}

} // namespace pp::xlsx

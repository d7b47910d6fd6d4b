#!/usr/bin/env python3
"""Looks inside an XLSX file (a zip of XML parts) and prints JSON: the sheet
names in order, per sheet whether it has formulas (any <f> element), a
frozen header row, an autofilter, column widths, a styled header row and its
longest cell (as the XML holds it: xlsx2csv keeps only the last piece of a
long inline string), and
"problems": what makes the package invalid (a CRC that does not match, a
part that is not well-formed XML, a relationship or content type naming a
part that is not there, a sheet without one, cells out of their row)."""
import json
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"

book = zipfile.ZipFile(sys.argv[1])
problems = []
bad = book.testzip()
if bad:
    problems.append("CRC or data error in " + bad)
trees = {}
for name in book.namelist():
    try:
        trees[name] = ET.fromstring(book.read(name))
    except ET.ParseError as e:
        problems.append("%s is not well-formed XML: %s" % (name, e))

parts = set(book.namelist())
if "[Content_Types].xml" in trees:
    for o in trees["[Content_Types].xml"].iter(TYPES + "Override"):
        if o.get("PartName", "").lstrip("/") not in parts:
            problems.append("content type for a missing part " + o.get("PartName", ""))
    typed = {o.get("PartName", "").lstrip("/") for o in trees["[Content_Types].xml"].iter(TYPES + "Override")}
    for p in parts:
        if p.startswith("xl/worksheets/") and p not in typed:
            problems.append("no content type for " + p)
for name, tree in trees.items():
    if not name.endswith(".rels"):
        continue
    base = posixpath.dirname(posixpath.dirname(name))
    for r in tree.iter(REL + "Relationship"):
        target = posixpath.normpath(posixpath.join(base, r.get("Target", "")))
        if target not in parts:
            problems.append("%s names a missing part %s" % (name, target))

workbook = book.read("xl/workbook.xml").decode("utf-8")
names = re.findall(r'<sheet [^>]*name="([^"]*)"', workbook)
rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8")
targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
ids = re.findall(r'<sheet [^>]*r:id="([^"]+)"', workbook)
sheets = {}
for name, rid in zip(names, ids):
    path = "xl/" + targets[rid]
    xml = book.read(path).decode("utf-8")
    first_row = re.search(r'<row r="1"[^>]*>(.*?)</row>', xml, re.S)
    tree = trees.get(path)
    longest = ""
    if tree is not None:
        for t in tree.iter(MAIN + "t"):
            if len(t.text or "") > len(longest):
                longest = t.text
        if tree.find(MAIN + "sheetData") is None:
            problems.append(path + " has no sheetData")
        for row in tree.iter(MAIN + "row"):
            for c in row.iter(MAIN + "c"):
                if not re.fullmatch(r"[A-Z]+" + row.get("r", "?"), c.get("r", "")):
                    problems.append("%s: cell %s outside row %s" % (path, c.get("r"), row.get("r")))
                    break
    sheets[name] = {
        "formulas": len(re.findall(r"<f[ >]", xml)),
        "frozen": 'state="frozen"' in xml,
        "autofilter": "<autoFilter" in xml,
        "widths": "<cols>" in xml,
        "styledHeader": bool(first_row and re.search(r' s="[1-9]', first_row.group(1))),
        "longestCell": len(longest),
        "longestCellEnd": longest[-60:],
    }
json.dump({"sheets": names, "detail": sheets, "problems": problems[:20]}, sys.stdout)

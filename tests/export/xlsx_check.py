#!/usr/bin/env python3
"""Looks inside an XLSX file (a zip of XML parts) and prints JSON: the sheet
names in order, and per sheet whether it has formulas (any <f> element), a
frozen header row, an autofilter, column widths and a styled header row."""
import json
import re
import sys
import zipfile

book = zipfile.ZipFile(sys.argv[1])
workbook = book.read("xl/workbook.xml").decode("utf-8")
names = re.findall(r'<sheet [^>]*name="([^"]*)"', workbook)
rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8")
targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
ids = re.findall(r'<sheet [^>]*r:id="([^"]+)"', workbook)
sheets = {}
for name, rid in zip(names, ids):
    xml = book.read("xl/" + targets[rid]).decode("utf-8")
    first_row = re.search(r'<row r="1"[^>]*>(.*?)</row>', xml, re.S)
    sheets[name] = {
        "formulas": len(re.findall(r"<f[ >]", xml)),
        "frozen": 'state="frozen"' in xml,
        "autofilter": "<autoFilter" in xml,
        "widths": "<cols>" in xml,
        "styledHeader": bool(first_row and re.search(r' s="[1-9]', first_row.group(1))),
    }
json.dump({"sheets": names, "detail": sheets}, sys.stdout)

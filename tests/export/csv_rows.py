#!/usr/bin/env python3
"""Reads a CSV file the way a spreadsheet import does (Python's csv module)
and prints its rows as JSON, for tests that compare them with the engine."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    json.dump(list(csv.reader(f)), sys.stdout)

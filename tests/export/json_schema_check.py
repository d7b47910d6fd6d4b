#!/usr/bin/env python3
"""Checks a JSON file against a JSON Schema (Debian python3-jsonschema) and
prints a JSON report: {"errors": [...]} or {"skip": why}. Used by the
azure-nsg and aws-sg export tests."""
import json
import sys

try:
    import jsonschema
except ImportError:
    print(json.dumps({"skip": "python3-jsonschema is not installed"}))
    sys.exit(0)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
try:
    with open(sys.argv[2], encoding="utf-8") as f:
        data = json.load(f)
except ValueError as e:
    print(json.dumps({"errors": ["not JSON: %s" % e]}))
    sys.exit(0)
validator = jsonschema.Draft7Validator(schema)
errors = ["%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message)
          for e in validator.iter_errors(data)]
print(json.dumps({"errors": errors[:20]}))

#!/usr/bin/env python3
"""Parses an HTML file as a browser's tokenizer would (html.parser) and
prints what a test needs as JSON: the tags used, anything that could run
(script elements, event-handler attributes, javascript: URLs), the opening
keys of the request lines (span class "key") and the visible text."""
import json
import sys
from html.parser import HTMLParser


class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = set()
        self.active = []
        self.keys = []
        self.text = []
        self._in_key = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag in ("script", "iframe", "object", "embed", "base", "form", "link"):
            self.active.append("<%s>" % tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.active.append("%s=%s" % (name, value))
            if name in ("href", "src", "action") and value and value.strip().lower().startswith("javascript:"):
                self.active.append("%s=%s" % (name, value))
        self._in_key = tag == "span" and "key" in (dict(attrs).get("class") or "").split()

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_key = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_key:
            self.keys.append(data)


parser = Check()
with open(sys.argv[1], encoding="utf-8") as f:
    parser.feed(f.read())
parser.close()
json.dump({"tags": sorted(parser.tags), "active": parser.active, "keys": parser.keys,
           "text": "".join(parser.text)}, sys.stdout)

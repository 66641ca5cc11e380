#!/usr/bin/env python3
"""Reads SPARQL JSON results (W3C or Virtuoso's old "typed-literal") and prints one sorted line per row, so two
engines' answers can be compared with diff. With --loose, literals lose their datatype and booleans get their
canonical form (Virtuoso writes xsd:boolean true as "1"), to see whether a difference is only in typing or spelling."""
import json
import sys

loose = "--loose" in sys.argv
doc = json.load(sys.stdin)
if "boolean" in doc:
    print("ASK", doc["boolean"])
    sys.exit(0)
variables = doc["head"]["vars"]


def term(b):
    if b is None:
        return "UNBOUND"
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return "<" + value + ">"
    if kind == "bnode":
        return "_:"  # labels are local to each answer
    if "xml:lang" in b:
        return json.dumps(value) + "@" + b["xml:lang"].lower()
    datatype = b.get("datatype", "http://www.w3.org/2001/XMLSchema#string")
    if loose:
        if datatype == "http://www.w3.org/2001/XMLSchema#boolean":
            value = {"1": "true", "0": "false"}.get(value, value)
        return json.dumps(value)
    return json.dumps(value) + "^^<" + datatype + ">"


rows = ["\t".join(term(row.get(v)) for v in variables) for row in doc["results"]["bindings"]]
print("\t".join("?" + v for v in variables))
for line in sorted(rows):
    print(line)

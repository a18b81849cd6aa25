#!/usr/bin/env python3
"""Print one half of acled-notes-check.jsonl: `half.py odd` (developed against) or `half.py even` (kept unseen)."""
import json, os, sys

want = sys.argv[1] if len(sys.argv) > 1 else ""
if want not in ("odd", "even"):
    sys.exit(__doc__)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "acled-notes-check.jsonl")
for line in open(path, encoding="utf-8"):
    if line.strip():
        n = int(json.loads(line)["id"].split("-")[1])
        if (n % 2 == 1) == (want == "odd"):
            print(line.rstrip("\n"))

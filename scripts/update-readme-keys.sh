#!/usr/bin/env bash
# Rewrites the key reference in README.md (between the keys markers) from `rapport keys --markdown`,
# the interface's own key tables. A test fails when the README and the tables disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
# The built-in keys, whoever runs it: no user config.json.
keys=$(RAPPORT_CONFIG=/nonexistent/rapport-config.json .build/debug/rapport keys --markdown)
python3 - "$keys" <<'PY'
import sys
keys = sys.argv[1].rstrip("\n")
text = open("README.md", encoding="utf-8").read()
begin, end = "<!-- keys:begin -->", "<!-- keys:end -->"
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open("README.md", "w", encoding="utf-8").write(head + begin + "\n" + keys + "\n" + end + tail)
PY

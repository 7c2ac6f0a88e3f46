#!/usr/bin/env bash
# The sample app's test runner: runs the given test files (all of tests/*.test.sh by default),
# one JUnit XML report per file in reports/, the shape test-gate reads and shards by file.
set -uo pipefail
cd "$(dirname "$0")"
mkdir -p reports
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(tests/*.test.sh)
failed=0
for file in "${files[@]}"; do
  name="$(basename "$file" .test.sh)"
  started=$(date +%s%N)
  if bash "$file" >/dev/null 2>&1; then outcome=''; else outcome="<failure message=\"$name failed\"/>"; failed=$((failed + 1)); fi
  seconds=$(awk "BEGIN { printf \"%.3f\", ($(date +%s%N) - $started) / 1e9 }")
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo "<testsuite name=\"$name\" tests=\"1\" failures=\"$([ -n "$outcome" ] && echo 1 || echo 0)\">"
    echo "<testcase classname=\"site\" name=\"$name\" file=\"$file\" time=\"$seconds\">$outcome</testcase>"
    echo '</testsuite>'
  } > "reports/$name.xml"
done
exit $((failed > 0))

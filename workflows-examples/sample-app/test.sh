#!/usr/bin/env bash
# The sample app's test suite: a few checks of the site, reported as JUnit XML for test-gate.
set -uo pipefail
cd "$(dirname "$0")"
mkdir -p reports
cases=()
failures=0
check() {
  local name="$1"; shift
  local started=$SECONDS
  if "$@" >/dev/null 2>&1; then
    cases+=("<testcase classname=\"site\" name=\"$name\" file=\"site/index.html\" time=\"$((SECONDS - started))\"/>")
  else
    failures=$((failures + 1))
    cases+=("<testcase classname=\"site\" name=\"$name\" file=\"site/index.html\"><failure message=\"$name: the check found nothing\"/></testcase>")
  fi
}
check "index has a title" grep -q '<title>shipchain sample app</title>' site/index.html
check "index declares a language" grep -q '<html lang="en">' site/index.html
check "index is UTF-8" grep -q '<meta charset="utf-8"' site/index.html
check "containerfile copies the site" grep -q '^COPY site/ /srv/www/' Containerfile
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo "<testsuites><testsuite name=\"site\" tests=\"${#cases[@]}\" failures=\"$failures\">"
  printf '%s\n' "${cases[@]}"
  echo '</testsuite></testsuites>'
} > reports/junit.xml
exit "$((failures > 0))"

#!/usr/bin/env bash
# Regenerates packages/test-reports/test/fixtures/* from the sample projects beside this script.
# (The TAP subtest fixtures node-subtests.*, perl-subtests.tap and prove-subtests.tap come from
# test/fixtures/runners/regenerate.sh, which runs the samples beside it.)
# Run by hand (it is NOT part of CI): it installs runners from npm and Debian, builds C/C++ code
# and runs deliberately failing test suites. Everything is installed and run under
# $WORK (default /tmp/fixture-gen), never inside the repository; only the finished reports are
# copied into test/fixtures. expected.json is NOT regenerated: after a regeneration, re-read the
# reports and update it by hand (runner versions, line numbers, quirks).
#
#   bash packages/test-reports/fixtures-src/generate.sh            # every runner
#   bash packages/test-reports/fixtures-src/generate.sh jest go    # only some
#
# Needs: Node 20 + npm, apt-get (as root) for the Debian packages listed in install_debian.
set -uo pipefail

SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$SRC/../test/fixtures" && pwd)
WORK=${WORK:-/tmp/fixture-gen}

# Versions used for the committed fixtures (npm). Debian packages come from bookworm.
JEST=30.5.2
JEST_JUNIT=17.0.0
JEST_CTRF=0.0.11
VITEST=4.1.12 # vitest 5 needs Node >= 22
MOCHA=11.8.0  # mocha 12 breaks mocha-junit-reporter 2.2.1 ("Class constructor Base cannot be invoked without 'new'")
MOCHA_JUNIT=2.2.1
JASMINE=7.0.0
JASMINE_REPORTERS=2.5.2

log() { printf '\n=== %s\n' "$*" >&2; }

# Copies the sample project $1 into a fresh $WORK/$1 and cds there.
fresh() {
  rm -rf "${WORK:?}/$1"
  mkdir -p "$WORK/$1/reports"
  cp -r "$SRC/$1/." "$WORK/$1/"
  cd "$WORK/$1" || exit 1
}

npm_project() { # name, type (commonjs|module), packages...
  local name=$1 type=$2
  shift 2
  printf '{ "name": "%s-fixture", "private": true, "type": "%s" }\n' "$name" "$type" >package.json
  npm install --no-audit --no-fund --loglevel=error "$@" >/dev/null || exit 1
}

install_debian() {
  local missing=()
  for p in python3-pytest phpunit catch2 bats libtap-formatter-junit-perl golang-go gotestsum cmake ninja-build g++ ruby-rspec ruby-rspec-junit-formatter; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if ((${#missing[@]})); then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" || exit 1
  fi
}

gen_jest() {
  fresh jest
  npm_project jest commonjs "jest@$JEST" "jest-junit@$JEST_JUNIT" "jest-ctrf-json-reporter@$JEST_CTRF"
  npx jest # reporters are set in jest.config.js
  cp reports/jest-junit.xml reports/jest-ctrf.json "$OUT/"
}

gen_vitest() {
  fresh vitest
  npm_project vitest module "vitest@$VITEST"
  npx vitest run # the junit reporter is set in vitest.config.js
  cp reports/vitest-junit.xml "$OUT/"
}

gen_node_test() {
  fresh node-test
  printf '{ "name": "node-test-fixture", "private": true, "type": "module" }\n' >package.json
  node --test \
    --test-reporter=junit --test-reporter-destination=reports/node-test-junit.xml \
    --test-reporter=tap --test-reporter-destination=reports/node-test.tap \
    math.test.js strings.test.js
  cp reports/node-test-junit.xml reports/node-test.tap "$OUT/"
}

gen_mocha() {
  fresh mocha
  npm_project mocha commonjs "mocha@$MOCHA" "mocha-junit-reporter@$MOCHA_JUNIT"
  MOCHA_FILE=reports/mocha-junit.xml npx mocha --reporter mocha-junit-reporter \
    --reporter-options includePending=true math.test.js strings.test.js
  cp reports/mocha-junit.xml "$OUT/"
}

gen_jasmine() {
  fresh jasmine
  npm_project jasmine commonjs "jasmine@$JASMINE" "jasmine-reporters@$JASMINE_REPORTERS"
  npx jasmine # the JUnit reporter is added by spec/helpers/junit-reporter.js
  cp reports/jasmine-junit.xml "$OUT/"
}

gen_pytest() {
  fresh pytest
  pytest-3 -p no:cacheprovider --junitxml=reports/pytest-junit.xml test_math.py test_strings.py
  cp reports/pytest-junit.xml "$OUT/"
}

gen_phpunit() {
  fresh phpunit
  phpunit --log-junit reports/phpunit-junit.xml
  cp reports/phpunit-junit.xml "$OUT/"
}

gen_ctest() {
  fresh ctest
  cmake -S . -B build -G Ninja && cmake --build build || exit 1
  rm -f build/eventually.count
  (cd build && ctest --repeat until-pass:2 --output-junit ../reports/ctest-junit.xml)
  cp reports/ctest-junit.xml "$OUT/"
}

gen_catch2() {
  fresh catch2
  cmake -S . -B build -G Ninja && cmake --build build || exit 1
  ./build/tests --order decl -r junit -o reports/catch2-junit.xml
  cp reports/catch2-junit.xml "$OUT/"
}

gen_bats() {
  fresh bats
  bats --formatter junit math.bats strings.bats >reports/bats-junit.xml
  bats --formatter tap math.bats strings.bats >reports/bats.tap
  cp reports/bats-junit.xml reports/bats.tap "$OUT/"
}

gen_prove() {
  fresh prove
  prove --merge --formatter TAP::Formatter::JUnit t/math.t t/strings.t >reports/prove-junit.xml
  prove -v --merge t/math.t t/strings.t >reports/prove.tap
  cp reports/prove-junit.xml reports/prove.tap "$OUT/"
}

gen_go() {
  fresh go
  export GOFLAGS=-mod=mod GOPROXY=off
  # A panic makes gotestsum refuse to rerun anything, so the panic and the flaky rerun need two runs.
  rm -f eventually.count
  gotestsum --junitfile reports/gotestsum-junit.xml --packages ./... -- -count=1 \
    -run '^(TestMath|TestUppercases|TestThrowsUnexpectedly)$'
  rm -f eventually.count
  gotestsum --junitfile reports/gotestsum-rerun-junit.xml --rerun-fails=2 --packages ./... -- -count=1 \
    -run '^(TestMath|TestUppercases|TestEventuallyPasses)$'
  cp reports/gotestsum-junit.xml reports/gotestsum-rerun-junit.xml "$OUT/"
}

gen_rspec() {
  fresh rspec
  rspec --format RspecJunitFormatter --out reports/rspec-junit.xml spec/math_spec.rb spec/strings_spec.rb
  cp reports/rspec-junit.xml "$OUT/"
}

ALL=(jest vitest node_test mocha jasmine pytest phpunit ctest catch2 bats prove go rspec)
RUNNERS=("$@")
((${#RUNNERS[@]})) || RUNNERS=("${ALL[@]}")

install_debian
mkdir -p "$WORK"
for r in "${RUNNERS[@]}"; do
  r=${r//-/_}
  log "$r"
  ("gen_$r") || {
    echo "generating $r failed" >&2
    exit 1
  }
done
log "reports written to $OUT"

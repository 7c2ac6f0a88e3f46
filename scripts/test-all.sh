#!/usr/bin/env bash
# The whole suite, in the order that fails fastest: static checks, then unit, then e2e.
# Prints each stage's duration so a slow stage is visible in CI logs. Every tool runs on the Node 24
# that setup.sh installs (npm scripts find it as node_modules/.bin/node).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# The suite's temporary files go to one private directory: checked for what our tooling must never
# leave behind, then removed whatever a test forgot, so nothing is left in the machine's /tmp.
suite_tmp=$(mktemp -d "${TMPDIR:-/tmp}/shipchain-suite-XXXXXX")
trap 'chmod -R u+w "$suite_tmp" 2>/dev/null; rm -rf "$suite_tmp"' EXIT
export TMPDIR=$suite_tmp

stage() {
  local name=$1
  shift
  local started=$SECONDS
  echo "::group::$name"
  if "$@"; then
    echo "::endgroup::"
    echo "✓ $name ($((SECONDS - started))s)"
  else
    local code=$?
    echo "::endgroup::"
    echo "✗ $name failed (exit $code) after $((SECONDS - started))s" >&2
    exit "$code"
  fi
}

# The harness's runner directories, the cache client's RUNNER_TEMP and ncc's scratch directory.
no_leftovers() {
  local left
  left=$(find "$suite_tmp" -mindepth 1 -maxdepth 1 \
    \( -name 'shipchain-runner-*' -o -name 'cache-temp-*' -o -name 'shipchain-ncc-*' \) -printf '%f\n')
  if [ -n "$left" ]; then
    echo "The suite left these in the temp directory (remove them where they are made):" >&2
    echo "$left" >&2
    return 1
  fi
}

stage 'lint (eslint, prettier)' npm run --silent lint
stage 'typecheck' npm run --silent typecheck
stage 'action metadata' npm run --silent metadata
stage 'dist bundles match a fresh build' npm run --silent bundle:check
stage 'unit tests' npm run --silent test:unit
stage 'end-to-end tests (Node 24 bundles, real local services)' npm run --silent test:e2e
stage 'nothing left in the temp directory' no_leftovers

#!/usr/bin/env bash
# The whole suite, in the order that fails fastest: static checks, then unit, then e2e.
# Prints each stage's duration so a slow stage is visible in CI logs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

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

stage 'lint (eslint, prettier)' npm run --silent lint
stage 'typecheck' npm run --silent typecheck
stage 'action metadata' npm run --silent metadata
stage 'dist bundles match a fresh build' npm run --silent bundle:check
stage 'unit tests' npm run --silent test:unit
stage 'end-to-end tests (Node 24 bundles, real local services)' npm run --silent test:e2e

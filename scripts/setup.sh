#!/usr/bin/env bash
# Installs what a fresh machine lacks for the demo and the tests; a quick no-op when all is there.
#  - Debian packages the tests use as real services and tools (needs root or sudo);
#  - npm dependencies (`npm ci` when node_modules is missing or older than the lockfile);
#  - the Node 24 binary the e2e tests run the bundles under.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(git buildah skopeo docker-registry apache2-utils busybox-static)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

bash scripts/install-node24.sh

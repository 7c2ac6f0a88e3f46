#!/usr/bin/env bash
# Installs what a fresh machine lacks for the demo and the tests; a quick no-op when all is there.
#  - Debian packages the tests and benchmarks use as real services and tools (needs root or sudo)
#    (libxml2-utils: xmllint, and GNU time, for bench:reports; golang-go and golang-*-dev: the
#    SBOM tests build module-mode Go executables from Debian sources), among them runc,
#    the OCI runtime buildah runs RUN steps with under its default (oci) isolation. (Not crun:
#    Debian 12's crun 1.8 refuses hosts with cgroup v1 and v2 mounted side by side, "cgroups in
#    hybrid mode not supported"; runc works on both kinds of host.) prometheus, which the rollout
#    analysis tests start on a loopback port to scrape a simulated service; libmaven3-core-java and a JRE:
#    Maven's own ComparableVersion, which the version-order tests check against; rpm, ruby
#    (Gem::Version) and python3-pip (PEP 440 in pip's vendored packaging) likewise.
#  - the Node 24 binary the tooling and the e2e tests run on (scripts/install-node24.sh);
#  - npm dependencies (`npm ci` under that Node 24, when node_modules is missing or older than the lockfile).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(git buildah runc skopeo docker-registry apache2-utils busybox-static libxml2-utils time debootstrap libcommons-io-java zip unzip rpm libmaven3-core-java default-jre-headless ruby python3-pip prometheus golang-go golang-github-google-uuid-dev golang-github-pkg-errors-dev golang-github-coreos-bbolt-dev golang-golang-x-sys-dev)
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

bash scripts/install-node24.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  bash scripts/with-node24.sh npm ci --no-audit --no-fund
fi

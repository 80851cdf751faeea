#!/usr/bin/env bash
# Installs the Debian packages qtrack builds and tests with, only those that
# are missing. Quiet when everything is already there. Needs root (apt-get).
set -euo pipefail

packages=(
  bazel-bootstrap g++ pkg-config
  libxapian-dev xapian-tools
  libxml2-dev libsimdjson-dev libabsl-dev zlib1g-dev libicu-dev
  libcld2-dev libcli11-dev libcpp-httplib-dev wordnet-base
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
)
# Tools the test suite and the bench script drive as peers or oracles.
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(xapian-omega chromium bc)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "qtrack setup: missing Debian packages: ${missing[*]}" >&2
  echo "run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 3
fi
echo "qtrack setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Installs every Debian 12 package Firstcall needs to build, test and run its demo.
# Idempotent: when everything is present it only checks and returns within a second.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkgconf git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-websockets-dev qt6-httpserver-dev libqt6sql6-sqlite libqt6sql6-psql
  postgresql
  qt6-charts-dev qt6-svg-dev libqt6opengl6-dev qt6-translations-l10n
  qt6-qpa-plugins libgl-dev libglx-dev libvulkan-dev
  qtkeychain-qt6-dev
  xvfb xauth dpkg-dev desktop-file-utils appstream
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

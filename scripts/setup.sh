#!/bin/bash
# Installs every Debian 12 package InitScope needs to build, test and run, skipping what is present.
# Usage: scripts/setup.sh   (as root, or with sudo available)
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqcustomplot-dev libeigen3-dev nlohmann-json3-dev zlib1g-dev
  catch2 libbenchmark-dev
  dataset-fashion-mnist
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core fonts-noto-cjk
  desktop-file-utils appstream shared-mime-info man-db
)
need=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${need[@]}" >/dev/null
fi
echo "setup: all packages present" >&2

#!/bin/bash
# Builds the Debian package (build/package/initscope_<version>_amd64.deb) from a portable Release
# build, and checks it: its control fields, its files, and the desktop entry and metainfo inside.
# Usage: scripts/package.sh   (after scripts/setup.sh; reuses build/)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
rm -rf build/package
(cd build && cpack -G DEB -B package >/dev/null)
deb=$(ls build/package/initscope_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}' > build/package/contents.txt
for f in ./usr/bin/initscope ./usr/share/applications/io.github.initscope.InitScope.desktop \
         ./usr/share/metainfo/io.github.initscope.InitScope.metainfo.xml ./usr/share/man/man1/initscope.1.gz \
         ./usr/share/bash-completion/completions/initscope ./usr/share/icons/hicolor/scalable/apps/io.github.initscope.InitScope.svg; do
  grep -qxF "$f" build/package/contents.txt || { echo "package.sh: $f missing from $deb" >&2; exit 1; }
done
dpkg-deb --field "$deb" Depends | grep -q "libqt6widgets6" || { echo "package.sh: shlibdeps gave no Qt dependency" >&2; exit 1; }
dpkg-deb --field "$deb" Recommends | grep -q "dataset-fashion-mnist" || { echo "package.sh: no Recommends: dataset-fashion-mnist" >&2; exit 1; }
echo "package: $deb"

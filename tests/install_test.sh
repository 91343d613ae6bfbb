#!/bin/bash
# `cmake --install` into a temporary DESTDIR: every file a desktop installation needs is there, the
# desktop entry, metainfo, MIME type and manual page pass their validators, and the installed
# program runs from there (finding its engine libraries relative to itself, each level).
# Usage: install_test.sh BUILD_DIR [LEVELS]   (LEVELS: the x86-64 levels the engine is built for
# besides the baseline, e.g. "x86-64-v3;x86-64-v4"; empty for a build with one static engine)
set -u
build=$1
levels=${2:-}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
failures=0
passes=0
check() {  # check NAME COMMAND...
    local name=$1
    shift
    if "$@" >"$dest/.out" 2>&1; then
        passes=$((passes + 1))
    else
        echo "FAILED: $name"
        sed 's/^/    /' "$dest/.out" | head -20
        failures=$((failures + 1))
    fi
}

DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null || { echo "FAILED: cmake --install"; exit 1; }
root="$dest/usr"
id=io.github.initscope.InitScope
for f in bin/initscope share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/mime/packages/$id.xml share/icons/hicolor/scalable/apps/$id.svg share/man/man1/initscope.1.gz \
         share/bash-completion/completions/initscope share/doc/initscope/copyright share/doc/initscope/CHANGELOG.md; do
    check "installed: $f" test -s "$root/$f"
done
for size in 16 24 32 48 64 128 256; do
    png="$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
    check "icon ${size}x${size} is ${size}x${size}" test "$(identify -format '%wx%h' "$png" 2>/dev/null)" = "${size}x${size}"
done
if [ -n "$levels" ]; then
    lib=$(find "$root" -name libinitscope_core.so -not -path '*glibc-hwcaps*' | head -1)
    check "the baseline engine library" test -n "$lib"
    for level in ${levels//;/ }; do
        check "the $level engine library" test -s "$(dirname "$lib")/glibc-hwcaps/$level/libinitscope_core.so"
    done
else
    check "one static engine: no library installed" test -z "$(find "$root" -name 'libinitscope_core*')"
fi

# Validators (Debian's desktop-file-utils and appstream).
check "desktop-file-validate" desktop-file-validate "$root/share/applications/$id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net --explain "$root/share/metainfo/$id.metainfo.xml"
check "metainfo names the desktop entry" grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
    "$root/share/metainfo/$id.metainfo.xml"
check "metainfo carries the version" grep -q "<release version=\"$("$root/bin/initscope" --version | cut -d' ' -f2)\"" \
    "$root/share/metainfo/$id.metainfo.xml"
mkdir -p "$dest/mime/packages" && cp "$root/share/mime/packages/$id.xml" "$dest/mime/packages/"
check "the MIME type compiles" update-mime-database "$dest/mime"
check "experiment files are that MIME type" grep -q "application/x-initscope-experiment" "$dest/mime/types"
check "the manual page renders without warnings" bash -c \
    "MANWIDTH=80 man --warnings -E UTF-8 -l '$root/share/man/man1/initscope.1.gz' 2>&1 >/dev/null | (! grep .)"
check "the manual covers train --eval-every" bash -c "zcat '$root/share/man/man1/initscope.1.gz' | grep -q 'eval\\\\-every'"
check "the completion script parses" bash -n "$root/share/bash-completion/completions/initscope"
check "the completion completes subcommands" bash -c "source '$root/share/bash-completion/completions/initscope'; \
    COMP_WORDS=(initscope tr); COMP_CWORD=1; _initscope; [[ \" \${COMPREPLY[*]} \" == *' train '* ]]"

# The installed program runs from the install tree (RUNPATH relative to itself), on every level.
check "installed initscope runs" bash -c "'$root/bin/initscope' --version | grep -q '(engine x86-64'"
if [ -n "$levels" ]; then
    check "installed initscope on the baseline engine" bash -c \
        "/lib64/ld-linux-x86-64.so.2 --glibc-hwcaps-mask '' '$root/bin/initscope' --version | grep -q '(engine x86-64)'"
fi
check "installed initscope computes" "$root/bin/initscope" activations --depth 2 --width 10 --samples 20 --output "$dest/a.json"
check "nothing points back into the build folder" bash -c "! readelf -d '$root/bin/initscope' | grep -q '$build'"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]

#!/bin/bash
# Every user-visible string is translated: lupdate reads the window's sources (ui/) into a copy of
# each resources/translations/*.ts, and any entry it leaves "unfinished" (a string added or changed
# since the translation was made) fails the test, named. Positive control first: a string only this
# script knows must come out unfinished, or the check could not see one.
# Usage: check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/control"
cat >"$tmp/control/control.cpp" <<'CPP'
#include <QCoreApplication>
QString probe() { return QCoreApplication::translate("Control", "A sentence nobody has translated"); }
CPP
cp "$src/resources/translations/initscope_ko.ts" "$tmp/control.ts"
"$lupdate" -silent "$tmp/control" -ts "$tmp/control.ts" -locations none >/dev/null 2>&1
if ! grep -q 'type="unfinished"' "$tmp/control.ts"; then
  echo "positive control failed: lupdate did not mark a new string unfinished" >&2
  exit 1
fi

status=0
for ts in "$src"/resources/translations/initscope_*.ts; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" -silent "$src/ui" -ts "$copy" -no-obsolete -locations none >/dev/null 2>&1
  count=$(grep -c 'type="unfinished"' "$copy" || true)
  total=$(grep -c '<source>' "$copy" || true)
  echo "$(basename "$ts"): $total strings, $count unfinished"
  if [ "$count" -ne 0 ]; then
    status=1
    # Name them: the source lines before each unfinished translation.
    grep -B2 'type="unfinished"' "$copy" | sed -n 's/.*<source>\(.*\)<\/source>.*/  untranslated: \1/p' | head -50
  fi
done
[ "$status" -eq 0 ] && echo "every string translated"
exit "$status"

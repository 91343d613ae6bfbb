#!/bin/bash
# The real executable as a shell user meets it: exit codes and messages that only a process shows
# (the choice between window and command line, a failing standard output, signals).
# Usage: cli_process_test.sh /path/to/initscope
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
check() {  # check NAME CONDITION...
    local name=$1
    shift
    if "$@"; then
        passes=$((passes + 1))
    else
        echo "FAILED: $name"
        failures=$((failures + 1))
    fi
}

# A misspelt subcommand is a usage error with a suggestion, with or without a display.
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" activatons >"$work/out" 2>"$work/err"
code=$?
check "misspelt subcommand exits 2" test "$code" -eq 2
check "misspelt subcommand suggests" grep -q "did you mean 'activations'" "$work/err"
check "misspelt subcommand: no display message" bash -c "! grep -q 'no display' '$work/err'"

# A failing standard output is exit 1 with a message, never a silent loss.
"$bin" activations --depth 1 >/dev/full 2>"$work/err"
check "stdout to /dev/full exits 1" test $? -eq 1
check "stdout to /dev/full says so" grep -q "cannot write to standard output" "$work/err"
"$bin" presets >&- 2>"$work/err"
check "closed stdout exits 1" test $? -eq 1

# An empty --output is a usage error.
"$bin" activations --output '' 2>"$work/err"
check "empty --output exits 2" test $? -eq 2

# A signal while --output FILE is being written leaves neither the file nor the hidden temporary.
INITSCOPE_TEST_HOLD_WRITE_MS=3000 "$bin" activations --depth 1 --output "$work/sig.json" 2>/dev/null &
pid=$!
for _ in $(seq 100); do
    ls -A "$work" | grep -q '^\.sig\.json\.tmp-' && break
    sleep 0.05
done
check "the temporary exists while writing" bash -c "ls -A '$work' | grep -q '^\.sig\.json\.tmp-'"
kill -TERM $pid
wait $pid
code=$?
check "SIGTERM ends the process by the signal" test "$code" -eq 143
check "no temporary left after SIGTERM" bash -c "! ls -A '$work' | grep -q tmp"
check "no partial file after SIGTERM" test ! -e "$work/sig.json"

# A 250-byte file name works (the temporary's name stays within 255 bytes).
long="$work/$(printf 'a%.0s' $(seq 245)).json"
"$bin" activations --depth 1 --output "$long"
check "250-byte file name" test -s "$long"

# First run without MNIST: train uses Fashion-MNIST (when installed) and says so once, on stderr.
if [ -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ]; then
  INITSCOPE_MNIST="$work/none" XDG_DATA_HOME="$work/xdg" "$bin" train --dataset mnist --iterations 3 \
    --eval-every 3 --eval-samples 100 --output "$work/train.json" 2>"$work/err"
  code=$?
  check "train without MNIST exits 0" test "$code" -eq 0
  check "train without MNIST says Fashion-MNIST once" test "$(grep -c 'using Fashion-MNIST' "$work/err")" -eq 1
  check "train without MNIST says where MNIST goes" grep -q 'INITSCOPE_MNIST' "$work/err"
  check "the result names the dataset used" grep -q '/usr/share/datasets/fashion-mnist' "$work/train.json"
fi

# Every subcommand's --help, from the option definitions; the window's flags in the overview.
for c in activations train bn-sweep theory presets render run lesson help; do
  "$bin" "$c" --help >"$work/out" 2>"$work/err"
  check "$c --help exits 0" test $? -eq 0
  check "$c --help is its usage" grep -q "^usage: initscope $c" "$work/out"
done
"$bin" --help >"$work/out"
check "--help lists the window's --presentation" grep -q -- "--presentation" "$work/out"
"$bin" --version >"$work/out"
check "--version names the engine" grep -Eq '^initscope [0-9]+\.[0-9]+\.[0-9]+ \(engine x86-64' "$work/out"

echo "$passes passed, $failures failed"
test "$failures" -eq 0

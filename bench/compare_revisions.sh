#!/bin/bash
# Benchmarks another revision against this checkout on this machine, interleaved (old, new, old,
# new, …) so that both see the same load, and prints each benchmark's median change over the
# rounds. Used for "the layer model costs the plain network nothing":
#   bash bench/compare_revisions.sh 72e2764 [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
rev=${1:?usage: bench/compare_revisions.sh REVISION [ROUNDS]}
rounds=${2:-4}
mnist=${INITSCOPE_MNIST:-$root/../shared/data/mnist}
filter=${INITSCOPE_BENCH_FILTER:-'BM_OneCombo|BM_Screen|BM_TrainingIteration'}
other=$root/build/revision-$rev
if [ ! -x "$other/build/bench/bench_initscope" ]; then
  rm -rf "$other"
  git worktree add --detach "$other" "$rev" >/dev/null
  cmake -S "$other" -B "$other/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINITSCOPE_GUI=OFF -DINITSCOPE_BENCH=ON >/dev/null
  cmake --build "$other/build" --target bench_initscope --parallel "$(nproc)" >/dev/null
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DINITSCOPE_BENCH=ON >/dev/null
cmake --build build --target bench_initscope --parallel "$(nproc)" >/dev/null
out=build/compare-revisions
mkdir -p "$out"
for ((r = 1; r <= rounds; ++r)); do
  for who in old new; do
    bin=$other/build/bench/bench_initscope
    [ $who = new ] && bin=build/bench/bench_initscope
    INITSCOPE_MNIST=$mnist "$bin" --benchmark_filter="$filter" --benchmark_repetitions=7 \
      --benchmark_report_aggregates_only=true --benchmark_format=json > "$out/$who-$r.json" 2>/dev/null
  done
done
/usr/bin/python3 - "$out" "$rounds" "$rev" <<'PY'
import json, statistics, sys
out, rounds, rev = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def medians(path):
    m = {}
    for b in json.load(open(path))["benchmarks"]:
        if b.get("aggregate_name") == "median":
            m[b["run_name"].split("/iterations")[0].replace("/manual_time", "")] = b["real_time"]
    return m
pairs = [(medians("%s/old-%d.json" % (out, r)), medians("%s/new-%d.json" % (out, r))) for r in range(1, rounds + 1)]
print("this checkout against %s, %d interleaved rounds (each a median of 7 repetitions):" % (rev, rounds))
for name in pairs[0][0]:
    ratios = [n[name] / o[name] for o, n in pairs if name in n]
    print("  %-34s old %7.3f ms  new %7.3f ms  median change %+5.1f%%  (rounds: %s)" % (
        name, statistics.median(o[name] for o, _ in pairs), statistics.median(n[name] for _, n in pairs),
        100 * (statistics.median(ratios) - 1), " ".join("%+.1f" % (100 * (r - 1)) for r in ratios)))
PY

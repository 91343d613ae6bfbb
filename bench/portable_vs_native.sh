#!/bin/bash
# The portable build (the default: an engine per x86-64 level, the loader picks) against a build
# for this machine only (-DINITSCOPE_NATIVE=ON), measured side by side in one run: each benchmark
# alternates between the two builds for several rounds; medians and the ratio portable/native.
# Also the baseline engine alone (what a CPU without AVX2 runs), for scale.
# Usage: bench/portable_vs_native.sh [ROUNDS]   (default 3; needs ../shared/data/mnist or $INITSCOPE_MNIST)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
mnist=${INITSCOPE_MNIST:-$(pwd)/../shared/data/mnist}
scripts/setup.sh
for kind in portable native; do
  native=OFF
  [ "$kind" = native ] && native=ON
  cmake -S . -B "build-bench-$kind" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINITSCOPE_GUI=OFF -DINITSCOPE_TESTS=OFF \
    -DINITSCOPE_BENCH=ON -DINITSCOPE_NATIVE=$native >/dev/null
  cmake --build "build-bench-$kind" --parallel "$(nproc)" --target bench_initscope >/dev/null
done
out=build-bench-portable/portable-vs-native
rm -rf "$out" && mkdir -p "$out"
filter='-BM_BookComparison|BM_BatchNormSweep'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "engine library the loader takes for the portable build here:"
/lib64/ld-linux-x86-64.so.2 --list build-bench-portable/bench/bench_initscope | grep libinitscope_core
for ((r = 1; r <= rounds; r++)); do
  for kind in native portable baseline; do
    echo "round $r/$rounds: $kind" >&2
    run=(build-bench-${kind/baseline/portable}/bench/bench_initscope)
    [ "$kind" = baseline ] && run=(/lib64/ld-linux-x86-64.so.2 --glibc-hwcaps-mask '' "${run[@]}")
    INITSCOPE_MNIST=$mnist "${run[@]}" --benchmark_filter="$filter" --benchmark_repetitions=3 \
      --benchmark_report_aggregates_only=true --benchmark_format=json >"$out/$kind-$r.json" 2>/dev/null
  done
done
/usr/bin/python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
times = {}
for kind in ["native", "portable", "baseline"]:
    for r in range(1, rounds + 1):
        for b in json.load(open(f"{out}/{kind}-{r}.json"))["benchmarks"]:
            if b.get("aggregate_name") != "median":
                continue
            unit = {"ms": 1.0, "s": 1000.0, "us": 1e-3, "ns": 1e-6}[b["time_unit"]]
            name = b["run_name"].split("/iterations:")[0].split("/min_time:")[0].replace("/manual_time", "")
            times.setdefault(name, {}).setdefault(kind, []).append(b["real_time"] * unit)
print("%-44s %11s %11s %8s %11s %8s" % ("benchmark (median of rounds)", "native", "portable", "ratio", "baseline", "ratio"))
worst = 0.0
for name, t in times.items():
    n, p, s = (statistics.median(t[k]) for k in ("native", "portable", "baseline"))
    worst = max(worst, p / n)
    print("%-44s %8.2f ms %8.2f ms %7.2f× %8.2f ms %7.2f×" % (name, n, p, p / n, s, s / n))
print("largest portable/native ratio: %.2f×" % worst)
PY

#!/bin/bash
# Runs InitScope's benchmarks and the reference implementations in ../shared/peers (numpy and
# PyTorch, at their best settings here via run.sh) in the same run, and prints each pair's median
# times and the ratio. Usage: bench/compare.sh [--quick]   (--quick skips the 2000-iteration runs)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
peers=${INITSCOPE_PEERS:-$root/../shared/peers}
mnist=${INITSCOPE_MNIST:-$root/../shared/data/mnist}
quick=${1:-}
[ -d "$peers" ] || { echo "compare.sh: no reference implementations at $peers" >&2; exit 1; }
[ -f "$mnist/train-images-idx3-ubyte.gz" ] || { echo "compare.sh: real MNIST not found at $mnist (set INITSCOPE_MNIST)" >&2; exit 1; }
"$peers/setup.sh" >/dev/null
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DINITSCOPE_BENCH=ON >/dev/null
cmake --build build --parallel "$(nproc)" >/dev/null
out=build/compare
rm -rf "$out" && mkdir -p "$out"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "running InitScope benchmarks…" >&2
filter='.'
[ "$quick" = "--quick" ] && filter='-BM_BookComparison'
INITSCOPE_MNIST=$mnist build/bench/bench_initscope --benchmark_filter="$filter" \
  --benchmark_repetitions=7 --benchmark_report_aggregates_only=true \
  --benchmark_format=json --benchmark_out="$out/ours.json" --benchmark_out_format=json >/dev/null
echo "running the numpy and PyTorch references…" >&2
"$peers/run.sh" e1_numpy.py --repeats 20 --quiet > "$out/e1_numpy.txt"
"$peers/run.sh" e2_numpy.py --data "$mnist" --iters 300 > "$out/e2_numpy64.txt"
"$peers/run.sh" e2_numpy.py --data "$mnist" --iters 300 --dtype float32 > "$out/e2_numpy32.txt"
"$peers/run.sh" e2_torch.py --data "$mnist" --iters 300 --threads 1 > "$out/e2_torch.txt"
"$peers/run.sh" bn_torch.py --bench-only --threads 1 > "$out/bn_torch_bench.txt"
# Our own numpy reference of the backward pass (written from the formulas), run as run.sh runs the peers.
env OPENBLAS_NUM_THREADS=1 MALLOC_MMAP_THRESHOLD_=1000000000 MALLOC_TRIM_THRESHOLD_=1000000000 \
  /usr/bin/python3 scripts/backward_numpy.py --bench --repeats 9 > "$out/backward_numpy.txt"
"$peers/run.sh" bn_torch.py --seed 0 --time --threads 1 --quiet > "$out/bn_torch_sweep.txt"
if [ "$quick" != "--quick" ]; then
  for p in "e2_numpy.py --dtype float32" "e2_torch.py --threads 1"; do
    name=$(echo "$p" | cut -d. -f1)
    /usr/bin/python3 - "$peers" "$mnist" $p > "$out/$name.wall" <<'PY'
import subprocess, sys, time
peers, mnist, script, *rest = sys.argv[1:]
t = time.perf_counter()
subprocess.run([peers + "/run.sh", script, "--data", mnist, "--iters", "2000", *rest], check=True, stdout=subprocess.DEVNULL)
print(time.perf_counter() - t)
PY
  done
fi
# Peak resident memory of a full training run on MNIST (the CLI, snapshots every 100 iterations).
/usr/bin/python3 - "$root" "$mnist" "$out" > "$out/rss.txt" <<'PY'
import resource, subprocess, sys
root, mnist, out = sys.argv[1:]
subprocess.run([root + "/build/app/initscope", "train", "--dataset", mnist, "--iterations", "500",
                "--output", out + "/train.json"], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0)
PY
/usr/bin/python3 - "$out" <<'PY'
import json, re, sys, os
out = sys.argv[1]
ours = {}
for b in json.load(open(out + "/ours.json"))["benchmarks"]:
    if b.get("aggregate_name") == "median":
        unit = {"ms": 1.0, "s": 1000.0, "us": 1e-3, "ns": 1e-6}[b["time_unit"]]
        name = b["run_name"].split("/iterations:")[0].split("/min_time:")[0].replace("/manual_time", "")
        ours[name] = (b["real_time"] * unit, b)
def peer(name, pattern):
    text = open(out + "/" + name).read()
    m = re.search(pattern, text)
    return float(m.group(1)) if m else float("nan")
rows = []
def row(what, mine, ref_name, ref):
    rows.append((what, mine, ref_name, ref, ref / mine if mine else float("nan")))
e1 = lambda act, kind: peer("e1_numpy.txt", r"%s\s+Xavier\s+full=([\d.]+) fwd\+hist=([\d.]+)" % act) if kind == "full" else \
     peer("e1_numpy.txt", r"%s\s+Xavier\s+full=[\d.]+ fwd\+hist=([\d.]+)" % act)
for i, act in enumerate(["sigmoid", "tanh", "relu"]):
    row("activations %s×Xavier, drawing included" % act, ours["BM_OneComboFull/%d" % i][0], "numpy full", e1(act, "full"))
    row("activations %s×Xavier, forward+hist" % act, ours["BM_OneComboForwardHistogram/%d" % i][0], "numpy fwd+hist", e1(act, "fwd"))
sweep = peer("e1_numpy.txt", r"all 12 combos \(full\) median=([\d.]+)")
screen = ours["BM_ScreenAfterActivationChange"][0]
sigma = ours["BM_ScreenAfterSigmaChange"][0]
it = ours["BM_TrainingIteration"][0]
gflops = ours["BM_TrainingIteration"][1].get("GFLOPS", float("nan"))
gemm = ours["BM_Gemm1024"][1].get("GFLOPS", float("nan")) / 1e9
per_iter = r"per-iteration median=([\d.]+) ms"
row("training iteration (3 nets, batch 128)", it, "PyTorch 1 thread", peer("e2_torch.txt", per_iter))
row("training iteration (3 nets, batch 128)", it, "numpy float32", peer("e2_numpy32.txt", per_iter))
row("training iteration (3 nets, batch 128)", it, "numpy float64", peer("e2_numpy64.txt", per_iter))
row("batch norm step, batch 100 of 1000 (1 thread)", ours["BM_BatchNormStep/100"][0], "PyTorch 1 thread",
    peer("bn_torch_bench.txt", r"bn_b100_n1000\s+wall median=([\d.]+) ms"))
row("batch norm step, batch 128 of 60000 (1 thread)", ours["BM_BatchNormStep/128"][0], "PyTorch 1 thread",
    peer("bn_torch_bench.txt", r"bn_b128_n60000\s+wall median=([\d.]+) ms"))
row("figure 6-19: the 16-scale sweep", ours["BM_BatchNormSweep"][0], "PyTorch 1 thread",
    1000 * peer("bn_torch_sweep.txt", r"sweep wall ([\d.]+) s"))
row("default screen + backward pass (4 inits × 5 layers)", ours["BM_ScreenAfterActivationChangeBackward"][0],
    "numpy float32", peer("backward_numpy.txt", r"default_screen median=([\d.]+) ms"))
row("depth 50 × width 1000 + backward, 100 samples", ours["BM_Deep50x1000Backward/100"][0],
    "numpy float32", peer("backward_numpy.txt", r"deep50x1000_100samples median=([\d.]+) ms"))
if "BM_BookComparisonWithLoading" in ours:
    whole = ours["BM_BookComparisonWithLoading"][0]
    for name, label in [("e2_torch.wall", "PyTorch 1 thread"), ("e2_numpy.wall", "numpy float32")]:
        if os.path.exists(out + "/" + name):
            row("2000-iteration comparison, loading included", whole, label, float(open(out + "/" + name).read()) * 1000)
print("%-46s %12s   %-18s %12s  %7s" % ("benchmark (medians)", "InitScope", "reference", "reference", "ratio"))
for what, mine, ref_name, ref, ratio in rows:
    print("%-46s %9.2f ms   %-18s %9.2f ms  %6.2f×" % (what, mine, ref_name, ref, ratio))
print()
print("default screen (4 initializers × 5 layers) after an activation change: %.2f ms (target < 8 ms)" % screen)
print("default screen after a σ change (one row recomputed):                 %.2f ms" % sigma)
print("the same with the backward pass (as the window computes them):          %.2f ms and %.2f ms (σ change)"
      % (ours["BM_ScreenAfterActivationChangeBackward"][0], ours["BM_ScreenAfterSigmaChangeBackward"][0]))
print("depth 50 × width 1000, forward + backward with every statistic: %.0f ms (100 samples), %.0f ms (1000 samples)"
      % (ours["BM_Deep50x1000Backward/100"][0], ours["BM_Deep50x1000Backward/1000"][0]))
print("default screen over 100 seeds: %.0f ms forward only, %.0f ms with the backward pass (target < 1 s)"
      % (ours["BM_DefaultScreen100Seeds/0"][0], ours["BM_DefaultScreen100Seeds/1"][0]))
print("theory for the default screen: %.2f ms (target < 1 ms); with every cell's predicted histogram: %.2f ms"
      % (ours["BM_TheoryDefaultScreen"][0], ours["BM_TheoryEveryCell"][0]))
print("phase diagram 200 × 200: %.1f ms (target < 50 ms)" % ours["BM_PhaseDiagram200"][0])
print("numpy, all 12 activation × initializer combos (full): %.1f ms" % sweep)
print("training: %.1f GFLOP/s (276 MFLOP per iteration); Eigen 1024³ GEMM on one core: %.1f GFLOP/s" % (gflops / 1e9 if gflops > 1e6 else gflops, gemm))
print("peak resident memory, training on full MNIST: %.0f MB (target < 250 MB)" % float(open(out + "/rss.txt").read()))
PY
echo "(raw outputs in $out)"

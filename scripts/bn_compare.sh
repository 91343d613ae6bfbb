#!/bin/bash
# Figure 6-19 side by side with the PyTorch float32 reference (../shared/peers/bn_torch.py), in one
# run on this machine: each program's final training accuracy per weight scale, with and without
# batch norm, over several seeds (medians and ranges), and each sweep's wall time.
# Usage: scripts/bn_compare.sh [SEEDS]   (default 5: seeds 0 … 4). Prints the README's table.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seeds=${1:-5}
peers=${INITSCOPE_PEERS:-$root/../shared/peers}
mnist=${INITSCOPE_MNIST:-$root/../shared/data/mnist}
[ -d "$peers" ] || { echo "bn_compare.sh: no reference implementations at $peers" >&2; exit 1; }
[ -f "$mnist/train-images-idx3-ubyte.gz" ] || { echo "bn_compare.sh: real MNIST not found at $mnist" >&2; exit 1; }
"$peers/setup.sh" >/dev/null
[ -x build/app/initscope ] || bash scripts/build.sh >/dev/null
out=build/bn-compare
rm -rf "$out" && mkdir -p "$out"
for ((s = 0; s < seeds; ++s)); do
  echo "seed $s: InitScope, then PyTorch…" >&2
  build/app/initscope bn-sweep --dataset "$mnist" --seed "$s" --output "$out/ours-$s.json"
  "$peers/run.sh" bn_torch.py --seed "$s" --threads 1 --dtype float32 --time --quiet --json "$out/torch-$s.json" >/dev/null
done
/usr/bin/python3 - "$out" "$seeds" "$(nproc)" <<'PY'
import json, statistics, sys
out, seeds, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ours = [json.load(open("%s/ours-%d.json" % (out, s))) for s in range(seeds)]
torch = [json.load(open("%s/torch-%d.json" % (out, s))) for s in range(seeds)]
def cell(values):
    # A diverged network (weights no longer finite) has no accuracy: InitScope says so; PyTorch's
    # argmax of NaN logits picks class 0 (~0.10), which is shown as it is.
    finite = [v for v in values if v is not None]
    if not finite: return "diverged"
    text = "%.2f (%.2f–%.2f)" % (statistics.median(finite), min(finite), max(finite))
    return text + ("" if len(finite) == len(values) else " +%d div." % (len(values) - len(finite)))
print("| w | batch norm: InitScope | batch norm: PyTorch | without: InitScope | without: PyTorch |")
print("| ---: | --- | --- | --- | --- |")
for k in range(16):
    w = ours[0]["scales"][k]["w"]
    ob = [o["scales"][k]["bn"]["accuracy"][-1] for o in ours]
    op = [o["scales"][k]["plain"]["accuracy"][-1] for o in ours]
    tb = [t["results"][k]["bn"]["final"] for t in torch]
    tp = [t["results"][k]["nobn"]["final"] for t in torch]
    print("| %.3g | %s | %s | %s | %s |" % (w, cell(ob), cell(tb), cell(op), cell(tp)))
ow = [o["train_seconds"] for o in ours]
tw = [t["timing"]["sweep_wall_s"] for t in torch]
print()
print("final training accuracy after 20 epochs, median (min–max) over seeds 0–%d; 16-scale sweep wall time, "
      "median: InitScope %.2f s (%s threads), PyTorch float32 %.2f s (1 thread): %.1f×"
      % (seeds - 1, statistics.median(ow), cores, statistics.median(tw), statistics.median(tw) / statistics.median(ow)))
PY

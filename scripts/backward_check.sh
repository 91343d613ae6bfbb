#!/bin/bash
# The backward pass checked against an independent numpy reference (scripts/backward_numpy.py,
# float64, written from the formulas) over many seeds: for the book's twelve combinations
# (sigmoid, tanh, ReLU × std = 1, std = 0.01, Xavier, He; 5 layers of 100, 1000 samples) every
# layer's σ of activations, pre-activations, dL/dA and dL/dW and the ratio std(dL/dW)/std(W).
# The two programs draw different random numbers, so each quantity's mean of log σ over the seeds
# is compared within its sampling error. Prints the README's table; exits 1 on a disagreement.
# Usage: scripts/backward_check.sh [SEEDS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-20}
[ -x build/app/initscope ] || bash scripts/build.sh >/dev/null
out=build/backward-check
rm -rf "$out" && mkdir -p "$out"
/usr/bin/python3 scripts/backward_numpy.py --seeds "$seeds" > "$out/numpy.jsonl"
for ((s = 0; s < seeds; ++s)); do
  for act in sigmoid tanh relu; do
    build/app/initscope activations --backward --activation "$act" --seed "$s" --output "$out/ours-$act-$s.json"
  done
done
/usr/bin/python3 - "$out" "$seeds" <<'PY'
import json, math, statistics, sys
out, seeds = sys.argv[1], int(sys.argv[2])
acts, inits = ["sigmoid", "tanh", "relu"], ["std=1", "std=0.01", "xavier", "he"]
ref = {}
for line in open(out + "/numpy.jsonl"):
    r = json.loads(line)
    ref.setdefault((r["activation"], r["initializer"]), []).append(r["layers"])
ours = {}
for act in acts:
    for s in range(seeds):
        j = json.load(open("%s/ours-%s-%d.json" % (out, act, s)))
        for run in j["runs"]:
            layers = [{"a": l["std"], "z": l["pre_activation"]["std"], "grad_input": l["grad_input"]["std"],
                       "grad_weight": l["grad_weight"]["std"], "ratio": l["grad_weight_ratio"],
                       "share": l["saturated"] if l["saturated"] is not None else l["dead"]} for l in run["layers"]]
            ours.setdefault((act, run["initializer"]), []).append(layers)
checks = failures = 0
worst = (0.0, "")
for key in ref:
    for l in range(5):
        for q in ["a", "z", "grad_input", "grad_weight", "ratio", "share"]:
            o = [x[l][q] for x in ours[key]]
            n = [x[l][q] for x in ref[key]]
            if q == "share":  # a fraction: compare it directly
                mo, mn = statistics.mean(o), statistics.mean(n)
                se = math.sqrt(statistics.variance(o) / len(o) + statistics.variance(n) / len(n))
                ok = abs(mo - mn) <= 5 * se + 0.005
                z = abs(mo - mn) / (5 * se + 0.005)
            else:  # σ spans decades: compare log σ
                lo, ln = [math.log(v) for v in o], [math.log(v) for v in n]
                mo, mn = statistics.mean(lo), statistics.mean(ln)
                se = math.sqrt(statistics.variance(lo) / len(lo) + statistics.variance(ln) / len(ln))
                ok = abs(mo - mn) <= 5 * se + 0.01
                z = abs(mo - mn) / (5 * se + 0.01)
            checks += 1
            if not ok:
                failures += 1
                print("DISAGREE %s %s layer %d %s: InitScope %.4g, numpy %.4g" % (key[0], key[1], l + 1, q, mo, mn))
            if z > worst[0]: worst = (z, "%s %s layer %d %s" % (key[0], key[1], l + 1, q))
print("%d of %d checks agree (%d seeds each; the closest call: %s at %.2f of its allowance)"
      % (checks - failures, checks, seeds, worst[1], worst[0]))
print()
def med(key, l, q): return statistics.median(x[l][q] for x in ours[key])
def gm(key, q):  # the mean factor per layer, from layer 1 to layer 5
    return statistics.median((x[4][q] / x[0][q]) ** 0.25 for x in ours[key])
fmt = lambda v: ("%.2g" % v) if (v < 0.01 or v >= 100) else ("%.2f" % v)
print("| activation, init | σ(A) layer 1 → 5 | σ(dL/dA) at layer 5 → layer 1 | ×/layer backward | σ(dL/dW) layer 1 / layer 5 | saturated or dead, layer 1 → 5 |")
print("| --- | --- | --- | ---: | --- | --- |")
for act in acts:
    for init in inits:
        k = (act, init)
        back = 1.0 / gm(k, "grad_input")  # from layer 5 back to layer 1
        print("| %s, %s | %s → %s | %s → %s | ×%s | %s / %s | %.0f%% → %.0f%% |" % (
            act, init, fmt(med(k, 0, "a")), fmt(med(k, 4, "a")), fmt(med(k, 4, "grad_input")), fmt(med(k, 0, "grad_input")),
            fmt(back), fmt(med(k, 0, "grad_weight")), fmt(med(k, 4, "grad_weight")),
            100 * med(k, 0, "share"), 100 * med(k, 4, "share")))
sys.exit(1 if failures else 0)
PY

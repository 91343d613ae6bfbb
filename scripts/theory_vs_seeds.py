#!/usr/bin/python3
"""When do mean-field theory and one network agree? Prints the README's table.

For each case (activation, initializer, depth) and width, runs
  initscope activations --backward --repeats SEEDS   (seed 0 … SEEDS − 1)
  initscope theory                                    (the mean-field prediction)
and prints, for a few layers, the measured standard deviation of the activations (forward) and of
dL/dA (backward) relative to theory: seed 0 alone, and the median and 5–95 % band over the seeds.
A ratio of 1.00 is agreement; the band is how far one network of that width strays.

Usage: scripts/theory_vs_seeds.py [--initscope build/app/initscope] [--quick]
"""
import argparse
import json
import subprocess
import sys

CASES = [  # activation, initializer, depth
    ("tanh", "xavier", 20),
    ("relu", "he", 20),
    ("sigmoid", "xavier", 10),
]
LAYERS = [1, 2, 5, 10, 20]


def run(initscope, args):
    out = subprocess.run([initscope] + args + ["--format", "json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--initscope", default="build/app/initscope")
    parser.add_argument("--quick", action="store_true", help="width 1000 with 5 seeds (a smoke run)")
    o = parser.parse_args()
    widths = [(100, 100), (1000, 5 if o.quick else 20)]  # (width, seeds)
    print("| case | width, seeds | layer | σ(A) theory | seed 0 | median | 5–95 % | σ(dL/dA) theory | seed 0 | median | 5–95 % |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for activation, init, depth in CASES:
        for width, seeds in widths:
            shape = ["--activation", activation, "--init", init, "--depth", str(depth), "--width", str(width)]
            measured = run(o.initscope, ["activations"] + shape + ["--samples", "1000", "--backward", "--repeats", str(seeds)])
            theory = run(o.initscope, ["theory"] + shape)
            m_layers = measured["runs"][0]["layers"]
            t_layers = theory["runs"][0]["layers"]
            for layer in [l for l in LAYERS if l <= depth]:
                m, t = m_layers[layer - 1], t_layers[layer - 1]
                cells = []
                for key, spread_key, theory_key in (("std", "activations", "activation_std"),
                                                    ("grad_input", "grad_input", "grad_input_std")):
                    predicted = t[theory_key]
                    first = m["std"] if key == "std" else m["grad_input"]["std"]
                    s = m["spread"][spread_key]["std"]
                    cells += [f"{predicted:.3g}", f"×{first / predicted:.2f}", f"×{s['median'] / predicted:.2f}",
                              f"×{s['p5'] / predicted:.2f} … ×{s['p95'] / predicted:.2f}"]
                print(f"| {activation} + {init} | {width}, {seeds} | {layer} | " + " | ".join(cells) + " |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()

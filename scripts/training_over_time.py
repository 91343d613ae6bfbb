#!/usr/bin/python3
"""What the Training tab's views over time show for the book's MNIST comparison, as numbers.

Runs `initscope train` on the book's comparison (784-100-100-100-100-10, ReLU, SGD 0.01, batch 128,
2000 iterations, std=0.01 / Xavier / He, a snapshot every 100 iterations) and prints, per
initializer and hidden layer: the update:data ratio (log10 of the median over iterations 1–50 and
1951–2000), and at iterations 0, 500 and 2000 the dead share, std(A), std(dL/dA), std(W) and
std(dL/dW) — the update-ratio plot, the heat maps' columns and the histograms' spread as the README
quotes them. Every number comes from the JSON that `initscope train` writes (the same record the
window draws: tests/test_gui_training.cpp checks that the window's cells equal it).

Usage: scripts/training_over_time.py [--initscope build/app/initscope] [--mnist ../shared/data/mnist]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser()
    p.add_argument("--initscope", default=os.path.join(here, "..", "build", "app", "initscope"))
    p.add_argument("--mnist", default=os.path.join(here, "..", "..", "shared", "data", "mnist"))
    a = p.parse_args()
    if not os.path.isdir(a.mnist):
        print(f"skipped: no MNIST at {a.mnist}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "train.json")
        subprocess.run([a.initscope, "train", "--dataset", a.mnist, "--init", "std=0.01", "--init", "xavier",
                        "--init", "he", "--iterations", "2000", "--eval-every", "100", "--output", out], check=True)
        r = json.load(open(out))
    print("update:data ratio, log10 of the median over iterations 1-50 / 1951-2000 (layers 1-4, output)")
    for run in r["runs"]:
        first = [np.log10(np.median(np.array(l[:50], dtype=float))) for l in run["update_ratio"]]
        last = [np.log10(np.median(np.array(l[-50:], dtype=float))) for l in run["update_ratio"]]
        print(f"  {run['initializer']:9s} " + "  ".join(f"{f:5.2f}/{t:5.2f}" for f, t in zip(first, last)))
    by_iteration = {s["iteration"]: s for s in r["snapshots"]}
    print("per hidden layer 1-4 at iterations 0 / 500 / 2000")
    for k, run in enumerate(r["runs"]):
        print(f"  {run['initializer']}")
        for name, quantity, field, scale in [("dead %", "activations", "dead", 100.0), ("std(A)", "activations", "std", 1.0),
                                             ("std(dL/dA)", "gradients", "std", 1.0), ("std(W)", "weights", "std", 1.0),
                                             ("std(dL/dW)", "weight_gradients", "std", 1.0)]:
            cells = []
            for it in (0, 500, 2000):
                layers = by_iteration[it]["layers"][k]
                cells.append(" ".join(f"{scale * l[quantity][field]:.3g}" for l in layers))
            print(f"    {name:11s} " + "  |  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""The update:data ratio of the book's MNIST comparison: InitScope against numpy written here.

Trains the book's comparison (784-100-100-100-100-10, ReLU, softmax cross-entropy, biases 0, SGD
lr 0.01, batch 128 drawn with replacement, std=0.01 / Xavier / He, 2000 iterations) in numpy
float32 from the formulas, recording per dense layer std(ΔW)/std(W) after the step (ΔW = −η·dL/dW),
and runs `initscope train` with the same settings; different random numbers, so it compares
medians (min–max) over seeds at iteration 1 and iteration 2000, and — since one mini-batch's
step is noisy — of each seed's median over iterations 1–50 and 1951–2000.

Usage: scripts/update_ratio_check.py [--initscope build/app/initscope] [--mnist ../shared/data/mnist]
                                     [--seeds 5] [--iterations 2000]
"""
import argparse
import gzip
import json
import os
import struct
import subprocess

import numpy as np

INITS = {"std=0.01": lambda n: 0.01, "xavier": lambda n: np.sqrt(1.0 / n), "he": lambda n: np.sqrt(2.0 / n)}
SIZES = [784, 100, 100, 100, 100, 10]


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


WINDOW = 50


def numpy_ratios(x, t, seed, iterations):
    """update_ratio[init][layer][iteration] for the first and the last WINDOW iterations."""
    rng = np.random.default_rng(seed)
    nets = {}
    for name, std in INITS.items():
        nets[name] = [[(rng.standard_normal((i, o)) * std(i)).astype(np.float32), np.zeros(o, np.float32)]
                      for i, o in zip(SIZES[:-1], SIZES[1:])]
    lr = np.float32(0.01)
    first = {name: [[] for _ in range(len(SIZES) - 1)] for name in INITS}
    last = {name: [[] for _ in range(len(SIZES) - 1)] for name in INITS}
    for it in range(iterations):
        idx = rng.integers(0, x.shape[0], 128)
        xb, tb = x[idx], t[idx]
        for name, layers in nets.items():
            # forward: Z_l = A_{l−1}·W_l + b_l, A_l = max(Z_l, 0); logits = Z_L
            inputs, pre = [], []
            a = xb
            for i, (w, b) in enumerate(layers):
                inputs.append(a)
                z = a @ w + b
                pre.append(z)
                a = np.maximum(z, 0) if i < len(layers) - 1 else z
            # softmax cross-entropy: dL/dlogits = (softmax − onehot)/N
            e = np.exp(a - a.max(axis=1, keepdims=True))
            d = e / e.sum(axis=1, keepdims=True)
            d[np.arange(len(tb)), tb] -= 1
            d /= len(tb)
            ratios = []
            for i in range(len(layers) - 1, -1, -1):
                w, b = layers[i]
                dw = inputs[i].T @ d          # dL/dW_l = A_{l−1}ᵀ·δ_l
                db = d.sum(axis=0)
                if i > 0:
                    d = (d @ w.T) * (pre[i - 1] > 0)  # δ_{l−1} = δ_l·W_lᵀ ⊙ relu'(Z_{l−1})
                step = -lr * dw                     # ΔW = −η·dL/dW
                w += step
                b -= lr * db
                ratios.append(float(step.std() / w.std()))
            ratios.reverse()
            for layer, r in enumerate(ratios):
                if it < WINDOW:
                    first[name][layer].append(r)
                if it >= iterations - WINDOW:
                    last[name][layer].append(r)
    return first, last


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--initscope", default="build/app/initscope")
    p.add_argument("--mnist", default=os.path.join(os.path.dirname(__file__), "../../shared/data/mnist"))
    p.add_argument("--seeds", type=int, default=5)
    p.add_argument("--iterations", type=int, default=2000)
    o = p.parse_args()
    x = read_idx(os.path.join(o.mnist, "train-images-idx3-ubyte.gz")).reshape(-1, 784).astype(np.float32) / np.float32(255)
    t = read_idx(os.path.join(o.mnist, "train-labels-idx1-ubyte.gz")).astype(np.int64)
    ours = {"first": [], "last": []}
    theirs = {"first": [], "last": []}
    for seed in range(o.seeds):
        out = subprocess.run([o.initscope, "train", "--dataset", o.mnist, "--iterations", str(o.iterations), "--seed", str(seed),
                              "--eval-every", str(o.iterations), "--eval-samples", "1000"],
                             check=True, capture_output=True, text=True).stdout
        j = json.loads(out)
        assert j["update_ratio_every"] == 1
        ours["first"].append({r["initializer"]: [layer[:WINDOW] for layer in r["update_ratio"]] for r in j["runs"]})
        ours["last"].append({r["initializer"]: [layer[-WINDOW:] for layer in r["update_ratio"]] for r in j["runs"]})
        first, last = numpy_ratios(x, t, seed, o.iterations)
        theirs["first"].append(first)
        theirs["last"].append(last)
    def spread(values):
        v = np.array(values)
        return f"{np.median(v):.3g} ({v.min():.3g}–{v.max():.3g})", np.median(v)

    print(f"update:data ratio std(ΔW)/std(W); median (min–max) over {o.seeds} seeds")
    print(f"| initializer | layer | iteration | InitScope | numpy float32 | ÷ | iterations | InitScope | numpy float32 | ÷ |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for when, single, window in (("first", 0, f"1–{WINDOW}"), ("last", -1, f"{o.iterations - WINDOW + 1}–{o.iterations}")):
        label = "1" if when == "first" else str(o.iterations)
        for name in INITS:
            for layer in range(len(SIZES) - 1):
                a, ma = spread([s[name][layer][single] for s in ours[when]])
                b, mb = spread([s[name][layer][single] for s in theirs[when]])
                c, mc = spread([np.median(s[name][layer]) for s in ours[when]])
                d, md = spread([np.median(s[name][layer]) for s in theirs[when]])
                where = "output" if layer == len(SIZES) - 2 else str(layer + 1)
                print(f"| {name} | {where} | {label} | {a} | {b} | {ma / mb:.2f} | {window} | {c} | {d} | {mc / md:.2f} |")


if __name__ == "__main__":
    main()

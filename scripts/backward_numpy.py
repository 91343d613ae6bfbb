#!/usr/bin/python3
"""The activations experiment's backward pass, written here from the formulas in numpy (float64),
independently of InitScope's code: its own random numbers, its own forward and backward.

  A_0 = X ~ N(0, 1) (samples × n),  Z_l = A_{l-1} W_l,  A_l = f(Z_l),  W_l ~ N(0, σ_l²)
  dL/dA_L = G ~ N(0, 1);  δ_l = dL/dA_l ⊙ f'(Z_l),  dL/dW_l = A_{l-1}ᵀ δ_l,  dL/dA_{l-1} = δ_l W_lᵀ

Prints, for each seed, activation and initializer, one JSON line with every layer's standard
deviations (A, Z, dL/dA_{l-1}, dL/dW), std(dL/dW)/std(W), and the saturated (sigmoid: outside
[0.01, 0.99], tanh: |a| > 0.97) or dead (ReLU: exactly 0) share of A.
usage: backward_numpy.py --seeds 20 [--samples 1000] [--width 100] [--depth 5]
       backward_numpy.py --bench [--repeats 20]   times InitScope's two workloads in float32:
         the default screen (sigmoid, 4 initializers × 5 layers of 100, 1000 samples) and depth
         50 × width 1000 (ReLU, He, 100 samples), each forward and backward with every statistic
         InitScope gives (mean, std, min, max, 7 percentiles, 30-bin histogram of A, Z, dL/dA, dL/dW)
"""
import argparse, json
import numpy as np

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

ACTIVATIONS = {
    # f, f'(z) given z and a = f(z), the saturated-or-dead share of a
    "sigmoid": (sigmoid, lambda z, a: a * (1.0 - a), lambda a: np.mean((a < 0.01) | (a > 0.99))),
    "tanh": (np.tanh, lambda z, a: 1.0 - a * a, lambda a: np.mean(np.abs(a) > 0.97)),
    "relu": (lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(z.dtype), lambda a: np.mean(a == 0.0)),
}
SIGMA = {"std=1": lambda n: 1.0, "std=0.01": lambda n: 0.01, "xavier": lambda n: 1.0 / np.sqrt(n),
         "he": lambda n: np.sqrt(2.0 / n)}

def run(rng, act, init, samples, width, depth):
    f, df, share = ACTIVATIONS[act]
    x = rng.standard_normal((samples, width))
    ws = [rng.standard_normal((width, width)) * SIGMA[init](width) for _ in range(depth)]
    g = rng.standard_normal((samples, width))
    inputs, zs, outs = [], [], []
    a = x
    for w in ws:
        inputs.append(a)
        z = a @ w
        a = f(z)
        zs.append(z)
        outs.append(a)
    layers = [None] * depth
    grad = g
    for l in reversed(range(depth)):
        delta = grad * df(zs[l], outs[l])
        dw = inputs[l].T @ delta
        grad = delta @ ws[l].T
        layers[l] = {"a": outs[l].std(), "z": zs[l].std(), "grad_input": grad.std(), "grad_weight": dw.std(),
                     "ratio": dw.std() / ws[l].std(), "share": float(share(outs[l]))}
    return layers

def measure(v, bins=30):
    v = v.ravel()
    m = np.abs(v).max()
    return (v.mean(), v.std(), v.min(), v.max(), np.percentile(v, [1, 5, 25, 50, 75, 95, 99]),
            np.histogram(v, bins, (-m, m) if m > 0 else (-0.5, 0.5)))

def screen(rng, act, inits, samples, width, depth, dtype):
    f, df, share = ACTIVATIONS[act]
    x = rng.standard_normal((samples, width)).astype(dtype)
    g = rng.standard_normal((samples, width)).astype(dtype)
    base = [rng.standard_normal((width, width)).astype(dtype) for _ in range(depth)]
    def once():
        for init in inits:
            ws = [b * dtype(SIGMA[init](width)) for b in base]
            inputs, zs, outs, a = [], [], [], x
            for w in ws:
                inputs.append(a)
                z = a @ w
                a = f(z)
                zs.append(z)
                outs.append(a)
                measure(a)
                measure(z)
            grad = g
            for l in reversed(range(depth)):
                delta = grad * df(zs[l], outs[l])
                measure(inputs[l].T @ delta)
                grad = delta @ ws[l].T
                measure(grad)
    return once

def bench(repeats):
    import time
    rng = np.random.default_rng(0)
    for name, work in [("default_screen", screen(rng, "sigmoid", list(SIGMA), 1000, 100, 5, np.float32)),
                       ("deep50x1000_100samples", screen(rng, "relu", ["he"], 100, 1000, 50, np.float32))]:
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            work()
            times.append(1000 * (time.perf_counter() - t))
        print("%s median=%.2f ms" % (name, float(np.median(times))))

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seeds", type=int, default=20)
    p.add_argument("--samples", type=int, default=1000)
    p.add_argument("--width", type=int, default=100)
    p.add_argument("--depth", type=int, default=5)
    p.add_argument("--bench", action="store_true")
    p.add_argument("--repeats", type=int, default=20)
    o = p.parse_args()
    if o.bench:
        bench(o.repeats)
        return
    for seed in range(o.seeds):
        for act in ACTIVATIONS:
            for init in SIGMA:
                rng = np.random.default_rng([seed, list(ACTIVATIONS).index(act), list(SIGMA).index(init)])
                layers = run(rng, act, init, o.samples, o.width, o.depth)
                print(json.dumps({"seed": seed, "activation": act, "initializer": init, "layers": layers}))

if __name__ == "__main__":
    main()

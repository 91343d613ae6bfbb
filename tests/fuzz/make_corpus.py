#!/usr/bin/env python3
"""Writes the small seed corpus of the fuzz targets (kept in the repository)."""
import gzip, json, os, struct

here = os.path.dirname(os.path.abspath(__file__))

def idx(dims, payload):
    return bytes([0, 0, 8, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + payload

def write(folder, name, data):
    os.makedirs(os.path.join(here, "corpus", folder), exist_ok=True)
    with open(os.path.join(here, "corpus", folder, name), "wb") as f:
        f.write(data)

images = idx([3, 2, 2], bytes(range(12)))
labels = idx([3], bytes([1, 7, 9]))
write("idx", "images-raw", images)
write("idx", "labels-raw", labels)
write("idx", "images-gz", gzip.compress(images, mtime=0))
write("idx", "labels-gz", gzip.compress(labels, mtime=0))
write("idx", "truncated", images[:9])
write("idx", "lying-header", idx([100000, 28, 28], bytes(20)))
write("idx", "wrong-magic", b"\x12\x34" + images[2:])

experiment = {
    "format": "initscope-experiment", "version": 1, "view": "activations",
    "activations": {"activation": "sigmoid", "initializers": ["std=1", "std=0.01", "xavier", "he"],
                    "depth": 5, "width": 100, "samples": 1000, "seed": 0, "bins": 30,
                    "range": [0.0, 1.0], "bias": False},
    "training": {"dataset": "mnist", "activation": "relu", "initializers": ["std=0.01", "xavier", "he"],
                 "hidden": [100, 100, 100, 100], "optimizer": "sgd", "learning_rate": 0.01, "batch": 128,
                 "iterations": 2000, "seed": 0, "eval_every": 100, "eval_samples": 10000,
                 "probe_size": 256, "bins": 30, "bias": True},
}
write("experiment", "default.json", json.dumps(experiment, indent=2).encode())
e = json.loads(json.dumps(experiment)); e["activations"]["range"] = "auto"; e["view"] = "training"
write("experiment", "auto-range.json", json.dumps(e).encode())
e = json.loads(json.dumps(experiment)); e["activations"]["depth"] = 0
write("experiment", "bad-depth.json", json.dumps(e).encode())
write("experiment", "truncated.json", json.dumps(experiment).encode()[:200])

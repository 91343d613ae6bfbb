#!/bin/bash
# Prints the training figures the README quotes (the book's MNIST comparison, seed 0), from a
# real run of the built program, so the README never states numbers the build does not give.
# Usage: scripts/readme_figures.sh [MNIST_FOLDER]   (default ../shared/data/mnist)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/mnist}
[ -x build/app/initscope ] || scripts/build.sh
build/app/initscope train --dataset "$data" --seed 0 --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
parts = []
for r in d["runs"]:
    parts.append("%s ends at %.4f (mean of the last 100 losses), test accuracy %.2f %%"
                 % (r["initializer"], r["final_loss"], 100 * r["test_accuracy"]))
print("On real MNIST (seed 0, 2000 iterations): " + "; ".join(parts) + ".")
'

#!/bin/bash
# Fresh Debian 12 machine to running app: installs packages, builds, opens InitScope on its default
# experiment. Arguments are passed to initscope (e.g. "activations --activation relu").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec build/app/initscope "$@"

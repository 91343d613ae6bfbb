#!/bin/bash
# Fresh Debian 12 machine to passing tests: installs packages, builds, runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
ctest --test-dir build --output-on-failure --timeout 600 --parallel "$(nproc)" "$@"

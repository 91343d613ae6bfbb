#!/bin/bash
# Builds the libFuzzer targets with clang (+ASan +UBSan) and fuzzes the IDX reader, the
# experiment-file parser and the statistics/histograms (arbitrary float values and ranges). Usage: scripts/fuzz.sh [SECONDS_EACH]   (default 600)
# The corpus in tests/fuzz/corpus seeds the run; new inputs go to build-fuzz/corpus, not the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
need=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DINITSCOPE_FUZZ=ON -DINITSCOPE_GUI=OFF -DINITSCOPE_TESTS=OFF -DINITSCOPE_NATIVE=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc)"
pids=()
for target in idx experiment stats; do
  work=build-fuzz/corpus/$target
  mkdir -p "$work"
  cp -n tests/fuzz/corpus/$target/* "$work"/ 2>/dev/null || true
  build-fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -timeout=5 \
    -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix=build-fuzz/crash-$target- \
    "$work" > build-fuzz/fuzz_$target.log 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for target in idx experiment stats; do
  echo "== fuzz_$target: $(grep -E '^stat::number_of_executed_units' build-fuzz/fuzz_$target.log | awk '{print $2}') executions in ${seconds}s, $(ls build-fuzz/corpus/$target | wc -l) corpus files"
  grep -E "ERROR|SUMMARY|crash-" build-fuzz/fuzz_$target.log || echo "   no finding"
done
exit $status

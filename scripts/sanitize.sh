#!/bin/bash
# Builds and runs the tests under sanitizers: the whole suite under AddressSanitizer +
# UndefinedBehaviorSanitizer (LeakSanitizer included), and the threaded tests (worker, pause,
# cancel, close, start/stop cycles) under ThreadSanitizer; a test per core in both (the GUI tests'
# timing limits and waits are scaled under the sanitizers). Run by .ci/run after scripts/test.sh.
# Not under ASan, for CI's time: test_mnist_book (the book's 2000-iteration MNIST comparison, a
# numerical result; test_training and test_gui_training run the same training code under ASan)
# and test_no_alloc (it counts allocations: a property of the normal build's code).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
  -DINITSCOPE_SANITIZE="address;undefined" >/dev/null
cmake --build build-asan --parallel "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LSAN_OPTIONS=suppressions=$(pwd)/tests/sanitizers/lsan.supp:print_suppressions=0 \
  ctest --test-dir build-asan --output-on-failure --timeout 900 --parallel "$jobs" \
    -E "gui_smoke|cli_render_without_display|^test_mnist_book$|^test_no_alloc$"

# -O1 -g1: optimised enough to run the GUI tests in minutes, light enough to build fast.
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
  -DINITSCOPE_SANITIZE=thread >/dev/null
cmake --build build-tsan --parallel "$jobs" --target test_training test_gui test_gui_stress test_gui_training test_activations_experiment test_backward test_parallel
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$(pwd)/tests/sanitizers/tsan.supp \
  ctest --test-dir build-tsan --output-on-failure --timeout 900 --parallel "$jobs" -R "^(test_training|test_gui|test_gui_stress|test_gui_training|test_activations_experiment|test_backward|test_parallel)$"
echo "sanitizers: ASan+UBSan suite (all but test_mnist_book and test_no_alloc) and TSan threaded tests passed"

#!/usr/bin/env bash
# Installs what the tests need, builds, and runs every test; then builds the
# whole tree again with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs every test once more. The README's test command and CI's (.ci/run).
#
#   PORTPLANNER_SKIP_SANITIZERS=1 scripts/test.sh   # the plain run only
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

cmake -S . -B build -G Ninja
cmake --build build
ctest --test-dir build --output-on-failure --parallel 2

if [ "${PORTPLANNER_SKIP_SANITIZERS:-0}" = 1 ]; then
  exit 0
fi
sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPORTPLANNER_BUILD_BENCHMARKS=OFF \
  -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build build-asan
# Qt and fontconfig keep one-time allocations for the life of the process;
# leak reports there say nothing about PortPlanner.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel 2 --timeout 900

#!/usr/bin/env bash
# Installs what the tests need, builds the whole tree with AddressSanitizer
# and UndefinedBehaviorSanitizer, and runs every test through ctest: each
# test is also a memory-error and undefined-behaviour check. The README's
# test command and CI's (.ci/run).
#
# One sanitized build rather than a plain one and a sanitized one: the suite
# runs once, with asserts on (Debug) yet optimised enough (-O1) to stay quick,
# and CI stays well inside its time on two cores. A unity build (sources
# compiled in batches) because this build is always from scratch; no debug
# information (sanitizer reports name functions, not lines: rebuild with -g
# to find the line) and no benchmarks (no test runs them; every day-to-day
# build compiles them), both for the same two-core budget. The test code
# itself is compiled without instrumentation (tests/CMakeLists.txt says why).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g0" \
  -DPORTPLANNER_SANITIZE=ON -DPORTPLANNER_UNITY_BUILD=ON -DPORTPLANNER_BUILD_BENCHMARKS=OFF
cmake --build build-test
# Qt and fontconfig keep one-time allocations for the life of the process;
# leak reports there say nothing about PortPlanner.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-test --output-on-failure --parallel 2 --timeout 900

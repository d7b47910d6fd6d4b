#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer on) and runs each for a set time, starting from
# the committed seed corpus (tests/fuzz/corpus, left untouched: new inputs go
# to a scratch corpus). Crashes are written to build-fuzz/crashes/; turn each
# into a regression file under tests/data/bad/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]   (default 60, every target)
#   FUZZ_RUNS=N scripts/fuzz.sh ...   also stops each target after N executions
#   FUZZ_FAST=1 scripts/fuzz.sh ...   UndefinedBehaviorSanitizer only, at -O2
#                                     (build-fuzz-fast): about twice the
#                                     executions a second, no memory checks
#   FUZZ_REPLAY=1 scripts/fuzz.sh 0 [TARGET...]   runs every input of each
#                                     scratch corpus once under ASan: what a
#                                     fast run found is then checked for
#                                     memory errors too
#
# Both builds share the scratch corpora and the crashes folder (build-fuzz/).
#
# TARGET is a name without "fuzz_" (policy_csv); one target at a time, at
# the lowest priority, so that long runs can be made in pieces on a shared
# machine. Each run ends with its figures (executions, exec/s, CPU time).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
wanted=" $* "
build=build-fuzz
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g -O1"
if [ -n "${FUZZ_FAST:-}" ] && [ -z "${FUZZ_REPLAY:-}" ]; then
  # ASan's allocator and shadow checks take about half of each execution in
  # these Qt-heavy targets; undefined behaviour, crashes, hangs and the
  # harnesses' own checks (std::abort) are still caught.
  build=build-fuzz-fast
  flags="-fsanitize=fuzzer-no-link,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g -O2"
fi
scratch=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=Debug -DPORTPLANNER_FUZZ=ON -DPORTPLANNER_BUILD_GUI=OFF \
  -DPORTPLANNER_BUILD_TESTS=OFF -DPORTPLANNER_BUILD_BENCHMARKS=OFF \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" >/dev/null
nice -n 10 cmake --build "$build" --target fuzz_design_loader fuzz_inventory_import fuzz_policy_nftables fuzz_policy_iptables \
  fuzz_policy_csv fuzz_policy_paloalto fuzz_policy_capirca fuzz_verify_results fuzz_catalog
mkdir -p "$scratch/crashes"
status=0
for target in design_loader:design inventory_import:inventory policy_nftables:policy-nftables \
    policy_iptables:policy-iptables policy_csv:policy-csv policy_paloalto:policy-paloalto \
    policy_capirca:policy-capirca verify_results:verify-results catalog:catalog; do
  name="${target%%:*}"; corpus="${target##*:}"
  [ "$wanted" = "  " ] || [[ "$wanted" == *" $name "* ]] || continue
  work="$scratch/corpus-$corpus"
  mkdir -p "$work"
  # Input size caps: libFuzzer lets inputs grow up to the cap, and each run
  # costs about as much as its input is long. A catalog's seeds are 8-20 KB
  # (cut from the 2017 catalog: the full ones, 90-110 KB, ran at a fifth of
  # the speed). A verification results file of 8 KB is a hundred lines, a
  # policy of 16 KB a few hundred rules: enough for every construct the
  # readers know, at 2-5 times the speed the 256 KB cap allowed.
  case "$name" in
    catalog) maxlen=24576 ;;
    verify_results) maxlen=8192 ;;
    policy_*) maxlen=16384 ;;
    *) maxlen=262144 ;;
  esac
  runs="${FUZZ_RUNS:-}"
  if [ -n "${FUZZ_REPLAY:-}" ]; then
    runs=0 # -runs=0: every input of the corpora once, then stop
    echo "== fuzz_$name: replaying $(ls "$work" | wc -l) inputs under ASan"
  else
    echo "== fuzz_$name for ${seconds}s"
  fi
  # Leaks in Qt's own one-time allocations are not ours to chase here. No
  # allocation stacks kept (a fifth faster): a crash's own stack is still
  # reported; run its input again with malloc_context_size=30 for the rest.
  if ! ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0 /usr/bin/time -f "cpu: %U s user, %S s system, %e s wall" -o "$build/time-$name.txt" \
      nice -n 19 "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$scratch/crashes/$name-" -max_len=$maxlen ${runs:+-runs=$runs} \
      "$work" "tests/fuzz/corpus/$corpus" 2>"$build/fuzz-$name.log"; then
    status=1
    echo "   CRASH: see $build/fuzz-$name.log and $scratch/crashes/"
  fi
  grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb' "$build/fuzz-$name.log" || true
  grep -E '^#[0-9]+' "$build/fuzz-$name.log" | tail -1 || true
  cat "$build/time-$name.txt" 2>/dev/null || true
  echo "   corpus: $(ls "$work" | wc -l) files"
done
exit $status

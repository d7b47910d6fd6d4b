#!/bin/sh
# Measures every output of issue 19 on the XL design at 1x and 4x (or the
# scales given) and writes a markdown table: wall time, peak memory
# (/usr/bin/time -v's maximum resident set) and output size per command, as
# a user runs it. Build RelWithDebInfo first, in its own folder:
#
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   nice cmake --build build-rel
#   nice -n 19 benchmarks/run.sh build-rel            # scales 1 and 4
#   nice -n 19 benchmarks/run.sh build-rel 1          # scale 1 only
#   GUI=1 nice -n 19 benchmarks/run.sh build-rel      # also the canvas figures
#   GUI=1 CPU_CLOCK=1 ...                             # canvas in CPU time (busy machine)
#
# The table goes to standard output and to $OUT (default
# build-rel/benchmark-results.md); paste it into benchmarks/README.md with
# the date and the machine. Long runs are cut at $LIMIT seconds (default
# 600) and say so.
set -eu

BUILD=${1:-build-rel}
shift || true
SCALES=${*:-1 4}
LIMIT=${LIMIT:-600}
OUT=${OUT:-$BUILD/benchmark-results.md}
CLI=$BUILD/app/cli/portplanner-cli
GEN=$BUILD/benchmarks/portplanner-generate-xl
SCENE=$BUILD/benchmarks/portplanner-bench-scene
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in "$CLI" "$GEN"; do
    [ -x "$tool" ] || { echo "missing $tool: build $BUILD first" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

human_size() {
    awk -v b="$1" 'BEGIN { if (b >= 1048576) printf "%.0f MB", b / 1048576; else if (b >= 1024) printf "%.0f KB", b / 1024; else printf "%d B", b }'
}

# run LABEL TARGET OUTPUT CMD...: one row of the table.
run() {
    label=$1; target=$2; output=$3; shift 3
    status=0
    /usr/bin/time -v -o "$WORK/time" timeout "$LIMIT" "$@" > "$WORK/stdout" 2> "$WORK/stderr" || status=$?
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$WORK/time")
    peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/time")
    cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.2f s", s }' "$WORK/time")
    if [ "$output" = "-" ]; then output=$WORK/stdout; fi
    size=$( [ -f "$output" ] && human_size "$(stat -c %s "$output")" || echo "-")
    if [ "$status" = 124 ]; then
        time_cell="killed after $LIMIT s"; size="-"
    elif [ "$status" != 0 ]; then
        time_cell="failed ($status)"
    else
        time_cell=$(awk -v s="$seconds" 'BEGIN { printf "%.2f s", s }')
    fi
    printf '| %s | %s | %s | %s | %s MB | %s | %s |\n' "$label" "$scale" "$time_cell" "$cpu" "$peak" "$size" "$target" >> "$OUT"
    printf '%-28s x%s %12s %10s cpu %8s MB %10s\n' "$label" "$scale" "$time_cell" "$cpu" "$peak" "$size" >&2
    rm -f "$WORK/out".* 
}

{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo),"
    echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"); build: $BUILD."
    echo
    echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (wall time counts what other"
    echo "processes take; CPU time is this command's own, user + system)."
    echo
    echo "| output | scale | wall time | CPU time | peak memory | size | target (scale 1) |"
    echo "|---|---|---|---|---|---|---|"
} > "$OUT"

for scale in $SCALES; do
    design=$WORK/xl-$scale.portplan
    "$GEN" --scale "$scale" "$design" > /dev/null
    run '`flows --format json`' '<= 1 s, < 400 MB' - "$CLI" flows "$design" --format json
    run '`flows --format csv`' '' - "$CLI" flows "$design" --format csv
    for format in csv nft ps1; do
        run "\`export\` $format" '<= 1 s, < 1 GB' "$WORK/out.$format" "$CLI" export "$design" -o "$WORK/out.$format"
    done
    run '`export` xlsx' '<= 5 s, < 1 GB' "$WORK/out.xlsx" "$CLI" export "$design" -o "$WORK/out.xlsx"
    run '`export` html' '<= 2 s, < 1 GB' "$WORK/out.html" "$CLI" export "$design" -o "$WORK/out.html"
    run '`export` pdf' '<= 30 s, < 1 GB' "$WORK/out.pdf" "$CLI" export "$design" -o "$WORK/out.pdf"
    if [ "${GUI:-0}" = 1 ] && [ -x "$SCENE" ]; then
        echo "" >> "$OUT.gui"
        echo "Canvas, scale $scale:" >> "$OUT.gui"
        QT_QPA_PLATFORM=offscreen "$SCENE" "$scale" ${CPU_CLOCK:+--cpu} 2>&1 | grep -v '^QStandardPaths\|propagateSizeHints' >> "$OUT.gui" || true
    fi
done

if [ -f "$OUT.gui" ]; then
    { echo; echo '```'; cat "$OUT.gui"; echo '```'; } >> "$OUT"
    rm -f "$OUT.gui"
fi
cat "$OUT"

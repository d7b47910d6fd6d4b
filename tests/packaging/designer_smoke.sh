#!/usr/bin/env bash
# Starts the designer as a desktop does: the Exec line of its desktop entry,
# %f replaced by a design file, on a fresh X server (Xvfb, no window manager,
# nothing in the environment but what a session sets). Checks that its
# window comes up with that design open and carries the desktop entry's
# StartupWMClass, that it stays up, that the screen is not blank, that it
# loaded the X11 platform and SVG icon plugins, that Auto-Arrange lays the
# design out with graphviz, that Ctrl+Q closes it with exit status 0, and
# that stderr stayed silent (a missing platform plugin, image reader, icon
# engine or graphviz plugin shows there).
#
# Usage: designer_smoke.sh [--closure PACKAGE] DESKTOP_FILE DESIGN SHOT_DIR
#   --closure PACKAGE  also check (runtime_closure.py) that every library it
#                      loaded comes from PACKAGE's dependencies
# The environment's PATH decides which portplanner the Exec line starts.
set -euo pipefail
closure=""
if [ "${1:-}" = --closure ]; then
  closure="$2"
  shift 2
fi
desktop="$1"
design="$2"
shots="$3"
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
xvfb=""
app=""
cleanup() {
  [ -z "$app" ] || kill "$app" 2>/dev/null || true
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  echo "designer: $*"
  if [ -s "$tmp/stderr" ]; then sed 's/^/  stderr: /' "$tmp/stderr" | head -40; fi
  exit 1
}

# The Exec line, field codes expanded as the Desktop Entry Specification says.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -1)
[ -n "$exec_line" ] || fail "$desktop has no Exec line"
cmd=()
read -ra words <<<"$exec_line"
for w in "${words[@]}"; do
  case "$w" in
    %f|%F|%u|%U) cmd+=("$design") ;;
    %i|%c|%k) ;;
    *) cmd+=("${w//%%/%}") ;;
  esac
done
echo "desktop entry starts: ${cmd[*]}"
wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop" | head -1)

# A free display of our own; -displayfd prints its number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do
  [ -s "$tmp/display" ] && break
  kill -0 "$xvfb" 2>/dev/null || { cat "$tmp/xvfb.log"; fail "Xvfb did not start"; }
  sleep 0.1
done
[ -s "$tmp/display" ] || fail "Xvfb gave no display within 10 s"
export DISPLAY=":$(head -1 "$tmp/display")"

# What a desktop session passes: no QT_QPA_PLATFORM (the test harness may
# set offscreen), a home of its own so no settings or crash recovery of an
# earlier run show up. The sanitizers' settings pass through when set.
mkdir -m 700 "$tmp/home" "$tmp/runtime"
env -i PATH="$PATH" HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" DISPLAY="$DISPLAY" \
    LANG=C.UTF-8 ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} \
    "${cmd[@]}" >"$tmp/stdout" 2>"$tmp/stderr" &
app=$!

# The main window, titled after the design it opened.
title=$(basename "$design" .portplan)
wid=""
for _ in $(seq 120); do
  kill -0 "$app" 2>/dev/null || { wait "$app" && rc=0 || rc=$?; app=""; fail "exited with status $rc before its window showed"; }
  wid=$(xdotool search --onlyvisible --name "^$title" 2>/dev/null | head -1 || true)
  [ -z "$wid" ] || break
  sleep 0.5
done
[ -n "$wid" ] || fail "no window titled '$title...' within 60 s"
echo "window up: $(xdotool getwindowname "$wid"), $(xwininfo -id "$wid" | sed -n 's/.*geometry \([^ ]*\).*/\1/p')"
if [ -n "$wm_class" ]; then
  class=$(xprop -id "$wid" WM_CLASS)
  echo "$class" | grep "\"$wm_class\"" >/dev/null || fail "WM_CLASS is ${class#*= }, the desktop entry says StartupWMClass=$wm_class"
  echo "WM_CLASS ${class#*= } matches StartupWMClass=$wm_class"
fi

# Stays up, drawing: icons, text and the design on the canvas.
sleep 3
kill -0 "$app" 2>/dev/null || fail "exited within 3 s of showing its window"
mkdir -p "$shots"
rm -f "$shots/designer-installed.png"
import -window root "$shots/designer-installed.png"
colours=$(identify -format '%k' "$shots/designer-installed.png")
echo "screenshot $shots/designer-installed.png: $colours colours"
[ "$colours" -ge 64 ] || fail "the screen is nearly blank ($colours colours)"

# Auto-Arrange lays the design out with graphviz (its dot plugin, loaded at
# run time): the design changes (the title gains its *), and Undo takes it
# back, leaving nothing unsaved.
title_is() {  # waits up to 30 s for a title matching the pattern
  for _ in $(seq 60); do
    xdotool getwindowname "$wid" 2>/dev/null | grep -E "$1" >/dev/null && return 0
    kill -0 "$app" 2>/dev/null || fail "exited while arranging"
    sleep 0.5
  done
  return 1
}
xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+shift+a
title_is "^$title[^ ]*\\* " || fail "Auto-Arrange (Ctrl+Shift+A, graphviz) did not change the design"
xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+z
title_is "^$title[^ *]* " || fail "Undo (Ctrl+Z) did not take Auto-Arrange back"
echo "Auto-Arrange laid the design out with graphviz; Undo took it back"

if [ -n "$closure" ]; then
  python3 "$here/runtime_closure.py" check "$closure" "$app" || fail "loads Qt plugins a fresh install would lack"
fi
maps=$(cat "/proc/$app/maps")
for plugin in qt6/plugins/platforms/libqxcb.so qt6/plugins/iconengines/libqsvgicon.so graphviz/libgvplugin_dot_layout.so; do
  echo "$maps" | grep "/$plugin" >/dev/null || fail "did not load the plugin $plugin"
done

# Closes on Ctrl+Q like a user closes it, with nothing unsaved to ask about.
xdotool windowfocus --sync "$wid"
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 100); do
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$app" 2>/dev/null && fail "still running 10 s after Ctrl+Q"
wait "$app" && rc=0 || rc=$?
app=""
[ "$rc" -eq 0 ] || fail "exited with status $rc after Ctrl+Q"
if [ -s "$tmp/stderr" ]; then
  fail "wrote to stderr"
fi
echo "designer started from its desktop entry, showed $title, closed on Ctrl+Q with status 0 and a quiet stderr"

#!/usr/bin/env bash
# Installs the .deb check_package.sh built (in OUT) as a user does,
# `apt-get install ./portplanner_*.deb`, into a throwaway root: an overlay on
# this system's root, inside private mount, PID and network namespaces, so
# dpkg, its maintainer scripts and triggers run for real and nothing reaches
# the real system. Recommends stay out, and so do Qt plugins from packages
# outside the package's dependencies: it must work on its Depends, as on a
# fresh system. Then the installed CLI validates the installed example, the
# designer starts from its desktop entry under Xvfb on that example
# (designer_smoke.sh, which also checks that every Qt plugin it loads comes
# from the package's dependencies), and dpkg --purge leaves no file behind.
#
# Needs root and namespaces (unshare, overlayfs). Without them the test says
# SKIPPED with the reason, still starts the designer from the unpacked
# package under Xvfb, and exits 77 (ctest: skipped).
#
# Usage: install_package.sh OUT
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package=portplanner
app_id=io.github.portplanner.PortPlanner
desktop=/usr/share/applications/$app_id.desktop
example=/usr/share/portplanner/examples/standalone-dmz.portplan
helpers=(designer_smoke.sh runtime_closure.py)

# Inside the namespaces: build the throwaway root, install, check, purge.
if [ "${1:-}" = --inside ]; then
  deb="$2"
  scratch="$3"
  out="$4"
  mount --make-rprivate /
  mount -t tmpfs -o mode=755 tmpfs "$scratch"
  mkdir "$scratch/upper" "$scratch/work" "$scratch/root"
  mount -t overlay overlay -o "lowerdir=/,upperdir=$scratch/upper,workdir=$scratch/work" "$scratch/root"
  r="$scratch/root"
  mount -t proc proc "$r/proc"
  mount --rbind /dev "$r/dev"
  mount -t tmpfs -o mode=1777 tmpfs "$r/tmp"
  mount -t tmpfs -o mode=755 tmpfs "$r/run"
  mkdir "$r/tmp/pkg"
  cp "$deb" "$r/tmp/pkg/"
  for h in "${helpers[@]}"; do cp "$here/$h" "$r/tmp/pkg/"; done
  in_root() {
    chroot "$r" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
      ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} "$@"
  }

  # man-db's trigger re-indexes every manual page on the system (10 s and
  # more); build roots switch it off the same way (the flag file its
  # man-db/auto-update question sets). The pages' presence is checked.
  rm -f "$r/var/lib/man-db/auto-update"

  # A fresh install even where this system has the package already.
  if in_root dpkg-query -W "$package" >/dev/null 2>&1; then
    in_root dpkg --purge "$package" >/dev/null 2>&1
  fi

  # apt without its package lists: there is no network in here, so every
  # dependency must already be installed (scripts/install-deps.sh installs
  # the build dependencies, which pull in the run-time libraries), and apt
  # then has only dpkg's database to read.
  start=$(date +%s)
  if ! in_root apt-get -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=/dev/null \
       install -y --no-install-recommends "/tmp/pkg/$(basename "$deb")" >"$scratch/apt.log" 2>&1; then
    sed 's/^/  apt: /' "$scratch/apt.log" | tail -25
    echo "apt-get install ./$(basename "$deb") failed in the throwaway root" \
         "(a dependency this system lacks belongs in scripts/install-deps.sh)"
    exit 1
  fi
  grep -E "^(Setting up|Processing triggers)" "$scratch/apt.log" | sed 's/^/  apt: /' || true
  echo "installed in $(( $(date +%s) - start )) s"
  status=$(in_root dpkg-query -W -f='${db:Status-Abbrev}' "$package")
  [ "${status% }" = "ii" ] || { echo "dpkg says $package is '$status', not installed"; exit 1; }
  for f in /usr/bin/portplanner /usr/bin/portplanner-cli "$desktop" "$example"; do
    [ -e "$r$f" ] || { echo "installed package lacks $f"; exit 1; }
  done

  # Qt loads every plugin it finds; a fresh system has only those the
  # package's dependencies bring. The others go (this root only), so the
  # designer shows whether it works with what the package asks for.
  strays=$(in_root python3 /tmp/pkg/runtime_closure.py strays "$package")
  if [ -n "$strays" ]; then
    echo "removing Qt plugins from outside $package's dependencies:" $strays
    # shellcheck disable=SC2086
    in_root dpkg --remove --force-depends $strays >"$scratch/strays.log" 2>&1 || {
      cat "$scratch/strays.log"; echo "could not remove them"; exit 1; }
  fi

  # The installed CLI on the installed example, found on PATH.
  # (it exits 1 for a design with warnings, as the example has)
  in_root portplanner-cli validate "$example" >"$scratch/validate.txt" || true
  tail -1 "$scratch/validate.txt"
  grep "0 error(s)" "$scratch/validate.txt" >/dev/null || { echo "installed CLI did not validate $example"; exit 1; }

  in_root bash /tmp/pkg/designer_smoke.sh --closure "$package" "$desktop" "$example" /tmp/pkg/shots
  cp "$r"/tmp/pkg/shots/*.png "$out/"

  # Purge takes everything it installed with it.
  in_root dpkg --purge "$package" >"$scratch/purge.log" 2>&1 || {
    cat "$scratch/purge.log"; echo "dpkg --purge $package failed"; exit 1; }
  for f in /usr/bin/portplanner /usr/bin/portplanner-cli "$desktop" "$example" /usr/share/doc/$package; do
    [ ! -e "$r$f" ] || { echo "purging left $f behind"; exit 1; }
  done
  echo "dpkg --purge $package removed it"
  exit 0
fi

out="$(realpath "$1")"
deb=$(ls "$out"/${package}_*.deb)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

why=""
separate=$(for d in /usr /etc /var /var/lib; do if mountpoint -q "$d"; then echo "$d"; fi; done | xargs)
if [ "$(id -u)" -ne 0 ]; then
  why="not root (dpkg and mounts in the throwaway root need it)"
elif [ -n "$separate" ]; then
  why="$separate on a file system of its own (the overlay covers / alone)"
elif ! unshare --mount --pid --net --fork true 2>"$work/unshare.err"; then
  why="unshare refused new namespaces: $(head -1 "$work/unshare.err")"
elif ! unshare --mount sh -c "mount -t tmpfs tmpfs '$work' && mkdir '$work/u' '$work/w' '$work/m' \
        && mount -t overlay overlay -o 'lowerdir=/,upperdir=$work/u,workdir=$work/w' '$work/m'" \
        2>"$work/overlay.err"; then
  why="no overlayfs over / here: $(head -1 "$work/overlay.err")"
fi

if [ -z "$why" ]; then
  mkdir "$work/scratch"
  unshare --mount --pid --net --uts --ipc --fork -- bash "$0" --inside "$deb" "$work/scratch" "$out"
  exit
fi

echo "SKIPPED: installing into a throwaway root: $why."
echo "Starting the designer from the unpacked package instead (its libraries and plugins are this system's)."
root="$work/root"
dpkg-deb -x "$deb" "$root"
PATH="$root/usr/bin:$PATH" bash "$here/designer_smoke.sh" "$root$desktop" "$root$example" "$out"
echo "SKIPPED: installing into a throwaway root: $why."
exit 77

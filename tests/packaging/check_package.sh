#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack into OUT, unpacks the .deb into a
# scratch root, runs the installed CLI on an installed example, asks apt
# whether the package installs on this system (every Depends must resolve,
# every Recommends must exist), and checks the desktop entry, the AppStream
# metainfo and the package with the tools distributions use. Lintian errors
# fail the test unless listed (with the reason) in
# installer/debian/lintian-allowed. install_package.sh then installs the
# package for real into a throwaway root and starts the designer.
set -euo pipefail
build="$1"
source_dir="$2"
out="$3"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out" >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
tgz=$(ls "$out"/*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

info=$(dpkg-deb --info "$deb")
echo "$info" | grep -E "Package: portplanner|Depends:"
# (grep -q on a pipe would stop reading early and fail the pipeline)
echo "$info" | grep "Depends:.*libqt6widgets6" >/dev/null || { echo "Depends lacks the Qt libraries (shlibdeps)"; exit 1; }

# What apt says: a dependency that does not exist in this distribution
# (bookworm has no qt6-svg-plugins, for one) leaves the package uninstallable.
bash "$here/apt_resolves.sh" "$deb"
# The same check on a package with the Depends that broke the install
# (issue 18) must fail and name the missing package.
mkdir -p "$work/broken/DEBIAN"
printf '%s\n' "Package: portplanner-broken" "Version: 0.1.0" "Architecture: all" \
  "Maintainer: $(dpkg-deb -f "$deb" Maintainer)" "Depends: qt6-qpa-plugins, qt6-svg-plugins" \
  "Description: control for the apt check" " A package no distribution can install." >"$work/broken/DEBIAN/control"
dpkg-deb --build "$work/broken" "$work/broken.deb" >/dev/null
if broken=$(bash "$here/apt_resolves.sh" "$work/broken.deb" 2>&1); then
  echo "the apt check passed a package that depends on qt6-svg-plugins"; exit 1
fi
echo "$broken" | grep "no installable package qt6-svg-plugins" >/dev/null || {
  echo "$broken"; echo "the apt check did not name qt6-svg-plugins"; exit 1; }

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/portplanner usr/bin/portplanner-cli \
         usr/share/applications/io.github.portplanner.PortPlanner.desktop \
         usr/share/metainfo/io.github.portplanner.PortPlanner.metainfo.xml \
         usr/share/mime/packages/portplanner.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.portplanner.PortPlanner.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.portplanner.PortPlanner.png \
         usr/share/portplanner/examples/standalone-dmz.portplan \
         usr/share/portplanner/examples/branch-firewalls.portplan \
         usr/share/doc/portplanner/copyright usr/share/doc/portplanner/changelog.gz \
         usr/share/man/man1/portplanner-cli.1.gz; do
  [ -e "$root/$f" ] || { echo "missing from the package: $f"; exit 1; }
done

# The installed CLI on an installed example.
out=$("$root/usr/bin/portplanner-cli" validate "$root/usr/share/portplanner/examples/standalone-dmz.portplan" || true)
echo "$out" | tail -1
echo "$out" | grep -q "0 error(s)" || { echo "installed CLI did not validate the installed example"; exit 1; }
flows=$("$root/usr/bin/portplanner-cli" flows "$root/usr/share/portplanner/examples/standalone-dmz.portplan" --crossing --format csv)
echo "$flows" | grep "BKMK_PortsClient-MP" >/dev/null || { echo "installed CLI gave no flows"; exit 1; }

# The tarball holds the same binaries.
listing=$(tar -tzf "$tgz")
echo "$listing" | grep "bin/portplanner-cli$" >/dev/null || { echo "tarball lacks portplanner-cli"; exit 1; }

desktop-file-validate "$root/usr/share/applications/io.github.portplanner.PortPlanner.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.portplanner.PortPlanner.metainfo.xml" \
  || appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.portplanner.PortPlanner.metainfo.xml"

if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
  allowed="$source_dir/installer/debian/lintian-allowed"
  errors=$(grep '^E:' "$work/lintian.txt" | sed 's/^E: [^ ]* [^:]*: //' | awk '{print $1}' | sort -u || true)
  unexplained=""
  for tag in $errors; do
    grep -q "^$tag " "$allowed" 2>/dev/null || unexplained="$unexplained $tag"
  done
  sed 's/^/  lintian: /' "$work/lintian.txt" | head -40
  [ -z "$unexplained" ] || { echo "lintian errors without an explanation:$unexplained"; exit 1; }
fi
echo "package OK"

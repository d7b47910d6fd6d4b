#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a scratch
# root, runs the installed CLI on an installed example, and checks the
# desktop entry, the AppStream metainfo and the package with the tools
# distributions use. Lintian errors fail the test unless listed (with the
# reason) in installer/debian/lintian-allowed.
set -euo pipefail
build="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

info=$(dpkg-deb --info "$deb")
echo "$info" | grep -E "Package: portplanner|Depends:"
# (grep -q on a pipe would stop reading early and fail the pipeline)
echo "$info" | grep "Depends:.*libqt6widgets6" >/dev/null || { echo "Depends lacks the Qt libraries (shlibdeps)"; exit 1; }

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
  lintian --no-tag-display-limit "$deb" >"$work/lintian.txt" 2>&1 || true
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

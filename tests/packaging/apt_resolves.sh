#!/usr/bin/env bash
# Asks apt whether DEB installs on this system as `apt install ./DEB` would
# install it. `apt-get install -s` (a simulation: no root needed, nothing
# changes) must resolve every Depends; it names a dependency the distribution
# does not have ("Depends: X but it is not installable"). apt skips a
# missing recommendation silently, so every Recommends must also name a
# package apt knows. Exits 1 naming what does not resolve.
set -euo pipefail
deb="$(realpath "$1")"
name="$(basename "$deb")"
package="$(dpkg-deb -f "$deb" Package)"

if ! compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null; then
  echo "note: apt has no package lists (apt-get update never ran): only installed packages can satisfy a dependency"
fi

if ! sim=$(LC_ALL=C apt-get install -s --no-install-recommends "$deb" 2>&1); then
  echo "$sim" | grep -v '^NOTE: \|^$' | sed 's/^/  apt: /' || true
  missing=$(echo "$sim" | sed -n 's/.*Depends: \([^ ]*\).* but .*/\1/p' | sort -u | xargs)
  echo "apt cannot install $name: no installable ${missing:+package }${missing:-dependencies} in this distribution"
  exit 1
fi
others=$(echo "$sim" | awk -v p="$package" '/^Inst / && $2 != p {print $2}' | xargs)
echo "apt resolves every Depends of $name${others:+ (it would also install: $others)}"

# Recommends: each group ("a | b") needs one package apt has a candidate for.
# (One apt-cache call for them all: apt rebuilds its cache on every call.)
recommends=$(dpkg-deb -f "$deb" Recommends)
names=$(echo "$recommends" | tr ',|' '\n\n' | sed 's/(.*)//; s/\[.*\]//; s/[[:space:]]//g' | grep . || true)
# shellcheck disable=SC2086
known=$(LC_ALL=C apt-cache policy $names 2>/dev/null \
        | awk '/^[^ ].*:$/ {name = substr($0, 1, length($0) - 1)} /^  Candidate: [^(]/ {print name}')
unknown=""
IFS=',' read -ra groups <<<"$recommends"
for group in "${groups[@]}"; do
  found=""
  IFS='|' read -ra alternatives <<<"$group"
  for alt in "${alternatives[@]}"; do
    pkg=$(echo "$alt" | sed 's/(.*)//; s/\[.*\]//; s/[[:space:]]//g')
    if [ -n "$pkg" ] && echo "$known" | grep -Fx "$pkg" >/dev/null; then
      found=yes
    fi
  done
  [ -n "$found" ] || [ -z "${group//[[:space:]]/}" ] || unknown="$unknown $(echo "$group" | xargs)"
done
if [ -n "$unknown" ]; then
  echo "Recommends names packages apt does not know:$unknown"
  exit 1
fi
[ -z "$recommends" ] || echo "apt knows every Recommends: $recommends"

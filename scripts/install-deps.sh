#!/usr/bin/env bash
# Installs what PortPlanner needs to build, run and test on Debian 12
# (bookworm). Safe to run again: apt skips what is already there.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-image-formats-plugins qt6-pdf-dev libgl-dev
  nlohmann-json3-dev zlib1g-dev libgraphviz-dev
  # running the designer and its tests without a desktop
  xvfb xauth
  # opening exports with the tools their users have
  xlsx2csv poppler-utils nftables python3
  # auditing existing policies (issue 15): policies made by the real tools
  iptables python3-capirca
  # vendor firewall exports (issue 14): the same, and jsonschema for the
  # Azure/AWS JSON
  python3-jsonschema
  # packaging checks; the installed designer is started under Xvfb, found
  # and closed with xdotool, looked at with xwininfo/xprop (x11-utils) and
  # ImageMagick's import/identify
  desktop-file-utils appstream lintian dpkg-dev file fakeroot
  xdotool x11-utils imagemagick
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

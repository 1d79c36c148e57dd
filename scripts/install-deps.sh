#!/usr/bin/env bash
# Installs every Debian 12 package callqa needs to build, run and test.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config clang libclang-rt-14-dev clang-format
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  libqt6opengl6-dev
  libavformat-dev libavcodec-dev libavfilter-dev libswresample-dev libavutil-dev ffmpeg
  libsqlite3-dev catch2 libsodium-dev
  xvfb xauth imagemagick poppler-utils espeak-ng sox libsox-fmt-all
  pulseaudio pulseaudio-utils postgresql
  fonts-dejavu-core fonts-dejavu-extra fonts-noto-core
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

#!/usr/bin/env bash
# Installs everything needed to build, test and package Territoria on Debian 12
# (bookworm). Run as root: `bash packaging/setup-debian.sh`. Idempotent: when every
# package is already installed it returns at once without touching apt.
set -euo pipefail

packages=(
    # toolchain and build
    build-essential g++ cmake ninja-build ccache pkg-config dpkg-dev file
    # Qt 6.4: Core/Gui/Widgets/Concurrent/PrintSupport/Test (base), Svg, Charts, Linguist tools
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-charts-dev qt6-translations-l10n qt6-qpa-plugins libgl-dev
    # GIS libraries and their command-line tools (tests compare against gdalinfo/ogrinfo)
    libgdal-dev gdal-bin libproj-dev proj-bin proj-data libgeos-dev
    # headless test runs: virtual X server, PDF checks, a font for rendered text
    xvfb xauth poppler-utils fonts-dejavu-core
    # validation of the AppStream metadata
    appstream
)

if [[ ${EUID} -ne 0 ]]; then
    echo "setup-debian.sh: run as root (e.g. sudo bash packaging/setup-debian.sh)" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "${package}" 2>/dev/null || true)
    if [[ ${status} != "install ok installed" ]]; then
        missing+=("${package}")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup-debian.sh: all ${#packages[@]} packages are already installed."
    exit 0
fi

echo "setup-debian.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up, build and run Attaché on Debian 12 (as root, or with sudo for the package install).
#   packaging/setup.sh run    install what is missing, build, open the app on the bundled sample timeline
#   packaging/setup.sh test   install what is missing, build with warnings as errors, run the whole test suite
set -euo pipefail

mode=${1:-run}
case $mode in run|test) ;; *) echo "usage: packaging/setup.sh run|test" >&2; exit 2;; esac
cd "$(dirname "$0")/.."

# Build tools, Qt 6 (Widgets, PrintSupport, Test), SQLite with SQLiteCpp, libxml2 (the HTML parser of the article
# reader), libical (reads and writes the iCalendar files of calendar import and export), Graphviz (lays out the
# network view) and QtSvg (writes it as SVG), libpq (the client of PostgreSQL, where team projects live) and
# postgresql-15 (its server, which the tests start as a throwaway cluster of their own), wordnet-base (WordNet's
# database, from which the build makes the importer's lexicon of English), python3 (makes that lexicon at build time,
# and runs the corpus scorer when the corpus is there), clang with its libFuzzer runtime (the importer's
# fuzz test), the platform plugins and fonts that the app and its offscreen GUI tests need, and poppler-utils and
# unzip, with which the tests read briefing sheets (PDF, ODT) back. For packaging: librsvg2-bin renders the PNG icons
# from the SVG at build time; desktop-file-utils, appstream and shared-mime-info validate the desktop entry, the
# metainfo and the MIME type in the tests; dpkg-dev gives CPack dpkg-shlibdeps, which finds the .deb's dependencies;
# file checks the sizes of the installed icons.
packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
          libsqlite3-dev libsqlitecpp-dev libxml2-dev libical-dev libgraphviz-dev qt6-svg-dev wordnet-base python3
          libpq-dev postgresql-15
          clang libclang-rt-14-dev
          fonts-dejavu-core fonts-dejavu-extra poppler-utils unzip xvfb xauth
          librsvg2-bin desktop-file-utils appstream shared-mime-info dpkg-dev file)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "Installing: ${missing[*]}"
    sudo=()
    [[ $(id -u) == 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

werror=OFF
[[ $mode == test ]] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTACHE_WERROR=$werror >/dev/null
cmake --build build -j2

if [[ $mode == test ]]; then
    cd build
    exec ctest --output-on-failure -j2
fi

sample=build/Sample.attache
[[ -f $sample ]] || build/app/attache sample "$sample"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display found; to open the app in a virtual one run: xvfb-run -a build/app/attache $sample"
    exit 0
fi
exec build/app/attache "$sample"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: check-install.sh CMAKE BUILD_DIR APP_ID VERSION
set -euo pipefail
cmake=$1 build=$2 id=$3 version=$4
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

"$cmake" --install "$build" --prefix "$prefix/usr local" >/dev/null
root="$prefix/usr local"
for file in bin/attache share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/mime/packages/$id.xml \
        share/icons/hicolor/scalable/apps/$id.svg; do
    [[ -f $root/$file ]] || { echo "not installed: $file"; exit 1; }
done
if command -v rsvg-convert >/dev/null; then
    for size in 16 24 32 48 64 128 256; do
        png="$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
        [[ -f $png ]] || { echo "not installed: $png"; exit 1; }
        file "$png" | grep -q "PNG image data, $size x $size" || { file "$png"; exit 1; }
    done
fi

# The installed program runs from the prefix, without a display and away from the build.
cd "$prefix"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$prefix" "$root/bin/attache" --version | tee version.txt
[[ $(cat version.txt) == "attache $version" ]]
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$prefix" "$root/bin/attache" sample "$prefix/sample.attache"
"$root/bin/attache" info "$prefix/sample.attache" | grep -qx "events: 6"
echo "install ok"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: check-deb.sh CPACK BUILD_DIR APP_ID VERSION
set -euo pipefail
cpack=$1 build=$2 id=$3 version=$4
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (dpkg-dev)"; exit 77; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$build" && "$cpack" -G DEB -B "$out" --config CPackConfig.cmake) >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; exit 1; }
debs=("$out"/*.deb)
deb=${debs[0]}
echo "package: $(basename "$deb")"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == attache ]]
[[ $(field Version) == "$version" ]]
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]]
depends=$(field Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6printsupport6 libsqlite3-0 libxml2 libical3 libc6 \
        qt6-qpa-plugins; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || { echo "Depends lacks $package"; exit 1; }
done
[[ -n $(field Maintainer) && -n $(field Description) && -n $(field Homepage) ]]

# The file list: the program and its desktop integration under /usr, nothing of the build or the tests.
dpkg-deb -c "$deb" | awk '{print $6}' >"$out/files"
for file in ./usr/bin/attache ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
        ./usr/share/mime/packages/$id.xml ./usr/share/icons/hicolor/scalable/apps/$id.svg \
        ./usr/share/icons/hicolor/48x48/apps/$id.png ./usr/share/icons/hicolor/256x256/apps/$id.png; do
    grep -qx "$file" "$out/files" || { echo "missing from the package: $file"; cat "$out/files"; exit 1; }
done
if grep -Ev '^\./usr/(bin/attache|share/(applications|metainfo|mime|icons)(/.*)?)?/?$|^\./$|^\./usr/(bin|share)/$' "$out/files"; then
    echo "unexpected files in the package"
    exit 1
fi

# The app starts from the desktop entry's command (the GUI, offscreen; still running after a few seconds).
dpkg-deb -x "$deb" "$out/root"
exec_line=$(grep -m1 '^Exec=' "$out/root/usr/share/applications/$id.desktop")
command=${exec_line#Exec=}
program=${command%% *}
sample="$out/sample.attache"
"$out/root/usr/bin/$program" sample "$sample" >/dev/null
arguments=${command#"$program"}
arguments=${arguments//%f/$sample}
set +e
# shellcheck disable=SC2086 # the entry's arguments are words
HOME="$out" XDG_RUNTIME_DIR="$out" QT_QPA_PLATFORM=offscreen timeout 5 "$out/root/usr/bin/$program" $arguments \
    >"$out/gui.log" 2>&1
status=$?
set -e
if [[ $status != 124 ]]; then
    echo "the app did not keep running from '$command' (status $status)"
    cat "$out/gui.log"
    exit 1
fi
echo "deb ok"

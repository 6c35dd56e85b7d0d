#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: check-metadata.sh PACKAGING_BUILD_DIR APP_ID
set -euo pipefail
dir=$1 id=$2
for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

desktop-file-validate "$dir/$id.desktop"
grep -qx "Icon=$id" "$dir/$id.desktop"
grep -qx "MimeType=application/x-attache-project;" "$dir/$id.desktop"

appstreamcli validate --no-net --explain "$dir/$id.metainfo.xml"
grep -q "<id>$id</id>" "$dir/$id.metainfo.xml"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dir/$id.metainfo.xml"

# The MIME package compiles, with the glob and the magic of the SQLite header with our application id.
mime=$(mktemp -d)
trap 'rm -rf "$mime"' EXIT
mkdir -p "$mime/mime/packages"
cp "$dir/$id.xml" "$mime/mime/packages/"
update-mime-database "$mime/mime" >/dev/null
grep -q "application/x-attache-project:\*\.attache" "$mime/mime/globs2"
grep -q "application/x-attache-project" "$mime/mime/magic"
grep -q "application/x-attache-project application/vnd.sqlite3" "$mime/mime/subclasses"
echo "metadata ok"

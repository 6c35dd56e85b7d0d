#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One harness for ctest: builds it and runs it for a bounded time (seconds, default 60) through run-all.sh.
# Exits non-zero on a crash, a hang or a sanitizer report.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS] [HARNESS]}
exec "$here/run-all.sh" "$out" "${2:-60}" "${3:-fuzz_extract}"

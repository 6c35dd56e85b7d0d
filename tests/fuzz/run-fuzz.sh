#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the importer's libFuzzer harness with clang and runs it for a bounded time (seconds, default 60) on a corpus
# seeded with the test fixtures. Exits non-zero on a crash, a hang or a sanitizer report.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS] [HARNESS]}
seconds=${2:-60}
harness=${3:-fuzz_extract}
if ! command -v clang++ >/dev/null; then
    echo "clang++ is not installed: the fuzz test needs it (packaging/setup.sh installs it)" >&2
    exit 1
fi
cmake -S "$here" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" -j2 --target "$harness" >/dev/null
mkdir -p "$out/corpus"
cp "$here"/../core/fixtures/*.txt "$out/corpus/" 2>/dev/null || true
# Every input that ever crashed a harness runs first, each time.
cp "$here"/regressions/* "$out/corpus/" 2>/dev/null || true
printf '<html><body><article><p>“We agree,” the minister said on Friday.</p></article></body></html>' > "$out/corpus/page.html"
if [ "$harness" = fuzz_html ]; then
    # Seeds with the markup the reader looks at: metadata, JSON-LD, class hints, <br> runs, tables, a declared charset.
    printf '<html><head><meta charset="windows-1251"><meta property="og:title" content="A | B"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":{"@id":"#a"}},{"@id":"#a","name":"N"}]}</script></head><body><div class="story-body"><p class="byline">By A and B</p>\xcf\xf0<br><br>text, more text<table><tr><td>a<td>b</table><div class="sidebar"><p>x</p></div><figure><figcaption>c</figcaption></figure></div></body></html>' > "$out/corpus/meta.html"
fi
ASAN_OPTIONS=detect_leaks=0 "$out/$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=65536 -print_final_stats=1 "$out/corpus" 2>&1 | tail -n 12

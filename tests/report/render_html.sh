#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
#
# Renders the coverage page in headless Chromium and checks the dumped DOM:
# the summary counts, that the inline script ran (it fills #filter-count and
# sets data-js="ready"), that a #status=... hash filters the table, and that
# unverified claims carry the red "unverified" row class.  By default it
# renders the page made from the fixtures (known counts); set COVERAGE_HTML
# to a built reports/coverage.html to check that one for the script only.
# Exits 0 pass, 1 fail, 77 when chromium is not installed.

srcdir=${srcdir:-.}
builddir=${builddir:-.}
for top in "$srcdir" "$srcdir/.." "$srcdir/../.."; do
    if [ -f "$top/codegen/report.py" ]; then break; fi
done
if [ ! -f "$top/codegen/report.py" ]; then
    echo "render_html.sh: cannot find codegen/report.py from srcdir=$srcdir" >&2
    exit 1
fi

CHROMIUM=${CHROMIUM:-}
if [ -z "$CHROMIUM" ]; then
    for c in chromium chromium-browser google-chrome; do
        if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$c; break; fi
    done
fi
if [ -z "$CHROMIUM" ]; then
    echo "SKIP: chromium is not installed"
    exit 77
fi
PYTHON3=python3
case ${PYTHON:-} in ""|false|:) ;; *) PYTHON3=$PYTHON ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sbx-render-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

dump() { # dump URL OUTFILE
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --user-data-dir="$(mktemp -d "$tmp/profile-XXXXXX")" \
        --dump-dom "$1" >"$2" 2>"$tmp/chromium.err"
}

expect() { # expect FILE PATTERN WHAT
    if grep -q -- "$2" "$1"; then
        echo "ok   $3"
    else
        echo "FAIL $3 (no '$2' in the DOM)"
        fail=1
    fi
}

if [ -n "${COVERAGE_HTML:-}" ]; then
    page=$(cd "$(dirname "$COVERAGE_HTML")" && pwd)/$(basename "$COVERAGE_HTML")
    dump "file://$page" "$tmp/dom.html" || { echo "FAIL chromium"; cat "$tmp/chromium.err"; exit 1; }
    expect "$tmp/dom.html" 'data-js="ready"' "inline script ran"
    expect "$tmp/dom.html" 'id="summary-verified-full">[0-9][0-9]*<' "verified-full count shown"
    expect "$tmp/dom.html" 'id="filter-count">[0-9][0-9]* of [0-9][0-9]* shown<' "filter count"
    exit $fail
fi

"$PYTHON3" "$top/codegen/report.py" \
    --manifest-json "$top/tests/report/fixtures/manifest.json" \
    --results "$top/tests/report/fixtures/results.json" \
    --outdir "$tmp/reports" --commit fixture --date 2000-01-01 >/dev/null || {
    echo "FAIL report.py"; exit 1; }
page="$tmp/reports/coverage.html"
case $page in /*) ;; *) page="$(pwd)/$page" ;; esac

dump "file://$page" "$tmp/dom.html" || { echo "FAIL chromium"; cat "$tmp/chromium.err"; exit 1; }
expect "$tmp/dom.html" 'data-js="ready"' "inline script ran"
expect "$tmp/dom.html" 'id="summary-verified-full">2<' "verified full = 2"
expect "$tmp/dom.html" 'id="summary-verified-partial">2<' "verified partial = 2"
expect "$tmp/dom.html" 'id="summary-unverified">6<' "unverified = 6"
expect "$tmp/dom.html" 'id="summary-none">1<' "none = 1"
expect "$tmp/dom.html" 'id="summary-denied">2<' "denied = 2"
expect "$tmp/dom.html" 'id="summary-total">13<' "total = 13"
expect "$tmp/dom.html" 'id="summary-host">7<' "host = 7"
expect "$tmp/dom.html" 'id="summary-host-validated">2<' "host validated = 2"
expect "$tmp/dom.html" 'id="filter-count">13 of 13 shown<' "script counted the rows"
expect "$tmp/dom.html" '<tr class="unverified" data-status="unverified" data-group="process"' \
    "getpid's unverified row is marked"
expect "$tmp/dom.html" 'id="group-mm"' "group bars present"

dump "file://$page#status=unverified" "$tmp/dom2.html" || { echo "FAIL chromium"; exit 1; }
expect "$tmp/dom2.html" 'id="filter-count">6 of 13 shown<' "status filter from the hash"
dump "file://$page#q=getp" "$tmp/dom3.html" || { echo "FAIL chromium"; exit 1; }
expect "$tmp/dom3.html" 'id="filter-count">2 of 13 shown<' "text filter from the hash"

exit $fail

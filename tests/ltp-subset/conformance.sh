#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# make check's conformance step: run every LTP-style test natively and under
# sbx, write the report into the build tree, print the summary counts, and
# fail if a syscall the committed report (reports/coverage.json) says is
# verified is not verified now. `make coverage` refreshes the committed report.
srcdir=${srcdir:-.}
builddir=${builddir:-.}
SBX=${SBX:-$builddir/sbx}
out=$builddir/coverage
mkdir -p "$out"
jobs=$(nproc 2>/dev/null || echo 2)
python3 "$srcdir/tests/ltp-subset/run.py" -q --builddir "$builddir" --sbx "$SBX" -j "$jobs" \
	--timeout 60 --results "$out/results.json" || exit 1
set -- --sbx "$SBX" --results "$out/results.json" --outdir "$out/report"
if [ -f "$srcdir/reports/coverage.json" ]; then
	set -- "$@" --check-regressions "$srcdir/reports/coverage.json"
fi
python3 "$srcdir/codegen/report.py" "$@"

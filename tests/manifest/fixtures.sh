#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Each manifest in tests/manifest/broken/ has one error class; the checker
# must reject it with the message its "# expect:" line names (a regex), and
# the real manifest must pass. Output is TAP.
srcdir=${srcdir:-.}
PYTHON=${PYTHON:-python3}
if [ "$PYTHON" = false ]; then echo "1..0 # SKIP no Python with jinja2 and yaml"; exit 77; fi
gen="$srcdir/codegen/sbxgen.py"
tests="$srcdir/tests/ltp-subset"
set -- "$srcdir"/tests/manifest/broken/*.yaml
echo "1..$(($# + 1))"
n=0 failed=0
for f in "$@"; do
	n=$((n + 1))
	name=$(basename "$f" .yaml)
	expect=$(sed -n 's/^# expect: //p' "$f")
	flags=$(sed -n 's/^# flags: //p' "$f")
	# shellcheck disable=SC2086
	out=$("$PYTHON" "$gen" check "$f" --tests-dir "$tests" $flags 2>&1)
	rc=$?
	if [ $rc -ne 1 ]; then
		echo "not ok $n - $name: checker exited $rc, expected 1"; failed=1
	elif ! printf '%s\n' "$out" | grep -Eq "^$f:[0-9]+: .*$expect|$expect"; then
		echo "not ok $n - $name: message not found: $expect"; printf '%s\n' "$out" | sed 's/^/# /'; failed=1
	elif ! printf '%s\n' "$out" | head -1 | grep -Eq "^$f:[0-9]+: "; then
		echo "not ok $n - $name: message lacks file:line"; failed=1
	else
		echo "ok $n - $name: $(printf '%s\n' "$out" | head -1 | sed "s|^$srcdir/||")"
	fi
done
n=$((n + 1))
if out=$("$PYTHON" "$gen" check "$srcdir/syscalls.yaml" --tests-dir "$tests" 2>&1); then
	echo "ok $n - syscalls.yaml passes the checker"
else
	echo "not ok $n - syscalls.yaml fails the checker"; printf '%s\n' "$out" | sed 's/^/# /'; failed=1
fi
exit $failed

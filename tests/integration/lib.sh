# SPDX-License-Identifier: Apache-2.0
# Shared helpers for the integration tests: TAP output and running sbx.
# Tests source this file; $SBX is the sbx binary, $builddir the build tree.
SBX=${SBX:-./sbx}
builddir=${builddir:-.}
srcdir=${srcdir:-.}
# The sandbox has its own /tmp, /var/tmp and /run: a build tree under the
# host's must be bound in for build-tree programs to be reachable.
abs_builddir=${abs_builddir:-$(cd "$builddir" && pwd)}
case $abs_builddir in
/tmp|/tmp/*|/var/tmp|/var/tmp/*|/run|/run/*) SBX_BIND="--ro-bind $abs_builddir" ;;
*) SBX_BIND= ;;
esac
_n=0
_failed=0

ok() { _n=$((_n + 1)); echo "ok $_n - $*"; }
not_ok() { _n=$((_n + 1)); _failed=1; echo "not ok $_n - $*"; }
skip() { _n=$((_n + 1)); echo "ok $_n - # SKIP $*"; }
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
done_testing() { echo "1..$_n"; exit $_failed; }

# check DESCRIPTION EXPECTED_STATUS COMMAND...: run, compare the exit status.
check_status() {
	_desc=$1 _want=$2
	shift 2
	_out=$("$@" 2>&1)
	_rc=$?
	if [ "$_rc" -eq "$_want" ]; then ok "$_desc"; else not_ok "$_desc (exit $_rc, expected $_want)"; diag "$_out"; fi
}

# check_output DESCRIPTION REGEX COMMAND...: the output (stdout+stderr) must match REGEX.
check_output() {
	_desc=$1 _re=$2
	shift 2
	_out=$("$@" 2>&1)
	_rc=$?
	if printf '%s\n' "$_out" | grep -Eq -- "$_re"; then ok "$_desc"; else not_ok "$_desc (exit $_rc)"; diag "$_out"; fi
}

# check_no_output DESCRIPTION REGEX COMMAND...: the output must not match REGEX.
check_no_output() {
	_desc=$1 _re=$2
	shift 2
	_out=$("$@" 2>&1)
	if printf '%s\n' "$_out" | grep -Eq -- "$_re"; then not_ok "$_desc"; diag "$_out"; else ok "$_desc"; fi
}

# Run as an unprivileged user when we are root (for the "sbx started by a user" tests).
as_nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups --reset-env -- env PATH="$PATH" "$@"
}

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Random syscalls with random arguments (trinity) inside the sandbox, as an
# unprivileged user and as the sandbox's root: the sentry must answer every
# notified call and never crash or hang, and the run must end normally.
# FUZZ_OPS sets the number of calls per run (make fuzz runs many more).
. "${srcdir:-.}/tests/integration/lib.sh"
if ! command -v trinity >/dev/null; then echo "1..0 # SKIP trinity not installed"; exit 77; fi
ops=${FUZZ_OPS:-3000}
# 64-bit calls only: the filter kills a process making 32-bit ones, and
# trinity then waits for its dead children forever. Socket, perf and DRM fd
# providers retry refused calls in a loop; logging would need a writable cwd.
args="-q -a64 -N $ops -C 2 --dangerous --disable-fds=sockets,perf,drm -l off"
lim=
[ "$(id -u)" -eq 0 ] && lim="--memory 1g"
for who in "--uid 1000 --gid 1000" ""; do
	out=$(timeout -k 10 300 "$SBX" run $lim $who -w /tmp -- trinity $args 2>&1)
	rc=$?
	seed=$(printf '%s\n' "$out" | sed -n 's/.*Initial random seed: //p' | head -1)
	if [ $rc -eq 0 ] && printf '%s\n' "$out" | grep -q "Ran $ops syscalls"; then
		ok "trinity ${who:+($who) }ran $ops random syscalls, sbx ended normally (seed $seed)"
	else
		not_ok "trinity ${who:+($who) }exit $rc (seed $seed)"
		diag "$(printf '%s\n' "$out" | grep -v futex | tail -15)"
	fi
done
done_testing

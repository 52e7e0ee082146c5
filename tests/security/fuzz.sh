#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Random syscalls with random arguments (trinity) inside the sandbox, as an
# unprivileged user and as the sandbox's root: the sentry must survive them
# and still answer (a sysinfo call it handles, made afterwards in the same
# sandbox), and sbx must end normally, in time. Trinity's own fate is not
# judged: with random calls it may corrupt and abort itself.
# FUZZ_OPS sets the number of calls per run (make fuzz runs many more).
. "${srcdir:-.}/tests/integration/lib.sh"
if ! command -v trinity >/dev/null; then echo "1..0 # SKIP trinity not installed"; exit 77; fi
ops=${FUZZ_OPS:-3000}
# 64-bit calls only: the filter kills a process making 32-bit ones, and
# trinity then waits for its dead children forever. Socket, perf and DRM fd
# providers retry refused calls in a loop; logging would need a writable cwd.
args="-q -a64 -N $ops -C 2 --dangerous --disable-fds=sockets,perf,drm -l off"
# The shell is the sandbox's PID 1, which nothing inside can kill, so it
# outlives whatever trinity does and asks the sentry afterwards; trinity
# gets its own time limit inside, so that only a hang of sbx hits the outer.
probe='import ctypes; b = ctypes.create_string_buffer(128); r = ctypes.CDLL(None).sysinfo(b); print("sentry answers" if r == 0 and int.from_bytes(b.raw[80:82], "little") > 0 else "sentry silent")'
lim=
[ "$(id -u)" -eq 0 ] && lim="--memory 1g"
for who in "setpriv --reuid=1000 --regid=1000 --clear-groups --" ""; do
	out=$(timeout -k 10 400 "$SBX" run $lim --as-pid-1 -w /tmp -- /bin/sh -c \
		"timeout -k 5 200 $who trinity $args; echo trinity exit \$?; python3 -c '$probe'" 2>&1)
	rc=$?
	seed=$(printf '%s\n' "$out" | sed -n 's/.*Initial random seed: //p' | head -1)
	what=$([ -n "$who" ] && echo "as uid 1000" || echo "as the sandbox's root")
	ran=$(printf '%s\n' "$out" | sed -n 's/.*Ran \([0-9]*\) syscalls.*/\1/p; s/^\(trinity exit [0-9]*\)$/\1/p' | tr '\n' ' ')
	if [ $rc -eq 0 ] && printf '%s\n' "$out" | grep -q '^sentry answers$'; then
		ok "trinity $what, $ops calls: the sentry survives and answers (${ran}seed $seed)"
	else
		not_ok "trinity $what: sbx exit $rc (${ran}seed $seed)"
		diag "$(printf '%s\n' "$out" | grep -v futex | tail -15)"
	fi
done
done_testing

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# sbx run: programs run, exit statuses follow env/docker conventions, and bad
# input gives one clear line and exit 125 without starting anything.
. "${srcdir:-.}/tests/integration/lib.sh"

check_output "shell example runs" '^hello$' "$SBX" run -- /bin/sh -c 'echo hello; ls / >/dev/null; cat /etc/os-release >/dev/null'
check_output "os-release readable" 'PRETTY_NAME' "$SBX" run -- /bin/cat /etc/os-release
check_output "ls / lists the host root" '(^|[[:space:]])usr($|[[:space:]])' "$SBX" run -- /bin/ls /
check_status "exit status passed through" 3 "$SBX" run -- /bin/sh -c 'exit 3'
check_status "killed by SIGKILL is 137" 137 "$SBX" run -- /bin/sh -c 'kill -9 $$'
check_status "killed by SIGTERM is 143" 143 "$SBX" run -- /bin/sh -c 'kill -TERM $$'
check_status "program not found is 127" 127 "$SBX" run -- /no/such/program
check_status "program in PATH not found is 127" 127 "$SBX" run -- no-such-program-sbx
check_status "not executable is 126" 126 "$SBX" run -- /etc/os-release
check_output "hostname defaults to sbx" '^sbx$' "$SBX" run -- /bin/hostname
check_output "--hostname" '^box1$' "$SBX" run --hostname box1 -- /bin/hostname
check_output "uname -n agrees" '^box2$' "$SBX" run --hostname box2 -- /bin/uname -n
check_output "uid 0 inside" '^0$' "$SBX" run -- /usr/bin/id -u
check_output "--uid/--gid" '^1000 1000$' "$SBX" run --uid 1000 --gid 1000 -- /bin/sh -c 'echo $(id -u) $(id -g)'
check_output "--env sets a variable" '^bar$' "$SBX" run --env FOO=bar -- /bin/sh -c 'echo $FOO'
check_output "--clear-env" '^0$' "$SBX" run --clear-env -- /bin/sh -c 'env | grep -vc "^\(PATH\|PWD\|SHLVL\|_\)="'
check_output "--chdir" '^/usr/share$' "$SBX" run -w /usr/share -- /bin/pwd
check_output "stdin is the caller's" '^piped$' sh -c "echo piped | '$SBX' run -- /bin/cat"

# Bad input: one line, exit 125, nothing started.
check_status "unknown option is 125" 125 "$SBX" run --no-such-option -- /bin/true
check_output "unknown option names it" "unknown option '--no-such-option'" "$SBX" run --no-such-option -- /bin/true
check_status "missing program is 125" 125 "$SBX" run
check_status "--rootfs not a directory is 125" 125 "$SBX" run --rootfs /etc/os-release -- /bin/true
check_output "--rootfs error is clear" 'rootfs.*not a directory' "$SBX" run --rootfs /etc/os-release -- /bin/true
check_status "missing bind source is 125" 125 "$SBX" run --bind /no/such/dir:/mnt -- /bin/true
check_status "malformed --env is 125" 125 "$SBX" run --env NOEQUALS -- /bin/true
check_output "malformed --env is explained" 'KEY=VALUE' "$SBX" run --env NOEQUALS -- /bin/true
check_status "bad --net is 125" 125 "$SBX" run --net=bogus -- /bin/true
check_status "bad --uid is 125" 125 "$SBX" run --uid abc -- /bin/true
out=$("$SBX" run --no-such-option -- /bin/true 2>&1)
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] && ok "bad input gives one line" || { not_ok "bad input gives one line"; diag "$out"; }

# The CLI itself.
check_status "sbx --help" 0 "$SBX" --help
check_output "sbx --version" '^sbx [0-9]' "$SBX" --version
check_status "sbx help run" 0 "$SBX" help run
check_status "unknown command is 2" 2 "$SBX" frobnicate
check_status "unknown syscall is 2" 2 "$SBX" syscalls no_such_call
check_status "unknown syscalls option is 2" 2 "$SBX" syscalls --bogus
check_output "sbx syscalls NAME" '^nr: +257' "$SBX" syscalls openat
check_output "sbx syscalls NR" '^name: +openat' "$SBX" syscalls 257
n=$("$SBX" syscalls --json | grep -c '"nr":')
[ "$n" -eq 381 ] && ok "--json lists 381 syscalls" || not_ok "--json lists $n syscalls, expected 381"
done_testing

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# If the sentry (the sbx process) dies, every sandboxed process dies with it;
# SIGTERM sent to sbx reaches the program.
. "${srcdir:-.}/tests/integration/lib.sh"

tag=sbx-kill-test-$$
"$SBX" run -- /bin/bash -c "exec -a $tag sleep 100" &
sbx_pid=$!
i=0
while ! pgrep -f "^$tag" >/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
pgrep -f "^$tag" >/dev/null && ok "sandboxed sleep started" || not_ok "sandboxed sleep did not start"
kill -KILL "$sbx_pid"
wait "$sbx_pid" 2>/dev/null
i=0
while pgrep -f "^$tag" >/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
pgrep -f "^$tag" >/dev/null && { not_ok "a sandboxed process survived the sentry"; pkill -KILL -f "^$tag"; } || ok "no sandboxed process survives the sentry"

"$SBX" run -- /bin/sh -c 'trap "echo got-term; exit 0" TERM; echo ready; while :; do sleep 0.1; done' > "/tmp/$tag.out" 2>&1 &
sbx_pid=$!
# Signal only once the trap is in place (the shell says so).
i=0
while ! grep -q ready "/tmp/$tag.out" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
kill -TERM "$sbx_pid"
wait "$sbx_pid"
rc=$?
if [ $rc -eq 0 ] && grep -q got-term "/tmp/$tag.out"; then ok "SIGTERM is forwarded to the program"; else not_ok "SIGTERM not forwarded (exit $rc)"; diag "$(cat /tmp/$tag.out)"; fi
rm -f "/tmp/$tag.out"
done_testing

// SPDX-License-Identifier: Apache-2.0
/*
 * setpriority01 - setpriority(2).  Priorities are only ever lowered (nice
 * raised), and only in forked children.
 *
 * Checks:
 *  - PRIO_PROCESS on self: nice 5, then 10, read back with getpriority;
 *  - values above 19 are clamped to 19;
 *  - PRIO_PGRP on a child that leads its own group sets its nice;
 *  - the parent can lower its child's priority by pid;
 *  - with RLIMIT_NICE 0, an unprivileged child (uid 65534) cannot lower
 *    its nice again: EACCES (TCONF if the drop fails);
 *  - errors: EINVAL (which 99), ESRCH (reaped pid).
 */
#include "tst.h"
#include <grp.h>
#include <sys/resource.h>

static int child_nice(void)
{
	int base = getpriority(PRIO_PROCESS, 0);

	if (base > 5)
		return 3;	/* already niced: skip the increments */
	if (setpriority(PRIO_PROCESS, 0, 5) || getpriority(PRIO_PROCESS, 0) != 5)
		return 1;
	if (setpriority(PRIO_PROCESS, 0, 10) || getpriority(PRIO_PROCESS, 0) != 10)
		return 1;
	if (setpriority(PRIO_PROCESS, 0, 100) || getpriority(PRIO_PROCESS, 0) != 19)
		return 2;
	return 0;
}

static void run(void)
{
	int status, go[2];
	char c = 0;
	pid_t pid;

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(child_nice());
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
		tst_res(TCONF, "already running with nice > 5");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "nice 5, 10, then 100 clamped to 19 (%s)", tst_strstatus(status));

	SAFE_PIPE(go);
	pid = SAFE_FORK();
	if (pid == 0) {
		setpgid(0, 0);
		SAFE_READ(go[0], &c, 1);
		_exit(getpriority(PRIO_PROCESS, 0) == 19 ? 0 : 1);
	}
	setpgid(pid, pid);
	TST_EXP_PASS(setpriority(PRIO_PROCESS, pid, 12), "setpriority(child pid, 12)");
	TST_EXP_VAL(getpriority(PRIO_PROCESS, pid), 12, "child's nice reads 12");
	TST_EXP_PASS(setpriority(PRIO_PGRP, pid, 19), "setpriority(PRIO_PGRP child's group, 19)");
	SAFE_WRITE(go[1], &c, 1);
	tst_check_child_exit(pid, 0, "child sees nice 19");
	close(go[0]);
	close(go[1]);
	TST_EXP_FAIL(setpriority(PRIO_PROCESS, pid, 19), ESRCH, "setpriority(reaped child)");
	TST_EXP_FAIL(setpriority(99, 0, 19), EINVAL, "setpriority(which 99)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl = { 0, 0 };
		int cur = getpriority(PRIO_PROCESS, 0);

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		setrlimit(RLIMIT_NICE, &rl);
		if (cur < 19 && setpriority(PRIO_PROCESS, 0, cur + 1))
			_exit(2);
		cur = getpriority(PRIO_PROCESS, 0);
		_exit(setpriority(PRIO_PROCESS, 0, cur - 1) == -1 && errno == EACCES ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged, RLIMIT_NICE 0: lowering nice -> EACCES (%s)",
			     tst_strstatus(status));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

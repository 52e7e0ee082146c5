// SPDX-License-Identifier: Apache-2.0
/*
 * ioprio_set01 - ioprio_set(2), in forked children only.
 *
 * Checks, one case per row:
 *  - IOPRIO_CLASS_BE levels 0, 4 and 7 and IOPRIO_CLASS_IDLE are set on
 *    self and read back with ioprio_get;
 *  - IOPRIO_CLASS_RT from a child that dropped to uid 65534 fails with
 *    EPERM (TCONF if the drop fails);
 *  - errors: EINVAL (class 5; IOPRIO_CLASS_NONE with a non-zero
 *    level; which 99), ESRCH (reaped pid).
 */
#include "tst.h"
#include <grp.h>

#define IOPRIO_CLASS_SHIFT 13
#define PRIO(c, d) (((c) << IOPRIO_CLASS_SHIFT) | (d))
#define WHO_PROCESS 1
#define CLASS_RT 1
#define CLASS_BE 2
#define CLASS_IDLE 3

static long ioprio_set(int which, int who, int prio)
{
	return syscall(SYS_ioprio_set, which, who, prio);
}

static const struct tcase {
	const char *name;
	int prio, exp_err;
} cases[] = {
	{ "BE level 0", PRIO(CLASS_BE, 0), 0 },
	{ "BE level 4", PRIO(CLASS_BE, 4), 0 },
	{ "BE level 7", PRIO(CLASS_BE, 7), 0 },
	{ "IDLE", PRIO(CLASS_IDLE, 0), 0 },
	{ "class 5", PRIO(5, 0), EINVAL },
	{ "NONE with level 3", PRIO(0, 3), EINVAL },
};

static void run(unsigned int n)
{
	const struct tcase *tc;
	int status;
	pid_t pid;

	if (n == ARRAY_SIZE(cases)) {
		pid = SAFE_FORK();
		if (pid == 0)
			_exit(0);
		SAFE_WAITPID(pid, NULL, 0);
		TST_EXP_FAIL(ioprio_set(WHO_PROCESS, pid, PRIO(CLASS_BE, 7)), ESRCH,
			     "ioprio_set(reaped child)");
		TST_EXP_FAIL(ioprio_set(99, 0, PRIO(CLASS_BE, 7)), EINVAL, "ioprio_set(which 99)");
		pid = SAFE_FORK();
		if (pid == 0) {
			setgroups(0, NULL);
			if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
				_exit(32);
			_exit(ioprio_set(WHO_PROCESS, 0, PRIO(CLASS_RT, 4)) == -1 && errno == EPERM ?
			      0 : 1);
		}
		SAFE_WAITPID(pid, &status, 0);
		if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
			tst_res(TCONF, "cannot drop to uid 65534");
		else
			TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
				     "unprivileged IOPRIO_CLASS_RT -> EPERM (%s)", tst_strstatus(status));
		return;
	}
	tc = &cases[n];
	pid = SAFE_FORK();
	if (pid == 0) {
		long r = ioprio_set(WHO_PROCESS, 0, tc->prio);

		if (tc->exp_err)
			_exit(r == -1 && errno == tc->exp_err ? 0 : 1);
		_exit(r == 0 && syscall(SYS_ioprio_get, WHO_PROCESS, 0) == tc->prio ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0, "ioprio_set(%s) %s (%s)", tc->name,
		     tc->exp_err ? tst_errno_name(tc->exp_err) : "reads back", tst_strstatus(status));
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) + 1 };
TST_MAIN(test)

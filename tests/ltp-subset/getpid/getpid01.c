// SPDX-License-Identifier: Apache-2.0
/*
 * getpid01 - getpid(2) through the raw syscall.
 *
 * Checks:
 *  - getpid() is positive and stable across calls;
 *  - a forked child's getpid() equals the pid fork() returned to the parent;
 *  - the child's pid differs from the parent's;
 *  - getpid() in the child equals the child's getppid() seen from a grandchild.
 */
#include "tst.h"

static void run(void)
{
	long pid = syscall(SYS_getpid);
	int fds[2];
	pid_t child;
	long cpid;

	TST_EXP_EXPR(pid > 0, "getpid() returned positive %ld", pid);
	TST_EXP_EQ(syscall(SYS_getpid), pid);

	SAFE_PIPE(fds);
	child = SAFE_FORK();
	if (child == 0) {
		long me = syscall(SYS_getpid);
		pid_t gc;

		SAFE_WRITE(fds[1], &me, sizeof(me));
		gc = SAFE_FORK();
		if (gc == 0) {
			long pp = syscall(SYS_getppid);
			SAFE_WRITE(fds[1], &pp, sizeof(pp));
			_exit(0);
		}
		SAFE_WAITPID(gc, NULL, 0);
		_exit(0);
	}
	SAFE_CLOSE(fds[1]);
	SAFE_READ_FULL(fds[0], &cpid, sizeof(cpid));
	TST_EXP_EXPR(cpid == child, "child getpid() %ld == fork() return %d",
		     cpid, (int)child);
	TST_EXP_EXPR(cpid != pid, "child pid %ld differs from parent %ld",
		     cpid, pid);
	long gpp;
	SAFE_READ_FULL(fds[0], &gpp, sizeof(gpp));
	TST_EXP_EXPR(gpp == cpid, "grandchild getppid() %ld == child getpid() %ld",
		     gpp, cpid);
	SAFE_CLOSE(fds[0]);
	tst_reap_children();
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

// SPDX-License-Identifier: Apache-2.0
/*
 * getppid01 - getppid(2) through the raw syscall.
 *
 * Checks:
 *  - a child's getppid() equals the parent's getpid();
 *  - after the parent exits, the orphan is reparented: getppid() changes
 *    to some other process (an init or subreaper), and is never 0 or the
 *    dead parent's pid.
 */
#include "tst.h"

static void run(void)
{
	long me = syscall(SYS_getpid);
	int fds[2];
	pid_t child;
	long vals[3];

	SAFE_PIPE(fds);
	child = SAFE_FORK();
	if (child == 0) {
		/* middle process: report its ppid, spawn an orphan, exit */
		long pp = syscall(SYS_getppid);
		int sync[2], ready[2];
		pid_t gc;
		char c = 0;

		SAFE_WRITE(fds[1], &pp, sizeof(pp));
		SAFE_PIPE(sync);
		SAFE_PIPE(ready);
		gc = SAFE_FORK();
		if (gc == 0) {
			long before = syscall(SYS_getppid), after;

			SAFE_CLOSE(sync[1]);
			SAFE_WRITE(ready[1], &c, 1);
			/* wait for the middle process to die (EOF) */
			while (read(sync[0], &c, 1) > 0)
				;
			for (int i = 0; i < 1000; i++) {
				after = syscall(SYS_getppid);
				if (after != before)
					break;
				usleep(1000);
			}
			SAFE_WRITE(fds[1], &before, sizeof(before));
			SAFE_WRITE(fds[1], &after, sizeof(after));
			_exit(0);
		}
		/* exit only once the grandchild has sampled getppid() */
		SAFE_READ(ready[0], &c, 1);
		_exit(0);
	}
	SAFE_CLOSE(fds[1]);
	SAFE_WAITPID(child, NULL, 0);
	for (int i = 0; i < 3; i++)
		SAFE_READ_FULL(fds[0], &vals[i], sizeof(vals[i]));
	SAFE_CLOSE(fds[0]);
	TST_EXP_EXPR(vals[0] == me, "child getppid() %ld == parent pid %ld",
		     vals[0], me);
	TST_EXP_EXPR(vals[1] == child, "grandchild getppid() %ld == child %d",
		     vals[1], (int)child);
	TST_EXP_EXPR(vals[2] != child && vals[2] > 0,
		     "orphan reparented: getppid() %ld (dead parent was %d)",
		     vals[2], (int)child);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

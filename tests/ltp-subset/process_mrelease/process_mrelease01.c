// SPDX-License-Identifier: Apache-2.0
/*
 * process_mrelease01 - process_mrelease(2) (nr 448) through the raw syscall.
 *
 * Checks, with a pidfd of a live child blocked in pause():
 *  - process_mrelease() fails with EINVAL, since the child is not exiting
 *    (its memory is not about to be freed);
 *  - after the child was killed and reaped, the call fails with ESRCH;
 *  - errors: EINVAL (flags 1, checked before the pidfd), EBADF (fd 100,
 *    not open), EBADF (a pipe fd, not a pidfd).
 * TCONF if process_mrelease() or pidfd_open() is missing (ENOSYS).
 */
#include "tst.h"

#ifndef __NR_pidfd_open
# define __NR_pidfd_open 434
#endif
#ifndef __NR_process_mrelease
# define __NR_process_mrelease 448
#endif

static long pmr(int fd, unsigned int fl)
{
	return syscall(__NR_process_mrelease, fd, fl);
}

static void run(void)
{
	int pidfd, pfd[2], st;
	pid_t pid;

	if (pmr(-1, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "process_mrelease() not supported");
	SAFE_PIPE(pfd);
	pid = SAFE_FORK();
	if (!pid) {
		for (;;)
			pause();
	}
	pidfd = syscall(__NR_pidfd_open, pid, 0);
	if (pidfd < 0) {
		SAFE_KILL(pid, SIGKILL);
		SAFE_WAITPID(pid, &st, 0);
		if (errno == ENOSYS)
			tst_brk(TCONF, "pidfd_open() not supported");
		tst_brk(TBROK | TERRNO, "pidfd_open(child)");
	}
	TST_EXP_FAIL(pmr(pidfd, 0), EINVAL, "process_mrelease(live child)");
	TST_EXP_FAIL(pmr(pidfd, 1), EINVAL, "process_mrelease(flags 1)");
	TST_EXP_FAIL(pmr(100, 0), EBADF, "process_mrelease(fd 100, not open)");
	TST_EXP_FAIL(pmr(pfd[0], 0), EBADF, "process_mrelease(pipe fd)");
	SAFE_KILL(pid, SIGKILL);
	SAFE_WAITPID(pid, &st, 0);
	TST_EXP_FAIL(pmr(pidfd, 0), ESRCH, "process_mrelease(reaped child)");
	SAFE_CLOSE(pidfd);
	SAFE_CLOSE(pfd[0]);
	SAFE_CLOSE(pfd[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

// SPDX-License-Identifier: Apache-2.0
/*
 * pidfd_open01 - pidfd_open(2) (Linux 5.3; TCONF on ENOSYS).
 *
 * Checks:
 *  - pidfd_open(getpid(), 0) returns an fd with FD_CLOEXEC set;
 *  - a pidfd for a child polls readable (POLLIN) only once the child has
 *    exited, and waitid(P_PIDFD) reaps it;
 *  - PIDFD_NONBLOCK (Linux 5.10) sets O_NONBLOCK; waitid(P_PIDFD, WNOHANG)
 *    on a running child returns 0;
 *  - errors: EINVAL (pid 0, pid -1; unknown flag), ESRCH (a reaped child's
 *    pid).
 */
#include "tst.h"
#include <poll.h>

#ifndef PIDFD_NONBLOCK
#define PIDFD_NONBLOCK O_NONBLOCK
#endif
#ifndef P_PIDFD
#define P_PIDFD 3
#endif

static int pidfd_open(pid_t pid, unsigned int flags)
{
	return syscall(SYS_pidfd_open, pid, flags);
}

static void run(void)
{
	struct pollfd pfd = { .events = POLLIN };
	siginfo_t si;
	int fd, go[2];
	char c = 0;
	pid_t pid;

	fd = pidfd_open(getpid(), 0);
	if (fd < 0 && errno == ENOSYS)
		tst_brk(TCONF, "pidfd_open not supported");
	TST_EXP_EXPR(fd >= 0, "pidfd_open(getpid(), 0) -> %d", fd);
	TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "pidfd has FD_CLOEXEC");
	close(fd);

	SAFE_PIPE(go);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_READ(go[0], &c, 1);
		_exit(7);
	}
	TST_EXP_FD(pidfd_open(pid, PIDFD_NONBLOCK), "pidfd_open(child, PIDFD_NONBLOCK)");
	fd = TST_RET;
	TST_EXP_EXPR(fcntl(fd, F_GETFL) & O_NONBLOCK, "PIDFD_NONBLOCK sets O_NONBLOCK");
	pfd.fd = fd;
	TST_EXP_VAL(poll(&pfd, 1, 0), 0, "not readable while the child runs");
	memset(&si, 0, sizeof(si));
	TST_EXP_PASS(waitid(P_PIDFD, fd, &si, WEXITED | WNOHANG), "waitid(P_PIDFD, WNOHANG), running");
	TST_EXP_EQ(si.si_pid, 0);
	SAFE_WRITE(go[1], &c, 1);
	TST_EXP_VAL(poll(&pfd, 1, 5000), 1, "readable once the child exits");
	TST_EXP_PASS(waitid(P_PIDFD, fd, &si, WEXITED), "waitid(P_PIDFD) reaps");
	TST_EXP_EXPR(si.si_pid == pid && si.si_status == 7, "child %d exited with %d",
		     (int)si.si_pid, si.si_status);
	close(fd);
	close(go[0]);
	close(go[1]);

	TST_EXP_FAIL(pidfd_open(pid, 0), ESRCH, "pidfd_open(reaped child)");
	TST_EXP_FAIL(pidfd_open(0, 0), EINVAL, "pidfd_open(0)");
	TST_EXP_FAIL(pidfd_open(-1, 0), EINVAL, "pidfd_open(-1)");
	TST_EXP_FAIL(pidfd_open(getpid(), 0x1), EINVAL, "pidfd_open(flag 0x1)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

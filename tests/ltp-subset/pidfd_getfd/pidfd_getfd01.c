// SPDX-License-Identifier: Apache-2.0
/*
 * pidfd_getfd01 - pidfd_getfd(2) (Linux 5.6; TCONF on ENOSYS).
 *
 * Checks:
 *  - duplicating an fd of our own child gives a new fd, with FD_CLOEXEC
 *    set, referring to the same open file (a pipe the child holds: data
 *    written through the copy is read by us); TCONF if this is refused
 *    with EPERM (ptrace restrictions such as Yama scope 3, or a sandbox);
 *  - pidfd_getfd on our own pidfd works too;
 *  - errors: EINVAL (flags != 0), EBADF (targetfd not open in the target;
 *    pidfd 1000), ESRCH (target exited and reaped).
 */
#include "tst.h"

static int pidfd_open(pid_t pid) { return syscall(SYS_pidfd_open, pid, 0); }
static int getfd(int pidfd, int fd, unsigned int fl)
{
	return syscall(SYS_pidfd_getfd, pidfd, fd, fl);
}

static void run(void)
{
	int self, pfd, fd, p[2], go[2], status, wr;
	char buf[4], c = 0;
	pid_t pid;

	self = pidfd_open(getpid());
	if (self < 0 && errno == ENOSYS)
		tst_brk(TCONF, "pidfd_open not supported");
	fd = getfd(self, 1000, 0);
	if (fd < 0 && errno == ENOSYS)
		tst_brk(TCONF, "pidfd_getfd not supported");
	SAFE_PIPE(p);
	fd = getfd(self, p[1], 0);
	if (fd < 0 && errno == EPERM) {
		tst_res(TCONF, "pidfd_getfd(self) refused with EPERM (ptrace restrictions)");
	} else {
		TST_EXP_EXPR(fd >= 0 && fd != p[1], "pidfd_getfd(self, pipe) -> %d", fd);
		TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "copy has FD_CLOEXEC");
		close(fd);
	}
	TST_EXP_FAIL(getfd(self, p[1], 1), EINVAL, "flags 1");
	TST_EXP_FAIL(getfd(self, 1000, 0), EBADF, "targetfd 1000");
	TST_EXP_FAIL(getfd(1000, 0, 0), EBADF, "pidfd 1000");
	close(self);
	close(p[0]);
	close(p[1]);

	SAFE_PIPE(p);
	SAFE_PIPE(go);
	pid = SAFE_FORK();
	if (pid == 0) {
		close(p[0]);
		SAFE_READ(go[0], &c, 1);
		_exit(0);
	}
	/* the child's copy of the write end has the same fd number */
	wr = p[1];
	close(p[1]);
	pfd = pidfd_open(pid);
	fd = getfd(pfd, wr, 0);
	if (fd < 0 && errno == EPERM) {
		tst_res(TCONF, "pidfd_getfd(child) refused with EPERM (ptrace restrictions)");
	} else if (fd < 0) {
		tst_res(TFAIL | TERRNO, "pidfd_getfd(child, write end)");
	} else {
		SAFE_WRITE(fd, "pfd", 3);
		close(fd);
		SAFE_READ_FULL(p[0], buf, 3);
		TST_EXP_EXPR(!memcmp(buf, "pfd", 3), "copy of the child's fd refers to its pipe");
	}
	SAFE_WRITE(go[1], &c, 1);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_FAIL(getfd(pfd, 0, 0), ESRCH, "target reaped");
	close(pfd);
	close(p[0]);
	close(go[0]);
	close(go[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

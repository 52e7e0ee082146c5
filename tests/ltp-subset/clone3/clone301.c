// SPDX-License-Identifier: Apache-2.0
/*
 * clone301 - clone3(2) through the raw syscall.
 *
 * clone3 may legitimately be unimplemented (ENOSYS), e.g. under a sandbox,
 * since glibc falls back to clone; that is reported as TCONF.
 *
 * Checks:
 *  - fork-like clone3 (no stack) returns 0 in the child and the child's
 *    pid in the parent; exit_signal SIGCHLD makes it waitable;
 *  - CLONE_PARENT_SETTID writes the tid to parent_tid;
 *  - CLONE_PIDFD returns a pidfd in *pidfd that is marked close-on-exec;
 *  - EINVAL for a size smaller than the first published struct (64);
 *  - EINVAL for an exit_signal above _NSIG and for CLONE_SIGHAND without
 *    CLONE_VM;
 *  - E2BIG for a size beyond a page with non-zero trailing bytes;
 *  - EFAULT for a bad args pointer.
 */
#include "tst.h"
#include <linux/sched.h>

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x1000
#endif

static long clone3(struct clone_args *a, size_t size)
{
	return syscall(SYS_clone3, a, size);
}

static void setup(void)
{
	errno = 0;
	if (syscall(SYS_clone3, NULL, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "clone3 is not implemented (ENOSYS)");
}

static void run(void)
{
	struct clone_args a;
	int ptid = 0, pidfd = -1, status;
	long pid;
	char big[8192];

	memset(&a, 0, sizeof(a));
	a.exit_signal = SIGCHLD;
	a.flags = CLONE_PARENT_SETTID | CLONE_PIDFD;
	a.parent_tid = (uintptr_t)&ptid;
	a.pidfd = (uintptr_t)&pidfd;
	pid = clone3(&a, sizeof(a));
	if (pid == 0)
		_exit(syscall(SYS_getppid) > 0 ? 9 : 1);
	if (pid < 0)
		tst_brk(TBROK | TERRNO, "clone3(PARENT_SETTID|PIDFD)");
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 9,
		     "clone3 child ran and %s", tst_strstatus(status));
	TST_EXP_EXPR(ptid == pid, "CLONE_PARENT_SETTID wrote %d (pid %ld)", ptid, pid);
	TST_EXP_EXPR(pidfd >= 0, "CLONE_PIDFD returned fd %d", pidfd);
	if (pidfd >= 0) {
		TST_EXP_VAL(fcntl(pidfd, F_GETFD), FD_CLOEXEC, "pidfd has FD_CLOEXEC");
		close(pidfd);
	}

	memset(&a, 0, sizeof(a));
	a.exit_signal = SIGCHLD;
	TST_EXP_FAIL(clone3(&a, 32), EINVAL, "clone3(size 32)");
	a.exit_signal = 65;
	TST_EXP_FAIL(clone3(&a, sizeof(a)), EINVAL, "clone3(exit_signal 65)");
	a.exit_signal = SIGCHLD;
	a.flags = CLONE_SIGHAND;
	TST_EXP_FAIL(clone3(&a, sizeof(a)), EINVAL, "clone3(CLONE_SIGHAND without CLONE_VM)");

	memset(big, 0, sizeof(big));
	a.flags = 0;
	memcpy(big, &a, sizeof(a));
	big[sizeof(big) - 1] = 1;
	TST_EXP_FAIL(clone3((struct clone_args *)big, sizeof(big)), E2BIG,
		     "clone3(size 8192, non-zero tail)");
	TST_EXP_FAIL(clone3(tst_bad_addr(), sizeof(a)), EFAULT, "clone3(bad pointer)");
}

static struct tst_test test = { .setup = setup, .test_all = run };
TST_MAIN(test)

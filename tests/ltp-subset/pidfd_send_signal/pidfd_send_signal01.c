// SPDX-License-Identifier: Apache-2.0
/*
 * pidfd_send_signal01 - pidfd_send_signal(2) (Linux 5.1; TCONF on ENOSYS).
 *
 * Checks:
 *  - SIGKILL through a child's pidfd kills it (waitpid reports SIGKILL);
 *  - a signal with a NULL info is delivered with si_code SI_USER and our
 *    pid; sig 0 probes for existence;
 *  - sending to a child that has exited but not yet been reaped succeeds;
 *    once reaped the pidfd gives ESRCH;
 *  - from a child that dropped to uid 65534, signalling a root process
 *    gives EPERM (TCONF unless root and the drop succeeds);
 *  - errors: EINVAL (unknown flags; signal 999), EBADF (fd 1000; a pipe
 *    is not a pidfd), EFAULT (bad info).
 */
#include "tst.h"
#include <grp.h>

static int pidfd_open(pid_t pid) { return syscall(SYS_pidfd_open, pid, 0); }
static int psend(int fd, int sig, siginfo_t *info, unsigned int fl)
{
	return syscall(SYS_pidfd_send_signal, fd, sig, info, fl);
}

static volatile sig_atomic_t got_code, got_pid;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	got_code = si->si_code;
	got_pid = si->si_pid;
}

static void run(void)
{
	struct sigaction sa = { .sa_sigaction = handler, .sa_flags = SA_SIGINFO };
	int fd, status, p[2];
	pid_t pid;

	fd = pidfd_open(getpid());
	if (fd < 0 && errno == ENOSYS)
		tst_brk(TCONF, "pidfd_open not supported");
	if (psend(fd, 0, NULL, 0) < 0 && errno == ENOSYS)
		tst_brk(TCONF, "pidfd_send_signal not supported");
	TST_EXP_PASS(psend(fd, 0, NULL, 0), "pidfd_send_signal(self, 0)");
	SAFE_SIGACTION(SIGUSR1, &sa, NULL);
	TST_EXP_PASS(psend(fd, SIGUSR1, NULL, 0), "pidfd_send_signal(self, SIGUSR1)");
	TST_EXP_EXPR(got_code == SI_USER && got_pid == getpid(), "si_code %d (SI_USER) si_pid %d",
		     (int)got_code, (int)got_pid);
	TST_EXP_FAIL(psend(fd, SIGUSR1, NULL, 0x100), EINVAL, "flags 0x100");
	TST_EXP_FAIL(psend(fd, 999, NULL, 0), EINVAL, "signal 999");
	TST_EXP_FAIL(psend(fd, SIGUSR1, tst_bad_addr(), 0), EFAULT, "bad info");
	TST_EXP_FAIL(psend(1000, SIGUSR1, NULL, 0), EBADF, "fd 1000");
	SAFE_PIPE(p);
	TST_EXP_FAIL(psend(p[0], SIGUSR1, NULL, 0), EBADF, "pipe fd");
	close(p[0]);
	close(p[1]);
	close(fd);

	pid = SAFE_FORK();
	if (pid == 0) {
		for (;;)
			pause();
	}
	fd = pidfd_open(pid);
	TST_EXP_PASS(psend(fd, SIGKILL, NULL, 0), "pidfd_send_signal(child, SIGKILL)");
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "child %s",
		     tst_strstatus(status));
	TST_EXP_FAIL(psend(fd, 0, NULL, 0), ESRCH, "reaped child");
	close(fd);

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(0);
	fd = pidfd_open(pid);
	{
		siginfo_t si;

		waitid(P_PID, pid, &si, WEXITED | WNOWAIT);
	}
	TST_EXP_PASS(psend(fd, 0, NULL, 0), "exited but unreaped child");
	SAFE_WAITPID(pid, &status, 0);
	close(fd);

	if (geteuid() != 0) {
		tst_res(TCONF, "not root: EPERM check needs a process owned by another user");
		return;
	}
	fd = pidfd_open(getpid());
	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		_exit(psend(fd, SIGUSR1, NULL, 0) == -1 && errno == EPERM ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "uid 65534 signalling root -> EPERM (%s)", tst_strstatus(status));
	close(fd);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

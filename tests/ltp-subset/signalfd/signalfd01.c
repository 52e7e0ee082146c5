// SPDX-License-Identifier: Apache-2.0
/*
 * signalfd01 - the old signalfd(2) syscall (SYS_signalfd: fd, mask,
 * sizemask; no flags argument).
 *
 * Checks:
 *  - with SIGUSR1 blocked, signalfd(-1, {SIGUSR1}, 8) returns a new fd that
 *    has neither FD_CLOEXEC nor O_NONBLOCK set;
 *  - after raise(SIGUSR1) a read returns one signalfd_siginfo with
 *    ssi_signo SIGUSR1 and ssi_pid our pid, and the signal is consumed;
 *  - passing the fd back with a new mask {SIGUSR2} returns the same fd and
 *    the new mask applies;
 *  - errors: EINVAL (sizemask 4, and sizemask 16), EBADF (fd 1000 to
 *    update), EINVAL (updating a pipe fd), EFAULT (bad mask pointer).
 */
#include "tst.h"
#include <sys/signalfd.h>

static long sfd(int fd, const sigset_t *mask, size_t sz)
{
	return syscall(SYS_signalfd, fd, mask, sz);
}

static void run(void)
{
	struct signalfd_siginfo si;
	sigset_t set, pend;
	int fd, p[2];

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	SAFE_SIGPROCMASK(SIG_BLOCK, &set, NULL);
	sigdelset(&set, SIGUSR2);

	TST_EXP_FD(sfd(-1, &set, 8), "signalfd(-1, {SIGUSR1}, 8)");
	fd = TST_RET;
	if (fd < 0)
		return;
	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "no FD_CLOEXEC");
	TST_EXP_EXPR(!(fcntl(fd, F_GETFL) & O_NONBLOCK), "no O_NONBLOCK");
	raise(SIGUSR1);
	memset(&si, 0, sizeof(si));
	TST_EXP_VAL(read(fd, &si, sizeof(si)), sizeof(si), "read a signalfd_siginfo");
	TST_EXP_EXPR(si.ssi_signo == SIGUSR1 && si.ssi_pid == (uint32_t)getpid(),
		     "ssi_signo %u ssi_pid %u", si.ssi_signo, si.ssi_pid);
	sigpending(&pend);
	TST_EXP_EXPR(!sigismember(&pend, SIGUSR1), "SIGUSR1 consumed by the read");

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	TST_EXP_VAL(sfd(fd, &set, 8), fd, "update the mask to {SIGUSR2}");
	raise(SIGUSR2);
	TST_EXP_VAL(read(fd, &si, sizeof(si)), sizeof(si), "read after the update");
	TST_EXP_EQ(si.ssi_signo, SIGUSR2);

	TST_EXP_FAIL(sfd(-1, &set, 4), EINVAL, "signalfd(sizemask 4)");
	TST_EXP_FAIL(sfd(-1, &set, 16), EINVAL, "signalfd(sizemask 16)");
	TST_EXP_FAIL(sfd(1000, &set, 8), EBADF, "signalfd(fd 1000)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(sfd(p[0], &set, 8), EINVAL, "signalfd(pipe fd)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	TST_EXP_FAIL(sfd(-1, tst_bad_addr(), 8), EFAULT, "signalfd(bad mask pointer)");
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

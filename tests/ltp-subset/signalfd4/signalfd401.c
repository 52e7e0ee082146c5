// SPDX-License-Identifier: Apache-2.0
/*
 * signalfd401 - signalfd4(2) (via signalfd(3), which glibc maps to it).
 *
 * Checks:
 *  - a blocked SIGUSR1 sent to ourselves is read from the fd as a
 *    signalfd_siginfo with ssi_signo, ssi_pid and ssi_uid filled, and is
 *    no longer pending afterwards;
 *  - sigqueue() data arrives in ssi_int;
 *  - SFD_NONBLOCK: read with nothing pending gives EAGAIN; SFD_CLOEXEC
 *    sets FD_CLOEXEC;
 *  - passing an existing signalfd replaces its mask;
 *  - errors: EINVAL (unknown flag; sizemask not sizeof(sigset_t), raw
 *    syscall; read buffer smaller than a signalfd_siginfo), EBADF (fd 1000
 *    as the fd to update), EINVAL (updating an fd that is not a signalfd),
 *    EFAULT (bad mask pointer, raw syscall).
 */
#include "tst.h"
#include <sys/signalfd.h>

static void run(void)
{
	struct signalfd_siginfo si;
	sigset_t set, pend;
	union sigval v = { .sival_int = 31337 };
	int fd, p[2];

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	SAFE_SIGPROCMASK(SIG_BLOCK, &set, NULL);
	sigaddset(&set, SIGUSR2);
	SAFE_SIGPROCMASK(SIG_BLOCK, &set, NULL);
	sigdelset(&set, SIGUSR2);

	TST_EXP_FD(signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC), "signalfd(SIGUSR1, NONBLOCK|CLOEXEC)");
	fd = TST_RET;
	if (fd < 0)
		return;
	TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "SFD_CLOEXEC sets FD_CLOEXEC");
	TST_EXP_FAIL(read(fd, &si, sizeof(si)), EAGAIN, "read with nothing pending");
	kill(getpid(), SIGUSR1);
	TST_EXP_VAL(read(fd, &si, sizeof(si)), sizeof(si), "read a signalfd_siginfo");
	TST_EXP_EXPR(si.ssi_signo == SIGUSR1 && si.ssi_pid == (uint32_t)getpid() &&
		     si.ssi_uid == getuid(), "ssi_signo %u ssi_pid %u ssi_uid %u", si.ssi_signo,
		     si.ssi_pid, si.ssi_uid);
	sigpending(&pend);
	TST_EXP_EXPR(!sigismember(&pend, SIGUSR1), "SIGUSR1 no longer pending");
	sigqueue(getpid(), SIGUSR1, v);
	read(fd, &si, sizeof(si));
	TST_EXP_EXPR(si.ssi_int == 31337 && si.ssi_code == SI_QUEUE, "sigqueue value %d code %d",
		     si.ssi_int, si.ssi_code);
	kill(getpid(), SIGUSR1);
	TST_EXP_FAIL(read(fd, &si, sizeof(si) - 1), EINVAL, "read buffer too small");

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	TST_EXP_VAL(signalfd(fd, &set, 0), fd, "update the fd's mask to SIGUSR2");
	kill(getpid(), SIGUSR2);
	TST_EXP_VAL(read(fd, &si, sizeof(si)), sizeof(si), "read after mask update");
	TST_EXP_EQ(si.ssi_signo, SIGUSR2);
	TST_EXP_FAIL(read(fd, &si, sizeof(si)), EAGAIN, "pending SIGUSR1 no longer reported");
	{
		sigset_t one;

		sigemptyset(&one);
		sigaddset(&one, SIGUSR1);
		sigwaitinfo(&one, NULL);	/* consume it */
	}

	TST_EXP_FAIL(signalfd(-1, &set, 0x1), EINVAL, "signalfd(flag 0x1)");
	TST_EXP_FAIL(syscall(SYS_signalfd4, -1, &set, 4, 0), EINVAL, "signalfd4(sizemask 4)");
	TST_EXP_FAIL(syscall(SYS_signalfd4, -1, tst_bad_addr(), 8, 0), EFAULT, "signalfd4(bad mask)");
	TST_EXP_FAIL(signalfd(1000, &set, 0), EBADF, "signalfd(fd 1000)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(signalfd(p[0], &set, 0), EINVAL, "signalfd(pipe fd)");
	close(p[0]);
	close(p[1]);
	close(fd);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

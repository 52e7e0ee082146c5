// SPDX-License-Identifier: Apache-2.0
/*
 * epoll_pwait201 - epoll_pwait2(2) (Linux 5.11; TCONF on ENOSYS).
 *
 * Checks:
 *  - a ready fd is reported at once with a NULL timeout;
 *  - a zero timespec returns 0 immediately when nothing is ready;
 *  - a 50 ms timespec waits about that long (nanosecond timeout);
 *  - the sigmask is applied during the wait: a blocked SIGUSR1 that is
 *    unblocked by the mask interrupts the wait with EINTR;
 *  - errors: EINVAL (maxevents 0; tv_nsec >= 1e9), EBADF (epfd 1000),
 *    EINVAL (epfd is not an epoll fd), EFAULT (bad events buffer).
 */
#include "tst.h"
#include <time.h>
#include <sys/epoll.h>

static volatile sig_atomic_t got;

static void handler(int sig) { (void)sig; got++; }

static long pwait2(int epfd, struct epoll_event *ev, int max, const struct timespec *ts,
		   const sigset_t *mask)
{
	return syscall(SYS_epoll_pwait2, epfd, ev, max, ts, mask, 8);
}

static void run(void)
{
	struct epoll_event ev = { .events = EPOLLIN }, out[2];
	struct timespec zero = { 0, 0 }, t50 = { 0, 50000000 }, bad = { 0, 1000000000 }, t0, t1;
	struct timespec t2s = { 2, 0 };
	sigset_t block, waitmask;
	int ep = epoll_create1(0), p[2], q[2];
	long ms;
	pid_t pid;

	SAFE_PIPE(p);
	SAFE_PIPE(q);
	ev.data.fd = p[0];
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	errno = 0;
	if (pwait2(ep, out, 2, &zero, NULL) < 0 && errno == ENOSYS)
		tst_brk(TCONF, "epoll_pwait2 not supported");
	TST_EXP_VAL(pwait2(ep, out, 2, &zero, NULL), 0, "epoll_pwait2(zero timeout), nothing ready");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_VAL(pwait2(ep, out, 2, &t50, NULL), 0, "epoll_pwait2(50 ms)");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	TST_EXP_EXPR(ms >= 45 && ms < 1500, "waited %ld ms", ms);
	SAFE_WRITE(p[1], "x", 1);
	TST_EXP_VAL(pwait2(ep, out, 2, NULL, NULL), 1, "epoll_pwait2(NULL timeout), fd ready");
	TST_EXP_EXPR(out[0].data.fd == p[0] && (out[0].events & EPOLLIN), "pipe reported EPOLLIN");
	SAFE_READ(p[0], out, 1);

	SAFE_SIGNAL(SIGUSR1, handler);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	SAFE_SIGPROCMASK(SIG_BLOCK, &block, &waitmask);
	sigdelset(&waitmask, SIGUSR1);
	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(50000);
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	TST_EXP_FAIL(pwait2(ep, out, 2, &t2s, &waitmask), EINTR,
		     "signal unblocked by sigmask interrupts the wait");
	TST_EXP_EQ(got, 1);
	tst_check_child_exit(pid, 0, "signaller");
	SAFE_SIGPROCMASK(SIG_UNBLOCK, &block, NULL);

	TST_EXP_FAIL(pwait2(ep, out, 0, &zero, NULL), EINVAL, "maxevents 0");
	TST_EXP_FAIL(pwait2(ep, out, 2, &bad, NULL), EINVAL, "tv_nsec 1e9");
	TST_EXP_FAIL(pwait2(1000, out, 2, &zero, NULL), EBADF, "epfd 1000");
	TST_EXP_FAIL(pwait2(q[0], out, 2, &zero, NULL), EINVAL, "epfd is a pipe");
	SAFE_WRITE(p[1], "x", 1);
	TST_EXP_FAIL(pwait2(ep, tst_bad_addr(), 2, &zero, NULL), EFAULT, "bad events buffer");
	close(ep);
	close(p[0]);
	close(p[1]);
	close(q[0]);
	close(q[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

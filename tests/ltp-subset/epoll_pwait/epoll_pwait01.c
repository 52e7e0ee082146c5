// SPDX-License-Identifier: Apache-2.0
/*
 * epoll_pwait01 - epoll_pwait(2) through the raw syscall.
 *
 * Checks:
 *  - with a NULL sigmask it behaves as epoll_wait (ready fd reported);
 *  - the sigmask is applied during the wait: a blocked pending SIGUSR1
 *    interrupts with EINTR when the given mask unblocks it, the handler
 *    runs and the old mask is restored;
 *  - EINVAL for a bad sigsetsize.
 */
#include "tst.h"
#include <sys/epoll.h>

static volatile int got;
static void handler(int s) { (void)s; got = 1; }

static void run(void)
{
	int ep = epoll_create1(0), p[2];
	struct epoll_event ev = { .events = EPOLLIN }, out;
	sigset_t block, empty, now;

	SAFE_PIPE(p);
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	SAFE_WRITE(p[1], "x", 1);
	TST_EXP_VAL(syscall(SYS_epoll_pwait, ep, &out, 1, 0, NULL, 8), 1,
		    "epoll_pwait(NULL mask) reports ready pipe");
	char c;
	SAFE_READ(p[0], &c, 1);

	SAFE_SIGNAL(SIGUSR1, handler);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&empty);
	SAFE_SIGPROCMASK(SIG_BLOCK, &block, NULL);
	SAFE_KILL(getpid(), SIGUSR1);
	TST_EXP_FAIL(syscall(SYS_epoll_pwait, ep, &out, 1, 2000, &empty, 8), EINTR,
		     "epoll_pwait with mask unblocking pending SIGUSR1");
	TST_EXP_EXPR(got, "handler ran");
	sigprocmask(SIG_SETMASK, NULL, &now);
	TST_EXP_EXPR(sigismember(&now, SIGUSR1), "original mask restored");
	SAFE_SIGPROCMASK(SIG_UNBLOCK, &block, NULL);
	TST_EXP_FAIL(syscall(SYS_epoll_pwait, ep, &out, 1, 0, &empty, 4), EINVAL,
		     "epoll_pwait(sigsetsize 4)");
	close(p[0]); close(p[1]); close(ep);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

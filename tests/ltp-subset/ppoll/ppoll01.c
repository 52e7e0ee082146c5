// SPDX-License-Identifier: Apache-2.0
/*
 * ppoll01 - ppoll(2) through the raw syscall.
 *
 * Checks:
 *  - a ready fd is reported with a zero timeout;
 *  - a 20 ms timespec timeout returns 0, and the kernel writes the
 *    remaining time back (0 after expiry);
 *  - the signal mask is swapped atomically: a blocked pending SIGUSR1
 *    interrupts ppoll with EINTR when the mask passed unblocks it, and
 *    the original mask is restored afterwards;
 *  - EINVAL for a negative tv_nsec and a bad sigsetsize; EFAULT for a bad
 *    timeout pointer.
 */
#include "tst.h"
#include <poll.h>
#include <time.h>

static volatile int got;
static void handler(int s) { (void)s; got = 1; }

static void run(void)
{
	int p[2];
	struct pollfd f;
	struct timespec ts = { 0, 0 };
	sigset_t block, empty, now;

	SAFE_PIPE(p);
	f = (struct pollfd){ p[1], POLLOUT, 0 };
	TST_EXP_VAL(syscall(SYS_ppoll, &f, 1, &ts, NULL, 8), 1, "ppoll(ready fd, 0 s)");
	f = (struct pollfd){ p[0], POLLIN, 0 };
	ts.tv_nsec = 20 * 1000000;
	TST_EXP_VAL(syscall(SYS_ppoll, &f, 1, &ts, NULL, 8), 0, "ppoll(20 ms timeout)");
	TST_EXP_EXPR(ts.tv_sec == 0 && ts.tv_nsec == 0, "remaining time %ld.%09ld",
		     (long)ts.tv_sec, ts.tv_nsec);

	SAFE_SIGNAL(SIGUSR1, handler);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&empty);
	SAFE_SIGPROCMASK(SIG_BLOCK, &block, NULL);
	SAFE_KILL(getpid(), SIGUSR1);
	ts.tv_sec = 2;
	ts.tv_nsec = 0;
	TST_EXP_FAIL(syscall(SYS_ppoll, &f, 1, &ts, &empty, 8), EINTR,
		     "ppoll with mask unblocking a pending signal");
	TST_EXP_EXPR(got, "handler ran");
	sigprocmask(SIG_SETMASK, NULL, &now);
	TST_EXP_EXPR(sigismember(&now, SIGUSR1), "original mask restored");
	SAFE_SIGPROCMASK(SIG_UNBLOCK, &block, NULL);

	ts.tv_nsec = -1;
	TST_EXP_FAIL(syscall(SYS_ppoll, &f, 1, &ts, NULL, 8), EINVAL, "ppoll(tv_nsec -1)");
	ts.tv_nsec = 0;
	TST_EXP_FAIL(syscall(SYS_ppoll, &f, 1, &ts, &empty, 4), EINVAL,
		     "ppoll(sigsetsize 4)");
	TST_EXP_FAIL(syscall(SYS_ppoll, &f, 1, tst_bad_addr(), NULL, 8), EFAULT,
		     "ppoll(bad timeout)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

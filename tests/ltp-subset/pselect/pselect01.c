// SPDX-License-Identifier: Apache-2.0
/*
 * pselect01 - pselect6(2) through the raw syscall.
 *
 * Checks:
 *  - a ready fd is reported with a zero timespec;
 *  - a 20 ms timeout returns 0 and the remaining time is written back;
 *  - the sigmask argument ({ sigset_t *, size_t } pair) is applied for the
 *    call: a pending blocked SIGUSR1 interrupts with EINTR, and the old
 *    mask is restored;
 *  - EINVAL for tv_nsec >= 1e9; EFAULT for a bad fd_set pointer.
 */
#include "tst.h"
#include <sys/select.h>

static volatile int got;
static void handler(int s) { (void)s; got = 1; }

static void run(void)
{
	int p[2], nf;
	fd_set r, w;
	struct timespec ts = { 0, 0 };
	sigset_t block, empty, now;
	struct { const sigset_t *ss; size_t len; } sm = { &empty, 8 };

	SAFE_PIPE(p);
	nf = (p[0] > p[1] ? p[0] : p[1]) + 1;
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	TST_EXP_VAL(syscall(SYS_pselect6, nf, NULL, &w, NULL, &ts, NULL), 1,
		    "pselect6(writable pipe)");
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	ts.tv_nsec = 20000000;
	TST_EXP_VAL(syscall(SYS_pselect6, nf, &r, NULL, NULL, &ts, NULL), 0,
		    "pselect6(20 ms)");
	TST_EXP_EXPR(ts.tv_sec == 0 && ts.tv_nsec == 0, "remaining %ld.%09ld",
		     (long)ts.tv_sec, ts.tv_nsec);

	SAFE_SIGNAL(SIGUSR1, handler);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&empty);
	SAFE_SIGPROCMASK(SIG_BLOCK, &block, NULL);
	SAFE_KILL(getpid(), SIGUSR1);
	ts.tv_sec = 2;
	FD_SET(p[0], &r);
	TST_EXP_FAIL(syscall(SYS_pselect6, nf, &r, NULL, NULL, &ts, &sm), EINTR,
		     "pselect6 with mask unblocking a pending signal");
	TST_EXP_EXPR(got, "handler ran");
	sigprocmask(SIG_SETMASK, NULL, &now);
	TST_EXP_EXPR(sigismember(&now, SIGUSR1), "original mask restored");
	SAFE_SIGPROCMASK(SIG_UNBLOCK, &block, NULL);

	ts.tv_sec = 0;
	ts.tv_nsec = 1000000000;
	TST_EXP_FAIL(syscall(SYS_pselect6, nf, &r, NULL, NULL, &ts, NULL), EINVAL,
		     "pselect6(tv_nsec 1e9)");
	ts.tv_nsec = 0;
	TST_EXP_FAIL(syscall(SYS_pselect6, nf, tst_bad_addr(), NULL, NULL, &ts, NULL),
		     EFAULT, "pselect6(bad readfds)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

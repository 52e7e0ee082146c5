// SPDX-License-Identifier: Apache-2.0
/*
 * rt_sigsuspend01 - rt_sigsuspend(2) through the raw syscall.
 *
 * Checks:
 *  - with SIGUSR1 blocked and pending, sigsuspend with an empty mask runs
 *    the handler and returns -1/EINTR;
 *  - a signal sent later by a child also wakes it;
 *  - the original mask (SIGUSR1 blocked) is restored on return;
 *  - EINVAL for sigsetsize 4; EFAULT for a bad mask pointer.
 */
#include "tst.h"

static volatile int got;
static void handler(int s) { (void)s; got++; }

static void run(void)
{
	uint64_t empty = 0;
	sigset_t block, now;
	pid_t pid, me = getpid();

	SAFE_SIGNAL(SIGUSR1, handler);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	SAFE_SIGPROCMASK(SIG_BLOCK, &block, NULL);
	SAFE_KILL(me, SIGUSR1);
	TST_EXP_FAIL(syscall(SYS_rt_sigsuspend, &empty, 8), EINTR,
		     "rt_sigsuspend(empty) with SIGUSR1 pending");
	TST_EXP_EXPR(got == 1, "handler ran (%d)", got);
	sigprocmask(SIG_SETMASK, NULL, &now);
	TST_EXP_EXPR(sigismember(&now, SIGUSR1), "blocked mask restored");

	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(20000);
		kill(me, SIGUSR1);
		_exit(0);
	}
	TST_EXP_FAIL(syscall(SYS_rt_sigsuspend, &empty, 8), EINTR,
		     "rt_sigsuspend woken by a signal from a child");
	TST_EXP_EXPR(got == 2, "handler ran again (%d)", got);
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_FAIL(syscall(SYS_rt_sigsuspend, &empty, 4), EINVAL,
		     "rt_sigsuspend(sigsetsize 4)");
	TST_EXP_FAIL(syscall(SYS_rt_sigsuspend, tst_bad_addr(), 8), EFAULT,
		     "rt_sigsuspend(bad mask)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

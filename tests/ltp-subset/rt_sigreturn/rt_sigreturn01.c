// SPDX-License-Identifier: Apache-2.0
/*
 * rt_sigreturn01 - rt_sigreturn(2), exercised through signal delivery
 * (the handler's return goes through the restorer and rt_sigreturn).
 *
 * Checks:
 *  - after a handler returns, execution continues where it was
 *    interrupted, with local variables intact;
 *  - the signal mask in effect before delivery is restored;
 *  - a register modified in the saved context (ucontext RIP skipping
 *    a ud2 after SIGILL) takes effect: rt_sigreturn loads the context;
 *  - floating-point state survives a handler that clobbers FP registers.
 */
#include "tst.h"
#include <ucontext.h>

static volatile int hits;

static void handler(int s)
{
	volatile double x = 1.5;

	(void)s;
	for (int i = 0; i < 10; i++)
		x = x * 3.25 + 1.0;
	hits++;
}

static void ill_handler(int s, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	(void)s; (void)si;
	uc->uc_mcontext.gregs[REG_RIP] += 2;	/* skip ud2 */
	hits++;
}

static void run(void)
{
	volatile long a = 12345;
	double d = 2.75;
	sigset_t before, after;
	struct sigaction sa;

	SAFE_SIGNAL(SIGUSR1, handler);
	sigprocmask(SIG_SETMASK, NULL, &before);
	hits = 0;
	raise(SIGUSR1);
	sigprocmask(SIG_SETMASK, NULL, &after);
	TST_EXP_EXPR(hits == 1 && a == 12345, "returned from handler, locals intact");
	TST_EXP_EXPR(!sigismember(&after, SIGUSR1) &&
		     sigismember(&after, SIGUSR2) == sigismember(&before, SIGUSR2),
		     "signal mask restored after return");
	d = d * 2.0;
	TST_EXP_EXPR(d == 5.5, "FP state preserved across the handler (%g)", d);

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = ill_handler;
	sa.sa_flags = SA_SIGINFO;
	SAFE_SIGACTION(SIGILL, &sa, NULL);
	hits = 0;
	__asm__ volatile("ud2");
	TST_EXP_EXPR(hits == 1, "modified RIP in the saved context took effect");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

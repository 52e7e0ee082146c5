// SPDX-License-Identifier: Apache-2.0
/*
 * sigaltstack01 - sigaltstack(2).
 *
 * Checks:
 *  - a new stack is reported back by a query (ss_sp, ss_size, flags 0);
 *  - an SA_ONSTACK handler runs on the alternate stack, and inside it the
 *    query reports SS_ONSTACK; changing the stack there -> EPERM;
 *  - SS_DISABLE disables it (query reports SS_DISABLE);
 *  - ENOMEM for a size below MINSIGSTKSZ; EINVAL for bad flags; EFAULT for
 *    a bad pointer.
 */
#include "tst.h"

#define SZ (64 * 1024)

static char *stk;
static volatile int on_alt, flag_onstack, eperm;

static void handler(int s)
{
	char local;
	stack_t q, n = { .ss_sp = stk, .ss_size = SZ };

	(void)s;
	on_alt = &local >= stk && &local < stk + SZ;
	sigaltstack(NULL, &q);
	flag_onstack = q.ss_flags & SS_ONSTACK;
	eperm = sigaltstack(&n, NULL) == -1 && errno == EPERM;
}

static void run(void)
{
	stack_t ss, q;
	struct sigaction sa;

	stk = SAFE_MALLOC(SZ);
	ss.ss_sp = stk;
	ss.ss_size = SZ;
	ss.ss_flags = 0;
	TST_EXP_PASS(sigaltstack(&ss, NULL), "sigaltstack(64 KiB)");
	sigaltstack(NULL, &q);
	TST_EXP_EXPR(q.ss_sp == stk && q.ss_size == SZ && q.ss_flags == 0,
		     "query reports sp %p size %zu flags %d", q.ss_sp, q.ss_size,
		     q.ss_flags);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sa.sa_flags = SA_ONSTACK;
	SAFE_SIGACTION(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	TST_EXP_EXPR(on_alt, "SA_ONSTACK handler ran on the alternate stack");
	TST_EXP_EXPR(flag_onstack, "SS_ONSTACK reported inside the handler");
	TST_EXP_EXPR(eperm, "changing the stack while on it -> EPERM");

	ss.ss_flags = SS_DISABLE;
	TST_EXP_PASS(sigaltstack(&ss, NULL), "sigaltstack(SS_DISABLE)");
	sigaltstack(NULL, &q);
	TST_EXP_EXPR(q.ss_flags == SS_DISABLE, "query reports SS_DISABLE");

	ss.ss_flags = 0;
	ss.ss_size = 512;
	TST_EXP_FAIL(sigaltstack(&ss, NULL), ENOMEM, "sigaltstack(size 512)");
	ss.ss_size = SZ;
	ss.ss_flags = 0x1234;
	TST_EXP_FAIL(sigaltstack(&ss, NULL), EINVAL, "sigaltstack(flags 0x1234)");
	TST_EXP_FAIL(sigaltstack(tst_bad_addr(), NULL), EFAULT, "sigaltstack(bad)");
	free(stk);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

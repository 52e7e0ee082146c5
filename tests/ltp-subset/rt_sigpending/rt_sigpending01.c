// SPDX-License-Identifier: Apache-2.0
/*
 * rt_sigpending01 - rt_sigpending(2) through the raw syscall.
 *
 * Checks:
 *  - no signals pending at start;
 *  - blocked SIGUSR1 and SIGUSR2 sent to self appear in the pending set;
 *  - after unblocking (signals ignored), the set is empty again;
 *  - EINVAL for sigsetsize > 8; EFAULT for a bad pointer.
 */
#include "tst.h"

#define BIT(s) (1ULL << ((s) - 1))

static void run(void)
{
	uint64_t set = 0;
	sigset_t b;

	TST_EXP_PASS(syscall(SYS_rt_sigpending, &set, 8), "rt_sigpending");
	TST_EXP_EXPR(set == 0, "nothing pending (0x%llx)", (unsigned long long)set);
	sigemptyset(&b);
	sigaddset(&b, SIGUSR1);
	sigaddset(&b, SIGUSR2);
	SAFE_SIGPROCMASK(SIG_BLOCK, &b, NULL);
	SAFE_KILL(getpid(), SIGUSR1);
	SAFE_KILL(getpid(), SIGUSR2);
	syscall(SYS_rt_sigpending, &set, 8);
	TST_EXP_EXPR(set == (BIT(SIGUSR1) | BIT(SIGUSR2)), "USR1 and USR2 pending (0x%llx)",
		     (unsigned long long)set);
	SAFE_SIGNAL(SIGUSR1, SIG_IGN);
	SAFE_SIGNAL(SIGUSR2, SIG_IGN);
	SAFE_SIGPROCMASK(SIG_UNBLOCK, &b, NULL);
	syscall(SYS_rt_sigpending, &set, 8);
	TST_EXP_EXPR(set == 0, "empty after unblocking (0x%llx)", (unsigned long long)set);
	TST_EXP_FAIL(syscall(SYS_rt_sigpending, &set, 16), EINVAL, "sigsetsize 16");
	TST_EXP_FAIL(syscall(SYS_rt_sigpending, tst_bad_addr(), 8), EFAULT, "bad pointer");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

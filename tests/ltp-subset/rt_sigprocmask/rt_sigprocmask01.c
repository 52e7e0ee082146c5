// SPDX-License-Identifier: Apache-2.0
/*
 * rt_sigprocmask01 - rt_sigprocmask(2) through the raw syscall.
 *
 * Checks:
 *  - SIG_BLOCK adds to the mask and returns the old mask;
 *  - a blocked signal stays pending and is delivered on SIG_UNBLOCK;
 *  - SIG_SETMASK replaces the mask;
 *  - SIGKILL and SIGSTOP cannot be blocked (silently dropped from the set);
 *  - the mask is inherited across fork;
 *  - EINVAL for a bad 'how' and a sigsetsize other than 8; EFAULT for a
 *    bad set pointer.
 */
#include "tst.h"

static volatile int got;
static void handler(int s) { (void)s; got++; }

static long spm(int how, const uint64_t *set, uint64_t *old)
{
	return syscall(SYS_rt_sigprocmask, how, set, old, 8);
}

#define BIT(s) (1ULL << ((s) - 1))

static void run(void)
{
	uint64_t set = BIT(SIGUSR1), old = 0, cur;
	pid_t pid;

	SAFE_SIGNAL(SIGUSR1, handler);
	spm(SIG_SETMASK, &old, NULL);
	TST_EXP_PASS(spm(SIG_BLOCK, &set, &old), "SIG_BLOCK SIGUSR1");
	TST_EXP_EXPR(old == 0, "old mask was empty (0x%llx)", (unsigned long long)old);
	raise(SIGUSR1);
	TST_EXP_EXPR(got == 0, "blocked signal not delivered");
	pid = SAFE_FORK();
	if (pid == 0) {
		spm(SIG_BLOCK, NULL, &cur);
		_exit(cur & BIT(SIGUSR1) ? 0 : 1);
	}
	tst_check_child_exit(pid, 0, "child inherits the blocked mask");
	TST_EXP_PASS(spm(SIG_UNBLOCK, &set, NULL), "SIG_UNBLOCK SIGUSR1");
	TST_EXP_EXPR(got == 1, "pending signal delivered on unblock (%d)", got);

	set = BIT(SIGUSR2) | BIT(SIGKILL) | BIT(SIGSTOP);
	TST_EXP_PASS(spm(SIG_SETMASK, &set, NULL), "SIG_SETMASK {USR2, KILL, STOP}");
	spm(SIG_BLOCK, NULL, &cur);
	TST_EXP_EXPR(cur == BIT(SIGUSR2), "mask is {USR2} only (0x%llx)",
		     (unsigned long long)cur);
	set = 0;
	spm(SIG_SETMASK, &set, NULL);

	TST_EXP_FAIL(spm(42, &set, NULL), EINVAL, "rt_sigprocmask(how 42)");
	TST_EXP_FAIL(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 4), EINVAL,
		     "rt_sigprocmask(sigsetsize 4)");
	TST_EXP_FAIL(spm(SIG_BLOCK, tst_bad_addr(), NULL), EFAULT,
		     "rt_sigprocmask(bad set)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)

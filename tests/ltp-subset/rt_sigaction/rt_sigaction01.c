// SPDX-License-Identifier: Apache-2.0
/*
 * rt_sigaction01 - rt_sigaction(2) (glibc sigaction for handlers that must
 * return, raw syscall for the error paths).
 *
 * Checks:
 *  - an installed handler runs on raise(), receives the signal number and,
 *    with SA_SIGINFO, a siginfo with si_signo and si_pid;
 *  - sa_mask is applied while the handler runs (SIGUSR2 blocked inside);
 *  - the old action is returned by a later call;
 *  - SA_RESETHAND resets the disposition to SIG_DFL after one delivery;
 *  - SIG_IGN discards the signal;
 *  - raw syscall: EINVAL for SIGKILL/SIGSTOP, signal 0 and 65, and a
 *    sigsetsize other than 8; EFAULT for a bad act pointer.
 */
#include "tst.h"

static volatile int hits, info_ok, mask_ok;

static void h_info(int sig, siginfo_t *si, void *uc)
{
	sigset_t cur;

	(void)uc;
	hits++;
	info_ok = sig == SIGUSR1 && si->si_signo == SIGUSR1 && si->si_pid == getpid();
	sigprocmask(SIG_SETMASK, NULL, &cur);
	mask_ok = sigismember(&cur, SIGUSR2) && sigismember(&cur, SIGUSR1);
}

static void h_plain(int sig) { (void)sig; hits++; }

struct ksa { void *handler; unsigned long flags; void *restorer; uint64_t mask; };

static void run(void)
{
	struct sigaction sa, old;
	struct ksa k = { SIG_DFL, 0, NULL, 0 };

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = h_info;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	TST_EXP_PASS(sigaction(SIGUSR1, &sa, NULL), "sigaction(SIGUSR1, SA_SIGINFO)");
	hits = 0;
	raise(SIGUSR1);
	TST_EXP_EXPR(hits == 1, "handler ran once (%d)", hits);
	TST_EXP_EXPR(info_ok, "siginfo has si_signo SIGUSR1 and si_pid == getpid()");
	TST_EXP_EXPR(mask_ok, "sa_mask (SIGUSR2) and the signal itself blocked in handler");
	sigaction(SIGUSR1, NULL, &old);
	TST_EXP_EXPR(old.sa_sigaction == h_info && (old.sa_flags & SA_SIGINFO),
		     "old action returned");

	sa.sa_handler = h_plain;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGUSR1, &sa, NULL);
	hits = 0;
	raise(SIGUSR1);
	sigaction(SIGUSR1, NULL, &old);
	TST_EXP_EXPR(hits == 1 && old.sa_handler == SIG_DFL,
		     "SA_RESETHAND: handled once, then SIG_DFL");
	SAFE_SIGNAL(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	tst_res(TPASS, "SIG_IGN: raise(SIGUSR1) discarded, process alive");

	TST_EXP_FAIL(syscall(SYS_rt_sigaction, SIGKILL, &k, NULL, 8), EINVAL,
		     "rt_sigaction(SIGKILL)");
	TST_EXP_FAIL(syscall(SYS_rt_sigaction, SIGSTOP, &k, NULL, 8), EINVAL,
		     "rt_sigaction(SIGSTOP)");
	TST_EXP_FAIL(syscall(SYS_rt_sigaction, 0, &k, NULL, 8), EINVAL, "rt_sigaction(0)");
	TST_EXP_FAIL(syscall(SYS_rt_sigaction, 65, &k, NULL, 8), EINVAL, "rt_sigaction(65)");
	TST_EXP_FAIL(syscall(SYS_rt_sigaction, SIGUSR2, &k, NULL, 4), EINVAL,
		     "rt_sigaction(sigsetsize 4)");
	TST_EXP_FAIL(syscall(SYS_rt_sigaction, SIGUSR2, tst_bad_addr(), NULL, 8), EFAULT,
		     "rt_sigaction(bad act)");
	TST_EXP_PASS(syscall(SYS_rt_sigaction, SIGKILL, NULL, &k, 8),
		     "querying SIGKILL's action is allowed");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
